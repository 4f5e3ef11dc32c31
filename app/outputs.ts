// The names of the stack's outputs: the stack writes them, the client reads them from an outputs file, the sandbox
// prints them. One list, imported by all three.

/** Outputs that do not depend on a client. */
export const OUTPUT = {
  /** The auth server's token issuer. */
  issuerUrl: "issuer_url",
  /** Where the auth server publishes its keys. */
  jwksUrl: "jwks_url",
  /** The audience (`aud`) of the auth server's tokens. */
  audience: "audience",
  /** The scope clients request. */
  scope: "scope",
  /** Where Kafka clients bootstrap: `<advertised host>:<listener's first port>`. */
  bootstrapServer: "bootstrap_server",
} as const;

/** The clients the stack makes (or looks up), by the key their outputs are named after. */
export const CLIENTS = ["producer", "reader"] as const;

/** A client's ID output, e.g. `producer_client_id`. */
export function clientIdOutput(client: string): string {
  return `${client}_client_id`;
}

/** A client's secret output (sensitive), e.g. `producer_client_secret`. */
export function clientSecretOutput(client: string): string {
  return `${client}_client_secret`;
}
