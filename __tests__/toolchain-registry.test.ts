// The toolchain's provider decision: the mirror first, then the Terraform registry when it answers within a short
// timeout (no Go needed), then a Go build. The registry is injected (KEGW_REGISTRY_URL): a real HTTP server on
// 127.0.0.1 that answers the registry's service discovery document, one that never answers, and a closed port.
// Each run uses a cache of its own (KEGW_CACHE), never the shared one.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { promisify } from "node:util";
import { scratchDir } from "./support/scratch";
import { PROVIDER_PLATFORM } from "./support/terraform";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");
const PROVIDERS = ["registry.terraform.io/kong/konnect-beta/0.19.0", "registry.terraform.io/hashicorp/null/3.2.4"];

interface Registry {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/** A stand-in registry: answers /.well-known/terraform.json as registry.terraform.io does, or never answers. */
async function startRegistry(mode: "answer" | "hang"): Promise<Registry> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (mode === "hang") return; // accepts the connection, never answers
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ "modules.v1": "/v1/modules/", "providers.v1": "/v1/providers/" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPortUrl(): Promise<string> {
  const r = await startRegistry("answer");
  await r.close();
  return r.url;
}

/**
 * A PATH with terraform and node but no Go, or with a stub `go` that logs what it is asked to do and fails every
 * download (as the Go module proxy does for these providers on the machines this project is developed on).
 */
function toolPath(dir: string, go: boolean): { PATH: string; goLog: string } {
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin);
  const tfEnv = require("../scripts/toolchain-env").readToolchainEnv() as NodeJS.ProcessEnv | undefined;
  const terraform = tfEnv?.TERRAFORM_BINARY_NAME ?? "terraform";
  fs.symlinkSync(path.isAbsolute(terraform) ? terraform : require("node:child_process").execSync(`command -v ${terraform}`).toString().trim(), path.join(bin, "terraform"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  const goLog = path.join(dir, "go.log");
  if (go) {
    const [goos, goarch] = PROVIDER_PLATFORM.split("_");
    fs.writeFileSync(
      path.join(bin, "go"),
      `#!/bin/sh\nif [ "$1" = env ]; then [ "$2" = GOOS ] && echo ${goos} || echo ${goarch}; exit 0; fi\n` +
        `echo "$*" >> ${goLog}\necho '{"Error": "403: not available"}'\nexit 1\n`,
    );
    fs.chmodSync(path.join(bin, "go"), 0o755);
  }
  return { PATH: `${bin}:/usr/bin:/bin`, goLog };
}

interface ToolchainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly cache: string;
  readonly goLog: string;
}

async function toolchain(registryUrl: string, opts: { go?: boolean; mirrored?: string[]; timeout?: number } = {}): Promise<ToolchainRun> {
  const dir = scratchDir("kegw-registry");
  const cache = path.join(dir, "cache");
  for (const p of opts.mirrored ?? []) {
    // The mirror only has to hold an executable under the standard layout for the toolchain to use it.
    const [host, ns, type, version] = p.split("/");
    const d = path.join(cache, "providers", host!, ns!, type!, version!, PROVIDER_PLATFORM);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, `terraform-provider-${type}_v${version}`), "#!/bin/sh\n", { mode: 0o755 });
  }
  const { PATH, goLog } = toolPath(dir, opts.go ?? false);
  const env: NodeJS.ProcessEnv = {
    PATH,
    HOME: dir,
    KEGW_CACHE: cache,
    KEGW_SKIP_KAFKA: "1",
    KEGW_REGISTRY_URL: registryUrl,
    ...(opts.timeout ? { KEGW_REGISTRY_TIMEOUT: String(opts.timeout) } : {}),
  };
  const t0 = Date.now();
  const res = await run("bash", [path.join(ROOT, "scripts/toolchain.sh")], { env }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
  return { ...res, ms: Date.now() - t0, cache, goLog };
}

const envFile = (r: ToolchainRun) => fs.readFileSync(path.join(r.cache, "env"), "utf8");
const rcFile = (r: ToolchainRun) => fs.readFileSync(path.join(r.cache, "terraformrc"), "utf8");
const goCalls = (r: ToolchainRun) => (fs.existsSync(r.goLog) ? fs.readFileSync(r.goLog, "utf8").trim().split("\n") : []);

/** Terraform reads the CLI config without a complaint. */
async function terraformAccepts(r: ToolchainRun): Promise<string> {
  const { stderr } = await run(path.join(path.dirname(r.goLog), "bin", "terraform"), ["version"], {
    env: { PATH: "/usr/bin:/bin", HOME: path.dirname(r.goLog), TF_CLI_CONFIG_FILE: path.join(r.cache, "terraformrc"), CHECKPOINT_DISABLE: "1" },
  });
  return stderr;
}

describe("toolchain: where the providers come from", () => {
  test("registry reachable, nothing in the mirror, no Go: both providers from the registry, decision printed", async () => {
    const registry = await startRegistry("answer");
    try {
      const r = await toolchain(registry.url);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(registry.requests).toEqual(["GET /.well-known/terraform.json"]);
      expect(r.stdout).toMatch(new RegExp(`\\[toolchain\\] Terraform registry ${registry.url} \\.\\.\\. reachable: konnect-beta null from it .*\\(\\d+ ms\\)`));
      expect(r.stdout.match(/from the Terraform registry/g)).toHaveLength(2);
      expect(envFile(r)).toContain("KEGW_MISSING_PROVIDERS=''\n");
      expect(envFile(r)).toContain("KEGW_REGISTRY_PROVIDERS=registry.terraform.io/kong/konnect-beta\\,registry.terraform.io/hashicorp/null\n");
      expect(rcFile(r)).toMatch(/provider_installation \{\n {2}direct \{\}\n\}\nplugin_cache_dir = ".*\/plugin-cache"\n/);
      expect(rcFile(r)).not.toContain("filesystem_mirror");
      expect(await terraformAccepts(r)).toBe("");
    } finally {
      await registry.close();
    }
  });

  test("providers already in the mirror are used first: the registry is not asked and Go never runs", async () => {
    const registry = await startRegistry("answer");
    try {
      const r = await toolchain(registry.url, { go: true, mirrored: PROVIDERS });
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(registry.requests).toEqual([]);
      expect(r.stdout).toContain(`[toolchain] Terraform registry ${registry.url} ... not asked: every provider is in the mirror`);
      expect(r.stdout.match(/\.\.\. cached/g)).toHaveLength(2);
      expect(goCalls(r)).toEqual([]);
      expect(envFile(r)).not.toContain("KEGW_REGISTRY_PROVIDERS");
      expect(rcFile(r)).toContain('include = ["registry.terraform.io/*/*", "registry.opentofu.org/*/*"]');
      expect(rcFile(r)).not.toContain("direct");
    } finally {
      await registry.close();
    }
  });

  test("one provider in the mirror, the registry reachable: the mirror for it, the registry for the other, no Go", async () => {
    const registry = await startRegistry("answer");
    try {
      const r = await toolchain(registry.url, { go: true, mirrored: [PROVIDERS[1]!] });
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toMatch(/reachable: konnect-beta from it/);
      expect(goCalls(r)).toEqual([]);
      const both = '["registry.terraform.io/hashicorp/null", "registry.opentofu.org/hashicorp/null"]';
      expect(rcFile(r)).toContain(`include = ${both}`);
      expect(rcFile(r)).toContain(`direct {\n    exclude = ${both}\n  }`);
      expect(envFile(r)).toContain("KEGW_REGISTRY_PROVIDERS=registry.terraform.io/kong/konnect-beta\n");
      expect(await terraformAccepts(r)).toBe("");
    } finally {
      await registry.close();
    }
  });

  test("registry unreachable (closed port): falls back to Go builds, whose failure is reported per provider", async () => {
    const r = await toolchain(await closedPortUrl(), { go: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Terraform registry http:\/\/127\.0\.0\.1:\d+ \.\.\. unreachable \(.*; timeout 3s\): Go builds konnect-beta null into the mirror/);
    expect(goCalls(r).map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual([
      "mod download -json",
      "mod download -json",
    ]);
    expect(r.stdout.match(/NOT AVAILABLE/g)).toHaveLength(2);
    expect(envFile(r)).toContain("KEGW_MISSING_PROVIDERS=konnect-beta\\,null\n");
  });

  test("registry unreachable and no Go: exit 3, naming the registry, Go and where a provider binary can go", async () => {
    const url = await closedPortUrl();
    const r = await toolchain(url);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(
      `[toolchain] error: Go is required to build the registry.terraform.io/kong/konnect-beta provider (the Terraform registry ${url} is unreachable) ` +
        `but 'go' is not on PATH. Install Go 1.25 or newer (https://go.dev/dl/, or your package manager), or put the provider binary at ` +
        `${r.cache}/providers/registry.terraform.io/kong/konnect-beta/0.19.0/${PROVIDER_PLATFORM}/terraform-provider-konnect-beta_v0.19.0 yourself.`,
    );
    expect(fs.existsSync(path.join(r.cache, "env"))).toBe(false);
  });

  test("a registry that never answers is given up after the timeout", async () => {
    const registry = await startRegistry("hang");
    try {
      const r = await toolchain(registry.url, { go: true, timeout: 1 });
      expect(registry.requests).toEqual(["GET /.well-known/terraform.json"]);
      const decided = /Terraform registry \S+ \.\.\. unreachable \(.*; timeout 1s\): .* \((\d+) ms\)/.exec(r.stdout);
      expect(decided).not.toBeNull();
      expect(Number(decided![1])).toBeGreaterThanOrEqual(900);
      expect(Number(decided![1])).toBeLessThan(3000);
      expect(goCalls(r)).toHaveLength(2);
    } finally {
      await registry.close();
    }
  });
});
