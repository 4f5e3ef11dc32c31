// The Kong Identity API client against every kind of answer: what it reads from a real auth server and client (the
// stand-in on 127.0.0.1), and what it makes of answers Konnect should never give, of error statuses, of retries and of
// transport failures (a scripted HTTP server on 127.0.0.1). Every error is checked for the token, a sentinel.
// (Beside kong-identity-api.test.ts, not in it: Stryker's incremental run reruns every mutant a changed test file
// covers.)
import * as http from "node:http";
import axios from "axios";
import { KongIdentityApi, KongIdentityError, parseRetryAfter } from "../constructs/kong-identity/api";
import { startStandin, type Standin } from "../standin";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The token of every client here: no error may hold it. */
const SENTINEL = "kpat_SENTINEL_9f3c_must_never_be_shown";

/** An answer of the scripted server. */
interface Answer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** An HTTP server on 127.0.0.1 that answers each request as `answer` says, and keeps what it was asked. */
interface Scripted {
  url: string;
  asked: { path: string; query: URLSearchParams; headers: http.IncomingHttpHeaders }[];
  answer: (path: string, query: URLSearchParams) => Answer;
  close(): Promise<void>;
}

async function scripted(): Promise<Scripted> {
  const sc: Scripted = { url: "", asked: [], answer: () => ({ status: 500 }), close: async () => undefined };
  const server = http.createServer((req, res) => {
    const u = new URL(req.url!, "http://x");
    sc.asked.push({ path: u.pathname, query: u.searchParams, headers: req.headers });
    const a = sc.answer(u.pathname, u.searchParams);
    const body = a.body === undefined ? "" : JSON.stringify(a.body);
    res.writeHead(a.status ?? 200, { ...(a.body === undefined ? {} : { "content-type": "application/json" }), ...a.headers });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  sc.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  sc.close = () => new Promise<void>((r) => server.close(() => r()));
  return sc;
}

/** A page of a list answer. */
const page = (data: unknown[], number: unknown, size: unknown, total: unknown) => ({ body: { data, meta: { page: { number, size, total } } } });
const authServer = (id: string, name = id) => ({ id, name, audience: `http://${id}`, issuer: `https://issuer/${id}` });

let s: Standin;
let sc: Scripted;

async function failure(p: Promise<unknown>): Promise<KongIdentityError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(KongIdentityError);
  const err = e as KongIdentityError;
  expect(err.name).toBe("KongIdentityError");
  for (const text of [err.message, String(err.stack), JSON.stringify(err)]) expect(text).not.toContain(SENTINEL);
  return err;
}

/** The client pointed at the scripted server, with fast retries. */
const scriptedApi = (opts: ConstructorParameters<typeof KongIdentityApi>[0] = {}) =>
  new KongIdentityApi({ serverUrl: sc.url, token: SENTINEL, backoffMs: 1, ...opts });

beforeAll(async () => {
  s = await startStandin();
  sc = await scripted();
});

afterAll(async () => {
  await s.stop();
  await sc.close();
});

beforeEach(() => {
  sc.asked = [];
});

describe("options", () => {
  const refused = (opts: ConstructorParameters<typeof KongIdentityApi>[0]) => {
    try {
      new KongIdentityApi({ token: SENTINEL, ...opts });
    } catch (e) {
      expect(e).toBeInstanceOf(KongIdentityError);
      expect(String(e)).not.toContain(SENTINEL);
      return [(e as KongIdentityError).kind, String(e)];
    }
    return undefined;
  };

  test("a server URL that is not an http(s) URL is refused, naming it", () => {
    expect(refused({ serverUrl: "localhost:8787" })).toEqual(["bad-request", `KongIdentityError: Konnect server URL "localhost:8787" must be http(s)`]);
    expect(refused({ serverUrl: "ftp://konnect.example" })).toEqual(["bad-request", `KongIdentityError: Konnect server URL "ftp://konnect.example" must be http(s)`]);
    expect(refused({ serverUrl: "konnect" })).toEqual([
      "bad-request",
      `KongIdentityError: Konnect server URL "konnect" is not a URL (e.g. https://eu.api.konghq.com)`,
    ]);
    expect(refused({ serverUrl: "HTTPS://eu.api.konghq.com" })).toBeUndefined();
  });

  test("a server URL loses its trailing slashes and one final /v1, nothing else", () => {
    const at = (serverUrl: string) => {
      const a = new KongIdentityApi({ serverUrl, token: SENTINEL });
      return [a.baseUrl, a.where];
    };
    expect(at("http://127.0.0.1:9//")).toEqual(["http://127.0.0.1:9/v1", "server http://127.0.0.1:9"]);
    expect(at("http://127.0.0.1:9/v1//")).toEqual(["http://127.0.0.1:9/v1", "server http://127.0.0.1:9"]);
    expect(at("http://127.0.0.1:9/v1beta")).toEqual(["http://127.0.0.1:9/v1beta/v1", "server http://127.0.0.1:9/v1beta"]);
    expect(at("http://127.0.0.1:9/konnect/v1")).toEqual(["http://127.0.0.1:9/konnect/v1", "server http://127.0.0.1:9/konnect"]);
  });

  test("the page size: 1 and 100 are accepted and asked for, 0, 101 and 2.5 are refused", async () => {
    for (const pageSize of [0, 101, 2.5, -1]) {
      expect(refused({ serverUrl: sc.url, pageSize })).toEqual(["bad-request", `KongIdentityError: page size must be 1-100, not ${pageSize}`]);
    }
    sc.answer = () => page([], 1, 1, 0);
    for (const pageSize of [1, 100]) {
      expect(await scriptedApi({ pageSize }).listAuthServers()).toEqual([]);
      expect(sc.asked.pop()!.query.get("page[size]")).toBe(String(pageSize));
    }
  });

  test("every request carries the token as a bearer and accepts JSON and problem+json", async () => {
    sc.answer = () => ({ body: authServer("a1") });
    await scriptedApi().getAuthServer("a1");
    expect(sc.asked.map((r) => [r.path, r.headers.authorization, r.headers.accept])).toEqual([
      ["/v1/auth-servers/a1", `Bearer ${SENTINEL}`, "application/json, application/problem+json"],
    ]);
  });
});

describe("what it reads from an auth server and a client (stand-in)", () => {
  let kafka: Json;
  let empty: Json;
  const api = () => new KongIdentityApi({ serverUrl: s.url, token: s.token, backoffMs: 1 });
  const post = async (p: string, body: unknown): Promise<Json> => {
    const res = await fetch(s.url + p, {
      method: "POST",
      headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as Json;
  };

  beforeAll(async () => {
    kafka = await post("/v1/auth-servers", {
      name: "Kafka",
      audience: "http://kafka",
      description: "Kafka clients",
      signing_algorithm: "PS256",
      labels: { team: "platform" },
    });
    empty = await post("/v1/auth-servers", { name: "Empty", audience: "http://empty" });
    await post(`/v1/auth-servers/${kafka.id}/clients`, {
      id: "all-scopes",
      name: "admin",
      grant_types: ["client_credentials"],
      response_types: ["token"],
      allow_all_scopes: true,
      access_token_duration: 600,
      labels: { role: "admin" },
    });
    await post(`/v1/auth-servers/${kafka.id}/clients`, { id: "some-scopes", name: "reader", grant_types: ["client_credentials"], response_types: ["token"] });
  });

  test("an auth server: every field it reads", async () => {
    const issuer = `${s.url}/identity/${kafka.id}/auth`;
    const expected = {
      id: kafka.id,
      name: "Kafka",
      audience: "http://kafka",
      issuer,
      description: "Kafka clients",
      metadataUri: `${issuer}/.well-known/openid-configuration`,
      signingAlgorithm: "PS256",
      labels: { team: "platform" },
    };
    expect(await api().getAuthServer(kafka.id)).toStrictEqual(expected);
    expect(await api().findAuthServer({ id: kafka.id, name: "Kafka" })).toStrictEqual(expected);
    expect(await api().getAuthServer("no-such-server")).toBeUndefined();
  });

  test("clients: every field it reads, allow_all_scopes true and false, and no secret", async () => {
    const server = { id: kafka.id, name: "Kafka" };
    expect(await api().getClient(kafka.id, "all-scopes")).toStrictEqual({
      id: "all-scopes",
      name: "admin",
      grantTypes: ["client_credentials"],
      allowScopes: [],
      allowAllScopes: true,
      accessTokenDuration: 600,
      labels: { role: "admin" },
    });
    expect(await api().findClient(server, { id: "some-scopes", name: "reader" })).toStrictEqual({
      id: "some-scopes",
      name: "reader",
      grantTypes: ["client_credentials"],
      allowScopes: [],
      allowAllScopes: false,
      accessTokenDuration: 300,
      labels: {},
    });
    expect(await api().getClient(kafka.id, "no-such-client")).toBeUndefined();
  });

  test("a client ID that does not exist, or whose client has another name, is not found", async () => {
    const server = { id: kafka.id, name: "Kafka" };
    const byId = await failure(api().findClient(server, { id: "no-such-client" }));
    expect([byId.kind, byId.status, byId.message]).toEqual([
      "not-found",
      404,
      `client with ID "no-such-client" not found in auth server "Kafka" (${kafka.id}) in server ${s.url}; existing clients: "admin" (all-scopes), "reader" (some-scopes)`,
    ]);
    const wrongName = await failure(api().findClient(server, { id: "some-scopes", name: "writer" }));
    expect([wrongName.kind, wrongName.message]).toEqual([
      "not-found",
      `client with ID "some-scopes": the client with that ID is named "reader", not "writer"`,
    ]);
  });

  test("an auth server without clients says there are none", async () => {
    const e = await failure(api().findClient({ id: empty.id, name: "Empty" }, { name: "reader" }));
    expect(e.message).toBe(`client named "reader" not found in auth server "Empty" (${empty.id}) in server ${s.url}; there are no clients`);
  });

  test("neither ID nor name: refused before any request", async () => {
    const before = s.requests.length;
    const e = await failure(api().findAuthServer({}));
    expect([e.kind, e.message]).toEqual(["bad-request", "the auth server needs an id or a name"]);
    expect((await failure(api().findClient({ id: kafka.id, name: "Kafka" }, {}))).message).toBe("the client needs an id or a name");
    expect(s.requests.length).toBe(before);
  });

  test("a wrong token on a lookup by ID: refused, not taken for an answer", async () => {
    const e = await failure(new KongIdentityApi({ serverUrl: s.url, token: SENTINEL }).findAuthServer({ id: kafka.id }));
    expect([e.kind, e.status]).toEqual(["unauthorized", 401]);
  });
});

describe("answers Konnect should never give (scripted server)", () => {
  test("two auth servers with the name asked: ambiguous, naming their IDs", async () => {
    sc.answer = () => page([authServer("a1", "Dup"), authServer("a2", "Dup")], 1, 100, 2);
    const e = await failure(scriptedApi().findAuthServer({ name: "Dup" }));
    expect([e.kind, e.message]).toEqual(["ambiguous", `2 auth servers are named "Dup" in server ${sc.url}: a1, a2; give the ID instead`]);
  });

  test("exactly 20 existing auth servers are all named, without 'and 0 more'", async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => authServer(`a${i}`));
    sc.answer = (_p, q) => (q.has("filter[name][eq]") ? page([], 1, 100, 0) : page(twenty, 1, 100, 20));
    const e = await failure(scriptedApi().findAuthServer({ name: "nobody" }));
    expect(e.message).toBe(`auth server named "nobody" not found in server ${sc.url}; existing auth servers: ${twenty.map((a) => `"${a.name}" (${a.id})`).join(", ")}`);
  });

  test("list answers: a page count ending exactly on the total asks no further page", async () => {
    sc.answer = (_p, q) => {
      const n = Number(q.get("page[number]"));
      return page([authServer(`a${2 * n - 1}`), authServer(`a${2 * n}`)], n, 2, 4);
    };
    expect((await scriptedApi({ pageSize: 2 }).listAuthServers()).map((a) => a.id)).toEqual(["a1", "a2", "a3", "a4"]);
    expect(sc.asked.map((r) => r.query.get("page[number]"))).toEqual(["1", "2"]);
  });

  test("list answers: exactly 1000 pages are followed (the next page is read), more are refused at once", async () => {
    // 2000 items in pages of 2 is 1000 pages: the second page is asked for (and here contradicts itself).
    sc.answer = () => page([authServer("a"), authServer("b")], 1, 2, 2000);
    let e = await failure(scriptedApi().listAuthServers());
    expect([e.message, sc.asked.length]).toEqual([
      `unexpected answer from Konnect at server ${sc.url} to GET /auth-servers: meta.page is not {number: 2, size >= 1, total >= 0}`,
      2,
    ]);
    sc.asked = [];
    sc.answer = () => page([authServer("a"), authServer("b")], 1, 2, 2001);
    e = await failure(scriptedApi().listAuthServers());
    expect([e.message, sc.asked.length]).toEqual([`unexpected answer from Konnect at server ${sc.url} to GET /auth-servers: 2001 items in pages of 2 is more than 1000 pages`, 1]);
  });

  test("list answers that contradict themselves: one bad-answer line each, after one request", async () => {
    const one = [authServer("a")];
    const cases: [Answer, string][] = [
      [{ body: {} }, "no data array"],
      [{ body: { data: "a" } }, "no data array"],
      [{ body: null }, "no data array"],
      [page(one, 1, 1, "1"), "meta.page is not {number: 1, size >= 1, total >= 0}"],
      [page(one, 1, 1, -1), "meta.page is not {number: 1, size >= 1, total >= 0}"],
      [page(one, 1, 1, 0.5), "meta.page is not {number: 1, size >= 1, total >= 0}"],
      [page([], 1, 0, 0), "meta.page is not {number: 1, size >= 1, total >= 0}"],
      [page(one, 2, 1, 1), "meta.page is not {number: 1, size >= 1, total >= 0}"],
      [page([authServer("a"), authServer("b")], 1, 1, 2), "page 1 has 2 items, more than its size 1"],
    ];
    for (const [answer, why] of cases) {
      sc.asked = [];
      sc.answer = () => answer;
      const e = await failure(scriptedApi().listAuthServers());
      expect([e.kind, e.status, e.message, sc.asked.length]).toEqual([
        "bad-answer",
        undefined,
        `unexpected answer from Konnect at server ${sc.url} to GET /auth-servers: ${why}`,
        1,
      ]);
    }
  });

  test("an object answer that is not a JSON object", async () => {
    for (const body of ["an auth server", null, 7]) {
      sc.answer = () => ({ body });
      const e = await failure(scriptedApi().getAuthServer("a1"));
      expect([e.kind, e.message]).toEqual(["bad-answer", `unexpected answer from Konnect at server ${sc.url} to GET /auth-servers/a1: not a JSON object`]);
    }
  });

  test("an auth server without id, name or issuer (or with one that is not a string) is a bad answer", async () => {
    const full = authServer("a1");
    for (const body of [
      { ...full, id: undefined },
      { ...full, id: "" },
      { ...full, name: undefined },
      { ...full, name: 7 },
      { ...full, issuer: undefined },
      { ...full, issuer: "" },
    ]) {
      sc.answer = () => ({ body });
      const e = await failure(scriptedApi().getAuthServer("a1"));
      expect([e.kind, e.message]).toEqual(["bad-answer", "unexpected answer from Konnect: an auth server without id, name or issuer"]);
    }
    // An empty name is a name; the optional fields are left out, or read only when they are strings.
    sc.answer = () => ({ body: { id: "a1", name: "", issuer: "https://i", description: 5, signing_algorithm: null } });
    expect(await scriptedApi().getAuthServer("a1")).toStrictEqual({
      id: "a1",
      name: "",
      audience: "",
      issuer: "https://i",
      description: undefined,
      metadataUri: undefined,
      signingAlgorithm: undefined,
      labels: undefined,
    });
  });

  test("a client without id or name is a bad answer; a bare client has no grants, scopes or labels", async () => {
    for (const body of [{ name: "c" }, { id: "", name: "c" }, { id: "c1" }, { id: "c1", name: ["c"] }]) {
      sc.answer = () => ({ body });
      const e = await failure(scriptedApi().getClient("a1", "c1"));
      expect([e.kind, e.message]).toEqual(["bad-answer", "unexpected answer from Konnect: a client without id or name"]);
    }
    sc.answer = () => ({ body: { id: "c1", name: "", allow_all_scopes: "true", access_token_duration: "600", grant_types: "client_credentials" } });
    expect(await scriptedApi().getClient("a1", "c1")).toStrictEqual({
      id: "c1",
      name: "",
      grantTypes: [],
      allowScopes: [],
      allowAllScopes: false,
      accessTokenDuration: undefined,
      labels: undefined,
    });
    expect(sc.asked.pop()!.path).toBe("/v1/auth-servers/a1/clients/c1");
  });
});

describe("error statuses and retries (scripted server)", () => {
  test("a status the client does not expect: its number and the problem detail on one line, or no detail", async () => {
    sc.answer = () => ({ status: 400, body: { title: "Bad Request", detail: "filter[name]\n   is not\tvalid" } });
    let e = await failure(scriptedApi().listAuthServers({ name: "x" }));
    expect([e.kind, e.status, e.message]).toEqual(["bad-answer", 400, `Konnect answered 400 to GET /auth-servers at server ${sc.url} (filter[name] is not valid)`]);
    sc.asked = [];
    sc.answer = () => ({ status: 302, headers: { location: "https://elsewhere" } });
    e = await failure(scriptedApi().getAuthServer("a1"));
    expect([e.kind, e.status, e.message]).toEqual(["bad-answer", 302, `Konnect answered 302 to GET /auth-servers/a1 at server ${sc.url}`]);
    expect(sc.asked).toHaveLength(1);
  });

  test("a Retry-After beyond the wait allowed ends at once, as rate-limited (429) or server-error (5xx)", async () => {
    for (const [status, kind, what] of [
      [429, "rate-limited", "rate limited (429)"],
      [503, "server-error", "server error (503)"],
    ] as const) {
      sc.asked = [];
      sc.answer = () => ({ status, headers: { "retry-after": "2" } });
      const e = await failure(scriptedApi({ maxWaitMs: 1000 }).listAuthServers());
      expect([e.kind, e.status, e.message, sc.asked.length]).toEqual([
        kind,
        status,
        `Konnect ${what} at server ${sc.url} for GET /auth-servers, asking to retry after 2 s (more than the 1 s this lookup waits); try again later`,
        1,
      ]);
    }
  });

  test("a Retry-After equal to the wait allowed is waited for", async () => {
    let n = 0;
    sc.answer = () => (n++ === 0 ? { status: 429, headers: { "retry-after": "0" } } : page([], 1, 100, 0));
    expect(await scriptedApi({ maxWaitMs: 0 }).listAuthServers()).toEqual([]);
    expect(sc.asked).toHaveLength(2);
  });

  test("retries used up: rate-limited after 429s, server-error after 5xx", async () => {
    for (const [status, kind, what] of [
      [429, "rate-limited", "rate limited (429)"],
      [502, "server-error", "server error (502)"],
    ] as const) {
      sc.asked = [];
      sc.answer = () => ({ status });
      const e = await failure(scriptedApi({ retries: 1 }).listAuthServers());
      expect([e.kind, e.status, e.message, sc.asked.length]).toEqual([kind, status, `Konnect ${what} at server ${sc.url} for GET /auth-servers, still after 2 attempts; try again later`, 2]);
    }
  });

  test("without Retry-After the wait doubles from backoffMs, jittered to 75-125%, and is capped by maxWaitMs", async () => {
    const realSetTimeout = global.setTimeout;
    const waits: (number | undefined)[] = [];
    // The waits are recorded and cut short; axios's own request timer (timeoutMs) runs as it is.
    const timeoutMs = 4321;
    const spy = jest.spyOn(global, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
      if (ms === timeoutMs) return realSetTimeout(fn, ms);
      waits.push(ms);
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout);
    // Math.random() = 0.25: a factor 0.75 + 0.25 / 2 = 0.875.
    const random = jest.spyOn(Math, "random").mockReturnValue(0.25);
    try {
      let n = 0;
      sc.answer = () => (n++ < 4 ? { status: 503 } : page([], 1, 100, 0));
      expect(await scriptedApi({ backoffMs: 100, maxWaitMs: 300, retries: 4, timeoutMs }).listAuthServers()).toEqual([]);
    } finally {
      spy.mockRestore();
      random.mockRestore();
    }
    expect(sc.asked).toHaveLength(5);
    expect(waits).toEqual([87.5, 175, 262.5, 262.5]);
  });
});

describe("transport failures", () => {
  test("nothing listening: a network error naming the code", async () => {
    const closed = await scripted();
    await closed.close();
    const e = await failure(new KongIdentityApi({ serverUrl: closed.url, token: SENTINEL }).listAuthServers());
    expect([e.kind, e.status, e.message]).toEqual(["network", undefined, `cannot reach Konnect at server ${closed.url} (GET /auth-servers): ECONNREFUSED`]);
  });

  test("errors as Node and axios raise them: ETIMEDOUT and ECONNABORTED are timeouts, so is a timeout message; others name their code", async () => {
    // The transport (axios's adapter) replaced by one that fails as Node's does; the client's own code is unchanged.
    const saved = axios.defaults.adapter;
    let raise: Json = {};
    axios.defaults.adapter = async () => {
      throw Object.assign(new Error(raise.message), raise);
    };
    const classify = async (err: Json) => {
      raise = err;
      const e = await failure(new KongIdentityApi({ serverUrl: "http://127.0.0.1:9", token: SENTINEL, timeoutMs: 2500 }).getAuthServer("a1"));
      return [e.kind, e.message];
    };
    const timeout = ["timeout", "no answer from Konnect at server http://127.0.0.1:9 within 2.5 s (GET /auth-servers/a1); check the network or try again"];
    try {
      expect(await classify({ code: "ETIMEDOUT", message: "connect ETIMEDOUT 10.1.2.3:443" })).toEqual(timeout);
      expect(await classify({ code: "ECONNABORTED", message: "Request aborted" })).toEqual(timeout);
      expect(await classify({ code: "ERR_SOCKET_CONNECTION_TIMEOUT", message: "Socket connection Timeout" })).toEqual(timeout);
      expect(await classify({ code: "ECONNRESET", message: "socket hang up" })).toEqual([
        "network",
        "cannot reach Konnect at server http://127.0.0.1:9 (GET /auth-servers/a1): ECONNRESET",
      ]);
      expect(await classify({ message: `failed with Bearer ${SENTINEL}` })).toEqual([
        "network",
        "cannot reach Konnect at server http://127.0.0.1:9 (GET /auth-servers/a1): network error",
      ]);
    } finally {
      axios.defaults.adapter = saved;
    }
  });
});

test("Retry-After: surrounding spaces are ignored; anything that is neither seconds nor a date is no Retry-After", () => {
  expect(parseRetryAfter(" 5 ")).toBe(5000);
  expect(parseRetryAfter("0")).toBe(0);
  for (const v of ["", "   ", "a5", "5a", "5 s", undefined, 5, ["5"]]) expect(parseRetryAfter(v)).toBeUndefined();
  expect(parseRetryAfter(new Date(Date.now() - 60_000).toUTCString())).toBe(0);
});
