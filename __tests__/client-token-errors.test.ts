// Every error fetchToken can raise, against a real HTTP server on 127.0.0.1 that echoes the request body (and so the
// client secret) back in every way a misbehaving issuer could: the message is the expected one, and neither the
// error, its properties, its causes nor its inspected form holds the secret, raw or form-encoded.
import * as http from "node:http";
import * as net from "node:net";
import { inspect } from "node:util";
import { CliError, causes, findCliError } from "../client/errors";
import { fetchToken, TokenProvider } from "../client/token";

// '+', '/', '=' and '&' are encoded in the form body, so both spellings are looked for.
const SENTINEL = "Sentinel+S3cret/=&zq";
const SPELLINGS = [SENTINEL, encodeURIComponent(SENTINEL), new URLSearchParams({ s: SENTINEL }).toString().slice(2), "Sentinel"];

type Behaviour = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;

const behaviours: Record<string, Behaviour> = {
  "401-echo": (_q, body, res) => json(res, 401, { error: "invalid_client", error_description: `bad credentials in ${body}` }),
  "400-scope": (_q, body, res) => json(res, 400, { error: "invalid_scope", error_description: body }),
  "400-grant": (_q, body, res) => json(res, 400, { error: "unsupported_grant_type", error_description: body }),
  "400-error-is-body": (_q, body, res) => json(res, 400, { error: body }),
  "500-text": (_q, body, res) => text(res, 500, `internal error while handling ${body}`),
  "502-json": (_q, body, res) => json(res, 502, { message: "bad gateway", request: body }),
  "503-html": (_q, body, res) => text(res, 503, `<html><body>${body}</body></html>`, "text/html"),
  "302-redirect": (_q, body, res) => {
    res.writeHead(302, { location: `http://127.0.0.1:1/?${body}` });
    res.end(body);
  },
  "200-no-token": (_q, body, res) => json(res, 200, { token_type: "bearer", echo: body }),
  "200-text": (_q, body, res) => text(res, 200, body),
  "200-empty-token": (_q, body, res) => json(res, 200, { access_token: "", echo: body }),
  // The connection is cut after the headers: the client sees a reset or an aborted response.
  "cut": (_q, _b, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
    res.write('{"access_token":"');
    setTimeout(() => res.socket?.destroy(), 20);
  },
  // Never answers: the client's timeout fires.
  "hang": () => undefined,
};

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function text(res: http.ServerResponse, status: number, body: string, type = "text/plain"): void {
  res.writeHead(status, { "content-type": type });
  res.end(body);
}

let server: http.Server;
let base: string;
const received: string[] = [];
const hanging = new Set<http.ServerResponse>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push(body);
      const name = (req.url ?? "").split("/")[1];
      if (name === "hang") hanging.add(res);
      behaviours[name](req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.socket?.destroy();
  await new Promise((r) => server.close(r));
});

const creds = (issuer: string) => ({ issuer, clientId: "cid", clientSecret: SENTINEL, scope: "kafka", label: "custom" });

async function failure(issuer: string, timeoutMs?: number): Promise<unknown> {
  try {
    await fetchToken(creds(issuer), { timeoutMs });
  } catch (e) {
    return e;
  }
  throw new Error(`fetchToken(${issuer}) succeeded`);
}

/** The secret in none of the ways an error can be printed or logged. */
function expectNoSecret(e: unknown): void {
  const views: string[] = [];
  for (const c of causes(e)) {
    views.push(String(c), inspect(c, { depth: 8, showHidden: true }));
    try {
      views.push(JSON.stringify(c) ?? "");
    } catch {
      // circular: inspect covers it
    }
    if (c instanceof Error) views.push(c.message, c.stack ?? "");
  }
  for (const v of views) for (const s of SPELLINGS) expect(v).not.toContain(s);
}

const I = (name: string) => `${base}/${name}/auth`;

describe("no client secret in any token error", () => {
  test.each([
    ["401-echo", /^client rejected: wrong client ID or secret \(client cid, issuer http:\/\/127\.0\.0\.1:\d+\/401-echo\/auth, HTTP 401 invalid_client\)$/],
    ["400-scope", /^the issuer \S+\/400-scope\/auth refused scope "kafka" for client cid \(invalid_scope\)$/],
    ["400-grant", /^the issuer \S+\/400-grant\/auth does not allow client_credentials for client cid$/],
    ["500-text", /^the issuer \S+\/500-text\/auth answered the token request with HTTP 500$/],
    ["502-json", /^the issuer \S+\/502-json\/auth answered the token request with HTTP 502$/],
    ["503-html", /^the issuer \S+\/503-html\/auth answered the token request with HTTP 503$/],
    ["302-redirect", /^the issuer \S+\/302-redirect\/auth answered the token request with HTTP 302$/],
    ["200-no-token", /^the issuer \S+\/200-no-token\/auth answered without an access_token$/],
    ["200-text", /^the issuer \S+\/200-text\/auth answered without an access_token$/],
    ["200-empty-token", /^the issuer \S+\/200-empty-token\/auth answered without an access_token$/],
  ])("%s: the expected message, and the secret that was sent is not in it", async (name, message) => {
    const before = received.length;
    const e = await failure(I(name));
    expect(e).toBeInstanceOf(CliError);
    expect((e as Error).message).toMatch(message);
    // The secret did reach the server, which echoed it back: the client dropped it.
    expect(received.slice(before).join("")).toContain(encodeURIComponent(SENTINEL).replace(/%20/g, "+"));
    expectNoSecret(e);
  });

  test("an error field that is not an OAuth error code (here the echoed request body) is left out", async () => {
    const e = await failure(I("400-error-is-body"));
    expect((e as Error).message).toMatch(/^client rejected: wrong client ID or secret \(client cid, issuer \S+\/400-error-is-body\/auth, HTTP 400\)$/);
    expectNoSecret(e);
  });

  test("a timeout names the issuer's host and port, not the request", async () => {
    const started = Date.now();
    const e = await failure(I("hang"), 300);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((e as Error).message).toMatch(/^cannot reach the issuer at 127\.0\.0\.1:\d+ \((ECONNABORTED|ETIMEDOUT)\)$/);
    expectNoSecret(e);
  });

  test("a connection cut in the middle of the answer", async () => {
    const e = await failure(I("cut"));
    expect(e).toBeInstanceOf(CliError);
    expect((e as Error).message).toMatch(/^(cannot reach the issuer at 127\.0\.0\.1:\d+ \(\w+\)|token request to \S+ failed: \w+)$/);
    expectNoSecret(e);
  });

  test("a refused connection and an unknown host", async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const refused = await failure(`http://127.0.0.1:${port}/auth`);
    expect((refused as Error).message).toBe(`cannot reach the issuer at 127.0.0.1:${port} (ECONNREFUSED)`);
    expectNoSecret(refused);
    const unknown = await failure("http://no-such-host.invalid/auth");
    expect((unknown as Error).message).toMatch(/^cannot reach the issuer at no-such-host\.invalid:80 \((ENOTFOUND|EAI_AGAIN)\)$/);
    expectNoSecret(unknown);
  });

  test("an issuer that is not a URL: the other-error path", async () => {
    const e = await failure("not a url");
    expect((e as Error).message).toMatch(/^token request to not a url\/oauth\/token failed: \w+$/);
    expectNoSecret(e);
  });

  test("through the token provider, the error a kafkajs caller sees is the same CliError", async () => {
    const p = new TokenProvider(creds(I("500-text")));
    let e: unknown;
    await p.oauthBearerProvider().catch((x: unknown) => (e = x));
    expect(findCliError(e)?.message).toMatch(/answered the token request with HTTP 500$/);
    expect(p.fetched).toBe(0);
    expectNoSecret(e);
  });
});
