// The Konnect stand-in in a separate node process (its compiled CLI, dist/standin/cli.js, as `npm run standin` runs
// it; jest's global setup compiles dist/ once), for code under test that blocks this process's event loop
// (synchronous child-process lookups).
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

export interface StandinProcess {
  readonly url: string;
  readonly token: string;
  readonly child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** Request log lines printed so far ("GET /v1/... 200 3ms"). */
  requestLines(): string[];
  /** Lets pending output arrive (after a synchronous call blocked this process). */
  drain(): Promise<void>;
  stop(): Promise<number | null>;
}

export async function startStandinProcess(token = "kpat_standin_process_token"): Promise<StandinProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, "../../dist/standin/cli.js"), "--port", "0", "--token", token], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the stand-in printed no URL: ${out}`)), 20000);
    const check = () => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => reject(new Error(`the stand-in exited (${code}): ${out}`)));
  });
  return {
    url,
    token,
    child,
    output: () => out,
    requestLines: () => out.split("\n").filter((l) => /^(GET|POST|PUT|PATCH|DELETE) \//.test(l)),
    drain: () => new Promise((r) => setTimeout(r, 200)),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
