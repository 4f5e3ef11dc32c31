import { Construct, IConstruct } from "constructs";
import { konnectEventGatewayStaticKey as gen } from "../.gen/providers/konnect-beta";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { KonnectProvider } from "./provider";
import { Secret } from "./secret";
import { NameRegistry, nonEmpty, validateCommon } from "./validation";

/** A static encryption key of a gateway, made here ({@link StaticKey}) or imported ({@link StaticKey.fromStaticKeyAttributes}). */
export interface IStaticKey extends IConstruct {
  /** The key's ID in Konnect (what encrypt policies name). */
  readonly staticKeyId: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
}

/** A static key made elsewhere, as {@link StaticKey.fromStaticKeyAttributes} takes it. */
export interface StaticKeyAttributes extends GatewayReference {
  readonly staticKeyId: string;
}

export interface StaticKeyOptions {
  /** Unique in the gateway, 1-255 characters. @default the construct ID */
  readonly name?: string;
  /**
   * The key: 256 bits, base64-encoded (`openssl rand -base64 32`), as a {@link Secret}: a vault reference
   * (`vault.secret("ORDERS_KEY")`, which Konnect stores and returns as it is) or a sensitive variable (Konnect keeps
   * the plaintext encrypted and never returns it; see the README on rotation).
   */
  readonly value: Secret;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
}

export interface StaticKeyProps extends StaticKeyOptions {
  readonly gateway: IEventGateway;
}

/**
 * A static symmetric key for encrypt and decrypt policies (`konnect_event_gateway_static_key`). Every field is
 * replaced, not updated, when it changes (Konnect has no update for keys).
 */
export class StaticKey extends Construct implements IStaticKey {
  /** A key that exists already, for this app's encrypt policies. */
  public static fromStaticKeyAttributes(scope: Construct, id: string, attrs: StaticKeyAttributes): IStaticKey {
    class Import extends Construct implements IStaticKey {
      public readonly staticKeyId = attrs.staticKeyId;
      public readonly gateway = gatewayOf(this, attrs);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "staticKeyId", attrs.staticKeyId);
    return imported;
  }

  public readonly staticKeyId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  /** The generated resource (escape hatch). */
  public readonly resource: gen.KonnectEventGatewayStaticKey;

  constructor(scope: Construct, id: string, props: StaticKeyProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.gateway, "this gateway").claim(this, "static keys", this.name);
    this.resource = new gen.KonnectEventGatewayStaticKey(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      name: this.name,
      description: props.description,
      labels: props.labels,
      value: props.value._render(),
      // Konnect never returns a plaintext key, and provider 0.19.0 then reads the value as null: without this every
      // plan would replace the key, and records encrypted with the old one could no longer be decrypted. Rotate a
      // key by replacing it on purpose (`terraform apply -replace=...`). A vault reference is returned as given.
      lifecycle: props.value._isVaultReference ? undefined : { ignoreChanges: ["value"] },
    });
    this.staticKeyId = this.resource.id;
  }
}
