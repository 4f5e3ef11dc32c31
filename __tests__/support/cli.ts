// Runs the client CLI as a real process (node <compiled cli.js>), the way `npm run client --` does. client/*.ts is
// transpiled once per test file into a temp dir (isolatedModules makes per-file transpiling exact), so the tests do
// not depend on, or write to, the project's dist/.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");

export interface BuiltCli {
  readonly cliJs: string;
  readonly dir: string;
  remove(): void;
}

export function buildCli(): BuiltCli {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-cli-"));
  // client/ and the modules it reads (the stack's output names, the error-line formatter), in the same layout.
  const files = [
    ...fs.readdirSync(path.join(ROOT, "client")).filter((f) => f.endsWith(".ts")).map((f) => path.join("client", f)),
    path.join("app", "outputs.ts"),
    path.join("constructs", "text.ts"),
  ];
  for (const f of files) {
    const out = ts.transpileModule(fs.readFileSync(path.join(ROOT, f), "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, isolatedModules: true },
      fileName: path.basename(f),
    });
    fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.replace(/\.ts$/, ".js")), out.outputText);
  }
  return { cliJs: path.join(dir, "client", "cli.js"), dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the CLI with a clean environment plus `env`; bounded by timeoutMs (SIGKILL). */
export function runCli(
  cli: BuiltCli,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; input?: string | Buffer; cwd?: string; timeoutMs?: number; stdinFile?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_PATH: path.join(ROOT, "node_modules"), ...opts.env };
    const stdin = opts.stdinFile ? fs.openSync(opts.stdinFile, "r") : "pipe";
    const child = spawn(process.execPath, [cli.cliJs, ...args], { cwd: opts.cwd ?? cli.dir, env, stdio: [stdin, "pipe", "pipe"] });
    if (typeof stdin === "number") fs.closeSync(stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), ms: Date.now() - t0 });
    });
    if (child.stdin) {
      child.stdin.on("error", () => undefined);
      child.stdin.end(opts.input ?? "");
    }
  });
}
