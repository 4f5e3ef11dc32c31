// The token side of the client, against the TokenIssuer stand-in over real HTTP: the issuer's OAuth behaviour, the
// `token` command as a process, settings from flags/environment/outputs file, and token renewal.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { startIssuerServer, TokenIssuer, type IssuerServer } from "../standin/issuer";
import { readOutputs, resolveBootstrap, resolveCredentials } from "../client/settings";
import { TokenProvider, type AccessToken } from "../client/token";
import { buildCli, runCli, type BuiltCli } from "./support/cli";

const AUDIENCE = "http://kafka.dev";
const SECRET = "s3cr3t-Value-never-printed";
const READER_SECRET = "reader-Secret-never-printed";

let iss: IssuerServer;
let cli: BuiltCli;
let tmp: string;

beforeAll(async () => {
  iss = await startIssuerServer({
    audience: AUDIENCE,
    basePath: "/org1/auth",
    clients: [
      { clientId: "producer-id", clientSecret: SECRET, name: "producer", accessTokenDuration: 3600, allowScopes: ["kafka"], allowAllScopes: false },
      { clientId: "reader-id", clientSecret: READER_SECRET, accessTokenDuration: 60, allowScopes: ["kafka"], allowAllScopes: false },
      { clientId: "all-id", clientSecret: "x", accessTokenDuration: 60, allowScopes: [], allowAllScopes: true },
    ],
  });
  cli = buildCli();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-client-test-"));
});

afterAll(async () => {
  await iss?.stop();
  cli?.remove();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const form = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe("TokenIssuer (Kong Identity stand-in)", () => {
  test("client_credentials gives an RS256 token with Kong Identity's claims that verifies against the JWKS", async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await post(`${iss.url}/oauth/token`, form({ grant_type: "client_credentials", client_id: "producer-id", client_secret: SECRET, scope: "kafka" }));
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "kafka" });
    const token = r.json.access_token as string;
    const jwks = (await (await fetch(`${iss.url}/.well-known/jwks`)).json()) as Parameters<typeof createLocalJWKSet>[0];
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: iss.url, audience: AUDIENCE, algorithms: ["RS256"] });
    expect(protectedHeader.kid).toBe(iss.issuer.keyId);
    expect(payload).toMatchObject({ sub: "producer-id", client_id: "producer-id", iss: iss.url, aud: AUDIENCE, scope: "kafka" });
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.iat!).toBeGreaterThanOrEqual(before);
    expect(typeof payload.jti).toBe("string");
  });

  test("HTTP Basic client authentication works too", async () => {
    const basic = Buffer.from(`reader-id:${encodeURIComponent(READER_SECRET)}`).toString("base64");
    const r = await post(`${iss.url}/oauth/token`, form({ grant_type: "client_credentials", scope: "kafka" }), { authorization: `Basic ${basic}` });
    expect(r.status).toBe(200);
    expect(decodeProtectedHeader(r.json.access_token as string).alg).toBe("RS256");
  });

  test("OAuth2 errors: invalid_client, unsupported_grant_type, invalid_request, invalid_scope", async () => {
    const url = `${iss.url}/oauth/token`;
    expect(await post(url, form({ grant_type: "client_credentials", client_id: "producer-id", client_secret: "wrong", scope: "kafka" }))).toMatchObject({
      status: 401,
      json: { error: "invalid_client" },
    });
    expect(await post(url, form({ grant_type: "client_credentials", client_id: "nobody", client_secret: SECRET }))).toMatchObject({
      status: 401,
      json: { error: "invalid_client" },
    });
    expect(await post(url, form({ grant_type: "password", client_id: "producer-id", client_secret: SECRET }))).toMatchObject({
      status: 400,
      json: { error: "unsupported_grant_type" },
    });
    expect(await post(url, form({ client_id: "producer-id", client_secret: SECRET }))).toMatchObject({ status: 400, json: { error: "invalid_request" } });
    expect(await post(url, form({ grant_type: "client_credentials", client_id: "producer-id", client_secret: SECRET, scope: "kafka admin" }))).toMatchObject({
      status: 400,
      json: { error: "invalid_scope" },
    });
    // allow_all_scopes grants whatever is asked for
    const all = await post(url, form({ grant_type: "client_credentials", client_id: "all-id", client_secret: "x", scope: "a b" }));
    expect(all).toMatchObject({ status: 200, json: { scope: "a b" } });
  });

  test("discovery names the token endpoint and JWKS; other paths are left to the caller", async () => {
    const d = await (await fetch(`${iss.url}/.well-known/openid-configuration`)).json();
    expect(d).toMatchObject({ issuer: iss.url, token_endpoint: `${iss.url}/oauth/token`, jwks_uri: `${iss.url}/.well-known/jwks` });
    const issuer = await TokenIssuer.create({ issuer: "http://127.0.0.1:1/x/auth", audience: AUDIENCE });
    const writes: string[] = [];
    const res = { writeHead: () => writes.push("head"), end: () => writes.push("end"), setHeader: () => writes.push("set") } as unknown as http.ServerResponse;
    const req = { method: "GET", headers: {} } as http.IncomingMessage;
    expect(await issuer.handle(req, res, "/oauth/other")).toBe(false);
    expect(await issuer.handle(req, res, "/.well-known/jwks")).toBe(true);
    expect(writes).toEqual(["head", "end"]);
  });

  test("mint: own key verifies, a foreign key does not", async () => {
    const jwks = createLocalJWKSet(iss.issuer.jwks());
    await expect(jwtVerify(await iss.issuer.mint({ sub: "x" }), jwks, { issuer: iss.url, audience: AUDIENCE })).resolves.toBeDefined();
    await expect(jwtVerify(await iss.issuer.mint({ sub: "x" }, { foreignKey: true }), jwks)).rejects.toThrow(/signature/);
    await expect(jwtVerify(await iss.issuer.mint({}, { expiresInSeconds: -10 }), jwks)).rejects.toThrow(/exp/);
  });
});

describe("npm run client -- token", () => {
  const env = () => ({ ISSUER_URL: iss.url, CLIENT_ID: "producer-id", CLIENT_SECRET: SECRET });

  test("prints a token from the tutorial's environment variables, and its claims with --claims", async () => {
    const r = await runCli(cli, ["token"], { env: env() });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    const { payload } = await jwtVerify(token, createLocalJWKSet(iss.issuer.jwks()), { issuer: iss.url, audience: AUDIENCE });
    expect(payload.sub).toBe("producer-id");
    const c = await runCli(cli, ["token", "--claims"], { env: env() });
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout)).toMatchObject({ sub: "producer-id", client_id: "producer-id", scope: "kafka", aud: AUDIENCE });
    expect(c.stdout).not.toContain(token.split(".")[2]);
  });

  test("chooses a client of the outputs file by name", async () => {
    const file = path.join(tmp, "outputs.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        "event-gateway": {
          issuer_url: iss.url,
          producer_client_id: "producer-id",
          producer_client_secret: SECRET,
          reader_client_id: "reader-id",
          reader_client_secret: READER_SECRET,
          bootstrap_server: "localhost:19092",
          scope: "kafka",
        },
      }),
    );
    const reader = await runCli(cli, ["token", "--claims", "--client", "reader"], { cwd: tmp });
    expect(reader.code).toBe(0);
    expect(JSON.parse(reader.stdout).sub).toBe("reader-id");
    const producer = await runCli(cli, ["token", "--claims", "--outputs", file], {});
    expect(JSON.parse(producer.stdout).sub).toBe("producer-id");
  });

  test("a wrong secret: a clear error naming the issuer, exit 1, no secret and no stack trace", async () => {
    const r = await runCli(cli, ["token"], { env: { ...env(), CLIENT_SECRET: "Wrong-Secret-xyz" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: client rejected: wrong client ID or secret \(client producer-id, issuer http:\/\/127\.0\.0\.1:\d+\/org1\/auth, HTTP 401 invalid_client\)\n$/);
    expect(r.stderr).not.toContain("Wrong-Secret-xyz");
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test("a scope the client may not have is named", async () => {
    const r = await runCli(cli, ["token", "--scope", "admin"], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refused scope "admin" for client producer-id');
    expect(r.stderr).not.toContain(SECRET);
  });

  test("an unreachable issuer: host and port", async () => {
    const srv = http.createServer();
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const r = await runCli(cli, ["token"], { env: { ...env(), ISSUER_URL: `http://127.0.0.1:${port}/auth` } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: cannot reach the issuer at 127.0.0.1:${port} (ECONNREFUSED)\n`);
  });

  test("usage errors exit 2", async () => {
    const r = await runCli(cli, ["frobnicate"], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    const m = await runCli(cli, ["token", "--group", "g"], { env: env() });
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("--group does not apply to token");
  });
});

describe("settings", () => {
  const outputs = { issuer_url: "https://x.us.identity.konghq.com/auth", producer_client_id: "p", producer_client_secret: "ps", reader_client_id: "r", reader_client_secret: "rs", bootstrap_server: "gw:19092" };

  test("flags beat the environment, which beats the outputs file; --client picks from the outputs file", () => {
    expect(resolveCredentials({}, {}, outputs)).toMatchObject({ clientId: "p", clientSecret: "ps", scope: "kafka", label: "producer" });
    expect(resolveCredentials({}, { CLIENT_ID: "e", CLIENT_SECRET: "es" }, outputs)).toMatchObject({ clientId: "e", label: "custom" });
    expect(resolveCredentials({ client: "reader" }, { CLIENT_ID: "e", CLIENT_SECRET: "es" }, outputs)).toMatchObject({ clientId: "r", clientSecret: "rs" });
    expect(resolveCredentials({ clientId: "f", clientSecret: "fs", issuer: "http://i/" }, { CLIENT_ID: "e" }, outputs)).toMatchObject({ clientId: "f", issuer: "http://i" });
    expect(() => resolveCredentials({}, {}, undefined)).toThrow(/missing issuer .*; client ID .*; client secret/);
    expect(resolveBootstrap({}, {}, outputs)).toEqual(["gw:19092"]);
    expect(resolveBootstrap({}, { BOOTSTRAP_SERVER: "a:1,b:2" }, outputs)).toEqual(["a:1", "b:2"]);
    expect(resolveBootstrap({}, {}, undefined)).toEqual(["localhost:19092"]);
    expect(() => resolveBootstrap({ bootstrap: "nope" }, {}, undefined)).toThrow(/host:port/);
  });

  test("an outputs file with several stacks needs --stack", () => {
    const file = path.join(tmp, "two.json");
    fs.writeFileSync(file, JSON.stringify({ a: { issuer_url: "http://a" }, b: { issuer_url: "http://b" } }));
    expect(() => readOutputs({ outputs: file }, {}, tmp)).toThrow(/several stacks \(a, b\): choose one with --stack/);
    expect(readOutputs({ outputs: file, stack: "b" }, {}, tmp)).toEqual({ issuer_url: "http://b" });
    expect(() => readOutputs({ outputs: path.join(tmp, "none.json") }, {}, tmp)).toThrow(/outputs file not found/);
    expect(readOutputs({}, {}, path.join(tmp, "empty-dir-that-has-no-outputs"))).toBeUndefined();
  });
});

describe("TokenProvider", () => {
  test("reuses a token until a fifth of its lifetime is left, then fetches one; concurrent calls share a request", async () => {
    let now = 1_000_000;
    let n = 0;
    const fetcher = async (): Promise<AccessToken> => {
      n++;
      await new Promise((r) => setTimeout(r, 10));
      return { value: `t${n}`, issuedAt: now, expiresAt: now + 10_000 };
    };
    const p = new TokenProvider({ issuer: "http://i", clientId: "c", clientSecret: "s", scope: "kafka", label: "x" }, fetcher, () => now);
    const [a, b] = await Promise.all([p.oauthBearerProvider(), p.oauthBearerProvider()]);
    expect([a.value, b.value, n]).toEqual(["t1", "t1", 1]);
    now += 7_900; // 2.1 s left of 10 s: keep
    expect((await p.oauthBearerProvider()).value).toBe("t1");
    now += 200; // 1.9 s left: renew
    expect((await p.oauthBearerProvider()).value).toBe("t2");
    expect(p.fetched).toBe(2);
  });
});

describe("scripts/kafka.sh", () => {
  test("without java or mvn it names what to install, exits 3 and caches nothing", () => {
    // A PATH with the shell tools the script needs, but neither java nor mvn.
    const bash = spawnSync("sh", ["-c", "command -v bash"], { encoding: "utf8" }).stdout.trim();
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-kafka-sh-bin-"));
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-kafka-sh-cache-"));
    try {
      for (const tool of ["date", "mkdir", "rm", "cat", "ls", "mv", "touch", "wc", "tr"]) {
        const real = spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).stdout.trim();
        fs.symlinkSync(real, path.join(bin, tool));
      }
      const run = (extra: string[]) => {
        for (const t of extra) fs.symlinkSync("/bin/true", path.join(bin, t));
        return spawnSync(bash, [path.join(__dirname, "..", "scripts", "kafka.sh")], {
          env: { PATH: bin, HOME: cache, KEGW_CACHE: cache },
          encoding: "utf8",
        });
      };
      const noJava = run([]);
      expect(noJava.status).toBe(3);
      expect(noJava.stderr).toMatch(/Java is required .* Install a JDK 17 or newer/);
      const noMvn = run(["java"]);
      expect(noMvn.status).toBe(3);
      expect(noMvn.stderr).toMatch(/Maven is required .* Install Maven/);
      expect(fs.existsSync(path.join(cache, "kafka", "env"))).toBe(false);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  test("a second run uses the cache", () => {
    const r = spawnSync("bash", [path.join(__dirname, "..", "scripts", "kafka.sh")], { encoding: "utf8", timeout: 600_000 });
    expect(r.status).toBe(0);
    const again = spawnSync("bash", [path.join(__dirname, "..", "scripts", "kafka.sh")], { encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^\[kafka\] Apache Kafka [\d.]+ jars \.\.\. cached in .* \(\d+ ms\)$/m);
  });
});
