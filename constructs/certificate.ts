// PEM certificates as Konnect's TLS fields take them: a PEM literal (checked for its shape at synth), or a Secret (a
// vault reference Konnect resolves, or a sensitive variable). Internal: the package root re-exports only the type.
import type { IConstruct } from "constructs";
import { Secret } from "./secret";
import { fail, unresolved } from "./validation";

/**
 * One or more PEM certificates (`-----BEGIN CERTIFICATE-----` ... `-----END CERTIFICATE-----`), or a {@link Secret}
 * (e.g. `Secret.vaultReference("${vault.env['CA_PEM']}")`) where Konnect resolves it. A value Terraform resolves later
 * (a variable, `Fn.file(...)`) is not checked at synth.
 */
export type PemCertificates = string | Secret;

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const BASE64_BODY = /^[A-Za-z0-9+/=\s]+$/;

/**
 * Checks a literal PEM value: at least one CERTIFICATE block, each with a base64 body, and no private key (a key in a
 * certificate field would be written to cdk.tf.json and returned by Konnect). Text between blocks is allowed (tools
 * write comments or "subject=" lines there). The value is never shown: it may hold a key.
 * @internal
 */
export function validatePem(scope: IConstruct, field: string, value: PemCertificates): string {
  if (value instanceof Secret) return value._render();
  if (unresolved(value)) return value;
  const shown = `(${value.length} characters, not shown)`;
  if (/PRIVATE KEY-----/.test(value)) {
    fail(scope, field, shown, "certificates only: it holds a PRIVATE KEY block; pass the key as a Secret where the field takes one");
  }
  const blocks = [...value.matchAll(BLOCK)];
  const allowed = "PEM certificates: one or more -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- blocks with a base64 body";
  if (blocks.length === 0) fail(scope, field, shown, allowed);
  for (const [, label, body] of blocks) {
    if (label !== "CERTIFICATE" || !BASE64_BODY.test(body!) || body!.trim() === "") fail(scope, field, shown, allowed);
  }
  return value;
}
