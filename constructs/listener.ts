import { Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import {
  konnectEventGatewayListener as gen,
  konnectEventGatewayListenerPolicyForwardToVirtualCluster as fwd,
} from "../.gen/providers/konnect-beta";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { KonnectProvider } from "./provider";
import { check, fail, intBetween, NameRegistry, nonEmpty, oneOf, sameGateway, unresolved, validateCommon } from "./validation";
import { TlsServerOptions, TlsServerPolicy } from "./tls-server-policy";
import { IVirtualCluster } from "./virtual-cluster";

/**
 * A listener of a gateway, made here ({@link Listener}) or imported ({@link Listener.fromListenerAttributes}): either
 * can forward to a virtual cluster.
 */
export interface IListener extends IConstruct {
  /** The listener's ID in Konnect. */
  readonly listenerId: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
  /** Routes this listener's connections to a virtual cluster (one port-mapping policy per listener). */
  forwardTo(virtualCluster: IVirtualCluster, options: ForwardOptions): ForwardToVirtualClusterPolicy;
  /** Terminates TLS on this listener (`konnect_event_gateway_listener_policy_tls_server`; one enabled per listener). */
  addTlsServer(options: TlsServerOptions): TlsServerPolicy;
}

/** A listener made elsewhere, as {@link Listener.fromListenerAttributes} takes it. */
export interface ListenerAttributes extends GatewayReference {
  /** The listener's Konnect ID (a literal, or another stack's `listener.listenerId`). */
  readonly listenerId: string;
  /**
   * Its ports and port ranges, when known: the first one is the bootstrap port of a port-mapping policy.
   * @default unknown
   */
  readonly ports?: Array<number | string>;
}

export interface ListenerOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /**
   * Addresses to listen on. `0.0.0.0` and `::` (all addresses) must stand alone.
   * @default ["0.0.0.0"]
   */
  readonly addresses?: string[];
  /** Ports and port ranges, e.g. `[19092]` or `["19092-19095"]` (1-65535, low <= high). */
  readonly ports: Array<number | string>;
}

export interface ListenerProps extends ListenerOptions {
  readonly gateway: IEventGateway;
}

/** How a listener maps client connections to a virtual cluster's brokers. */
export class Forwarding {
  /**
   * One port per broker: the first listener port bootstraps, the next ones map to brokers from `minBrokerId` on
   * (three brokers need four ports). Clients are told to connect to `advertisedHost`.
   */
  public static portMapping(options: {
    readonly advertisedHost: string;
    /** @default "at_start" */
    readonly bootstrapPort?: "at_start" | "none";
    /** @default 0 */
    readonly minBrokerId?: number;
  }): Forwarding {
    return new Forwarding("port_mapping", options.advertisedHost, options.bootstrapPort !== "none", (scope, destination) => {
      const h = options.advertisedHost;
      if (!unresolved(h)) {
        check(
          scope,
          /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/.test(h),
          "portMapping.advertisedHost",
          h,
          "a lowercase host name (labels of letters, digits and '-', separated by '.')",
        );
      }
      oneOf(scope, "portMapping.bootstrapPort", options.bootstrapPort, ["at_start", "none"]);
      intBetween(scope, "portMapping.minBrokerId", options.minBrokerId, 0, 2147483647);
      return {
        portMapping: {
          advertisedHost: h,
          bootstrapPort: options.bootstrapPort,
          minBrokerId: options.minBrokerId,
          destination: { id: destination.virtualClusterId },
        },
      };
    });
  }

  /** TLS SNI routing: brokers are told apart by host name under `sniSuffix`. */
  public static sni(options: {
    /** e.g. `.kafka.example.com` */
    readonly sniSuffix?: string;
    /** @default the listener port */
    readonly advertisedPort?: number;
    /** @default "per_cluster_suffix" */
    readonly brokerHostFormat?: "per_cluster_suffix" | "shared_suffix";
  }): Forwarding {
    return new Forwarding("sni", undefined, false, (scope) => {
      const s = options.sniSuffix;
      if (s !== undefined && !unresolved(s)) {
        check(scope, /^[.-]([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*([a-z0-9-]*[a-z0-9])$/.test(s), "sni.sniSuffix", s, "a suffix starting with '.' or '-', e.g. .kafka.example.com");
      }
      intBetween(scope, "sni.advertisedPort", options.advertisedPort, 1, 65535);
      oneOf(scope, "sni.brokerHostFormat", options.brokerHostFormat, ["per_cluster_suffix", "shared_suffix"]);
      return {
        sni: {
          sniSuffix: s,
          advertisedPort: options.advertisedPort,
          brokerHostFormat: options.brokerHostFormat ? { type: options.brokerHostFormat } : undefined,
        },
      };
    });
  }

  private constructor(
    public readonly type: "port_mapping" | "sni",
    /** Port mapping: the host name clients are told to connect to. */
    public readonly advertisedHost: string | undefined,
    /** Port mapping: the listener's first port bootstraps (false for SNI routing, which has no bootstrap port). */
    public readonly bootstrapsOnFirstPort: boolean,
    private readonly render: (scope: IConstruct, destination: IVirtualCluster) => fwd.KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA,
  ) {}

  /** @internal */
  public _render(scope: IConstruct, destination: IVirtualCluster): fwd.KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA {
    return this.render(scope, destination);
  }
}

export interface ForwardOptions {
  readonly mode: Forwarding;
  /** Construct ID of the policy. @default "forward", then `forward-<virtual cluster's construct ID>` */
  readonly id?: string;
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default true */
  readonly enabled?: boolean;
  /** @default no labels */
  readonly labels?: Record<string, string>;
}

/** What a listener made here and an imported one share: forwarding to virtual clusters, TLS server policies. */
export abstract class ListenerBase extends Construct implements IListener {
  public abstract readonly listenerId: string;
  public abstract readonly gateway: IEventGateway;
  /** Its ports and port ranges as Konnect stores them (strings), when known. */
  public abstract readonly ports: readonly string[] | undefined;
  private portMappingPolicy?: ForwardToVirtualClusterPolicy;

  /**
   * The port clients bootstrap from when a port-mapping policy forwards this listener: the first port of its first
   * port or range (undefined when the ports are not known or not yet resolved).
   */
  public get bootstrapPort(): number | undefined {
    const first = this.ports?.[0];
    if (first === undefined || unresolved(first)) return undefined;
    const m = /^(\d{1,5})/.exec(first);
    return m ? Number(m[1]) : undefined;
  }

  public forwardTo(virtualCluster: IVirtualCluster, options: ForwardOptions): ForwardToVirtualClusterPolicy {
    const id = options.id ?? (this.node.tryFindChild("forward") ? `forward-${virtualCluster.node.id}` : "forward");
    const policy = new ForwardToVirtualClusterPolicy(this, id, { ...options, listener: this, virtualCluster });
    if (options.mode.type === "port_mapping") {
      if (this.portMappingPolicy) {
        fail(policy, "mode", "port_mapping", `one port-mapping policy per listener; ${this.portMappingPolicy.node.path} is one already`);
      }
      this.portMappingPolicy = policy;
    }
    return policy;
  }

  public addTlsServer(options: TlsServerOptions): TlsServerPolicy {
    const { id, ...props } = options;
    return new TlsServerPolicy(this, id ?? "tls-server", { ...props, listener: this });
  }
}

/** A listener of a gateway (`konnect_event_gateway_listener`); {@link forwardTo} routes it to a virtual cluster. */
export class Listener extends ListenerBase {
  /** A listener that exists already (made by another stack, or outside Terraform), to forward to virtual clusters. */
  public static fromListenerAttributes(scope: Construct, id: string, attrs: ListenerAttributes): IListener {
    class Import extends ListenerBase {
      public readonly listenerId = attrs.listenerId;
      public readonly gateway = gatewayOf(this, attrs);
      public readonly ports = attrs.ports?.map(portText);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "listenerId", attrs.listenerId);
    if (imported.ports) validatePorts(imported, imported.ports);
    return imported;
  }

  public readonly listenerId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  public readonly ports: readonly string[];
  public readonly resource: gen.KonnectEventGatewayListener;

  constructor(scope: Construct, id: string, props: ListenerProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.gateway, "this gateway").claim(this, "listeners", this.name);
    const addresses = props.addresses ?? ["0.0.0.0"];
    validateAddresses(this, addresses);
    const ports = props.ports.map(portText);
    validatePorts(this, ports);
    this.ports = ports;
    this.resource = new gen.KonnectEventGatewayListener(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      name: this.name,
      description: props.description,
      labels: props.labels,
      addresses,
      ports,
    });
    this.listenerId = this.resource.id;
  }

}

export interface ForwardToVirtualClusterPolicyProps extends Omit<ForwardOptions, "id"> {
  readonly listener: IListener;
  readonly virtualCluster: IVirtualCluster;
}

/** A listener policy forwarding to a virtual cluster (`konnect_event_gateway_listener_policy_forward_to_virtual_cluster`). */
export class ForwardToVirtualClusterPolicy extends Construct {
  public readonly policyId: string;
  /**
   * Port mapping: where clients bootstrap, `<advertisedHost>:<listener's first port>` (undefined for SNI routing, a
   * `bootstrapPort` of `none`, or a listener whose ports are not known).
   */
  public readonly bootstrapServer: string | undefined;
  public readonly resource: fwd.KonnectEventGatewayListenerPolicyForwardToVirtualCluster;

  constructor(scope: Construct, id: string, props: ForwardToVirtualClusterPolicyProps) {
    super(scope, id);
    const name = props.name ?? id;
    validateCommon(this, name, props);
    if (!sameGateway(props.virtualCluster.gateway, props.listener.gateway)) {
      fail(this, "virtualCluster", props.virtualCluster.node.path, "a virtual cluster of the listener's gateway");
    }
    this.resource = new fwd.KonnectEventGatewayListenerPolicyForwardToVirtualCluster(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.listener.gateway.gatewayId,
      listenerId: props.listener.listenerId,
      name,
      description: props.description,
      enabled: props.enabled,
      labels: props.labels,
      config: props.mode._render(this, props.virtualCluster),
    });
    this.policyId = this.resource.id;
    const port = props.listener instanceof ListenerBase ? props.listener.bootstrapPort : undefined;
    const mode = props.mode;
    this.bootstrapServer = mode.bootstrapsOnFirstPort && port !== undefined ? `${mode.advertisedHost}:${port}` : undefined;
  }
}

const WILDCARDS = ["0.0.0.0", "::"];

/**
 * A port as Konnect stores it, as text. A number that Terraform resolves later (a variable's `numberValue`) stays
 * a reference: `String()` of it would be the number cdktf encodes the token as, a huge negative one.
 */
function portText(p: number | string): string {
  return typeof p === "number" ? (unresolved(p) ? Token.asString(p) : String(p)) : p;
}

function validateAddresses(scope: IConstruct, addresses: string[]): void {
  // Values Terraform resolves later pass: a whole list is one element of token text, an address is token text, both
  // non-empty and no wildcard address.
  check(scope, addresses.length > 0, "addresses", addresses, "at least one address");
  for (const a of addresses) {
    check(scope, a.trim().length > 0, "addresses", a, "a non-empty IP address or host name");
    if (WILDCARDS.includes(a) && addresses.length > 1) {
      fail(scope, "addresses", addresses, `${a} (all addresses) standing alone, without other addresses`);
    }
  }
}

function validatePorts(scope: IConstruct, ports: string[]): void {
  if (unresolved(ports)) return;
  check(scope, ports.length > 0, "ports", ports, "at least one port or range");
  const allowed = "a port 1-65535 or a range low-high with 1 <= low <= high <= 65535";
  for (const p of ports) {
    if (unresolved(p)) continue;
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(p);
    if (!m) fail(scope, "ports", p, allowed);
    const low = Number(m[1]);
    const high = m[2] === undefined ? low : Number(m[2]);
    check(scope, low >= 1 && high <= 65535 && low <= high, "ports", p, allowed);
  }
}
