import { Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { konnectEventGatewayBackendCluster as gen } from "../.gen/providers/konnect-beta";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { KonnectProvider } from "./provider";
import { check, fail, NameRegistry, nonEmpty, oneOf, unresolved, validateCommon } from "./validation";
import { PemCertificates, validatePem } from "./certificate";
import { Secret } from "./secret";
import { Duration, wholeSeconds } from "./duration";

/** A Kafka cluster behind a gateway, as virtual clusters see it: made here or imported. */
export interface IBackendCluster extends IConstruct {
  /** The backend cluster's ID in Konnect. */
  readonly backendClusterId: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
}

/** A backend cluster made elsewhere, as {@link BackendCluster.fromBackendClusterAttributes} takes it. */
export interface BackendClusterAttributes extends GatewayReference {
  /** The backend cluster's Konnect ID (a literal, or another stack's `backendCluster.backendClusterId`). */
  readonly backendClusterId: string;
}

export type ScramAlgorithm = "sha256" | "sha512";
export type TlsVersion = "tls12" | "tls13";

/** How the gateway authenticates to the backend cluster. */
export class BackendAuthentication {
  /** No authentication (a PLAINTEXT or TLS-only cluster). */
  public static anonymous(): BackendAuthentication {
    return new BackendAuthentication("anonymous", { anonymous: {} });
  }

  /** SASL/PLAIN; the password is a {@link Secret} (a sensitive variable or a vault reference), never a literal. */
  public static saslPlain(options: { readonly username: string; readonly password: Secret }): BackendAuthentication {
    return new BackendAuthentication("sasl_plain", { saslPlain: { username: options.username, password: options.password._render() } });
  }

  /** SASL/SCRAM with SHA-256 or SHA-512; the password is a {@link Secret}. */
  public static saslScram(options: {
    readonly algorithm: ScramAlgorithm;
    readonly username: string;
    readonly password: Secret;
  }): BackendAuthentication {
    return new BackendAuthentication("sasl_scram", {
      saslScram: { algorithm: options.algorithm, username: options.username, password: options.password._render() },
    });
  }

  private constructor(
    public readonly type: "anonymous" | "sasl_plain" | "sasl_scram",
    private readonly config: gen.KonnectEventGatewayBackendClusterAuthentication,
  ) {}

  /** @internal */
  public _render(scope: IConstruct): gen.KonnectEventGatewayBackendClusterAuthentication {
    const sasl = this.config.saslPlain ?? this.config.saslScram;
    if (!sasl) return this.config;
    const field = this.config.saslPlain ? "authentication.saslPlain" : "authentication.saslScram";
    nonEmpty(scope, `${field}.username`, sasl.username);
    if (this.config.saslScram) {
      oneOf(scope, `${field}.algorithm`, this.config.saslScram.algorithm as ScramAlgorithm, ["sha256", "sha512"]);
    }
    return this.config;
  }
}

/** TLS from the gateway to the backend cluster. */
export interface BackendTls {
  /**
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * The CA certificates (PEM) to verify the brokers with, or a vault reference as a {@link Secret}. This is the
   * backend's own field: Konnect's TLS trust bundles verify Kafka clients on a listener, not brokers.
   * @default the system's trust store
   */
  readonly caBundle?: PemCertificates;
  /**
   * Client certificate (PEM, or a vault reference) and key (mutual TLS); the key is a {@link Secret}.
   * @default none
   */
  readonly clientIdentity?: { readonly certificate: PemCertificates; readonly key: Secret };
  /**
   * @default ["tls12", "tls13"]
   */
  readonly versions?: TlsVersion[];
  /**
   * Skip verifying the brokers' certificates (never in production).
   * @default false
   */
  readonly insecureSkipVerify?: boolean;
}

export interface BackendClusterOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /** The brokers to bootstrap from, as `host:port`. */
  readonly bootstrapServers: string[];
  /** @default BackendAuthentication.anonymous() */
  readonly authentication?: BackendAuthentication;
  /** @default TLS enabled, verified against the system's trust store */
  readonly tls?: BackendTls;
  /**
   * How often the gateway refreshes the cluster's metadata, in whole seconds from 1 second to 12 hours.
   * @default 60 seconds
   */
  readonly metadataUpdateInterval?: Duration;
  /**
   * Let virtual clusters with anonymous client authentication use this cluster.
   * @default false
   */
  readonly insecureAllowAnonymousVirtualClusterAuth?: boolean;
}

export interface BackendClusterProps extends BackendClusterOptions {
  readonly gateway: IEventGateway;
}

const HOST_PORT = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?):(\d{1,5})$/;

/** A Kafka cluster the gateway proxies to (`konnect_event_gateway_backend_cluster`). */
export class BackendCluster extends Construct implements IBackendCluster {
  /** A backend cluster that exists already, for virtual clusters of this app to use as their destination. */
  public static fromBackendClusterAttributes(scope: Construct, id: string, attrs: BackendClusterAttributes): IBackendCluster {
    class Import extends Construct implements IBackendCluster {
      public readonly backendClusterId = attrs.backendClusterId;
      public readonly gateway = gatewayOf(this, attrs);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "backendClusterId", attrs.backendClusterId);
    return imported;
  }

  public readonly backendClusterId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  public readonly resource: gen.KonnectEventGatewayBackendCluster;
  /** Virtual clusters with anonymous client authentication may use it (`insecureAllowAnonymousVirtualClusterAuth`). */
  public readonly allowsAnonymousClients: boolean;

  constructor(scope: Construct, id: string, props: BackendClusterProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.gateway, "this gateway").claim(this, "backend clusters", this.name);
    validateBootstrapServers(this, props.bootstrapServers);
    const metadataUpdateIntervalSeconds = wholeSeconds(this, "metadataUpdateInterval", props.metadataUpdateInterval, Duration.seconds(1), Duration.hours(12));
    const auth = props.authentication ?? BackendAuthentication.anonymous();
    this.allowsAnonymousClients = props.insecureAllowAnonymousVirtualClusterAuth === true;
    const tls = props.tls ?? {};
    for (const v of tls.versions ?? []) oneOf(this, "tls.versions", v, ["tls12", "tls13"]);
    if (tls.versions && !unresolved(tls.versions)) check(this, tls.versions.length > 0, "tls.versions", tls.versions, "at least one of tls12, tls13");

    this.resource = new gen.KonnectEventGatewayBackendCluster(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      name: this.name,
      description: props.description,
      labels: props.labels,
      bootstrapServers: props.bootstrapServers,
      authentication: auth._render(this),
      tls: {
        enabled: tls.enabled ?? true,
        caBundle: tls.caBundle === undefined ? undefined : validatePem(this, "tls.caBundle", tls.caBundle),
        clientIdentity: tls.clientIdentity && {
          certificate: validatePem(this, "tls.clientIdentity.certificate", tls.clientIdentity.certificate),
          key: tls.clientIdentity.key._render(),
        },
        tlsVersions: tls.versions,
        insecureSkipVerify: tls.insecureSkipVerify,
      },
      metadataUpdateIntervalSeconds,
      insecureAllowAnonymousVirtualClusterAuth: props.insecureAllowAnonymousVirtualClusterAuth,
    });
    this.backendClusterId = this.resource.id;
  }
}

function validateBootstrapServers(scope: IConstruct, servers: string[]): void {
  if (unresolved(servers)) return;
  if (servers.length === 0) fail(scope, "bootstrapServers", servers, "at least one host:port");
  for (const s of servers) {
    if (Token.isUnresolved(s)) continue;
    const m = HOST_PORT.exec(s);
    const port = m ? Number(m[1]) : 0;
    check(scope, !!m && port >= 1 && port <= 65535, "bootstrapServers", s, "host:port with a port from 1 to 65535 (IPv6 as [addr]:port)");
  }
}
