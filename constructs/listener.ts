import { Construct, IConstruct } from "constructs";
import {
  konnectEventGatewayListener as gen,
  konnectEventGatewayListenerPolicyForwardToVirtualCluster as fwd,
} from "../.gen/providers/konnect-beta";
import { IEventGateway } from "./event-gateway";
import { KonnectProvider } from "./provider";
import { check, fail, intBetween, oneOf, unresolved, validateCommon } from "./validation";
import { IVirtualCluster } from "./virtual-cluster";

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
    return new Forwarding("port_mapping", (scope, destination) => {
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
    return new Forwarding("sni", (scope) => {
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

/** A listener of a gateway (`konnect_event_gateway_listener`); {@link forwardTo} routes it to a virtual cluster. */
export class Listener extends Construct {
  public readonly listenerId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  public readonly resource: gen.KonnectEventGatewayListener;
  private portMappingPolicy?: ForwardToVirtualClusterPolicy;

  constructor(scope: Construct, id: string, props: ListenerProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    props.gateway._names.claim(this, "listener", this.name);
    const addresses = props.addresses ?? ["0.0.0.0"];
    validateAddresses(this, addresses);
    const ports = props.ports.map((p) => (typeof p === "number" ? String(p) : p));
    validatePorts(this, ports);
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

  /** Routes this listener's connections to a virtual cluster (one port-mapping policy per listener). */
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
}

export interface ForwardToVirtualClusterPolicyProps extends Omit<ForwardOptions, "id"> {
  readonly listener: Listener;
  readonly virtualCluster: IVirtualCluster;
}

/** A listener policy forwarding to a virtual cluster (`konnect_event_gateway_listener_policy_forward_to_virtual_cluster`). */
export class ForwardToVirtualClusterPolicy extends Construct {
  public readonly policyId: string;
  public readonly resource: fwd.KonnectEventGatewayListenerPolicyForwardToVirtualCluster;

  constructor(scope: Construct, id: string, props: ForwardToVirtualClusterPolicyProps) {
    super(scope, id);
    const name = props.name ?? id;
    validateCommon(this, name, props);
    if (props.virtualCluster.gateway !== props.listener.gateway) {
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
  }
}

const WILDCARDS = ["0.0.0.0", "::"];

function validateAddresses(scope: IConstruct, addresses: string[]): void {
  if (unresolved(addresses)) return;
  check(scope, addresses.length > 0, "addresses", addresses, "at least one address");
  for (const a of addresses) {
    if (unresolved(a)) continue;
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
