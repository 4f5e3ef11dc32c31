// npm run sandbox: stand-in, deploy, outputs and a producer token, then Ctrl-C destroys and stops cleanly.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { decodeJwt } from "jose";
import { describeWithTerraform } from "./support/terraform";

const ROOT = path.join(__dirname, "..");

describeWithTerraform("sandbox", () => {
  test("deploys to a local stand-in, prints the outputs and a producer token, and on SIGINT destroys and stops", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kegw-sandbox-")), "work");
    const child = spawn(process.execPath, [path.join(ROOT, "dist/standin/sandbox.js"), "--port", "0", "--dir", dir], {
      cwd: ROOT,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`sandbox not ready after 120 s:\n${out}`)), 120_000);
        child.stdout.on("data", () => out.includes("sandbox ready") && (clearTimeout(timer), resolve()));
        void exited.then((code) => (clearTimeout(timer), reject(new Error(`sandbox exited (${code}):\n${out}`))));
      });
      expect(out).toContain("LOCAL STAND-IN FOR KONNECT");
      const issuer = /issuer_url\s+(\S+)/.exec(out)![1];
      const producer = /producer_client_id\s+(\S+)/.exec(out)![1];
      const token = out.split("\n").find((l) => /^ey[\w-]+\.[\w-]+\.[\w-]+$/.test(l))!;
      expect(decodeJwt(token)).toMatchObject({ iss: issuer, sub: producer, aud: "http://kafka.dev" });
      const secret = JSON.parse(fs.readFileSync(path.join(dir, "outputs.json"), "utf8"))["event-gateway"].producer_client_secret;
      expect(out).not.toContain(secret);
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(out).toMatch(/destroyed \(\d+ ms\); 0 objects left on the stand-in/);
      expect(out).toContain("stand-in stopped");
      expect(fs.existsSync(dir)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
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
