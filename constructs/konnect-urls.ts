// Konnect's and Kong Identity's addresses, in one place: the regions and their API URLs, and where an auth server
// publishes its keys. The app, the lookup and the constructs all derive URLs from here.

/** Konnect regions, as the regional API host names spell them. */
export const KONNECT_REGIONS = ["us", "eu", "au", "me", "in", "sg"] as const;
export type KonnectRegion = (typeof KONNECT_REGIONS)[number];

/** The default region. */
export const DEFAULT_KONNECT_REGION: KonnectRegion = "us";

/** Whether a string is a Konnect region. */
export function isKonnectRegion(region: string): region is KonnectRegion {
  return (KONNECT_REGIONS as readonly string[]).includes(region);
}

/** A region's Konnect API URL, without `/v1`: `https://<region>.api.konghq.com`. */
export function konnectApiUrl(region: KonnectRegion): string {
  return `https://${region}.api.konghq.com`;
}

/** Whether a Konnect server URL can be used: "ok" (an http or https URL), "not-url" or "not-http". */
export function serverUrlKind(url: string): "ok" | "not-url" | "not-http" {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "not-url";
  }
  return u.protocol === "https:" || u.protocol === "http:" ? "ok" : "not-http";
}

/** The path of an auth server's key set below its issuer URL. */
export const JWKS_PATH = "/.well-known/jwks";

/**
 * `<issuer>/.well-known/jwks`: where a Kong Identity auth server publishes its signing keys. Trailing slashes of the
 * issuer are dropped (a reference that Terraform resolves later has none to drop).
 */
export function jwksUrlOf(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}${JWKS_PATH}`;
}
