import { Environment } from "@marcbachmann/cel-js";
import type { Environment as CelEnvironment } from "@marcbachmann/cel-js" with { "resolution-mode": "import" };
import { Construct, IConstruct } from "constructs";
import { konnectEventGatewayListenerPolicyTlsServer as gen } from "../.gen/providers/konnect-beta";
import type { TlsVersion } from "./backend-cluster";
import { PemCertificates, validatePem } from "./certificate";
import { celSummary, EXPRESSION_FUNCTIONS } from "./expression";
import type { IListener } from "./listener";
import { KonnectProvider } from "./provider";
import { Secret } from "./secret";
import { escapeTemplate } from "./text";
import type { ITlsTrustBundle } from "./tls-trust-bundle";
import { check, fail, identityOf, NameRegistry, nonEmpty, oneOf, sameGateway, unresolved, validateCommon } from "./validation";

/** A TLS server policy of a listener, made here or imported. */
export interface ITlsServerPolicy extends IConstruct {
  /** The policy's ID in Konnect. */
  readonly policyId: string;
  /** The listener it belongs to. */
  readonly listener: IListener;
}

/** A TLS server policy made elsewhere, as {@link TlsServerPolicy.fromTlsServerPolicyAttributes} takes it. */
export interface TlsServerPolicyAttributes {
  readonly listener: IListener;
  /** The policy's Konnect ID. */
  readonly policyId: string;
}

export type TlsClientAuthenticationMode = "required" | "requested";

/** Mutual TLS: the certificates the gateway asks Kafka clients for, and how it names them. */
export interface TlsClientAuthentication {
  /**
   * `required`: connections without a valid client certificate are refused. `requested`: a client may connect
   * without one (and authenticate otherwise); a certificate that does not verify closes the connection.
   * @default "required"
   */
  readonly mode?: TlsClientAuthenticationMode;
  /** The CAs client certificates must chain to (all bundles form one trust store); at least one, of this gateway. */
  readonly trustBundles: ITlsTrustBundle[];
  /**
   * An expression over `context.certificate` (`subject` and `issuer` as maps such as `subject['CN']`,
   * `serialNumber`, `sans.dns`, `sans.uri`) that gives the principal name as a string, e.g.
   * `context.certificate.subject['CN']`; checked at synth (CEL, Kong's functions).
   * @default the certificate's full subject, e.g. `CN=producer-client, O=Kong Demo, C=EU`
   */
  readonly principalMapping?: string;
}

export interface TlsServerOptions {
  /** Construct ID of the policy. @default "tls-server" */
  readonly id?: string;
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** Only one TLS server policy of a listener can be enabled. @default true */
  readonly enabled?: boolean;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /** The server certificate (and its chain), PEM, or a vault reference as a {@link Secret}. */
  readonly certificate: PemCertificates;
  /** The certificate's private key: a {@link Secret}, never a literal. */
  readonly key: Secret;
  /**
   * The TLS versions the listener accepts, min <= max.
   * @default Konnect's: tls12 to tls13
   */
  readonly versions?: { readonly min?: TlsVersion; readonly max?: TlsVersion };
  /**
   * Also accept plaintext (non-TLS) connections on the listener's ports.
   * @default false: TLS only
   */
  readonly allowPlaintext?: boolean;
  /**
   * Ask clients for certificates (mutual TLS; data plane runtime 1.1 or later). A virtual cluster authenticates them
   * with `ClientAuthentication.clientCertificate()`.
   * @default no client certificates asked for
   */
  readonly clientAuthentication?: TlsClientAuthentication;
}

export interface TlsServerPolicyProps extends Omit<TlsServerOptions, "id"> {
  readonly listener: IListener;
}

const VERSIONS: readonly TlsVersion[] = ["tls12", "tls13"];
const API_VERSION: Record<TlsVersion, string> = { tls12: "TLSv1.2", tls13: "TLSv1.3" };

/**
 * Per app (its root construct): the listeners with an enabled TLS server policy made here, by the listener's identity
 * (so two imports of one listener share it), and which policy.
 */
const enabledPolicies = new WeakMap<IConstruct, Map<string, string>>();

/**
 * A listener policy that terminates TLS (`konnect_event_gateway_listener_policy_tls_server`): the certificate and key
 * the gateway presents to Kafka clients, the TLS versions, whether plaintext is still accepted, and optionally
 * client certificates (mutual TLS) verified against trust bundles.
 */
export class TlsServerPolicy extends Construct implements ITlsServerPolicy {
  /** A TLS server policy that exists already. */
  public static fromTlsServerPolicyAttributes(scope: Construct, id: string, attrs: TlsServerPolicyAttributes): ITlsServerPolicy {
    class Import extends Construct implements ITlsServerPolicy {
      public readonly policyId = attrs.policyId;
      public readonly listener = attrs.listener;
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "policyId", attrs.policyId);
    return imported;
  }

  public readonly policyId: string;
  public readonly listener: IListener;
  public readonly name: string;
  /** The generated resource (escape hatch). */
  public readonly resource: gen.KonnectEventGatewayListenerPolicyTlsServer;

  constructor(scope: Construct, id: string, props: TlsServerPolicyProps) {
    super(scope, id);
    this.listener = props.listener;
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.listener, "this listener").claim(this, "TLS server policies", this.name);
    if (props.enabled !== false && !unresolved(props.enabled)) {
      let enabled = enabledPolicies.get(this.node.root);
      if (!enabled) enabledPolicies.set(this.node.root, (enabled = new Map()));
      const listener = identityOf(props.listener, props.listener.listenerId);
      const other = enabled.get(listener);
      if (other !== undefined) fail(this, "enabled", true, `one enabled TLS server policy per listener; ${other} is enabled already`);
      enabled.set(listener, this.node.path);
    }
    if (!(props.key instanceof Secret)) fail(this, "key", "(not shown)", "a Secret (Secret.fromVariable or Secret.vaultReference), never a literal");

    this.resource = new gen.KonnectEventGatewayListenerPolicyTlsServer(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.listener.gateway.gatewayId,
      listenerId: props.listener.listenerId,
      name: this.name,
      description: props.description,
      enabled: props.enabled,
      labels: props.labels,
      config: {
        certificates: [{ certificate: validatePem(this, "certificate", props.certificate), key: props.key._render() }],
        versions: this.renderVersions(props.versions),
        allowPlaintext: props.allowPlaintext,
        clientAuthentication: props.clientAuthentication && this.renderClientAuthentication(props.clientAuthentication),
      },
    });
    this.policyId = this.resource.id;
  }

  private renderVersions(versions: TlsServerOptions["versions"]): gen.KonnectEventGatewayListenerPolicyTlsServerConfigVersions | undefined {
    if (!versions) return undefined;
    oneOf(this, "versions.min", versions.min, VERSIONS);
    oneOf(this, "versions.max", versions.max, VERSIONS);
    const min = versions.min ?? "tls12";
    const max = versions.max ?? "tls13";
    if (!unresolved(min) && !unresolved(max)) {
      check(this, VERSIONS.indexOf(min) <= VERSIONS.indexOf(max), "versions", { min, max }, "min <= max (tls12 < tls13)");
    }
    const api = (v: TlsVersion | undefined) => (v === undefined || unresolved(v) ? v : API_VERSION[v]);
    return { min: api(versions.min), max: api(versions.max) };
  }

  private renderClientAuthentication(auth: TlsClientAuthentication): gen.KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication {
    const mode = auth.mode ?? "required";
    oneOf(this, "clientAuthentication.mode", mode, ["required", "requested"]);
    const bundles = auth.trustBundles;
    check(this, bundles.length > 0, "clientAuthentication.trustBundles", [], "at least one trust bundle");
    for (const b of bundles) {
      if (!sameGateway(b.gateway, this.listener.gateway)) {
        fail(this, "clientAuthentication.trustBundles", b.node.path, "trust bundles of the listener's gateway");
      }
    }
    let principalMapping = auth.principalMapping;
    if (principalMapping !== undefined && !unresolved(principalMapping)) {
      const problem = principalMappingProblem(principalMapping);
      if (problem) fail(this, "clientAuthentication.principalMapping", principalMapping, problem);
      principalMapping = escapeTemplate(principalMapping);
    }
    return { mode, tlsTrustBundles: bundles.map((b) => ({ id: b.tlsTrustBundleId })), principalMapping };
  }
}

/** What a principal mapping sees: the verified client certificate (Kong's mTLS how-to lists these fields). */
const CERTIFICATE_SCHEMA = {
  certificate: {
    subject: "map<string, string>",
    issuer: "map<string, string>",
    serialNumber: "string",
    sans: { dns: "list<string>", uri: "list<string>" },
  },
};

let certificateEnv: CelEnvironment | undefined;

/** Why a principal mapping is refused (not CEL, an unknown field or function, not a string), or undefined. */
function principalMappingProblem(expression: string): string | undefined {
  if (!certificateEnv) {
    certificateEnv = new Environment({ unlistedVariablesAreDyn: false, homogeneousAggregateLiterals: false });
    for (const fn of EXPRESSION_FUNCTIONS) for (const o of fn.register) certificateEnv.registerFunction(o.signature, o.handler);
    certificateEnv.registerVariable({ name: "context", schema: CERTIFICATE_SCHEMA } as never);
  }
  const fields = "context.certificate.subject, .issuer, .serialNumber, .sans.dns, .sans.uri";
  // cel-js reports a failed check in its result (it does not throw)
  const result = certificateEnv.check(expression);
  if (!result.valid) return `an expression giving a string (${fields}): ${celSummary(result.error)}`;
  if (result.type !== "string" && result.type !== "dyn") return `an expression giving a string, not ${result.type} (${fields})`;
  return undefined;
}
