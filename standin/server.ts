// A stand-in for Konnect on 127.0.0.1: the REST endpoints the kong/konnect-beta 0.19.0 provider calls for the ten
// resource types this project uses, the Kong Identity list endpoints, and an OAuth issuer per auth server.
// It answers as the provider's contract says (success codes and JSON bodies, problem+json errors, 401 without the
// configured bearer token) and can be told to fail (faults) and to lose objects behind Terraform's back.
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { timingSafeEqual, createHash } from "node:crypto";
import type { Route } from "./collection";
import { eventGatewayRoutes } from "./event-gateway-api";
import { ApiError, sendProblem } from "./http";
import { identityRoutes, syncIssuer, type IdentityContext } from "./identity-api";
import type { TokenIssuer } from "./issuer";
import { KINDS, Store, type Kind, type StoredObject } from "./state";

/** The stand-in's default bearer token: obviously not a real Konnect token. */
export const DEFAULT_STANDIN_TOKEN = "kpat_standin_not_a_real_konnect_token";

export interface StandinOptions {
  /** @default 0 (a free port) */
  readonly port?: number;
  /** The bearer token requests must carry. @default DEFAULT_STANDIN_TOKEN */
  readonly token?: string;
  /** JSON file holding the objects across restarts. @default memory only */
  readonly stateFile?: string;
  /** One line per request (method, path, status, milliseconds; never a header or body). */
  readonly log?: (line: string) => void;
}

export interface Fault {
  /** HTTP method to match. @default any */
  readonly method?: string;
  /** Path (without query) to match: exactly (string) or by RegExp. */
  readonly path: RegExp | string;
  /** Status to answer with (problem+json). @default none: the request is served normally after delayMs */
  readonly status?: number;
  /** How many requests it applies to. @default 1 */
  readonly times?: number;
  /** Retry-After header, seconds. */
  readonly retryAfterSeconds?: number;
  /** Waits this long before answering (for client timeouts). */
  readonly delayMs?: number;
}

export interface FaultHandle {
  /** Requests it still applies to. */
  readonly remaining: number;
  /** Requests it has answered. */
  readonly hits: number;
  cancel(): void;
}

export interface RequestRecord {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly status: number;
}

/** A read-only copy of a held object: its API representation (client secrets and plaintext passwords left out). */
export interface ObjectView {
  readonly kind: Kind;
  readonly id: string;
  readonly parents: StoredObject["parents"];
  readonly body: Readonly<Record<string, unknown>>;
}

export interface Standin {
  /** http://127.0.0.1:PORT (the provider's server_url). */
  readonly url: string;
  readonly token: string;
  /** Every request served so far. */
  readonly requests: readonly RequestRecord[];
  /** The objects of a kind (all kinds when omitted), in creation order. */
  objects(kind?: Kind): ObjectView[];
  /** The issuer of an auth server (for tests). */
  issuer(authServerId: string): TokenIssuer | undefined;
  fail(fault: Fault): FaultHandle;
  /** Answers lists with pages of at most n items whatever page[size] asks (undefined: as asked, up to 100). */
  capPageSize(n: number | undefined): void;
  /** Deletes an object (and what is under it) without any API call, as if someone did it behind Terraform's back. */
  remove(kind: Kind, id: string): boolean;
  stop(): Promise<void>;
}

interface ActiveFault extends Fault {
  remaining: number;
  hits: number;
}

export async function startStandin(opts: StandinOptions = {}): Promise<Standin> {
  const token = opts.token ?? DEFAULT_STANDIN_TOKEN;
  if (!token) throw new Error("the stand-in token must not be empty");
  const tokenHash = createHash("sha256").update(`Bearer ${token}`).digest();
  const store = new Store(opts.stateFile);
  const issuers = new Map<string, TokenIssuer>();
  const faults: ActiveFault[] = [];
  const requests: RequestRecord[] = [];
  let baseUrl = "";
  let pageSizeCap: number | undefined;

  const ctx: IdentityContext = {
    store,
    issuers,
    baseUrl: () => baseUrl,
    pageSizeCap: () => pageSizeCap,
    changed: (o) => {
      const gatewayId = o.kind === "event-gateway" ? undefined : o.parents.gatewayId;
      const gw = gatewayId ? store.get("event-gateway", gatewayId) : undefined;
      if (gw) {
        gw.data.version_number = ((gw.data.version_number as number) ?? 1) + 1;
        store.save();
      }
    },
  };
  const routes: Route[] = [...eventGatewayRoutes(ctx), ...identityRoutes(ctx)];

  const authorized = (req: http.IncomingMessage): boolean => {
    const h = req.headers.authorization ?? "";
    return timingSafeEqual(createHash("sha256").update(h).digest(), tokenHash);
  };

  const serve = async (req: http.IncomingMessage, res: http.ServerResponse, pathname: string, query: URLSearchParams) => {
    const method = (req.method ?? "GET").toUpperCase();

    const fault = faults.find((f) => f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && matches(f.path, pathname));
    if (fault) {
      fault.remaining--;
      fault.hits++;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status !== undefined) {
        req.resume();
        const headers: http.OutgoingHttpHeaders = fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {};
        throw new ApiError(fault.status, `Injected fault: ${fault.status}`, undefined, headers);
      }
    }

    // The issuers are public, as Kong Identity's are.
    const m = /^\/identity\/([^/]+)\/auth(\/.*)$/.exec(pathname);
    if (m) {
      const issuer = issuers.get(m[1]!);
      if (issuer && (await issuer.handle(req, res, m[2]!))) return;
      throw new ApiError(404, "Not found");
    }

    if (!authorized(req)) {
      req.resume();
      throw new ApiError(401, "Invalid credentials: send Authorization: Bearer <personal access token or system account token>");
    }
    let pathMatched = false;
    for (const r of routes) {
      const rm = r.pattern.exec(pathname);
      if (!rm) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      const params = Object.fromEntries(r.paramNames.map((n, i) => [n, decodeURIComponent(rm[i + 1]!)]));
      await r.handle({ params, query, req, res });
      return;
    }
    req.resume();
    if (pathMatched) throw new ApiError(405, `Method ${method} not allowed on ${pathname}`);
    throw new ApiError(404, `No route for ${method} ${pathname}`);
  };

  const server = http.createServer((req, res) => {
    const started = Date.now();
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    serve(req, res, url.pathname, url.searchParams)
      .catch((e: unknown) => {
        if (res.headersSent) return void res.destroy();
        if (e instanceof ApiError) sendProblem(res, e);
        else sendProblem(res, new ApiError(500, "Internal error of the stand-in"));
        if (!(e instanceof ApiError)) opts.log?.(`stand-in internal error on ${req.method} ${url.pathname}: ${(e as Error).message}`);
      })
      .finally(() => {
        requests.push({ method: req.method ?? "GET", url: url.pathname + url.search, status: res.statusCode });
        opts.log?.(`${req.method} ${url.pathname}${url.search} ${res.statusCode} ${Date.now() - started}ms`);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // Issuers of auth servers loaded from the state file, with their kept signing keys: earlier tokens still verify.
    for (const s of store.list("auth-server")) await syncIssuer(ctx, s);
  } catch (e) {
    server.close();
    throw e;
  }

  const viewOf = (o: StoredObject): ObjectView => {
    const body = JSON.parse(JSON.stringify(o.data)) as Record<string, unknown>;
    delete body.client_secret;
    delete body.version_number;
    return { kind: o.kind, id: o.id, parents: { ...o.parents }, body: Object.freeze(body) };
  };

  return {
    url: baseUrl,
    token,
    requests,
    objects: (kind) => {
      if (kind !== undefined && !KINDS.includes(kind)) throw new Error(`unknown kind ${kind}; one of ${KINDS.join(", ")}`);
      return (kind ? store.list(kind) : store.all()).map(viewOf);
    },
    issuer: (id) => issuers.get(id),
    fail: (f) => {
      const active: ActiveFault = { ...f, remaining: f.times ?? 1, hits: 0 };
      faults.push(active);
      return {
        get remaining() {
          return active.remaining;
        },
        get hits() {
          return active.hits;
        },
        cancel: () => {
          active.remaining = 0;
        },
      };
    },
    capPageSize: (n) => {
      if (n !== undefined && !(Number.isInteger(n) && n >= 1)) throw new Error(`page size cap must be a whole number >= 1, not ${n}`);
      pageSizeCap = n;
    },
    remove: (kind, id) => {
      const gone = store.delete(kind, id);
      for (const g of gone) {
        if (g.kind === "auth-server") issuers.delete(g.id);
        if (g.kind === "client") issuers.get(g.parents.authServerId!)?.removeClient(g.id);
      }
      return gone.length > 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function matches(p: RegExp | string, pathname: string): boolean {
  return typeof p === "string" ? p === pathname : p.test(pathname);
}
