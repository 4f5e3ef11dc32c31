// node dist/standin/cli.js [--port 8787] [--state file.json] [--token kpat_...]
// Runs the Konnect stand-in on 127.0.0.1 until SIGINT/SIGTERM. Prints its URL; never prints a token given to it.
import { oneLine } from "../constructs/text";
import { DEFAULT_STANDIN_TOKEN, startStandin } from "./server";

const USAGE = "usage: node dist/standin/cli.js [--port 8787] [--state <file.json>] [--token <token>] [--quiet]";

function parse(argv: string[]): { port: number; state?: string; token?: string; quiet: boolean } {
  const out: { port: number; state?: string; token?: string; quiet: boolean } = { port: 8787, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--port") {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n > 65535) throw new Error(`--port must be 0-65535, not ${v}`);
      out.port = n;
    } else if (a === "--state") out.state = value();
    else if (a === "--token") out.token = value();
    else if (a === "--quiet") out.quiet = true;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const standin = await startStandin({
    port: args.port,
    stateFile: args.state,
    token: args.token,
    log: args.quiet ? undefined : (line) => console.log(line),
  });
  console.log(`Konnect stand-in listening on ${standin.url}`);
  console.log(
    args.token === undefined
      ? `token: ${DEFAULT_STANDIN_TOKEN} (the default; export KONNECT_TOKEN=${DEFAULT_STANDIN_TOKEN})`
      : "token: the one given with --token",
  );
  console.log(args.state ? `state: ${args.state}` : "state: in memory only");
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    standin.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((e: unknown) => {
  console.error(oneLine(`error: ${(e as Error).message}`));
  process.exit(2);
});
