#!/usr/bin/env node
// npm run client -- <command>: tokens from Kong Identity and Kafka over SASL/OAUTHBEARER through Kong Event Gateway.
import { oneLine } from "../constructs/text";
import { parseArgs } from "node:util";
import { checkCommand, consumeCommand, produceCommand, topicsCommand, tokenCommand, TUTORIAL_EXPECTATIONS, type Io, type KafkaSettings } from "./commands";
import { CliError, findCliError, UsageError } from "./errors";
import { readOutputs, resolveBootstrap, resolveCredentials, type SettingsFlags } from "./settings";

export const USAGE = `usage: npm run client -- <command> [options]

commands:
  token [--claims]                 get an access token (client_credentials) and print it, or its claims
  topics [--partitions]            list the topics the client may describe
  produce <topic> [message...]     send messages from arguments, --file <path> or stdin (one per line)
          [--file <path>] [--key <key>] [--header name=value]... [--batch-size <n>]
  consume <topic> [--group <id>]   print records as they arrive (without --group: no consumer group)
          [--from-beginning] [--max-messages <n>] [--timeout <seconds without records>] [--json]
  check [--topic <name>]           try the access the ACLs are meant to give the producer and reader clients
                                   and print a pass/fail table (exit 1 when an expectation fails)

where the settings come from (first found):
  --issuer <url>         ISSUER_URL         issuer_url in the outputs file
  --client-id <id>       CLIENT_ID          <client>_client_id
  --client-secret <s>    CLIENT_SECRET      <client>_client_secret
  --scope <scope>                           scope, else "kafka"
  --bootstrap <h:p>      BOOTSTRAP_SERVER   bootstrap_server, else localhost:19092
  --client <name>        choose a client of the outputs file (producer, reader); overrides CLIENT_ID/CLIENT_SECRET
  --outputs <file>       the file 'cdktf deploy --outputs-file' wrote (default ./outputs.json), --stack <name>
  --verbose              kafkajs log lines on stderr
`;

const OPTIONS = {
  issuer: { type: "string" },
  "client-id": { type: "string" },
  "client-secret": { type: "string" },
  scope: { type: "string" },
  client: { type: "string" },
  outputs: { type: "string" },
  stack: { type: "string" },
  bootstrap: { type: "string" },
  verbose: { type: "boolean" },
  claims: { type: "boolean" },
  partitions: { type: "boolean" },
  file: { type: "string" },
  key: { type: "string" },
  header: { type: "string", multiple: true },
  "batch-size": { type: "string" },
  "progress-every": { type: "string" },
  group: { type: "string" },
  "from-beginning": { type: "boolean" },
  "max-messages": { type: "string" },
  timeout: { type: "string" },
  json: { type: "boolean" },
  topic: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const ALLOWED: Record<string, readonly string[]> = {
  token: ["claims"],
  topics: ["partitions"],
  produce: ["file", "key", "header", "batch-size", "progress-every"],
  consume: ["group", "from-beginning", "max-messages", "timeout", "json"],
  check: ["topic"],
};
const COMMON = ["issuer", "client-id", "client-secret", "scope", "client", "outputs", "stack", "bootstrap", "verbose", "help"];

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) <= 0) throw new UsageError(`--${name} must be a positive whole number, not ${JSON.stringify(v)}`);
  return Number(v);
}

function positiveNumber(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`--${name} must be a positive number, not ${JSON.stringify(v)}`);
  return n;
}

export interface MainContext extends Io {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** Runs one command; returns the exit code. Expected errors are printed as one line, without a stack trace. */
export async function main(argv: readonly string[], ctx: MainContext): Promise<number> {
  try {
    return await run(argv, ctx);
  } catch (e) {
    const known = findCliError(e);
    if (known) {
      ctx.err(`${oneLine(`error: ${known.message}`)}\n`);
      if (known instanceof UsageError) ctx.err("run 'npm run client -- --help' for usage\n");
      return known.exitCode;
    }
    // Unexpected: the message only (a stack trace with KEGW_DEBUG=1). Never an object dump: it could hold a secret.
    ctx.err(`${oneLine(`error: ${e instanceof Error ? e.message : String(e)}`)}\n`);
    if (ctx.env.KEGW_DEBUG && e instanceof Error && e.stack) ctx.err(e.stack + "\n");
    return 1;
  }
}

async function run(argv: readonly string[], ctx: MainContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split("\n")[0]!);
  }
  const { values: v, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (v.help || command === "help" || command === undefined) {
    (command === undefined && !v.help ? ctx.err : ctx.out)(USAGE);
    return command === undefined && !v.help ? 2 : 0;
  }
  const allowed = ALLOWED[command];
  if (!allowed) throw new UsageError(`unknown command ${JSON.stringify(command)} (commands: ${Object.keys(ALLOWED).join(", ")})`);
  for (const k of Object.keys(v)) {
    if (!COMMON.includes(k) && !allowed.includes(k)) throw new UsageError(`--${k} does not apply to ${command}`);
  }
  const flags: SettingsFlags = {
    issuer: v.issuer,
    clientId: v["client-id"],
    clientSecret: v["client-secret"],
    scope: v.scope,
    client: v.client,
    outputs: v.outputs,
    stack: v.stack,
    bootstrap: v.bootstrap,
  };
  const outputs = readOutputs(flags, ctx.env, ctx.cwd);
  const ks = (): KafkaSettings => ({
    brokers: resolveBootstrap(flags, ctx.env, outputs),
    verbose: v.verbose,
    reauthenticationThresholdMs: positiveInt("KEGW_REAUTH_THRESHOLD_MS", ctx.env.KEGW_REAUTH_THRESHOLD_MS),
  });
  const needTopic = () => {
    const t = rest[0];
    if (!t) throw new UsageError(`${command} needs a topic: npm run client -- ${command} <topic>`);
    return t;
  };

  switch (command) {
    case "token":
      if (rest.length > 0) throw new UsageError(`token takes no arguments`);
      await tokenCommand(resolveCredentials(flags, ctx.env, outputs), { claims: v.claims }, ctx);
      return 0;
    case "topics":
      if (rest.length > 0) throw new UsageError(`topics takes no arguments`);
      await topicsCommand(resolveCredentials(flags, ctx.env, outputs), ks(), { partitions: v.partitions }, ctx);
      return 0;
    case "produce": {
      const topic = needTopic();
      const messages = rest.slice(1);
      if (messages.length > 0 && v.file) throw new UsageError("give messages as arguments or --file, not both");
      const headers: Record<string, string> = {};
      for (const h of v.header ?? []) {
        const i = h.indexOf("=");
        if (i <= 0) throw new UsageError(`--header must be name=value, not ${JSON.stringify(h)}`);
        headers[h.slice(0, i)] = h.slice(i + 1);
      }
      await produceCommand(
        resolveCredentials(flags, ctx.env, outputs),
        ks(),
        { topic, messages, file: v.file, key: v.key, headers, batchSize: positiveInt("batch-size", v["batch-size"]), progressEvery: positiveInt("progress-every", v["progress-every"]) },
        ctx,
      );
      return 0;
    }
    case "consume": {
      const topic = needTopic();
      if (rest.length > 1) throw new UsageError("consume takes one topic");
      const timeout = positiveNumber("timeout", v.timeout);
      await consumeCommand(
        resolveCredentials(flags, ctx.env, outputs),
        ks(),
        {
          topic,
          group: v.group,
          fromBeginning: v["from-beginning"],
          maxMessages: positiveInt("max-messages", v["max-messages"]),
          idleTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
          json: v.json,
        },
        ctx,
      );
      return 0;
    }
    case "check": {
      if (rest.length > 0) throw new UsageError("check takes no arguments (use --topic)");
      if (!outputs) throw new CliError("check needs the outputs file of a deployed stack (npx cdktf deploy --outputs-file outputs.json, or --outputs <file>)");
      if (flags.client || flags.clientId || flags.clientSecret) throw new UsageError("check uses the producer and reader clients of the outputs file; --client, --client-id and --client-secret do not apply");
      const clients = (["producer", "reader"] as const).map((name) => ({
        credentials: resolveCredentials({ ...flags }, ctx.env, outputs, name),
        expect: TUTORIAL_EXPECTATIONS[name],
      }));
      const rows = await checkCommand(clients, ks(), { topic: v.topic ?? "topic" }, ctx);
      return rows.every((r) => r.pass) ? 0 : 1;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

if (require.main === module) {
  const ac = new AbortController();
  let interrupts = 0;
  process.on("SIGINT", () => {
    if (++interrupts > 1) process.exit(130);
    ac.abort();
  });
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  void main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    stdin: process.stdin,
    signal: ac.signal,
    env: process.env,
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
    // kafkajs can leave timers behind; do not wait for them once the command is done.
    setTimeout(() => process.exit(code), 200).unref();
  });
}
