// The Kong Identity API client and the cached synth-time lookup, against the Konnect stand-in on 127.0.0.1.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { KongIdentityApi, KongIdentityError, parseRetryAfter } from "../constructs/kong-identity/api";
import { konnectToken } from "../app/config";
import {
  lookupCacheKey,
  lookupKongIdentity,
  lookupKongIdentitySync as lookupFromSources,
  refreshKongIdentityCache,
  runLookupChild,
  type KongIdentityLookupRequest,
} from "../constructs/kong-identity/lookup";
import { startStandin, type Standin } from "../standin";
import { startStandinProcess, type StandinProcess } from "./support/standin-process";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let s: Standin;
let server: Json;
let other: Json;
const secrets: string[] = [];
let tmp: string;

async function post(p: string, body: unknown): Promise<Json> {
  const res = await fetch(s.url + p, {
    method: "POST",
    headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST ${p}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json;
}

async function client(authServerId: string, name: string, id?: string): Promise<Json> {
  const c = await post(`/v1/auth-servers/${authServerId}/clients`, {
    name,
    id,
    grant_types: ["client_credentials"],
    response_types: ["token"],
  });
  secrets.push(c.client_secret);
  return c;
}

/** The API client with fast retries, pointed at the stand-in. */
function api(opts: ConstructorParameters<typeof KongIdentityApi>[0] = {}): KongIdentityApi {
  return new KongIdentityApi({ serverUrl: s.url, token: s.token, backoffMs: 20, ...opts });
}

async function failure(p: Promise<unknown>): Promise<KongIdentityError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(KongIdentityError);
  return e as KongIdentityError;
}

beforeAll(async () => {
  s = await startStandin();
  server = await post("/v1/auth-servers", { name: "Kafka Dev", audience: "http://kafka.dev" });
  other = await post("/v1/auth-servers", { name: "Orders", audience: "http://orders" });
  await client(server.id, "producer");
  await client(server.id, "reader", "reader-app");
  // 25 clients on another auth server, for pagination.
  for (let i = 0; i < 25; i++) await client(other.id, `svc-${String(i).padStart(2, "0")}`);
  await client(other.id, "twin");
  await client(other.id, "twin");
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-lookup-"));
});

afterAll(async () => {
  await s.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("KongIdentityApi", () => {
  test("regional base URLs, or a custom server URL with /v1", () => {
    for (const r of ["us", "eu", "au", "me", "in", "sg"]) {
      expect(new KongIdentityApi({ region: r, token: "t" }).baseUrl).toBe(`https://${r}.api.konghq.com/v1`);
    }
    expect(new KongIdentityApi({ token: "t" }).where).toBe("region us (https://us.api.konghq.com)");
    expect(new KongIdentityApi({ serverUrl: "http://127.0.0.1:9/", token: "t" }).baseUrl).toBe("http://127.0.0.1:9/v1");
    expect(new KongIdentityApi({ serverUrl: "https://eu.api.konghq.com/v1", token: "t" }).baseUrl).toBe("https://eu.api.konghq.com/v1");
    expect(() => new KongIdentityApi({ region: "mars", token: "t" })).toThrow(/Konnect region "mars" is not one of us, eu, au, me, in, sg/);
  });

  test("no token: says what to set, and reads no environment (the library takes the token as an option)", () => {
    const saved = process.env.KONNECT_TOKEN;
    process.env.KONNECT_TOKEN = s.token;
    try {
      expect(() => new KongIdentityApi({ serverUrl: s.url })).toThrow(new KongIdentityError("no-token", "no Konnect token: set the token option"));
      expect(() => new KongIdentityApi({ serverUrl: s.url, tokenSource: "KONNECT_TOKEN or KONNECT_SPAT" })).toThrow(
        new KongIdentityError("no-token", "no Konnect token: set KONNECT_TOKEN or KONNECT_SPAT"),
      );
    } finally {
      if (saved === undefined) delete process.env.KONNECT_TOKEN;
      else process.env.KONNECT_TOKEN = saved;
    }
  });

  test("the app takes the token from KONNECT_TOKEN, else KONNECT_SPAT, and names the variable", async () => {
    expect(konnectToken({})).toEqual({ tokenSource: "KONNECT_TOKEN (personal access token, kpat_...) or KONNECT_SPAT (system account token, spat_...)" });
    const spat = new KongIdentityApi({ serverUrl: s.url, ...konnectToken({ KONNECT_SPAT: s.token }) });
    expect(spat.tokenSource).toBe("KONNECT_SPAT");
    expect((await spat.findAuthServer({ name: "Kafka Dev" })).id).toBe(server.id);
    const pat = new KongIdentityApi({ serverUrl: s.url, ...konnectToken({ KONNECT_TOKEN: s.token, KONNECT_SPAT: "spat_other" }) });
    expect(pat.tokenSource).toBe("KONNECT_TOKEN");
    expect((await pat.findAuthServer({ id: server.id })).name).toBe("Kafka Dev");
  });

  test("finds an auth server by ID or name, and its clients by ID or name", async () => {
    const a = api();
    const byName = await a.findAuthServer({ name: "Kafka Dev" });
    expect(byName).toEqual(
      expect.objectContaining({ id: server.id, name: "Kafka Dev", audience: "http://kafka.dev", issuer: `${s.url}/identity/${server.id}/auth` }),
    );
    expect(await a.findAuthServer({ id: server.id })).toEqual(byName);
    expect((await a.findClient(byName, { name: "producer" })).name).toBe("producer");
    const reader = await a.findClient(byName, { id: "reader-app" });
    expect(reader).toEqual(expect.objectContaining({ id: "reader-app", name: "reader", grantTypes: ["client_credentials"] }));
    expect(reader).not.toHaveProperty("clientSecret");
  });

  test("401 (wrong token): names the server and the variable, never the token", async () => {
    const e = await failure(new KongIdentityApi({ serverUrl: s.url, ...konnectToken({ KONNECT_TOKEN: "kpat_wrong_token_value" }) }).findAuthServer({ name: "Kafka Dev" }));
    expect(e.kind).toBe("unauthorized");
    expect(e.message).toBe(
      `Konnect refused the token from KONNECT_TOKEN (401 Unauthorized) at server ${s.url}: check that the token is valid and allowed to read ` +
        "Kong Identity, and that the region is the auth server's (KONNECT_REGION / KONNECT_SERVER_URL)",
    );
    expect(JSON.stringify({ ...e, message: e.message, stack: e.stack })).not.toContain("kpat_wrong_token_value");
  });

  test("403: the same advice, with the status", async () => {
    s.fail({ path: "/v1/auth-servers", status: 403 });
    const e = await failure(api().findAuthServer({ name: "Kafka Dev" }));
    expect([e.kind, e.status]).toEqual(["forbidden", 403]);
    expect(e.message).toMatch(new RegExp(`^Konnect refused the token from the token option \\(403 Forbidden\\) at server ${s.url}:`));
  });

  test("auth server not found: names it, where, and the auth servers that exist", async () => {
    const byName = await failure(api().findAuthServer({ name: "Kafka Prod" }));
    expect([byName.kind, byName.message]).toEqual([
      "not-found",
      `auth server named "Kafka Prod" not found in server ${s.url}; existing auth servers: "Kafka Dev" (${server.id}), "Orders" (${other.id})`,
    ]);
    const byId = await failure(api().findAuthServer({ id: "00000000-0000-4000-8000-000000000000" }));
    expect(byId.message).toMatch(/^auth server with ID "00000000-0000-4000-8000-000000000000" not found in server .*; existing auth servers: "Kafka Dev"/);
    const wrongName = await failure(api().findAuthServer({ id: server.id, name: "Orders" }));
    expect(wrongName.message).toMatch(/the auth server with that ID is named "Kafka Dev", not "Orders"/);
  });

  test("client not found: names it, the auth server, and the clients that exist; ambiguous names ask for the ID", async () => {
    const a = api();
    const dev = await a.findAuthServer({ name: "Kafka Dev" });
    const e = await failure(a.findClient(dev, { name: "consumer" }));
    const producerId = (await a.findClient(dev, { name: "producer" })).id;
    expect(e.message).toBe(
      `client named "consumer" not found in auth server "Kafka Dev" (${server.id}) in server ${s.url}; existing clients: "producer" (${producerId}), "reader" (reader-app)`,
    );
    const orders = await a.findAuthServer({ name: "Orders" });
    const many = await failure(a.findClient(orders, { name: "nobody" }));
    expect(many.message).toMatch(/existing clients: "svc-00" \(\w+\), .*"svc-19" \(\w+\), and 7 more$/);
    const twin = await failure(a.findClient(orders, { name: "twin" }));
    expect([twin.kind, twin.message]).toEqual(["ambiguous", expect.stringMatching(/^2 clients of auth server "Orders" are named "twin": \w+, \w+; give the client ID instead$/)]);
  });

  test("lists follow pages until done (27 clients, pages of 10 = 3 requests)", async () => {
    const before = s.requests.length;
    const all = await api({ pageSize: 10 }).listClients(other.id);
    expect(all).toHaveLength(27);
    expect(new Set(all.map((c) => c.id)).size).toBe(27);
    const pages = s.requests.slice(before);
    expect(pages.map((r) => r.url)).toEqual([1, 2, 3].map((n) => `/v1/auth-servers/${other.id}/clients?page%5Bsize%5D=10&page%5Bnumber%5D=${n}`));
    // A filtered list sends filter[name][eq].
    const f = await api().listClients(other.id, { name: "svc-07" });
    expect(f.map((c) => c.name)).toEqual(["svc-07"]);
    expect(s.requests[s.requests.length - 1]!.url).toMatch(/filter%5Bname%5D%5Beq%5D=svc-07/);
  });

  test("a server that caps the page size below the one asked: every item, paged by meta.page, ceil(total/size) requests", async () => {
    s.capPageSize(7);
    try {
      const before = s.requests.length;
      const all = await api().listClients(other.id); // asks for pages of 100
      expect(all).toHaveLength(27);
      expect(new Set(all.map((c) => c.id)).size).toBe(27);
      const urls = s.requests.slice(before).map((r) => r.url);
      // The first page says size 7, total 27: three more pages, asked with the size the server used.
      expect(urls).toEqual([
        `/v1/auth-servers/${other.id}/clients?page%5Bsize%5D=100&page%5Bnumber%5D=1`,
        ...[2, 3, 4].map((n) => `/v1/auth-servers/${other.id}/clients?page%5Bsize%5D=7&page%5Bnumber%5D=${n}`),
      ]);
      // A lookup by name finds a client that is on a later page.
      const orders = await api().findAuthServer({ name: "Orders" });
      expect((await failure(api().findClient(orders, { name: "twin" }))).message).toMatch(/^2 clients of auth server "Orders" are named "twin"/);
    } finally {
      s.capPageSize(undefined);
    }
  });

  test("a list answer whose meta.page is missing or contradicts itself is a bad answer after a bounded number of requests", async () => {
    const http = await import("node:http");
    let answer: (page: number) => unknown = () => ({ data: [] });
    let served = 0;
    const liar = http.createServer((req, res) => {
      served++;
      const page = Number(new URL(req.url!, "http://x").searchParams.get("page[number]"));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer(page)));
    });
    await new Promise<void>((r) => liar.listen(0, "127.0.0.1", () => r()));
    const url = `http://127.0.0.1:${(liar.address() as { port: number }).port}`;
    const liarApi = new KongIdentityApi({ serverUrl: url, token: "kpat_x", backoffMs: 1 });
    try {
      answer = () => ({ data: [{ id: "a", name: "a", issuer: "https://i" }] });
      let e = await failure(liarApi.listAuthServers());
      expect([e.kind, e.message, served]).toEqual(["bad-answer", expect.stringContaining("meta.page is not {number: 1, size >= 1, total >= 0}"), 1]);
      // A total that the pages never reach: stops at the first empty page.
      served = 0;
      answer = (page) => ({ data: page === 1 ? [{ id: "a", name: "a", issuer: "https://i" }] : [], meta: { page: { number: page, size: 1, total: 10 } } });
      e = await failure(liarApi.listAuthServers());
      expect([e.kind, e.message, served]).toEqual(["bad-answer", expect.stringContaining("page 2 is empty but meta.page.total is 10"), 2]);
      // A total beyond the page bound: refused before walking it.
      served = 0;
      answer = (page) => ({ data: [{ id: `a${page}`, name: "a", issuer: "https://i" }], meta: { page: { number: page, size: 1, total: 5000 } } });
      e = await failure(liarApi.listAuthServers());
      expect([e.kind, e.message, served]).toEqual(["bad-answer", expect.stringContaining("5000 items in pages of 1 is more than 1000 pages"), 1]);
    } finally {
      await new Promise<void>((r) => liar.close(() => r()));
    }
  });

  test("429 with Retry-After: waits as asked, then succeeds", async () => {
    const fault = s.fail({ path: "/v1/auth-servers", status: 429, times: 2, retryAfterSeconds: 1 });
    const t = Date.now();
    expect((await api().findAuthServer({ name: "Kafka Dev" })).id).toBe(server.id);
    expect(Date.now() - t).toBeGreaterThanOrEqual(1900);
    expect(fault.hits).toBe(2);
  });

  test("500 is retried a bounded number of times, then a clear error", async () => {
    const fault = s.fail({ path: "/v1/auth-servers", status: 500, times: 100 });
    const e = await failure(api({ retries: 2 }).findAuthServer({ name: "Kafka Dev" }));
    fault.cancel();
    expect(fault.hits).toBe(3);
    expect([e.kind, e.status, e.message]).toEqual([
      "server-error",
      500,
      `Konnect server error (500) at server ${s.url} for GET /auth-servers, still after 3 attempts; try again later (Injected fault: 500)`,
    ]);
  });

  test("a Retry-After longer than the lookup waits ends the retries at once", async () => {
    const fault = s.fail({ path: "/v1/auth-servers", status: 429, times: 5, retryAfterSeconds: 120 });
    const e = await failure(api({ maxWaitMs: 5000 }).findAuthServer({ name: "Kafka Dev" }));
    fault.cancel();
    expect(fault.hits).toBe(1);
    expect(e.message).toMatch(/rate limited \(429\) .* asking to retry after 120 s \(more than the 5 s this lookup waits\); try again later$/);
  });

  test("a server that does not answer in time: a bounded timeout, clearly", async () => {
    const fault = s.fail({ path: "/v1/auth-servers", delayMs: 1500 });
    const t = Date.now();
    const e = await failure(api({ timeoutMs: 300 }).findAuthServer({ name: "Kafka Dev" }));
    expect(Date.now() - t).toBeLessThan(1400);
    expect(fault.hits).toBe(1);
    expect([e.kind, e.message]).toEqual(["timeout", `no answer from Konnect at server ${s.url} within 0.3 s (GET /auth-servers); check the network or try again`]);
  });

  test("Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    const d = parseRetryAfter(new Date(Date.now() + 5000).toUTCString())!;
    expect(d).toBeGreaterThan(3000);
    expect(d).toBeLessThanOrEqual(5000);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("lookupKongIdentity (cached)", () => {
  const request = (): KongIdentityLookupRequest => ({
    serverUrl: s.url,
    authServer: { name: "Kafka Dev" },
    clients: { reader: { id: "reader-app" }, producer: { name: "producer" } },
  });

  test("the first lookup asks Konnect and writes the context file; the second asks nothing; refresh asks again", async () => {
    const cacheFile = path.join(tmp, "first.context.json");
    const before = s.requests.length;
    const r = await lookupKongIdentity(request(), { cacheFile, api: { token: s.token } });
    const issuer = `${s.url}/identity/${server.id}/auth`;
    expect(r).toEqual({
      authServer: { id: server.id, name: "Kafka Dev", issuer, audience: "http://kafka.dev", jwksUri: `${issuer}/.well-known/jwks` },
      clients: { producer: { id: expect.stringMatching(/^\w{20}$/), name: "producer" }, reader: { id: "reader-app", name: "reader" } },
    });
    const asked = s.requests.length - before;
    expect(asked).toBeGreaterThanOrEqual(3);

    // Same answer from the cache, without a single request (no token needed either).
    const again = await lookupKongIdentity(request(), { cacheFile, api: {} });
    expect(again).toEqual(r);
    expect(s.requests.length - before).toBe(asked);

    await lookupKongIdentity(request(), { cacheFile, refresh: true, api: { token: s.token } });
    expect(s.requests.length - before).toBe(2 * asked);
  });

  test("the context file: one sorted, pretty-printed entry per request, other entries kept, no secret", async () => {
    const cacheFile = path.join(tmp, "format.context.json");
    fs.writeFileSync(cacheFile, JSON.stringify({ "other:key": { keep: true } }));
    await lookupKongIdentity(request(), { cacheFile, api: { token: s.token } });
    await lookupKongIdentity({ serverUrl: s.url, authServer: { id: other.id }, clients: {} }, { cacheFile, api: { token: s.token } });
    const text = fs.readFileSync(cacheFile, "utf8");
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual([
      `kong-identity:server=${s.url}:auth-server=id=${other.id}:clients=`,
      `kong-identity:server=${s.url}:auth-server=name=Kafka Dev:clients=producer=name=producer;reader=id=reader-app`,
      "other:key",
    ]);
    const sortedDeep = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortedDeep) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedDeep((v as Json)[k])])) : v;
    expect(text).toBe(JSON.stringify(sortedDeep(parsed), null, 2) + "\n");
    for (const secret of [...secrets, s.token]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/secret|token/i);
  });

  test("the key does not depend on the order of clients, and region defaults to us", () => {
    const a = lookupCacheKey({ authServer: { name: "A" }, clients: { x: { name: "x" }, y: { id: "y" } } });
    const b = lookupCacheKey({ region: "US", authServer: { name: "A" }, clients: { y: { id: "y" }, x: { name: "x" } } });
    expect(a).toBe(b);
    expect(a).toBe("kong-identity:region=us:auth-server=name=A:clients=x=name=x;y=id=y");
    expect(() => lookupCacheKey({ authServer: {}, clients: {} })).toThrow(/the auth server needs an id or a name/);
  });

  test("the key: empty selectors count as none, an ID and a name are both kept, the server URL loses its trailing slashes", () => {
    const key = (r: Partial<KongIdentityLookupRequest>) => lookupCacheKey({ authServer: { name: "A" }, clients: {}, ...r });
    expect(key({ authServer: { id: "as-1", name: "A" } })).toBe("kong-identity:region=us:auth-server=id=as-1,name=A:clients=");
    expect(key({ authServer: { id: "", name: "A" } })).toBe("kong-identity:region=us:auth-server=name=A:clients=");
    expect(key({ authServer: { id: "as-1", name: "" } })).toBe("kong-identity:region=us:auth-server=id=as-1:clients=");
    expect(key({ serverUrl: "https://konnect.example//" })).toBe("kong-identity:server=https://konnect.example:auth-server=name=A:clients=");
    expect(() => key({ authServer: { name: "" } })).toThrow(new KongIdentityError("bad-request", "the auth server needs an id or a name"));
    expect(() => key({ clients: { producer: { id: "", name: "" } } })).toThrow(new KongIdentityError("bad-request", "client producer needs an id or a name"));
  });

  test.each(["[]", "null", '"kong-identity"'])("a context file holding %s (not a JSON object) is refused, naming the file", async (text) => {
    const cacheFile = path.join(tmp, "not-an-object.context.json");
    fs.writeFileSync(cacheFile, text);
    const e = await failure(lookupKongIdentity(request(), { cacheFile, api: { token: s.token } }));
    expect([e.kind, e.message]).toEqual(["bad-request", `context file ${cacheFile} is not a JSON object (not an object); fix or delete it`]);
    expect(fs.readFileSync(cacheFile, "utf8")).toBe(text);
  });

  test("refreshKongIdentityCache leaves other entries of the context file alone; a lookup without clients lists none", async () => {
    const cacheFile = path.join(tmp, "refresh-other.context.json");
    fs.writeFileSync(cacheFile, JSON.stringify({ "other:key": { keep: true } }));
    await lookupKongIdentity({ serverUrl: s.url, authServer: { id: other.id }, clients: {} }, { cacheFile, api: { token: s.token } });
    const lines = await refreshKongIdentityCache(cacheFile, { token: s.token });
    expect(lines).toEqual([`refreshed kong-identity:server=${s.url}:auth-server=id=${other.id}:clients=: auth server "Orders" (${other.id})`]);
    expect(JSON.parse(fs.readFileSync(cacheFile, "utf8"))["other:key"]).toEqual({ keep: true });
  });

  test("refreshKongIdentityCache re-asks every cached lookup and picks up changes", async () => {
    const cacheFile = path.join(tmp, "refresh.context.json");
    const first = await lookupKongIdentity(request(), { cacheFile, api: { token: s.token } });
    // The producer is replaced behind the cache's back: the cache still says the old ID until refreshed.
    s.remove("client", first.clients.producer!.id);
    const replacement = await client(server.id, "producer");
    expect((await lookupKongIdentity(request(), { cacheFile, api: {} })).clients.producer!.id).toBe(first.clients.producer!.id);
    const lines = await refreshKongIdentityCache(cacheFile, { token: s.token });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^refreshed kong-identity:.*: auth server "Kafka Dev" \\(${server.id}\\), clients producer=${replacement.id}, reader=reader-app$`))]);
    expect((await lookupKongIdentity(request(), { cacheFile, api: {} })).clients.producer!.id).toBe(replacement.id);
  });
});

describe("lookupKongIdentitySync", () => {
  // The synchronous lookup blocks this process while its child runs: the stand-in has to be another process. The
  // child is the compiled lookup-child.js, so this uses the compiled module (jest's global setup builds dist/).
  const compiled = require("../dist/constructs/kong-identity/lookup") as typeof import("../constructs/kong-identity/lookup");
  const compiledApi = require("../dist/constructs/kong-identity/api") as typeof import("../constructs/kong-identity/api");
  const lookupKongIdentitySync = compiled.lookupKongIdentitySync;
  let sp: StandinProcess;
  let orders: Json;
  const request = (): KongIdentityLookupRequest => ({ serverUrl: sp.url, authServer: { name: "Orders" }, clients: { svc: { name: "svc-1" } } });
  const opts = (cacheFile: string) => ({ cacheFile, api: { token: sp.token } });

  beforeAll(async () => {
    sp = await startStandinProcess();
    const postTo = async (p: string, body: unknown): Promise<Json> => {
      const res = await fetch(sp.url + p, {
        method: "POST",
        headers: { authorization: `Bearer ${sp.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return (await res.json()) as Json;
    };
    orders = await postTo("/v1/auth-servers", { name: "Orders", audience: "http://orders" });
    for (const name of ["svc-0", "svc-1"]) {
      await postTo(`/v1/auth-servers/${orders.id}/clients`, { name, grant_types: ["client_credentials"], response_types: ["token"] });
    }
  });

  afterAll(async () => {
    expect(await sp.stop()).toBe(0);
  });

  test("no cache: runs the lookup in a child process and writes the cache; then answers from the cache without any request", async () => {
    const cacheFile = path.join(tmp, "sync.context.json");
    await sp.drain();
    const before = sp.requestLines().length;
    const r = lookupKongIdentitySync(request(), opts(cacheFile));
    expect(r.authServer).toEqual(expect.objectContaining({ id: orders.id, name: "Orders", issuer: `${sp.url}/identity/${orders.id}/auth` }));
    expect(r.clients.svc!.name).toBe("svc-1");
    expect(JSON.parse(fs.readFileSync(cacheFile, "utf8"))[lookupCacheKey(request())].result).toEqual(r);
    await sp.drain();
    const asked = sp.requestLines().length - before;
    expect(asked).toBeGreaterThanOrEqual(2);

    expect(lookupKongIdentitySync(request(), { cacheFile, api: {} })).toEqual(r);
    await sp.drain();
    expect(sp.requestLines().length - before).toBe(asked);

    lookupKongIdentitySync(request(), { ...opts(cacheFile), refresh: true });
    await sp.drain();
    expect(sp.requestLines().length - before).toBe(2 * asked);
  });

  test("errors of the child come back as the same short KongIdentityError", async () => {
    const cacheFile = path.join(tmp, "sync-errors.context.json");
    let e: unknown;
    try {
      lookupKongIdentitySync({ ...request(), clients: { svc: { name: "svc-9" } } }, opts(cacheFile));
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(compiledApi.KongIdentityError);
    expect((e as InstanceType<typeof compiledApi.KongIdentityError>).kind).toBe("not-found");
    expect((e as InstanceType<typeof compiledApi.KongIdentityError>).message).toMatch(
      new RegExp(`^client named "svc-9" not found in auth server "Orders" \\(${orders.id}\\) in server ${sp.url}; existing clients: "svc-0" \\(\\w+\\), "svc-1" \\(\\w+\\)$`),
    );
    expect(() => lookupKongIdentitySync(request(), { cacheFile, api: konnectToken({}) })).toThrow(
      new compiledApi.KongIdentityError("no-token", "no Konnect token: set KONNECT_TOKEN (personal access token, kpat_...) or KONNECT_SPAT (system account token, spat_...)"),
    );
    expect(fs.existsSync(cacheFile)).toBe(false);
  });
});

describe("runLookupChild (the child process, run here with its stdin and stdout replaced)", () => {
  // The child reads request and options as JSON from stdin (fd 0) and writes one JSON line; its exit code says
  // whether that line is an error.
  const realFs = require("node:fs") as typeof fs;
  async function runChild(stdin: string): Promise<{ written: string[]; exitCode: typeof process.exitCode }> {
    const readFileSync = realFs.readFileSync;
    const read = jest.spyOn(realFs, "readFileSync").mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: never[]) =>
      file === 0 ? stdin : (readFileSync as (...a: unknown[]) => unknown)(file, ...rest)) as typeof realFs.readFileSync);
    const written: string[] = [];
    const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const before = process.exitCode;
    try {
      await runLookupChild();
      return { written, exitCode: process.exitCode };
    } finally {
      write.mockRestore();
      read.mockRestore();
      process.exitCode = before;
    }
  }

  test("an answer: the result as one JSON line, exit code 0, the context file written", async () => {
    const cacheFile = path.join(tmp, "child.context.json");
    const request = { serverUrl: s.url, authServer: { name: "Orders" }, clients: {} };
    const out = await runChild(JSON.stringify({ request, opts: { cacheFile, refresh: true, api: { token: s.token } } }));
    const result = JSON.parse(fs.readFileSync(cacheFile, "utf8"))[lookupCacheKey(request)].result;
    expect(result.authServer.id).toBe(other.id);
    expect(out.exitCode).toBe(0);
    expect(out.written).toEqual([expect.stringMatching(/^\{.*\}\n$/)]);
    expect(JSON.parse(out.written[0]!)).toEqual({ result });
  });

  test("an error: kind and message as one JSON line, exit code 1; input that is not JSON is a bad answer", async () => {
    const cacheFile = path.join(tmp, "child-error.context.json");
    const out = await runChild(JSON.stringify({ request: { authServer: {}, clients: {} }, opts: { cacheFile, refresh: true, api: { token: s.token } } }));
    expect(out).toEqual({ written: [JSON.stringify({ error: { kind: "bad-request", message: "the auth server needs an id or a name" } }) + "\n"], exitCode: 1 });
    const garbled = await runChild("{request");
    expect(garbled.exitCode).toBe(1);
    expect(garbled.written).toHaveLength(1);
    expect(JSON.parse(garbled.written[0]!)).toEqual({ error: { kind: "bad-answer", message: expect.stringMatching(/^Kong Identity lookup failed: .*JSON/) } });
    expect(fs.existsSync(cacheFile)).toBe(false);
  });
});

describe("lookupKongIdentitySync when its child gives no answer", () => {
  const compiled = require("../dist/constructs/kong-identity/lookup") as typeof import("../constructs/kong-identity/lookup");
  const compiledApi = require("../dist/constructs/kong-identity/api") as typeof import("../constructs/kong-identity/api");
  const request: KongIdentityLookupRequest = { authServer: { name: "Orders" }, clients: {} };

  test("from the TypeScript sources, without the compiled child beside them: says to build first", () => {
    const child = path.join(__dirname, "..", "constructs", "kong-identity", "lookup-child.js");
    expect(() => lookupFromSources(request, { cacheFile: path.join(tmp, "sources.context.json") })).toThrow(
      new KongIdentityError("bad-request", `the Kong Identity lookup runs compiled code; ${child} is missing (build the package first)`),
    );
  });

  // The child inherits the environment: NODE_OPTIONS --require makes it end before it answers.
  test.each([
    ["exits with an error", "process.exit(3)", "network", "Kong Identity lookup process failed"],
    ["is killed", 'process.kill(process.pid, "SIGKILL")', "network", "Kong Identity lookup process failed (ended by SIGKILL)"],
    ["exits without a word", "process.exit(0)", "bad-answer", "Kong Identity lookup process gave no answer"],
  ])("a child that %s: a one-line error of its own", (_what, code, kind, message) => {
    const preload = path.join(tmp, "preload.js");
    fs.writeFileSync(preload, code + ";\n");
    const cacheFile = path.join(tmp, "child-ends.context.json");
    const prev = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `--require ${preload}`;
    let e: unknown;
    try {
      compiled.lookupKongIdentitySync(request, { cacheFile, api: { token: "unused" } });
    } catch (err) {
      e = err;
    } finally {
      if (prev === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = prev;
    }
    expect(e).toBeInstanceOf(compiledApi.KongIdentityError);
    expect([(e as KongIdentityError).kind, (e as KongIdentityError).message]).toEqual([kind, message]);
    expect(fs.existsSync(cacheFile)).toBe(false);
  });
});
