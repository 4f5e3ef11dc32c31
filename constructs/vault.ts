import { Construct, IConstruct } from "constructs";
import { konnectEventGatewayVault as gen } from "../.gen/providers/konnect-beta";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { KonnectProvider } from "./provider";
import { Secret } from "./secret";
import { check, fail, lengthBetween, NameRegistry, nonEmpty, unresolved, validateCommon } from "./validation";

/**
 * Where a gateway's vault takes its secrets from: the data plane's environment (`env`) or Konnect (`konnect`), the
 * two vault types of konnect-beta 0.19.0.
 */
export class VaultType {
  /**
   * Environment variables of the data plane; `prefix` is put before the secret's name (`prefix: "KEGW_"` makes
   * `vault.secret("KAFKA_PASSWORD")` read `KEGW_KAFKA_PASSWORD`).
   */
  public static env(options: { readonly prefix?: string } = {}): VaultType {
    return new VaultType("env", options.prefix ?? "");
  }

  /** Secrets stored in Konnect. */
  public static konnect(): VaultType {
    return new VaultType("konnect", undefined);
  }

  private constructor(
    public readonly kind: "env" | "konnect",
    /** The environment variable prefix (env vaults). */
    public readonly prefix: string | undefined,
  ) {}
}

/** A vault of a gateway, made here ({@link Vault}) or imported ({@link Vault.fromVaultAttributes}). */
export interface IVault extends IConstruct {
  /** The vault's ID in Konnect. */
  readonly vaultId: string;
  /** Its name: what a reference names (`${vault.<name>['KEY']}`). */
  readonly vaultName: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
  /**
   * A {@link Secret} that Konnect resolves from this vault: `${vault.<name>['<key>']}` (for an env vault, the
   * environment variable `<prefix><key>` on the data plane).
   */
  secret(key: string): Secret;
}

/** A vault made elsewhere, as {@link Vault.fromVaultAttributes} takes it. */
export interface VaultAttributes extends GatewayReference {
  /** The vault's Konnect ID. */
  readonly vaultId: string;
  /** The vault's name (literal: references are written at synth). */
  readonly vaultName: string;
}

export interface VaultOptions {
  /** The vault's name, unique in the gateway; what references name. @default the construct ID */
  readonly name?: string;
  /** Environment variables (`VaultType.env({ prefix })`) or Konnect (`VaultType.konnect()`). */
  readonly type: VaultType;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
}

export interface VaultProps extends VaultOptions {
  readonly gateway: IEventGateway;
}

/** A name that stands as it is after `vault.` in a reference (the expression language's identifiers). */
const REFERENCE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A secret's key: what an environment variable name or a Konnect secret key holds, nothing that ends the reference. */
const SECRET_KEY = /^[A-Za-z0-9_.\/-]+$/;
/** Konnect's vault name pattern (konnect-beta 0.19.0). */
const VAULT_NAME = /^[\p{L}\p{N}]([\p{L}\p{N} _\-.']*[\p{L}\p{N}])?$/u;
const ENV_PREFIX = /^[A-Za-z0-9_]*$/;

/** What a vault made here and an imported one share: secrets by key. */
abstract class VaultBase extends Construct implements IVault {
  public abstract readonly vaultId: string;
  public abstract readonly vaultName: string;
  public abstract readonly gateway: IEventGateway;

  public secret(key: string): Secret {
    if (unresolved(this.vaultName) || !REFERENCE_NAME.test(this.vaultName)) {
      fail(this, "name", this.vaultName, "letters, digits and '_', not starting with a digit, known at synth: a reference names the vault as vault.<name>");
    }
    if (unresolved(key) || !SECRET_KEY.test(key) || key.length > 255) {
      fail(this, "secret key", key, "1-255 letters, digits, '_', '.', '/' or '-', known at synth");
    }
    return Secret.vaultReference(`\${vault.${this.vaultName}['${key}']}`);
  }
}

/**
 * A vault of a gateway (`konnect_event_gateway_vault`): secrets that Konnect resolves, taken as {@link Secret}s with
 * {@link secret}, so that no secret value is written to the configuration.
 */
export class Vault extends VaultBase {
  /** A vault that exists already, by its ID and name, for secrets of this app to reference. */
  public static fromVaultAttributes(scope: Construct, id: string, attrs: VaultAttributes): IVault {
    class Import extends VaultBase {
      public readonly vaultId = attrs.vaultId;
      public readonly vaultName = attrs.vaultName;
      public readonly gateway = gatewayOf(this, attrs);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "vaultId", attrs.vaultId);
    nonEmpty(imported, "vaultName", attrs.vaultName);
    return imported;
  }

  public readonly vaultId: string;
  public readonly vaultName: string;
  public readonly gateway: IEventGateway;
  public readonly type: VaultType;
  /** The generated resource (escape hatch). */
  public readonly resource: gen.KonnectEventGatewayVault;

  constructor(scope: Construct, id: string, props: VaultProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.vaultName = props.name ?? id;
    this.type = props.type;
    validateCommon(this, this.vaultName, props);
    if (!unresolved(this.vaultName)) {
      check(this, VAULT_NAME.test(this.vaultName), "name", this.vaultName, "letters and digits, and inside also ' ', '_', '-', '.' and \"'\"");
    }
    NameRegistry.of(props.gateway, "this gateway").claim(this, "vaults", this.vaultName);
    const common = { name: this.vaultName, description: props.description, labels: props.labels };
    let env: gen.KonnectEventGatewayVaultEnv | undefined;
    if (props.type.kind === "env") {
      const prefix = props.type.prefix!;
      if (!unresolved(prefix)) check(this, ENV_PREFIX.test(prefix), "type.env.prefix", prefix, "letters, digits and '_' (part of an environment variable's name)");
      lengthBetween(this, "type.env.prefix", prefix, 0, 255);
      // The provider reads config.prefix unconditionally: config is always sent.
      env = { ...common, config: { prefix } };
    }
    this.resource = new gen.KonnectEventGatewayVault(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      env,
      konnect: props.type.kind === "konnect" ? common : undefined,
    });
    this.vaultId = this.resource.id;
  }
}
