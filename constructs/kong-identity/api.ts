// A small read-only client of the Kong Identity API (Konnect): find an auth server, and clients of it, by ID or name.
// Regional base URLs https://{us,eu,au,me,in,sg}.api.konghq.com/v1 or a custom server URL; the token is given (the
// library reads no environment: the app takes it from KONNECT_TOKEN or KONNECT_SPAT). Lists are followed page by page, by meta.page. 429 and 5xx answers are retried a bounded number of
// times, honouring Retry-After; every request has a timeout. Errors are one short, actionable line and never hold
// the token (no axios error, whose config carries the Authorization header, is ever attached).
import { display, oneLine } from "../text";
import type { AxiosInstance, AxiosResponse } from "axios";

import { DEFAULT_KONNECT_REGION, isKonnectRegion, konnectApiUrl, KONNECT_REGIONS, serverUrlKind } from "../konnect-urls";

export type KongIdentityErrorKind =
  | "no-token"
  | "bad-request"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "ambiguous"
  | "rate-limited"
  | "server-error"
  | "timeout"
  | "network"
  | "bad-answer";

/** An expected failure of a Kong Identity lookup: a short message saying what to do; never holds a token. */
export class KongIdentityError extends Error {
  constructor(
    readonly kind: KongIdentityErrorKind,
    message: string,
    /** HTTP status when the API answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = "KongIdentityError";
  }
}

export interface KongIdentityApiOptions {
  /** Konnect region. @default "us" (ignored when serverUrl is given) */
  readonly region?: string;
  /** A Konnect API URL instead of the region's, e.g. a stand-in's `http://127.0.0.1:8787` (`/v1` is appended). */
  readonly serverUrl?: string;
  /** The Konnect token (personal access token or system account token); every request needs one. */
  readonly token?: string;
  /**
   * How messages name where the token comes from (never the token itself), e.g. `KONNECT_TOKEN`; when there is no
   * token, what to set.
   * @default "the token option"
   */
  readonly tokenSource?: string;
  /** Per-request timeout. @default 10000 */
  readonly timeoutMs?: number;
  /** Retries of a 429 or 5xx answer (so at most retries + 1 requests). @default 4 */
  readonly retries?: number;
  /** First backoff without Retry-After, doubled each retry. @default 500 */
  readonly backoffMs?: number;
  /** Longest wait before a retry; a Retry-After above it ends the retries at once. @default 30000 */
  readonly maxWaitMs?: number;
  /** List page size (1-100). @default 100 */
  readonly pageSize?: number;
}

export interface AuthServerInfo {
  readonly id: string;
  readonly name: string;
  readonly audience: string;
  readonly issuer: string;
  readonly description?: string;
  readonly metadataUri?: string;
  readonly signingAlgorithm?: string;
  readonly labels?: Record<string, string>;
}

export interface ClientInfo {
  readonly id: string;
  readonly name: string;
  readonly grantTypes: string[];
  readonly allowScopes: string[];
  readonly allowAllScopes: boolean;
  readonly accessTokenDuration?: number;
  readonly labels?: Record<string, string>;
}

/** By ID or by name (ID wins; a name given with it must match). */
export interface Selector {
  readonly id?: string;
  readonly name?: string;
}

interface ListAnswer {
  data?: unknown[];
  meta?: { page?: { number?: number; size?: number; total?: number } };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The most list pages a lookup follows. */
const MAX_PAGES = 1000;

function isCount(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 0;
}

export class KongIdentityApi {
  /** e.g. https://eu.api.konghq.com/v1 */
  readonly baseUrl: string;
  /** Where requests go, for messages: `region eu (https://eu.api.konghq.com)` or `server http://...`. */
  readonly where: string;
  /** Which variable the token came from (never the token itself). */
  readonly tokenSource: string;
  private readonly http: AxiosInstance;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly pageSize: number;
  private readonly timeoutMs: number;

  constructor(opts: KongIdentityApiOptions = {}) {
    let root: string;
    if (opts.serverUrl) {
      const kind = serverUrlKind(opts.serverUrl);
      if (kind === "not-url") {
        throw new KongIdentityError("bad-request", `Konnect server URL ${display(opts.serverUrl)} is not a URL (e.g. https://eu.api.konghq.com)`);
      }
      if (kind === "not-http") {
        throw new KongIdentityError("bad-request", `Konnect server URL ${display(opts.serverUrl)} must be http(s)`);
      }
      root = opts.serverUrl.replace(/\/+$/, "").replace(/\/v1$/, "");
      this.where = `server ${root}`;
    } else {
      const region = (opts.region ?? DEFAULT_KONNECT_REGION).toLowerCase();
      if (!isKonnectRegion(region)) {
        throw new KongIdentityError("bad-request", `Konnect region ${display(opts.region)} is not one of ${KONNECT_REGIONS.join(", ")}`);
      }
      root = konnectApiUrl(region);
      this.where = `region ${region} (${root})`;
    }
    this.baseUrl = `${root}/v1`;

    const token = opts.token;
    this.tokenSource = opts.tokenSource ?? "the token option";
    if (!token) throw new KongIdentityError("no-token", `no Konnect token: set ${this.tokenSource}`);
    this.retries = opts.retries ?? 4;
    this.backoffMs = opts.backoffMs ?? 500;
    this.maxWaitMs = opts.maxWaitMs ?? 30_000;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.pageSize = opts.pageSize ?? 100;
    if (!(Number.isInteger(this.pageSize) && this.pageSize >= 1 && this.pageSize <= 100)) {
      throw new KongIdentityError("bad-request", `page size must be 1-100, not ${this.pageSize}`);
    }
    // axios is loaded on first use: most synths (managed identity) never call the API, and loading it costs about a
    // fifth of the app's start-up (npm run synth/diff/deploy; see README, Measurements).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const axios = require("axios") as typeof import("axios").default;
    this.http = axios.create({
      baseURL: this.baseUrl,
      timeout: this.timeoutMs,
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json, application/problem+json" },
      // Every status comes back as a response; this class decides.
      validateStatus: () => true,
      // Konnect's filter syntax (filter[name][eq]) must reach the server as written, brackets percent-encoded.
      paramsSerializer: { serialize: (p: Record<string, string | number>) => new URLSearchParams(Object.entries(p).map(([k, v]): [string, string] => [k, String(v)])).toString() },
      maxRedirects: 0,
      proxy: false,
    });
  }

  /** Auth servers, all pages; `name` filters with `filter[name][eq]`. */
  async listAuthServers(filter: { name?: string } = {}): Promise<AuthServerInfo[]> {
    return (await this.listAll("/auth-servers", filter.name)).map(toAuthServer);
  }

  async getAuthServer(id: string): Promise<AuthServerInfo | undefined> {
    const data = await this.get(`/auth-servers/${encodeURIComponent(id)}`);
    return data === undefined ? undefined : toAuthServer(data);
  }

  /** The auth server with this ID or name; a clear error naming the ones that exist when there is none. */
  async findAuthServer(sel: Selector): Promise<AuthServerInfo> {
    const label = describe("auth server", sel);
    let found: AuthServerInfo | undefined;
    if (sel.id) found = await this.getAuthServer(sel.id);
    else {
      const matches = await this.listAuthServers({ name: sel.name });
      if (matches.length > 1) {
        throw new KongIdentityError(
          "ambiguous",
          `${matches.length} auth servers are named ${display(sel.name)} in ${this.where}: ${matches.map((m) => m.id).join(", ")}; give the ID instead`,
        );
      }
      found = matches[0];
    }
    if (!found) {
      const names = (await this.listAuthServers()).map((s) => `${display(s.name)} (${s.id})`);
      throw new KongIdentityError("not-found", `${label} not found in ${this.where}; ${existing("auth servers", names)}`, 404);
    }
    if (sel.id && sel.name !== undefined && found.name !== sel.name) {
      throw new KongIdentityError("not-found", `${label}: the auth server with that ID is named ${display(found.name)}, not ${display(sel.name)}`);
    }
    return found;
  }

  /** Clients of an auth server, all pages; `name` filters with `filter[name][eq]`. */
  async listClients(authServerId: string, filter: { name?: string } = {}): Promise<ClientInfo[]> {
    return (await this.listAll(`/auth-servers/${encodeURIComponent(authServerId)}/clients`, filter.name)).map(toClient);
  }

  async getClient(authServerId: string, id: string): Promise<ClientInfo | undefined> {
    const data = await this.get(`/auth-servers/${encodeURIComponent(authServerId)}/clients/${encodeURIComponent(id)}`);
    return data === undefined ? undefined : toClient(data);
  }

  /** The client of an auth server with this ID or name; a clear error naming the clients that exist when there is none. */
  async findClient(server: { id: string; name: string }, sel: Selector): Promise<ClientInfo> {
    const label = describe("client", sel);
    let found: ClientInfo | undefined;
    if (sel.id) found = await this.getClient(server.id, sel.id);
    else {
      const matches = await this.listClients(server.id, { name: sel.name });
      if (matches.length > 1) {
        throw new KongIdentityError(
          "ambiguous",
          `${matches.length} clients of auth server ${display(server.name)} are named ${display(sel.name)}: ${matches.map((m) => m.id).join(", ")}; give the client ID instead`,
        );
      }
      found = matches[0];
    }
    if (!found) {
      const names = (await this.listClients(server.id)).map((c) => `${display(c.name)} (${c.id})`);
      throw new KongIdentityError(
        "not-found",
        `${label} not found in auth server ${display(server.name)} (${server.id}) in ${this.where}; ${existing("clients", names)}`,
        404,
      );
    }
    if (sel.id && sel.name !== undefined && found.name !== sel.name) {
      throw new KongIdentityError("not-found", `${label}: the client with that ID is named ${display(found.name)}, not ${display(sel.name)}`);
    }
    return found;
  }

  /**
   * Every item of a list. Konnect's list answers carry `meta.page` {number, size, total} (the API defines no next
   * link), so pages are followed until number * size reaches total, with the page size the server says it used (it
   * may cap the one asked for): ceil(total / size) requests, never decided by how full a page is.
   */
  private async listAll(path: string, name?: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let size = this.pageSize;
    for (let page = 1; ; page++) {
      const params: Record<string, string | number> = { "page[size]": size, "page[number]": page };
      if (name !== undefined) params["filter[name][eq]"] = name;
      const res = await this.request(path, params);
      if (res.status !== 200) throw this.statusError(res, path);
      const body = res.data as ListAnswer;
      if (!body || !Array.isArray(body.data)) throw this.badAnswer(path, "no data array");
      const meta = body.meta?.page;
      const total = meta?.total;
      const used = meta?.size;
      if (!(isCount(total) && isCount(used) && used >= 1 && meta?.number === page)) {
        throw this.badAnswer(path, `meta.page is not {number: ${page}, size >= 1, total >= 0}`);
      }
      if (body.data.length > used) throw this.badAnswer(path, `page ${page} has ${body.data.length} items, more than its size ${used}`);
      out.push(...(body.data as Record<string, unknown>[]));
      if (page * used >= total) return out;
      // Short of the total with nothing on the page: the answer contradicts itself; stop rather than loop.
      if (body.data.length === 0) throw this.badAnswer(path, `page ${page} is empty but meta.page.total is ${total}`);
      if (Math.ceil(total / used) > MAX_PAGES) throw this.badAnswer(path, `${total} items in pages of ${used} is more than ${MAX_PAGES} pages`);
      size = used;
    }
  }

  /** GET an object; undefined on 404. */
  private async get(path: string): Promise<Record<string, unknown> | undefined> {
    const res = await this.request(path);
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw this.statusError(res, path);
    if (typeof res.data !== "object" || res.data === null) throw this.badAnswer(path, "not a JSON object");
    return res.data as Record<string, unknown>;
  }

  /** One GET with bounded retries of 429 and 5xx (Retry-After honoured), a timeout, and no token in any error. */
  private async request(path: string, params?: Record<string, string | number>): Promise<AxiosResponse> {
    for (let attempt = 0; ; attempt++) {
      let res: AxiosResponse;
      try {
        res = await this.http.get(path, { params });
      } catch (e) {
        throw this.transportError(e, path);
      }
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable) return res;
      const what = res.status === 429 ? "rate limited (429)" : `server error (${res.status})`;
      const retryAfter = parseRetryAfter(res.headers["retry-after"]);
      if (retryAfter !== undefined && retryAfter > this.maxWaitMs) {
        throw new KongIdentityError(
          res.status === 429 ? "rate-limited" : "server-error",
          `Konnect ${what} at ${this.where} for GET ${path}, asking to retry after ${Math.ceil(retryAfter / 1000)} s (more than the ${this.maxWaitMs / 1000} s this lookup waits); try again later`,
          res.status,
        );
      }
      if (attempt >= this.retries) {
        throw new KongIdentityError(
          res.status === 429 ? "rate-limited" : "server-error",
          `Konnect ${what} at ${this.where} for GET ${path}, still after ${attempt + 1} attempts; try again later${detail(res)}`,
          res.status,
        );
      }
      const backoff = Math.min(this.backoffMs * 2 ** attempt, this.maxWaitMs);
      await sleep(retryAfter ?? backoff * (0.75 + Math.random() / 2));
    }
  }

  private transportError(e: unknown, path: string): KongIdentityError {
    const err = e as { code?: string; message?: string };
    if (err.code === "ECONNABORTED" || err.code === "ETIMEDOUT" || /timeout/i.test(err.message ?? "")) {
      return new KongIdentityError("timeout", `no answer from Konnect at ${this.where} within ${this.timeoutMs / 1000} s (GET ${path}); check the network or try again`);
    }
    return new KongIdentityError("network", `cannot reach Konnect at ${this.where} (GET ${path}): ${err.code ?? "network error"}`);
  }

  private statusError(res: AxiosResponse, path: string): KongIdentityError {
    if (res.status === 401 || res.status === 403) {
      const what = res.status === 401 ? "401 Unauthorized" : "403 Forbidden";
      return new KongIdentityError(
        res.status === 401 ? "unauthorized" : "forbidden",
        `Konnect refused the token from ${this.tokenSource} (${what}) at ${this.where}: check that the token is valid and ` +
          `allowed to read Kong Identity, and that the region is the auth server's (KONNECT_REGION / KONNECT_SERVER_URL)`,
        res.status,
      );
    }
    return new KongIdentityError("bad-answer", `Konnect answered ${res.status} to GET ${path} at ${this.where}${detail(res)}`, res.status);
  }

  private badAnswer(path: string, why: string): KongIdentityError {
    return new KongIdentityError("bad-answer", `unexpected answer from Konnect at ${this.where} to GET ${path}: ${why}`);
  }
}

function describe(what: string, sel: Selector): string {
  if (sel.id) return `${what} with ID ${display(sel.id)}`;
  if (sel.name !== undefined) return `${what} named ${display(sel.name)}`;
  throw new KongIdentityError("bad-request", `the ${what} needs an id or a name`);
}

function existing(what: string, names: string[]): string {
  if (names.length === 0) return `there are no ${what}`;
  const shown = names.slice(0, 20).join(", ");
  return `existing ${what}: ${shown}${names.length > 20 ? `, and ${names.length - 20} more` : ""}`;
}

/** The problem+json detail of an error answer, short and on one line. */
function detail(res: AxiosResponse): string {
  const d = (res.data as { detail?: unknown } | undefined)?.detail;
  return typeof d === "string" && d ? ` (${oneLine(d.replace(/\s+/g, " "), 200)})` : "";
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const text = v.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An empty or unreadable value is not a date either: undefined, as when there is no Retry-After.
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : Math.max(0, t - Date.now());
}

function s(o: Record<string, unknown>, k: string): string | undefined {
  return typeof o[k] === "string" ? (o[k] as string) : undefined;
}

function toAuthServer(d: unknown): AuthServerInfo {
  const o = d as Record<string, unknown>;
  if (!s(o, "id") || s(o, "name") === undefined || !s(o, "issuer")) {
    throw new KongIdentityError("bad-answer", "unexpected answer from Konnect: an auth server without id, name or issuer");
  }
  return {
    id: s(o, "id")!,
    name: s(o, "name")!,
    audience: s(o, "audience") ?? "",
    issuer: s(o, "issuer")!,
    description: s(o, "description"),
    metadataUri: s(o, "metadata_uri"),
    signingAlgorithm: s(o, "signing_algorithm"),
    labels: (o.labels as Record<string, string> | undefined) ?? undefined,
  };
}

function toClient(d: unknown): ClientInfo {
  const o = d as Record<string, unknown>;
  if (!s(o, "id") || s(o, "name") === undefined) {
    throw new KongIdentityError("bad-answer", "unexpected answer from Konnect: a client without id or name");
  }
  // Only what a lookup needs; a client_secret, if an API ever sent one, is not copied.
  return {
    id: s(o, "id")!,
    name: s(o, "name")!,
    grantTypes: Array.isArray(o.grant_types) ? (o.grant_types as string[]) : [],
    allowScopes: Array.isArray(o.allow_scopes) ? (o.allow_scopes as string[]) : [],
    allowAllScopes: o.allow_all_scopes === true,
    accessTokenDuration: typeof o.access_token_duration === "number" ? o.access_token_duration : undefined,
    labels: (o.labels as Record<string, string> | undefined) ?? undefined,
  };
}
