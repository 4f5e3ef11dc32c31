import { Token } from "cdktf";
import { IConstruct } from "constructs";
import { fail } from "./validation";

const VAULT_REFERENCE = /^\$\{vault\.[^}]+\}$/;

/**
 * A secret for a Konnect field: a token (e.g. a sensitive `TerraformVariable`'s value, so it never appears in
 * cdk.tf.json and Terraform masks it) or a Konnect vault reference such as `${vault.env['KAFKA_PASSWORD']}`, which is
 * escaped as `$${...}` so Terraform passes it to Konnect as it is. A literal is refused: it would be written to
 * cdk.tf.json and shown by `terraform plan`.
 */
export function secretValue(scope: IConstruct, field: string, value: string): string {
  if (Token.isUnresolved(value)) return value;
  if (VAULT_REFERENCE.test(value)) return `$${value}`;
  return fail(
    scope,
    field,
    "(literal, not shown)",
    "a sensitive TerraformVariable's value or a Konnect vault reference like ${vault.env['NAME']}; literal secrets would be written to cdk.tf.json",
  );
}
