// Synth-time lookup of an existing Kong Identity auth server and its clients, cached in a JSON context file (like the
// AWS CDK's cdk.context.json): the first synth asks Konnect and records the answer; later synths repeat it without a
// request (offline, reproducible, reviewable when committed); `refresh` asks again. Only IDs, names, issuer and
// audience are cached, never a secret.
//
// cdktf construct code is synchronous, so lookupKongIdentitySync runs the lookup in a child node process when the
// cache has no answer: the compiled entry point lookup-child.js beside this module. The command that refreshes a
// context file is tools/lookup-refresh.ts, outside the library.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_KONNECT_REGION, jwksUrlOf } from "../konnect-urls";
import { KongIdentityApi, KongIdentityError, type KongIdentityApiOptions, type KongIdentityErrorKind, type Selector } from "./api";

export interface KongIdentityLookupRequest {
  /** Konnect region. @default DEFAULT_KONNECT_REGION ("us") */
  readonly region?: string;
  /** A Konnect API URL instead of the region's. */
  readonly serverUrl?: string;
  readonly authServer: Selector;
  /** Clients by a key of the caller's choosing, e.g. `{ producer: { name: "producer" } }`. */
  readonly clients: Readonly<Record<string, Selector>>;
}

export interface KongIdentityLookupResult {
  readonly authServer: {
    readonly id: string;
    readonly name: string;
    readonly issuer: string;
    readonly audience: string;
    /** `<issuer>/.well-known/jwks` */
    readonly jwksUri: string;
  };
  readonly clients: Readonly<Record<string, { readonly id: string; readonly name: string }>>;
}

export interface LookupOptions {
  /** The JSON context file answers are cached in (created when missing). */
  readonly cacheFile: string;
  /** Ask Konnect even when the cache has the answer. @default false */
  readonly refresh?: boolean;
  /** Token, timeouts, retries (region and server URL come from the request). */
  readonly api?: Omit<KongIdentityApiOptions, "region" | "serverUrl">;
}

/** A cached lookup: the request it answers (to refresh it) and the answer. */
interface CacheEntry {
  readonly request: KongIdentityLookupRequest;
  readonly result: KongIdentityLookupResult;
}

const KEY_PREFIX = "kong-identity:";

/** The context file of lookups when no other is given (relative to the working directory). */
export const DEFAULT_CACHE_FILE = "kong-identity.context.json";

/** The request in a canonical form: region defaulted, server URL without trailing slash, empty selectors dropped. */
export function normalizeRequest(r: KongIdentityLookupRequest): KongIdentityLookupRequest {
  const sel = (what: string, s: Selector | undefined): Selector => {
    const id = s?.id || undefined;
    const name = s?.name === undefined || s.name === "" ? undefined : s.name;
    if (id === undefined && name === undefined) throw new KongIdentityError("bad-request", `${what} needs an id or a name`);
    return { ...(id !== undefined ? { id } : {}), ...(name !== undefined ? { name } : {}) };
  };
  const serverUrl = r.serverUrl ? r.serverUrl.replace(/\/+$/, "") : undefined;
  return {
    ...(serverUrl ? { serverUrl } : { region: (r.region || DEFAULT_KONNECT_REGION).toLowerCase() }),
    authServer: sel("the auth server", r.authServer),
    clients: Object.fromEntries(
      Object.keys(r.clients ?? {})
        .sort()
        .map((k) => [k, sel(`client ${k}`, r.clients[k])]),
    ),
  };
}

/** The context key of a request, e.g. `kong-identity:region=eu:auth-server=name=Kafka Dev:clients=producer=name=producer`. */
export function lookupCacheKey(request: KongIdentityLookupRequest): string {
  const r = normalizeRequest(request);
  const sel = (s: Selector) => (s.id !== undefined ? `id=${s.id}` : `name=${s.name}`) + (s.id !== undefined && s.name !== undefined ? `,name=${s.name}` : "");
  const where = r.serverUrl ? `server=${r.serverUrl}` : `region=${r.region}`;
  const clients = Object.entries(r.clients).map(([k, s]) => `${k}=${sel(s)}`).join(";");
  return `${KEY_PREFIX}${where}:auth-server=${sel(r.authServer)}:clients=${clients}`;
}

/** Asks Konnect (or returns the cached answer), writes the cache, returns the answer. */
export async function lookupKongIdentity(request: KongIdentityLookupRequest, opts: LookupOptions): Promise<KongIdentityLookupResult> {
  const r = normalizeRequest(request);
  const key = lookupCacheKey(r);
  if (!opts.refresh) {
    const cached = readCache(opts.cacheFile)[key];
    if (cached) return cached.result;
  }
  const api = new KongIdentityApi({ ...opts.api, region: r.region, serverUrl: r.serverUrl });
  const server = await api.findAuthServer(r.authServer);
  const clients: Record<string, { id: string; name: string }> = {};
  for (const [k, sel] of Object.entries(r.clients)) {
    const c = await api.findClient(server, sel);
    clients[k] = { id: c.id, name: c.name };
  }
  const result: KongIdentityLookupResult = {
    authServer: {
      id: server.id,
      name: server.name,
      issuer: server.issuer,
      audience: server.audience,
      jwksUri: jwksUrlOf(server.issuer),
    },
    clients,
  };
  updateCache(opts.cacheFile, (c) => ({ ...c, [key]: { request: r, result } }));
  return result;
}

/**
 * The same, synchronous (for construct code): the cached answer without any request, else the lookup in a child
 * node process (which writes the cache). Throws KongIdentityError with the child's message.
 */
export function lookupKongIdentitySync(request: KongIdentityLookupRequest, opts: LookupOptions): KongIdentityLookupResult {
  const r = normalizeRequest(request);
  if (!opts.refresh) {
    const cached = readCache(opts.cacheFile)[lookupCacheKey(r)];
    if (cached) return cached.result;
  }
  const input = JSON.stringify({ request: r, opts: { ...opts, refresh: true } });
  const timeoutMs = (opts.api?.timeoutMs ?? 10_000) * ((opts.api?.retries ?? 4) + 2) * 4 + 60_000;
  const script = childScript();
  let out: string;
  try {
    out = execFileSync(process.execPath, [script], { input, encoding: "utf8", timeout: timeoutMs, stdio: ["pipe", "pipe", "pipe"], env: process.env });
  } catch (e) {
    const err = e as { stdout?: string; signal?: string; code?: string };
    const answer = parseChildAnswer(err.stdout ?? "");
    if (answer && "error" in answer) throw new KongIdentityError(answer.error.kind, answer.error.message, answer.error.status);
    // Only ETIMEDOUT is the time limit; another signal (e.g. SIGKILL from the system) ended the process before it.
    const why = err.code === "ETIMEDOUT" ? ` (no answer within ${timeoutMs / 1000} s)` : err.signal ? ` (ended by ${err.signal})` : "";
    throw new KongIdentityError("network", `Kong Identity lookup process failed${why}`);
  }
  const answer = parseChildAnswer(out);
  if (!answer || !("result" in answer)) throw new KongIdentityError("bad-answer", "Kong Identity lookup process gave no answer");
  return answer.result;
}

type ChildAnswer = { result: KongIdentityLookupResult } | { error: { kind: KongIdentityErrorKind; message: string; status?: number } };

function parseChildAnswer(stdout: string): ChildAnswer | undefined {
  const line = stdout.trim().split("\n").pop();
  if (!line) return undefined;
  try {
    return JSON.parse(line) as ChildAnswer;
  } catch {
    return undefined;
  }
}

/** The child process's entry point: the compiled lookup-child.js beside this module. */
function childScript(): string {
  const script = path.join(__dirname, "lookup-child.js");
  if (!fs.existsSync(script)) {
    throw new KongIdentityError("bad-request", `the Kong Identity lookup runs compiled code; ${script} is missing (build the package first)`);
  }
  return script;
}

/** The child process: request and options as JSON on stdin, one JSON line on stdout. */
export async function runLookupChild(): Promise<void> {
  let answer: ChildAnswer;
  try {
    const { request, opts } = JSON.parse(fs.readFileSync(0, "utf8")) as { request: KongIdentityLookupRequest; opts: LookupOptions };
    answer = { result: await lookupKongIdentity(request, opts) };
  } catch (e) {
    const err = e instanceof KongIdentityError ? e : new KongIdentityError("bad-answer", `Kong Identity lookup failed: ${(e as Error).message}`);
    answer = { error: { kind: err.kind, message: err.message, status: err.status } };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
  process.exitCode = "error" in answer ? 1 : 0;
}

function readCache(file: string): Record<string, CacheEntry> {
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, "utf8");
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as Record<string, CacheEntry>;
  } catch (e) {
    throw new KongIdentityError("bad-request", `context file ${file} is not a JSON object (${(e as Error).message}); fix or delete it`);
  }
}

/** Read-modify-write of the context file: other keys kept, keys sorted at every level, 2-space indent, final newline. */
function updateCache(file: string, f: (c: Record<string, CacheEntry>) => Record<string, unknown>): void {
  const next = sortKeys(f(readCache(file)));
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(next, null, 2) + "\n");
  fs.renameSync(tmp, file);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v === "object" && v !== null) {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** Re-asks Konnect for every Kong Identity lookup in a context file; returns one line per entry. */
export async function refreshKongIdentityCache(cacheFile: string, api?: LookupOptions["api"]): Promise<string[]> {
  const entries = Object.entries(readCache(cacheFile)).filter(([k]) => k.startsWith(KEY_PREFIX));
  const lines: string[] = [];
  for (const [key, entry] of entries) {
    const r = await lookupKongIdentity(entry.request, { cacheFile, refresh: true, api });
    const clients = Object.entries(r.clients).map(([k, c]) => `${k}=${c.id}`).join(", ");
    lines.push(`refreshed ${key}: auth server ${JSON.stringify(r.authServer.name)} (${r.authServer.id})${clients ? `, clients ${clients}` : ""}`);
  }
  return lines;
}
