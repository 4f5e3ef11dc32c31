import { TerraformVariable, Token } from "cdktf";
import { ValidationError } from "./validation";

const VAULT_REFERENCE = /^\$\{vault\.[^}]+\}$/;

/**
 * A secret for a Konnect field (a backend password, a TLS key): never a literal, so it can never be written to
 * cdk.tf.json. Either a sensitive Terraform variable without a default (its value comes from `TF_VAR_<name>`, `-var`
 * or a tfvars file, and Terraform masks it), or a Konnect vault reference that Konnect resolves itself.
 */
export class Secret {
  /** A `TerraformVariable` declared `sensitive: true` with no `default`. */
  public static fromVariable(variable: TerraformVariable): Secret {
    if (variable.sensitive !== true) {
      throw new ValidationError(variable.node.path, "sensitive", variable.sensitive ?? false, "true: a secret's variable must be sensitive, or plans print it");
    }
    if (variable.default !== undefined) {
      throw new ValidationError(variable.node.path, "default", "(not shown)", "no default: a default would be written to cdk.tf.json");
    }
    return new Secret(variable.stringValue);
  }

  /**
   * A Konnect vault reference such as `${vault.env['KAFKA_PASSWORD']}`. It is written escaped (`$${...}`) so that
   * Terraform passes it to Konnect as it is.
   */
  public static vaultReference(reference: string): Secret {
    if (Token.isUnresolved(reference) || !VAULT_REFERENCE.test(reference)) {
      throw new ValidationError("Secret.vaultReference", "reference", "(not shown)", "a Konnect vault reference like ${vault.env['NAME']}");
    }
    return new Secret(`$${reference}`);
  }

  private constructor(private readonly value: string) {}

  /** @internal whether Konnect receives a reference (returned as given) rather than a plaintext (never returned) */
  public get _isVaultReference(): boolean {
    return this.value.startsWith("$${vault.");
  }

  /** @internal the value for the Terraform configuration */
  public _render(): string {
    return this.value;
  }
}
