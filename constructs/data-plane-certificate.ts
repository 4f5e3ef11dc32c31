import { Construct, IConstruct } from "constructs";
import { konnectEventGatewayDataPlaneCertificate as gen } from "../.gen/providers/konnect-beta";
import { validatePem } from "./certificate";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { KonnectProvider } from "./provider";
import { lengthBetween, nonEmpty } from "./validation";

/** A certificate the gateway's data plane nodes may connect to Konnect with: made here or imported. */
export interface IDataPlaneCertificate extends IConstruct {
  /** The certificate's ID in Konnect. */
  readonly dataPlaneCertificateId: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
}

/** A data plane certificate made elsewhere, as {@link DataPlaneCertificate.fromDataPlaneCertificateAttributes} takes it. */
export interface DataPlaneCertificateAttributes extends GatewayReference {
  /** The certificate's Konnect ID. */
  readonly dataPlaneCertificateId: string;
}

export interface DataPlaneCertificateOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default none */
  readonly description?: string;
  /**
   * The data plane's client certificate, PEM (public: its key stays on the data plane nodes and is never given to
   * Konnect; a value holding a private key is refused).
   */
  readonly certificate: string;
}

export interface DataPlaneCertificateProps extends DataPlaneCertificateOptions {
  readonly gateway: IEventGateway;
}

/**
 * A data plane certificate (`konnect_event_gateway_data_plane_certificate`): registers a client certificate that data
 * plane nodes of the gateway present when they connect to Konnect (pinned certificates). Konnect reads the
 * certificate's subject, issuer, SANs, expiry and fingerprint into {@link DataPlaneCertificate.resource}'s `metadata`.
 */
export class DataPlaneCertificate extends Construct implements IDataPlaneCertificate {
  /** A data plane certificate that exists already. */
  public static fromDataPlaneCertificateAttributes(scope: Construct, id: string, attrs: DataPlaneCertificateAttributes): IDataPlaneCertificate {
    class Import extends Construct implements IDataPlaneCertificate {
      public readonly dataPlaneCertificateId = attrs.dataPlaneCertificateId;
      public readonly gateway = gatewayOf(this, attrs);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "dataPlaneCertificateId", attrs.dataPlaneCertificateId);
    return imported;
  }

  public readonly dataPlaneCertificateId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  /** The generated resource (escape hatch; `metadata` holds what Konnect read from the certificate). */
  public readonly resource: gen.KonnectEventGatewayDataPlaneCertificate;

  constructor(scope: Construct, id: string, props: DataPlaneCertificateProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    lengthBetween(this, "name", this.name, 1, 255);
    this.resource = new gen.KonnectEventGatewayDataPlaneCertificate(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      name: this.name,
      description: props.description,
      certificate: validatePem(this, "certificate", props.certificate),
    });
    this.dataPlaneCertificateId = this.resource.id;
  }
}
