// The client's token handling in-process, against a real HTTP issuer on 127.0.0.1 that records each request: what
// fetchToken sends, how it reads expiry from the token or expires_in, the messages of describeToken and hostPort,
// TokenProvider's renewal margins and retry after a failure, and the error helpers.
import * as http from "node:http";
import * as net from "node:net";
import axios from "axios";
import { UnsecuredJWT } from "jose";
import { causes, CliError, findCliError, UsageError } from "../client/errors";
import { describeToken, fetchToken, hostPort, tokenClaims, TokenProvider, type AccessToken } from "../client/token";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let base: string;
let answer: (res: http.ServerResponse) => void = () => undefined;
const seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      answer(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(() => new Promise((r) => server.close(r)));

const reply = (status: number, body: unknown) => (res: http.ServerResponse) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};
const creds = { issuer: "", clientId: "cid", clientSecret: "sec", scope: "kafka other", label: "custom" };
const jwt = (claims: Record<string, unknown>) => new UnsecuredJWT(claims).encode();

describe("fetchToken", () => {
  test("posts client_credentials as a form to <issuer>/oauth/token and asks for JSON", async () => {
    answer = reply(200, { access_token: "opaque", expires_in: 60 });
    await fetchToken({ ...creds, issuer: `${base}/org/auth` });
    const r = seen[seen.length - 1];
    expect([r.method, r.url, r.headers["content-type"], r.headers.accept]).toEqual(["POST", "/org/auth/oauth/token", "application/x-www-form-urlencoded", "application/json"]);
    expect(Object.fromEntries(new URLSearchParams(r.body))).toEqual({ grant_type: "client_credentials", client_id: "cid", client_secret: "sec", scope: "kafka other" });
  });

  test("a JWT's exp and iat set the expiry and issue time", async () => {
    answer = reply(200, { access_token: jwt({ exp: 2_000_000_000, iat: 1_999_990_000 }), expires_in: 5 });
    const t = await fetchToken({ ...creds, issuer: base });
    expect([t.expiresAt, t.issuedAt]).toEqual([2_000_000_000_000, 1_999_990_000_000]);
  });

  test("an opaque token: expires_in from when the request started; without it, 5 minutes", async () => {
    answer = reply(200, { access_token: "opaque", expires_in: 120 });
    let before = Date.now();
    const t = await fetchToken({ ...creds, issuer: base });
    let after = Date.now();
    expect(t.value).toBe("opaque");
    expect(t.issuedAt).toBeGreaterThanOrEqual(before);
    expect(t.issuedAt).toBeLessThanOrEqual(after);
    expect(t.expiresAt - t.issuedAt).toBe(120_000);
    answer = reply(200, { access_token: "opaque", expires_in: "120" });
    before = Date.now();
    const u = await fetchToken({ ...creds, issuer: base });
    after = Date.now();
    expect(u.expiresAt - u.issuedAt).toBe(300_000);
    expect(u.issuedAt).toBeGreaterThanOrEqual(before);
    expect(u.issuedAt).toBeLessThanOrEqual(after);
  });

  test("a JWT without exp or iat falls back to expires_in and the request time", async () => {
    answer = reply(200, { access_token: jwt({ sub: "x" }), expires_in: 30 });
    const t = await fetchToken({ ...creds, issuer: base });
    expect(t.expiresAt - t.issuedAt).toBe(30_000);
  });

  test("401 and 400 name the OAuth error when there is one, and the status", async () => {
    answer = reply(401, { error: "invalid_client" });
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow(`client rejected: wrong client ID or secret (client cid, issuer ${base}, HTTP 401 invalid_client)`);
    answer = reply(400, { message: "no error field" });
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow(`client rejected: wrong client ID or secret (client cid, issuer ${base}, HTTP 400)`);
    answer = reply(400, ["not", "an", "object"]);
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow(`(client cid, issuer ${base}, HTTP 400)`);
    answer = reply(401, null);
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow(`(client cid, issuer ${base}, HTTP 401)`);
    answer = reply(400, { error: 42 });
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow(`(client cid, issuer ${base}, HTTP 400)`);
  });

  test("2xx other than 200 is a success; 199 (below 2xx) and 300 are not", async () => {
    answer = reply(201, { access_token: "created" });
    expect((await fetchToken({ ...creds, issuer: base })).value).toBe("created");
    answer = reply(299, { access_token: "edge" });
    expect((await fetchToken({ ...creds, issuer: base })).value).toBe("edge");
    answer = reply(300, { access_token: "nope" });
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow(`the issuer ${base} answered the token request with HTTP 300`);
    answer = reply(402, { access_token: "nope" });
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow("with HTTP 402");
  });

  test("a JSON null answer has no access_token", async () => {
    answer = reply(200, null);
    await expect(fetchToken({ ...creds, issuer: base })).rejects.toThrow(`the issuer ${base} answered without an access_token`);
  });

  test("without timeoutMs, the request is bounded by the default 10 s (a short timeout is shown to fail in client-token-errors)", async () => {
    // The wait itself is not spent here: the request must carry the default, and an issuer that never answers then
    // fails the way the explicit-timeout tests show.
    const post = jest.spyOn(axios, "post");
    try {
      answer = reply(200, { access_token: "t" });
      await fetchToken({ ...creds, issuer: base });
      expect(post).toHaveBeenCalledTimes(1);
      expect(post.mock.calls[0]![2]).toMatchObject({ timeout: 10_000 });
      await fetchToken({ ...creds, issuer: base }, { timeoutMs: 250 });
      expect(post.mock.calls[1]![2]).toMatchObject({ timeout: 250 });
    } finally {
      post.mockRestore();
    }
  });

  test("the default timeout is long enough for a slow issuer (1.5 s)", async () => {
    answer = (res) => setTimeout(() => reply(200, { access_token: "slow" })(res), 1500);
    expect((await fetchToken({ ...creds, issuer: base })).value).toBe("slow");
  });
});

describe("describeToken, tokenClaims, hostPort", () => {
  test("describeToken: iss, aud and exp, expired or in how many seconds", () => {
    const now = 1_700_000_000_000;
    expect(describeToken(jwt({ iss: "i", aud: "a", exp: 1_700_000_030 }), now)).toBe('iss="i", aud="a", exp=2023-11-14T22:13:50.000Z (in 30s)');
    expect(describeToken(jwt({ iss: "i", aud: ["a", "b"], exp: 1_700_000_000 }), now)).toBe('iss="i", aud=["a","b"], exp=2023-11-14T22:13:20.000Z (expired)');
    expect(describeToken(jwt({ exp: 1_699_999_000 }), now)).toBe("iss=null, aud=null, exp=2023-11-14T21:56:40.000Z (expired)");
    expect(describeToken(jwt({ iss: "i" }), now)).toBe('iss="i", aud=null, exp=none');
    expect(describeToken(jwt({ exp: "soon" }), now)).toBe("iss=null, aud=null, exp=none");
    expect(describeToken("opaque", now)).toBe("the token is not a JWT");
    expect(describeToken(undefined, now)).toBe("the token is not a JWT");
    expect(describeToken("", now)).toBe("the token is not a JWT");
  });

  test("tokenClaims: the claims of a JWT, undefined for anything else", () => {
    expect(tokenClaims(jwt({ sub: "s", n: 1 }))).toEqual({ sub: "s", n: 1 });
    expect(tokenClaims("a.b.c")).toBeUndefined();
  });

  test("hostPort fills in the scheme's default port", () => {
    expect(hostPort("https://id.example.com/auth")).toBe("id.example.com:443");
    expect(hostPort("http://id.example.com/auth")).toBe("id.example.com:80");
    expect(hostPort("http://127.0.0.1:8443/auth")).toBe("127.0.0.1:8443");
    expect(hostPort("https://h:80/")).toBe("h:80");
  });
});

describe("TokenProvider", () => {
  const token = (issuedAt: number, lifetime: number, value = "t"): AccessToken => ({ value, issuedAt, expiresAt: issuedAt + lifetime });

  test("the renewal margin is a fifth of the lifetime, at most a minute and at least a second", () => {
    let now = 0;
    const p = new TokenProvider(creds, async () => token(0, 1), () => now);
    // 10 minutes: a fifth is 2 minutes, capped at 1 minute.
    const long = token(0, 600_000);
    now = 540_000 - 1;
    expect(p.needsRefresh(long)).toBe(false);
    now = 540_000;
    expect(p.needsRefresh(long)).toBe(true);
    // 2 seconds: a fifth is 0.4 s, raised to 1 s.
    const short = token(0, 2_000);
    now = 999;
    expect(p.needsRefresh(short)).toBe(false);
    now = 1_000;
    expect(p.needsRefresh(short)).toBe(true);
    // 100 seconds: a fifth, 20 s.
    const mid = token(0, 100_000);
    now = 80_000 - 1;
    expect(p.needsRefresh(mid)).toBe(false);
    now = 80_000;
    expect(p.needsRefresh(mid)).toBe(true);
    // Issued after it expires (a clock skew): the lifetime counts as 0, the margin 1 s.
    const skewed: AccessToken = { value: "s", issuedAt: 10_000, expiresAt: 5_000 };
    now = 3_999;
    expect(p.needsRefresh(skewed)).toBe(false);
    now = 4_000;
    expect(p.needsRefresh(skewed)).toBe(true);
    expect(p.needsRefresh(undefined)).toBe(true);
  });

  test("a failed fetch is not cached: the next call asks again; clientId and lastToken", async () => {
    let calls = 0;
    const p = new TokenProvider(creds, async () => {
      calls++;
      if (calls === 1) throw new CliError("issuer down");
      return token(0, 600_000, "second");
    }, () => 0);
    expect(p.clientId).toBe("cid");
    expect(p.lastToken).toBeUndefined();
    await expect(p.token()).rejects.toThrow("issuer down");
    expect(p.fetched).toBe(0);
    expect((await p.token()).value).toBe("second");
    expect([calls, p.fetched, p.lastToken]).toEqual([2, 1, "second"]);
    expect((await p.token()).value).toBe("second");
    expect(calls).toBe(2);
  });
});

describe("errors", () => {
  test("CliError exits 1, UsageError 2, each with its name", () => {
    const c = new CliError("c");
    const u = new UsageError("u");
    expect([c.name, c.exitCode, c.message, u.name, u.exitCode, u.message, u instanceof CliError]).toEqual(["CliError", 1, "c", "UsageError", 2, "u", true]);
    expect(new CliError("x", 7).exitCode).toBe(7);
  });

  test("causes follows cause, originalError and retriableError, once each, and findCliError finds the first CliError", () => {
    const inner = new CliError("inner");
    const retriable = Object.assign(new Error("retriable"), { retriableError: inner });
    const original = Object.assign(new Error("original"), { originalError: retriable });
    const outer = new Error("outer", { cause: original });
    expect([...causes(outer)].map((e) => (e as Error).message)).toEqual(["outer", "original", "retriable", "inner"]);
    expect(findCliError(outer)).toBe(inner);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect([...causes(loop)]).toEqual([loop]);
    expect([...causes(null)]).toEqual([]);
    expect(findCliError(new Error("plain"))).toBeUndefined();
    const first = new CliError("first", 3);
    expect(findCliError(Object.assign(first, { cause: new CliError("second") }))).toBe(first);
  });
});
