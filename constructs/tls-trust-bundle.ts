import { Construct, IConstruct } from "constructs";
import { konnectEventGatewayTlsTrustBundle as gen } from "../.gen/providers/konnect-beta";
import { PemCertificates, validatePem } from "./certificate";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { KonnectProvider } from "./provider";
import { NameRegistry, nonEmpty, validateCommon } from "./validation";

/**
 * CA certificates a gateway trusts to verify Kafka clients' certificates (mutual TLS on a listener), made here
 * ({@link TlsTrustBundle}) or imported ({@link TlsTrustBundle.fromTlsTrustBundleAttributes}).
 */
export interface ITlsTrustBundle extends IConstruct {
  /** The trust bundle's ID in Konnect. */
  readonly tlsTrustBundleId: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
}

/** A trust bundle made elsewhere, as {@link TlsTrustBundle.fromTlsTrustBundleAttributes} takes it. */
export interface TlsTrustBundleAttributes extends GatewayReference {
  /** The trust bundle's Konnect ID (a literal, or another stack's `bundle.tlsTrustBundleId`). */
  readonly tlsTrustBundleId: string;
}

export interface TlsTrustBundleOptions {
  /** Unique among the gateway's trust bundles (1-255 characters). @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /**
   * The trusted CA certificates, PEM (one or more blocks), or a vault reference as a {@link Secret}. Never a private
   * key: a value holding one is refused.
   */
  readonly trustedCa: PemCertificates;
}

export interface TlsTrustBundleProps extends TlsTrustBundleOptions {
  readonly gateway: IEventGateway;
}

/**
 * A TLS trust bundle (`konnect_event_gateway_tls_trust_bundle`): the CAs a listener's TLS server policy verifies
 * client certificates against (`listener.addTlsServer(..., { clientAuthentication: { trustBundles: [bundle] } })`).
 * Konnect uses trust bundles only there; a backend cluster's brokers are verified with its own `tls.caBundle`.
 * Needs data plane runtime 1.1 or later.
 */
export class TlsTrustBundle extends Construct implements ITlsTrustBundle {
  /** A trust bundle that exists already, for TLS server policies of this app to trust. */
  public static fromTlsTrustBundleAttributes(scope: Construct, id: string, attrs: TlsTrustBundleAttributes): ITlsTrustBundle {
    class Import extends Construct implements ITlsTrustBundle {
      public readonly tlsTrustBundleId = attrs.tlsTrustBundleId;
      public readonly gateway = gatewayOf(this, attrs);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "tlsTrustBundleId", attrs.tlsTrustBundleId);
    return imported;
  }

  public readonly tlsTrustBundleId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  /** The generated resource (escape hatch). */
  public readonly resource: gen.KonnectEventGatewayTlsTrustBundle;

  constructor(scope: Construct, id: string, props: TlsTrustBundleProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.gateway, "this gateway").claim(this, "TLS trust bundles", this.name);
    this.resource = new gen.KonnectEventGatewayTlsTrustBundle(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      name: this.name,
      description: props.description,
      labels: props.labels,
      config: { trustedCa: validatePem(this, "trustedCa", props.trustedCa) },
    });
    this.tlsTrustBundleId = this.resource.id;
  }
}
