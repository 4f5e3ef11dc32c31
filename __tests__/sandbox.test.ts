// npm run sandbox: stand-in, deploy, outputs and a producer token, with --kafka a real Kafka behind the deployed
// policies and the printed client commands run as printed, then Ctrl-C destroys and stops cleanly.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decodeJwt } from "jose";
import * as net from "node:net";
import { KafkaStartError, kafkaUnavailable, startKafka } from "../standin/kafka";
import { runCli } from "./support/cli";
import { describeWithKafka, scratchKafkaCache } from "./support/kafka";
import { describeWithTerraform } from "./support/terraform";

const ROOT = path.join(__dirname, "..");

const KAFKA = !kafkaUnavailable();

describeWithTerraform("sandbox", () => {
  // With Java (and the Kafka jars or Maven) the README's whole flow runs: --kafka, the printed client commands, Ctrl-C.
  test(`deploys to a local stand-in${KAFKA ? " with a Kafka behind it" : ""}, prints the outputs, a producer token and what to try, and on SIGINT destroys and stops`, async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kegw-sandbox-")), "work");
    // A temp directory of the sandbox's own, to see that it leaves nothing there.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-sandbox-tmp-"));
    // The Kafka start-up caches (standin/kafka.ts), on a cache of this test's own that starts empty: the sandbox's
    // broker formats the storage into it and, stopped cleanly, leaves its class archive there.
    const kafkaCache = KAFKA ? scratchKafkaCache() : undefined;
    // The stack's bootstrap port is held by someone else: the sandbox's Kafka must take a free port and print it.
    const holder = net.createServer();
    const taken = await new Promise<number>((resolve) => holder.listen(0, "127.0.0.1", () => resolve((holder.address() as net.AddressInfo).port)));
    const child = spawn(process.execPath, [path.join(ROOT, "dist/standin/sandbox.js"), "--port", "0", "--dir", dir, ...(KAFKA ? ["--kafka"] : [])], {
      cwd: ROOT,
      env: { ...process.env, KEGW_LISTENER_PORTS: String(taken), TMPDIR: tmp, ...(kafkaCache ? { KEGW_CACHE: kafkaCache.root } : {}) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`sandbox not ready after 170 s:\n${out}`)), 170_000);
        child.stdout.on("data", () => out.includes("sandbox ready") && (clearTimeout(timer), resolve()));
        void exited.then((code) => (clearTimeout(timer), reject(new Error(`sandbox exited (${code}):\n${out}`))));
      });
      expect(out).toContain("LOCAL STAND-IN FOR KONNECT");
      const issuer = /issuer_url\s+(\S+)/.exec(out)![1];
      const producer = /producer_client_id\s+(\S+)/.exec(out)![1];
      const reader = /reader_client_id\s+(\S+)/.exec(out)![1];
      const token = out.split("\n").find((l) => /^ey[\w-]+\.[\w-]+\.[\w-]+$/.test(l))!;
      expect(decodeJwt(token)).toMatchObject({ iss: issuer, sub: producer, aud: "http://kafka.dev" });
      const outputs = JSON.parse(fs.readFileSync(path.join(dir, "outputs.json"), "utf8"))["event-gateway"];
      // The local state and the outputs file hold client secrets: the directory is the owner's only.
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      for (const secret of [outputs.producer_client_secret, outputs.reader_client_secret]) expect(out).not.toContain(secret);
      if (KAFKA) {
        expect(out.split("Apache Kafka's own authorizer standing in for the gateway's policies").length).toBe(2); // said once
        const kafkaAt = new RegExp(`bootstrap_server\\s+localhost:${taken} \\(taken: the sandbox's Kafka is on (127\\.0\\.0\\.1:\\d+)\\)`).exec(out);
        expect(kafkaAt).not.toBeNull();
        // The commands work as printed (npm run client -- ... is node dist/client/cli.js ...).
        const printed = out.split("\n").filter((l) => l.startsWith("  npm run client -- ")).map(parseCommand);
        const run = (args: string[]) => runCli({ cliJs: path.join(ROOT, "dist/client/cli.js"), dir: ROOT, remove: () => undefined }, args, { cwd: ROOT });
        const check = printed.find((a) => a[0] === "check")!;
        expect(check).toContain(kafkaAt![1]);
        const table = await run(check);
        expect(table.stdout).toContain("all 6 checks passed");
        expect(table.code).toBe(0);
        expect(table.stdout).toMatch(new RegExp(`reader\\s+${reader}\\s+write\\s+topic "topic"\\s+denied\\s+denied\\s+PASS`));
        const produce = await run(printed.find((a) => a[0] === "produce" && a.includes("producer"))!);
        expect([produce.code, produce.stderr]).toEqual([0, ""]);
        const consume = await run(printed.find((a) => a[0] === "consume")!);
        expect(consume.code).toBe(0);
        expect(consume.stdout.trim().split("\n")).toHaveLength(1);
        const refused = await run(printed.find((a) => a[0] === "produce" && a.includes("reader"))!);
        expect(refused.code).toBe(1);
        expect(refused.stderr.trim()).toBe(`error: denied: client ${reader} may not write on topic "topic" (topic authorization failed)`);
      } else {
        expect(out).toContain("--kafka puts a Kafka there");
      }
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(out).toMatch(/destroyed \(\d+ ms\); 0 objects left on the stand-in/);
      expect(out).toContain("stand-in stopped");
      expect(fs.existsSync(dir)).toBe(false);
      if (KAFKA) {
        expect(out).toContain("Kafka stopped, its data removed");
        const port = Number(/the sandbox's Kafka is on 127\.0\.0\.1:(\d+)/.exec(out)![1]);
        expect(await listening(port)).toBe(false);
        // The broker started from the cache's storage format and, stopped cleanly, left its class archive there.
        const cached = fs.readdirSync(kafkaCache!.kafka).sort();
        // (the archive sorts first: "classes-" < "env" < "storage-")
        expect(cached).toEqual([expect.stringMatching(/^classes-[0-9a-f]{16}\.jsa$/), "env", expect.stringMatching(/^storage-/)]);
        expect(fs.statSync(path.join(kafkaCache!.kafka, cached[0]!)).size).toBeGreaterThan(1_000_000);
      }
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      holder.close();
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
      fs.rmSync(tmp, { recursive: true, force: true });
      kafkaCache?.remove();
    }
  }, 240_000);
});

/** The arguments of a printed `npm run client -- ...` line (double-quoted words; a trailing # comment dropped). */
function parseCommand(line: string): string[] {
  const words = line.replace(/^\s*npm run client -- /, "").replace(/\s+#.*$/, "").match(/"[^"]*"|\S+/g) ?? [];
  return words.map((w) => w.replace(/^"(.*)"$/, "$1"));
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect(port, "127.0.0.1");
    sock.once("connect", () => (sock.destroy(), resolve(true)));
    sock.once("error", () => resolve(false));
  });
}

describeWithKafka("sandbox Kafka that cannot start", () => {
  test("one line with the reason and the log's path; the log is kept, the broker's directory removed", async () => {
    // Nothing listens at the JWKS URL: Kafka's JWT validator cannot load the keys, and the broker stops.
    const holder = net.createServer();
    const closed = await new Promise<number>((resolve) => holder.listen(0, "127.0.0.1", () => resolve((holder.address() as net.AddressInfo).port)));
    await new Promise((resolve) => holder.close(resolve));
    const log = path.join(os.tmpdir(), "kafka-failure.log");
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-kafka-parent-"));
    try {
      const err = await startKafka({ jwksUrl: `http://127.0.0.1:${closed}/jwks`, expectedIssuer: "i", expectedAudience: "a", failureLog: log, tmpDir }).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(err).toBeInstanceOf(KafkaStartError);
      expect(err!.message).not.toContain("\n");
      expect(err!.message).toMatch(/^the Kafka broker exited \(\d+\): .*jwt\.validator.*Connection refused; log: /);
      expect(err!.message.endsWith(`; log: ${log}`)).toBe(true);
      expect(fs.readFileSync(log, "utf8")).toMatch(/Connection refused/);
      expect(fs.readdirSync(tmpDir)).toEqual([]);
    } finally {
      fs.rmSync(log, { force: true });
      fs.rmSync(tmpDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describeWithTerraform("sandbox directory", () => {
  test("refuses a directory that holds anything, and leaves it as it was", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-sandbox-busy-"));
    fs.writeFileSync(path.join(dir, "keep.txt"), "mine");
    try {
      const child = spawn(process.execPath, [path.join(ROOT, "dist/standin/sandbox.js"), "--port", "0", "--dir", dir], { stdio: ["ignore", "pipe", "pipe"] });
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      expect(await new Promise((resolve) => child.on("exit", resolve))).toBe(1);
      expect(err.trim()).toBe(`sandbox: ${dir} is not empty (a sandbox still running, or another directory): stop it or choose --dir`);
      expect(fs.readdirSync(dir)).toEqual(["keep.txt"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("sandbox without the providers", () => {
  test("says which providers are missing and how to get them, and exits 1", async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-cache-"));
    try {
      fs.writeFileSync(path.join(cache, "env"), "TERRAFORM_BINARY_NAME=terraform\nKEGW_MISSING_PROVIDERS=konnect-beta,null\n");
      const env: NodeJS.ProcessEnv = { ...process.env, KEGW_CACHE: cache };
      delete env.KEGW_USE_REGISTRY;
      const child = spawn(process.execPath, [path.join(ROOT, "dist/standin/sandbox.js"), "--port", "0"], { env, stdio: ["ignore", "pipe", "pipe"] });
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      const code = await new Promise((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expect(err.trim()).toBe(
        "sandbox: cannot deploy: provider(s) konnect-beta,null not in the toolchain's mirror (see README, Toolchain), or set KEGW_USE_REGISTRY=1 to download them",
      );
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
