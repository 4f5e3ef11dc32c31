// OAuth2 client_credentials against a Kong Identity auth server (`<issuer>/oauth/token`), and a token provider for
// kafkajs that reuses a token and fetches a new one before the current one expires.
import axios, { AxiosError } from "axios";
import { decodeJwt } from "jose";
import { CliError } from "./errors";
import type { Credentials } from "./settings";

export interface AccessToken {
  readonly value: string;
  /** Epoch milliseconds when the token expires (from `exp`, else `expires_in`). */
  readonly expiresAt: number;
  /** Epoch milliseconds when it was issued (from `iat`, else when it was received). */
  readonly issuedAt: number;
}

/** host:port of a URL, with the default port filled in. */
export function hostPort(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol === "https:" ? "443" : "80")}`;
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "ECONNABORTED"]);

const OAUTH_ERROR_CODE = /^[a-z][a-z0-9_]{0,63}$/;

/** Gets an access token with client_credentials. Errors are CliErrors that never hold the secret. */
export async function fetchToken(c: Credentials, opts: { timeoutMs?: number } = {}): Promise<AccessToken> {
  const url = `${c.issuer}/oauth/token`;
  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: c.clientId, client_secret: c.clientSecret, scope: c.scope });
  const started = Date.now();
  let data: unknown;
  try {
    const res = await axios.post(url, form.toString(), {
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      timeout: opts.timeoutMs ?? 10_000,
      maxRedirects: 0,
      validateStatus: () => true,
      responseType: "json",
    });
    data = res.data;
    if (res.status === 400 || res.status === 401) {
      const field = typeof data === "object" && data !== null ? (data as { error?: unknown }).error : undefined;
      // Only an OAuth error code (RFC 6749 5.2: e.g. invalid_client) is shown: an issuer may echo the request body,
      // and with it the secret, in any other text.
      const err = typeof field === "string" && OAUTH_ERROR_CODE.test(field) ? field : "";
      if (err === "invalid_scope") {
        throw new CliError(`the issuer ${c.issuer} refused scope "${c.scope}" for client ${c.clientId} (invalid_scope)`);
      }
      if (err === "unsupported_grant_type") throw new CliError(`the issuer ${c.issuer} does not allow client_credentials for client ${c.clientId}`);
      throw new CliError(`client rejected: wrong client ID or secret (client ${c.clientId}, issuer ${c.issuer}, HTTP ${res.status}${err ? " " + err : ""})`);
    }
    if (res.status < 200 || res.status >= 300) {
      throw new CliError(`the issuer ${c.issuer} answered the token request with HTTP ${res.status}`);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const ax = e as AxiosError;
    const code = ax.code ?? (ax.cause as { code?: string } | undefined)?.code;
    if (code && NETWORK_CODES.has(code)) throw new CliError(`cannot reach the issuer at ${hostPort(url)} (${code})`);
    // Never pass the axios error on: its config holds the request body with the secret.
    throw new CliError(`token request to ${url} failed: ${code ?? "unexpected error"}`);
  }
  const token = typeof data === "object" && data !== null ? (data as { access_token?: unknown; expires_in?: unknown }) : {};
  if (typeof token.access_token !== "string" || token.access_token.length === 0) {
    throw new CliError(`the issuer ${c.issuer} answered without an access_token`);
  }
  let exp: number | undefined;
  let iat: number | undefined;
  try {
    const claims = decodeJwt(token.access_token);
    exp = claims.exp;
    iat = claims.iat;
  } catch {
    // opaque token: rely on expires_in
  }
  const expiresIn = typeof token.expires_in === "number" ? token.expires_in : undefined;
  const expiresAt = exp !== undefined ? exp * 1000 : expiresIn !== undefined ? started + expiresIn * 1000 : started + 300_000;
  return { value: token.access_token, expiresAt, issuedAt: iat !== undefined ? iat * 1000 : started };
}

/** A token's claims, without verifying it (for messages and `token --claims`). */
export function tokenClaims(token: string): Record<string, unknown> | undefined {
  try {
    return decodeJwt(token) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** `iss=..., aud=..., exp=...` of a token, for error messages. */
export function describeToken(token: string | undefined, now = Date.now()): string {
  const c = token ? tokenClaims(token) : undefined;
  if (!c) return "the token is not a JWT";
  const exp = typeof c.exp === "number" ? c.exp : undefined;
  const expText =
    exp === undefined ? "none" : `${new Date(exp * 1000).toISOString()} (${exp * 1000 <= now ? "expired" : `in ${Math.round((exp * 1000 - now) / 1000)}s`})`;
  return `iss=${JSON.stringify(c.iss ?? null)}, aud=${JSON.stringify(c.aud ?? null)}, exp=${expText}`;
}

/**
 * Hands kafkajs a token on every (re)authentication: the cached one while it has more than a fifth of its lifetime
 * left (at most a minute, at least a second), else a new one. Concurrent calls share one request.
 */
export class TokenProvider {
  private current: AccessToken | undefined;
  private pending: Promise<AccessToken> | undefined;
  /** How many tokens were fetched. */
  fetched = 0;

  constructor(
    private readonly credentials: Credentials,
    private readonly fetcher: (c: Credentials) => Promise<AccessToken> = fetchToken,
    private readonly now: () => number = Date.now,
  ) {}

  get clientId(): string {
    return this.credentials.clientId;
  }

  /** The token last handed out (for error messages). */
  get lastToken(): string | undefined {
    return this.current?.value;
  }

  needsRefresh(t: AccessToken | undefined = this.current): boolean {
    if (!t) return true;
    const lifetime = Math.max(0, t.expiresAt - t.issuedAt);
    const margin = Math.min(60_000, Math.max(1_000, lifetime / 5));
    return this.now() >= t.expiresAt - margin;
  }

  async token(): Promise<AccessToken> {
    if (!this.needsRefresh()) return this.current!;
    this.pending ??= this.fetcher(this.credentials).then(
      (t) => {
        this.current = t;
        this.fetched++;
        this.pending = undefined;
        return t;
      },
      (e: unknown) => {
        this.pending = undefined;
        throw e;
      },
    );
    return this.pending;
  }

  /** The kafkajs `oauthBearerProvider`. */
  readonly oauthBearerProvider = async (): Promise<{ value: string }> => ({ value: (await this.token()).value });
}
