// A stand-in for a Kong Identity auth server's OAuth side: client_credentials tokens (RS256, like Kong Identity's),
// its JWKS and its OpenID discovery document. Mounted by the Konnect stand-in under each auth server's issuer path,
// and run alone on 127.0.0.1 by the client tests (startIssuerServer), where a real Kafka broker validates its tokens.
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from "jose";
import { JWKS_PATH } from "../constructs/konnect-urls";
import { readBody, sendJson as sendHttpJson } from "./http";

export interface IssuerClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly name?: string;
  /** Seconds. */
  readonly accessTokenDuration: number;
  /** Scope names. */
  readonly allowScopes: readonly string[];
  readonly allowAllScopes: boolean;
}

/** A custom claim of an auth server, as its issuer puts it into tokens. */
export interface IssuerClaim {
  readonly name: string;
  /** As Konnect stores it: valid JSON becomes that JSON value in the token, anything else the string itself. */
  readonly value: string;
  readonly includeInToken: boolean;
  readonly includeInAllScopes: boolean;
  /** Names of the scopes whose tokens carry it. */
  readonly scopes: readonly string[];
  readonly enabled: boolean;
}

/** Claims the issuer sets itself; a custom claim of the same name does not replace them. */
const REGISTERED_CLAIMS = new Set(["iss", "aud", "sub", "client_id", "iat", "exp", "nbf", "jti", "scope"]);

/** A claim's token value: JSON when the stored value is valid JSON, else the text (templates are not expanded). */
function claimValue(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

const TOKEN_PATH = "/oauth/token";
const DISCOVERY_PATH = "/.well-known/openid-configuration";
const MAX_BODY = 64 * 1024;

interface KeyPair {
  readonly privateKey: KeyLike;
  readonly publicJwk: JWK;
}

async function newKeyPair(kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { privateKey, publicJwk: { ...jwk, kid, alg: "RS256", use: "sig" } };
}

/** The key pair of a private RSA JWK (as exportSigningKey gives it). */
async function keyPairOf(priv: JWK): Promise<KeyPair> {
  if (priv.kty !== "RSA" || typeof priv.d !== "string" || typeof priv.kid !== "string") {
    throw new Error("signing key: not a private RSA JWK with a kid");
  }
  const privateKey = (await importJWK({ ...priv, alg: "RS256" }, "RS256")) as KeyLike;
  const { kty, n, e, kid } = priv;
  return { privateKey, publicJwk: { kty, n, e, kid, alg: "RS256", use: "sig" } };
}

class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
    readonly basicAuth = false,
  ) {
    super(description);
  }
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** OAuth answers are never cached unless a header says otherwise (RFC 6749 §5.1). */
function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  sendHttpJson(res, status, body, { "cache-control": "no-store", ...headers });
}

/** Form (or JSON) parameters of a token request; a parameter given twice is refused (RFC 6749 §3.2). */
function parseParams(body: string, contentType: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new OAuthError(400, "invalid_request", "the request body is not valid JSON");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new OAuthError(400, "invalid_request", "the request body must be a JSON object");
    }
    for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") out.set(k, v);
    return out;
  }
  if (type !== "application/x-www-form-urlencoded" && type !== "") {
    throw new OAuthError(400, "invalid_request", "use Content-Type application/x-www-form-urlencoded");
  }
  for (const [k, v] of new URLSearchParams(body)) {
    if (out.has(k)) throw new OAuthError(400, "invalid_request", `parameter ${k} is repeated`);
    out.set(k, v);
  }
  return out;
}

/** client_id/client_secret from HTTP Basic (RFC 6749 §2.3.1: each form-urlencoded), or undefined. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header) return undefined;
  const m = /^Basic\s+([A-Za-z0-9+/=._~-]+)\s*$/i.exec(header);
  if (!m) throw new OAuthError(401, "invalid_client", "malformed Authorization header", true);
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const i = decoded.indexOf(":");
  if (i < 0) throw new OAuthError(401, "invalid_client", "malformed Authorization header", true);
  try {
    return {
      id: decodeURIComponent(decoded.slice(0, i).replace(/\+/g, " ")),
      secret: decodeURIComponent(decoded.slice(i + 1).replace(/\+/g, " ")),
    };
  } catch {
    throw new OAuthError(401, "invalid_client", "malformed Authorization header", true);
  }
}

export class TokenIssuer {
  /**
   * An issuer for an issuer URL, signing with signingKey (a private JWK from exportSigningKey, so tokens it signed
   * before still verify) or a newly generated RS256 key pair; plus a second, foreign key pair for tests.
   */
  static async create(opts: { issuer: string; audience: string; keyId?: string; signingKey?: JWK }): Promise<TokenIssuer> {
    const url = new URL(opts.issuer); // throws on a malformed issuer
    if (url.search || url.hash) throw new Error(`issuer must not have a query or fragment: ${opts.issuer}`);
    const kid = opts.signingKey?.kid ?? opts.keyId ?? randomUUID();
    const [key, foreign] = await Promise.all([opts.signingKey ? keyPairOf(opts.signingKey) : newKeyPair(kid), newKeyPair(kid)]);
    return new TokenIssuer(opts.issuer.replace(/\/+$/, ""), opts.audience, key, foreign);
  }

  private readonly clients = new Map<string, IssuerClient>();
  private claims: readonly IssuerClaim[] = [];

  private constructor(
    readonly issuer: string,
    readonly audience: string,
    private readonly key: KeyPair,
    private readonly foreign: KeyPair,
  ) {}

  get keyId(): string {
    return this.key.publicJwk.kid!;
  }

  /** The private signing key as a JWK, for keeping it across restarts (never log it). */
  async exportSigningKey(): Promise<JWK> {
    const jwk = await exportJWK(this.key.privateKey);
    return { ...jwk, kid: this.keyId, alg: "RS256" };
  }

  /** The public key set served at `<issuer>/.well-known/jwks`. */
  jwks(): { keys: JWK[] } {
    return { keys: [{ ...this.key.publicJwk }] };
  }

  setClient(c: IssuerClient): void {
    if (!c.clientId) throw new Error("clientId must not be empty");
    if (!(Number.isInteger(c.accessTokenDuration) && c.accessTokenDuration > 0)) {
      throw new Error(`accessTokenDuration must be a positive whole number of seconds, not ${c.accessTokenDuration}`);
    }
    this.clients.set(c.clientId, { ...c, allowScopes: [...c.allowScopes] });
  }

  /** The auth server's custom claims (all of them, replacing the previous ones). */
  setClaims(claims: readonly IssuerClaim[]): void {
    this.claims = claims.map((c) => ({ ...c, scopes: [...c.scopes] }));
  }

  removeClient(clientId: string): void {
    this.clients.delete(clientId);
  }

  /**
   * Serves `<issuer>/oauth/token`, `<issuer>/.well-known/jwks` and `<issuer>/.well-known/openid-configuration`.
   * subpath is the part of the request path after the issuer path (a query string is ignored). Returns false, having
   * written nothing, when subpath is none of those.
   */
  async handle(req: http.IncomingMessage, res: http.ServerResponse, subpath: string): Promise<boolean> {
    let p = subpath.split("?")[0]!;
    if (!p.startsWith("/")) p = "/" + p;
    if (p.length > 1) p = p.replace(/\/+$/, "");
    const method = (req.method ?? "GET").toUpperCase();
    switch (p) {
      case JWKS_PATH:
      case DISCOVERY_PATH:
        if (method !== "GET" && method !== "HEAD") {
          sendJson(res, 405, { error: "method_not_allowed" }, { allow: "GET, HEAD" });
          return true;
        }
        sendJson(res, 200, p === JWKS_PATH ? this.jwks() : this.discovery(), { "cache-control": "max-age=300" });
        return true;
      case TOKEN_PATH:
        if (method !== "POST") {
          sendJson(res, 405, { error: "invalid_request", error_description: "use POST" }, { allow: "POST" });
          return true;
        }
        try {
          sendJson(res, 200, await this.tokenRequest(req), { pragma: "no-cache" });
        } catch (e) {
          if (!(e instanceof OAuthError)) throw e;
          const headers: http.OutgoingHttpHeaders = e.basicAuth ? { "www-authenticate": 'Basic realm="token"' } : {};
          sendJson(res, e.status, { error: e.code, error_description: e.description }, headers);
        }
        return true;
      default:
        return false;
    }
  }

  /** For tests: signs claims (defaults: iss, aud, sub, iat, exp) with this issuer's key, or with a key not in its JWKS. */
  async mint(claims: Record<string, unknown>, opts: { expiresInSeconds?: number; foreignKey?: boolean } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const body = {
      iss: this.issuer,
      aud: this.audience,
      sub: "test-subject",
      iat: now,
      exp: now + (opts.expiresInSeconds ?? 300),
      ...claims,
    };
    const key = opts.foreignKey ? this.foreign : this.key;
    return new SignJWT(body).setProtectedHeader({ alg: "RS256", kid: key.publicJwk.kid!, typ: "JWT" }).sign(key.privateKey);
  }

  private discovery(): Record<string, unknown> {
    return {
      issuer: this.issuer,
      token_endpoint: this.issuer + TOKEN_PATH,
      jwks_uri: this.issuer + JWKS_PATH,
      grant_types_supported: ["client_credentials"],
      response_types_supported: ["token"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
      id_token_signing_alg_values_supported: ["RS256"],
    };
  }

  private async tokenRequest(req: http.IncomingMessage): Promise<Record<string, unknown>> {
    const params = parseParams(await readBody(req, MAX_BODY, () => new OAuthError(413, "invalid_request", "request body too large")), req.headers["content-type"]);
    const basic = basicCredentials(req.headers.authorization);
    const bodyId = params.get("client_id");
    const bodySecret = params.get("client_secret");
    if (basic && (bodySecret !== undefined || (bodyId !== undefined && bodyId !== basic.id))) {
      throw new OAuthError(400, "invalid_request", "use one client authentication method, not two");
    }
    const grant = params.get("grant_type");
    if (!grant) throw new OAuthError(400, "invalid_request", "grant_type is required");
    if (grant !== "client_credentials") {
      throw new OAuthError(400, "unsupported_grant_type", `grant_type ${grant} is not supported`);
    }
    const id = basic?.id ?? bodyId;
    const secret = basic?.secret ?? bodySecret;
    if (!id || secret === undefined) {
      throw new OAuthError(401, "invalid_client", "client authentication is required", !!basic);
    }
    const client = this.clients.get(id);
    // Compare against something even for an unknown client, so the answer takes the same time.
    const ok = sameSecret(secret, client?.clientSecret ?? "\u0000unknown-client");
    if (!client || !ok) throw new OAuthError(401, "invalid_client", "client authentication failed", !!basic);

    const requested = (params.get("scope") ?? "").split(" ").filter((s) => s.length > 0);
    const denied = client.allowAllScopes ? [] : requested.filter((s) => !client.allowScopes.includes(s));
    if (denied.length > 0) throw new OAuthError(400, "invalid_scope", `scope not allowed for this client: ${denied.join(" ")}`);
    const granted = [...new Set(requested)];

    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {};
    // Custom claims: enabled, meant for the token, and in all scopes or in one that was granted.
    for (const c of this.claims) {
      if (!c.enabled || !c.includeInToken || REGISTERED_CLAIMS.has(c.name)) continue;
      if (c.includeInAllScopes || c.scopes.some((s) => granted.includes(s))) claims[c.name] = claimValue(c.value);
    }
    Object.assign(claims, {
      iss: this.issuer,
      aud: this.audience,
      sub: client.clientId,
      client_id: client.clientId,
      iat: now,
      exp: now + client.accessTokenDuration,
      jti: randomUUID(),
    });
    if (granted.length > 0) claims.scope = granted.join(" ");
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: this.keyId, typ: "JWT" })
      .sign(this.key.privateKey);
    const out: Record<string, unknown> = { access_token: token, token_type: "Bearer", expires_in: client.accessTokenDuration };
    if (granted.length > 0) out.scope = granted.join(" ");
    return out;
  }
}

export interface IssuerServer {
  /** The issuer URL, e.g. http://127.0.0.1:PORT/auth */
  readonly url: string;
  readonly issuer: TokenIssuer;
  /** Requests served so far, by subpath (for tests that check what was called). */
  readonly requests: { method: string; subpath: string }[];
  stop(): Promise<void>;
}

/** Runs one TokenIssuer alone on an HTTP server on 127.0.0.1 (a free port unless given) under basePath. */
export async function startIssuerServer(
  opts: { audience: string; basePath?: string; port?: number; keyId?: string; clients?: readonly IssuerClient[] } = {
    audience: "http://kafka.dev",
  },
): Promise<IssuerServer> {
  const basePath = (opts.basePath ?? "/auth").replace(/\/+$/, "");
  let issuer: TokenIssuer | undefined;
  const requests: { method: string; subpath: string }[] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const sub = path.startsWith(basePath + "/") ? path.slice(basePath.length) : undefined;
    if (sub !== undefined) requests.push({ method: req.method ?? "GET", subpath: sub });
    const handled = issuer && sub !== undefined ? issuer.handle(req, res, sub) : Promise.resolve(false);
    handled.then(
      (done) => {
        if (!done) sendJson(res, 404, { error: "not_found" });
      },
      () => {
        if (!res.headersSent) sendJson(res, 500, { error: "server_error" });
        else res.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${basePath}`;
  try {
    issuer = await TokenIssuer.create({ issuer: url, audience: opts.audience, keyId: opts.keyId });
  } catch (e) {
    server.close();
    throw e;
  }
  for (const c of opts.clients ?? []) issuer.setClient(c);
  return {
    url,
    issuer,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
