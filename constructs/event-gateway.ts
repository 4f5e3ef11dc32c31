import { Construct, IConstruct } from "constructs";
import { konnectEventGateway } from "../.gen/providers/konnect-beta";
import { BackendCluster, BackendClusterOptions } from "./backend-cluster";
import { DataPlaneCertificate, DataPlaneCertificateOptions } from "./data-plane-certificate";
import { Listener, ListenerOptions } from "./listener";
import { StaticKey, StaticKeyOptions } from "./static-key";
import { Vault, VaultOptions } from "./vault";
import { KonnectProvider } from "./provider";
import { SchemaRegistry, SchemaRegistryOptions } from "./schema-registry";
import { TlsTrustBundle, TlsTrustBundleOptions } from "./tls-trust-bundle";
import { check, fail, nonEmpty, unresolved, validateCommon } from "./validation";
import { VirtualCluster, VirtualClusterOptions } from "./virtual-cluster";

/**
 * A Kong Event Gateway (a control plane in Konnect), made here ({@link EventGateway}) or imported
 * ({@link EventGateway.fromGatewayId}). Backend clusters, virtual clusters, listeners, schema registries, TLS trust bundles
 * and data plane certificates can be added to either.
 */
export interface IEventGateway extends IConstruct {
  /** The gateway's ID in Konnect. */
  readonly gatewayId: string;
  /** Adds a backend cluster (`konnect_event_gateway_backend_cluster`) to this gateway. */
  addBackendCluster(id: string, options: BackendClusterOptions): BackendCluster;
  /** Adds a virtual cluster (`konnect_event_gateway_virtual_cluster`) to this gateway. */
  addVirtualCluster(id: string, options: VirtualClusterOptions): VirtualCluster;
  /** Adds a listener (`konnect_event_gateway_listener`) to this gateway. */
  addListener(id: string, options: ListenerOptions): Listener;
  /** Adds a Confluent schema registry (`konnect_event_gateway_schema_registry`) for schema validation policies. */
  addSchemaRegistry(id: string, options: SchemaRegistryOptions): SchemaRegistry;
  /** Adds a vault (`konnect_event_gateway_vault`); `vault.secret(key)` gives a {@link Secret} that references it. */
  addVault(id: string, options: VaultOptions): Vault;
  /** Adds a static encryption key (`konnect_event_gateway_static_key`) for encrypt and decrypt policies. */
  addStaticKey(id: string, options: StaticKeyOptions): StaticKey;
  /** Adds CA certificates to verify Kafka clients' certificates with (`konnect_event_gateway_tls_trust_bundle`). */
  addTlsTrustBundle(id: string, options: TlsTrustBundleOptions): TlsTrustBundle;
  /** Registers a certificate data plane nodes connect with (`konnect_event_gateway_data_plane_certificate`). */
  addDataPlaneCertificate(id: string, options: DataPlaneCertificateOptions): DataPlaneCertificate;
}

/** What a gateway made here and an imported one share: adding the objects a gateway owns. */
export abstract class EventGatewayBase extends Construct implements IEventGateway {
  public abstract readonly gatewayId: string;

  public addBackendCluster(id: string, options: BackendClusterOptions): BackendCluster {
    return new BackendCluster(this, id, { ...options, gateway: this });
  }

  public addVirtualCluster(id: string, options: VirtualClusterOptions): VirtualCluster {
    return new VirtualCluster(this, id, { ...options, gateway: this });
  }

  public addListener(id: string, options: ListenerOptions): Listener {
    return new Listener(this, id, { ...options, gateway: this });
  }

  public addSchemaRegistry(id: string, options: SchemaRegistryOptions): SchemaRegistry {
    return new SchemaRegistry(this, id, { ...options, gateway: this });
  }

  public addVault(id: string, options: VaultOptions): Vault {
    return new Vault(this, id, { ...options, gateway: this });
  }

  public addStaticKey(id: string, options: StaticKeyOptions): StaticKey {
    return new StaticKey(this, id, { ...options, gateway: this });
  }

  public addTlsTrustBundle(id: string, options: TlsTrustBundleOptions): TlsTrustBundle {
    return new TlsTrustBundle(this, id, { ...options, gateway: this });
  }

  public addDataPlaneCertificate(id: string, options: DataPlaneCertificateOptions): DataPlaneCertificate {
    return new DataPlaneCertificate(this, id, { ...options, gateway: this });
  }
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
export class EventGateway extends EventGatewayBase {
  /**
   * A gateway that exists already (made by another stack, or outside Terraform), by its Konnect ID: a literal ID or a
   * reference to another stack's `gateway.gatewayId`. Objects added to it are made by this stack.
   */
  public static fromGatewayId(scope: Construct, id: string, gatewayId: string): IEventGateway {
    class Import extends EventGatewayBase {
      public readonly gatewayId = gatewayId;
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "gatewayId", gatewayId);
    return imported;
  }

  public readonly gatewayId: string;
  public readonly name: string;
  /** The generated resource (escape hatch). */
  public readonly resource: konnectEventGateway.KonnectEventGateway;

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
}

/** Where an imported object's gateway comes from: the gateway object, or its ID. */
export interface GatewayReference {
  /**
   * The gateway, when this app has it (made here or imported).
   * @default imported from `gatewayId`
   */
  readonly gateway?: IEventGateway;
  /**
   * The gateway's Konnect ID (a literal, or another stack's `gateway.gatewayId`).
   * @default `gateway.gatewayId`
   */
  readonly gatewayId?: string;
}

/** @internal the gateway of an imported object: the one given, else one imported by ID as a child `Gateway`. */
export function gatewayOf(scope: Construct, ref: GatewayReference): IEventGateway {
  if (ref.gateway) return ref.gateway;
  if (ref.gatewayId === undefined) fail(scope, "gatewayId", undefined, "the gateway, or its ID, of an imported object");
  return EventGateway.fromGatewayId(scope, "Gateway", ref.gatewayId);
}
