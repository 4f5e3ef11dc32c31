import { Construct, IConstruct } from "constructs";
import { konnectEventGateway } from "../.gen/providers/konnect-beta";
import { BackendCluster, BackendClusterOptions } from "./backend-cluster";
import { Listener, ListenerOptions } from "./listener";
import { KonnectProvider } from "./provider";
import { check, NameRegistry, unresolved, validateCommon } from "./validation";
import { VirtualCluster, VirtualClusterOptions } from "./virtual-cluster";

/** A Kong Event Gateway (a control plane in Konnect), made here or imported. */
export interface IEventGateway extends IConstruct {
  /** The gateway's ID in Konnect. */
  readonly gatewayId: string;
  /** @internal names of the gateway's objects, to refuse duplicates at synth time */
  readonly _names: NameRegistry;
}

export interface EventGatewayProps {
  /**
   * The gateway's name in Konnect (1-255 characters).
   * @default the construct ID
   */
  readonly name?: string;
  /**
   * @default "" (none)
   */
  readonly description?: string;
  /**
   * Konnect labels. Keys have 1-63 characters and do not start with `kong`, `konnect`, `mesh`, `kic` or `_`.
   * @default no labels
   */
  readonly labels?: Record<string, string>;
  /**
   * The oldest data plane runtime version the gateway accepts, e.g. `1.1`.
   * @default Konnect's default
   */
  readonly minRuntimeVersion?: string;
}

/**
 * A Kong Event Gateway on Konnect (`konnect_event_gateway`): the owner of backend clusters, virtual clusters and
 * listeners, which are added with {@link addBackendCluster}, {@link addVirtualCluster} and {@link addListener}.
 */
export class EventGateway extends Construct implements IEventGateway {
  /** A gateway that exists already, by its Konnect ID. */
  public static fromGatewayId(scope: Construct, id: string, gatewayId: string): IEventGateway {
    class Imported extends Construct implements IEventGateway {
      public readonly gatewayId = gatewayId;
      public readonly _names = new NameRegistry();
    }
    return new Imported(scope, id);
  }

  public readonly gatewayId: string;
  public readonly name: string;
  /** The generated resource (escape hatch). */
  public readonly resource: konnectEventGateway.KonnectEventGateway;
  public readonly _names = new NameRegistry();

  constructor(scope: Construct, id: string, props: EventGatewayProps = {}) {
    super(scope, id);
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    if (props.minRuntimeVersion !== undefined && !unresolved(props.minRuntimeVersion)) {
      check(this, /^\d+\.\d+$/.test(props.minRuntimeVersion), "minRuntimeVersion", props.minRuntimeVersion, "major.minor, e.g. 1.1");
    }
    this.resource = new konnectEventGateway.KonnectEventGateway(this, "Default", {
      provider: KonnectProvider.of(this),
      name: this.name,
      description: props.description,
      labels: props.labels,
      minRuntimeVersion: props.minRuntimeVersion,
    });
    this.gatewayId = this.resource.id;
  }

  public addBackendCluster(id: string, options: BackendClusterOptions): BackendCluster {
    return new BackendCluster(this, id, { ...options, gateway: this });
  }

  public addVirtualCluster(id: string, options: VirtualClusterOptions): VirtualCluster {
    return new VirtualCluster(this, id, { ...options, gateway: this });
  }

  public addListener(id: string, options: ListenerOptions): Listener {
    return new Listener(this, id, { ...options, gateway: this });
  }
}
