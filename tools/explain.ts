// npm run explain: who may do what, and why, from a synthesized stack. By default main.ts's stack, synthesized fresh
// into a temp directory (a stale cdktf.out is never read); or any cdk.tf.json by path (--stack).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { synthMainStack } from "../app/stack";
import { ACL_OPERATIONS, type AclOperation } from "../constructs/acl-policy";
import { decryptionMatrix, explainDecryption, Explainer, ExplainError, UnknownClientError, type AccessRequest, type Decision, type DecryptionDecision, type SkipRecordDecision } from "../constructs/explain";
import { explainRecord, readRecordPolicies, recordPhase, type RecordExplanation } from "../constructs/explain/records";
import { closestNames, didYouMean, display, oneLine } from "../constructs/text";

const USAGE = `usage: npm run explain -- [options]

  --client <name|id>          a client of the stack: its name, or its ID (with --outputs, or in lookup mode);
                              repeatable with --matrix
  --principal <name>          any principal name instead of a client
  --operation <op>            ${ACL_OPERATIONS.join(", ")}
  --topic <name>  --group <name>  --transactional-id <id>  --cluster
                              the resource, as the client names it
  --request <Kafka request>   e.g. Produce, Fetch, OffsetCommit, InitProducerId: checks every ACL it needs
  --claims k=v                a token claim (repeatable)
  --auth-type <type>          context.auth.type [sasl_oauth_bearer]
  --header k=v                a record header (repeatable): alone, asks whether a skip-record policy hides the
                              record; with --record, the walked record's
  --decrypt                   with --topic: whether the client (every client without --client) receives the
                              topic's records decrypted, encrypted or in plaintext, from the encrypt/decrypt policies
  --record produce|consume    walk a record of --topic through the produce or consume policies (schema validation,
                              modify headers, skip record): accepted, delivered, rejected or skipped, and why;
                              ORDER lines: pairs of policies whose order in Konnect would change the answer
  --value <text>  --valid  --invalid
                              the record's value, or whether it passes validation (else both are shown)
  --virtual-cluster <name>    when the stack has several
  --matrix                    every client x topic and group x operation
  --json                      JSON: one object per decision, an array with --matrix
  --stack <cdk.tf.json>       explain this synthesized stack instead of main.ts's (synthesized fresh)
  --outputs <outputs.json>    the deploy's outputs (cdktf deploy --outputs-file): the clients' real IDs, so
                              --client <id> finds its client

One question a run: --matrix, --decrypt, --record or --header, else an ACL decision (--operation or --request).
An option that question does not use is refused, as are --client with --principal and --operation with --request.
Exit code 0 when the command ran, whatever the decision; 2 on a usage or input error.`;

interface Args {
  clients: string[];
  principal?: string;
  operation?: string;
  topic?: string;
  group?: string;
  transactionalId?: string;
  cluster: boolean;
  request?: string;
  claims: Record<string, string>;
  headers: Record<string, string>;
  record?: string;
  value?: string;
  validated?: boolean;
  authType?: string;
  virtualCluster?: string;
  matrix: boolean;
  decrypt: boolean;
  json: boolean;
  stack?: string;
  outputs?: string;
  /** The options given, each once, in the order first given. */
  given: string[];
}

class UsageError extends Error {}

/** Every option, for the hint of an unknown one. */
const OPTIONS = [
  "--client", "--principal", "--operation", "--topic", "--group", "--transactional-id", "--cluster", "--request", "--claims", "--auth-type",
  "--header", "--decrypt", "--record", "--value", "--valid", "--invalid", "--virtual-cluster", "--matrix", "--json", "--stack", "--outputs", "--help",
];
const SEE_HELP = "npm run explain -- --help lists the options";

/** The options, or "help" when asked for. */
function parseArgs(argv: string[]): Args | "help" {
  const a: Args = { clients: [], cluster: false, claims: {}, headers: {}, matrix: false, decrypt: false, json: false, given: [] };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    // a second value would silently replace the first; --client (with --matrix), --claims and --header add up
    if (a.given.includes(flag) && !REPEATABLE.includes(flag)) throw new UsageError(`${flag} is given twice: one value per run`);
    return v;
  };
  const pair = (v: string, flag: string): [string, string] => {
    const i = v.indexOf("=");
    if (i <= 0) throw new UsageError(`${flag} takes key=value, not ${JSON.stringify(v)}`);
    return [v.slice(0, i), v.slice(i + 1)];
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case "--client": a.clients.push(value(i++, flag)); break;
      case "--principal": a.principal = value(i++, flag); break;
      case "--operation": a.operation = value(i++, flag); break;
      case "--topic": a.topic = value(i++, flag); break;
      case "--group": a.group = value(i++, flag); break;
      case "--transactional-id": a.transactionalId = value(i++, flag); break;
      case "--cluster": a.cluster = true; break;
      case "--request": a.request = value(i++, flag); break;
      case "--claims": { const [k, v] = pair(value(i++, flag), flag); a.claims[k] = v; break; }
      case "--header": { const [k, v] = pair(value(i++, flag), flag); a.headers[k] = v; break; }
      case "--record": a.record = value(i++, flag); break;
      case "--value": a.value = value(i++, flag); break;
      case "--valid": a.validated = true; break;
      case "--invalid": a.validated = false; break;
      case "--auth-type": a.authType = value(i++, flag); break;
      case "--virtual-cluster": a.virtualCluster = value(i++, flag); break;
      case "--matrix": a.matrix = true; break;
      case "--decrypt": a.decrypt = true; break;
      case "--json": a.json = true; break;
      case "--stack": a.stack = value(i++, flag); break;
      case "--outputs": a.outputs = value(i++, flag); break;
      case "-h":
      case "--help": return "help";
      default: {
        if (!flag.startsWith("-")) throw new UsageError(`unexpected argument ${display(flag)}: every value follows its option; ${SEE_HELP}`);
        const near = didYouMean(closestNames(flag, OPTIONS));
        throw new UsageError(`unknown option ${display(flag)}; ${near ? `${near} ` : ""}${SEE_HELP}`);
      }
    }
    if (!a.given.includes(flag)) a.given.push(flag);
  }
  if (a.given.includes("--valid") && a.given.includes("--invalid")) throw new UsageError("--valid cannot be combined with --invalid");
  checkCombination(a);
  return a;
}

const REPEATABLE = ["--client", "--claims", "--header"];
/** Who asks: every question but the matrix takes one client or any principal, with its token. */
const WHO = ["--client", "--principal", "--claims", "--auth-type"];
/** Options every question takes. */
const COMMON = ["--stack", "--outputs", "--json", "--virtual-cluster"];

/**
 * One question a run, chosen by the first of these options (in this order) that is given, else an ACL decision; an
 * option that question does not read is refused, naming both, rather than ignored.
 */
const QUESTIONS: ReadonlyArray<{ flag: string; is: string; takes: readonly string[] }> = [
  { flag: "--matrix", is: "about every client x topic and group x operation", takes: ["--client"] },
  { flag: "--decrypt", is: "how a topic's records reach a client", takes: [...WHO, "--topic"] },
  { flag: "--record", is: "what the produce or consume policies do with one record", takes: [...WHO, "--topic", "--header", "--value", "--valid", "--invalid"] },
  { flag: "--header", is: "whether a skip-record policy hides a record (for a record's walk with headers: --record)", takes: [...WHO, "--topic"] },
];
const DECISION = [...WHO, "--operation", "--request", "--topic", "--group", "--transactional-id", "--cluster"];

function checkCombination(a: Args): void {
  const question = QUESTIONS.find((q) => a.given.includes(q.flag));
  const takes = [...COMMON, ...(question ? [question.flag, ...question.takes] : DECISION)];
  const other = a.given.find((f) => !takes.includes(f));
  if (other !== undefined) {
    if (question) throw new UsageError(`${other} does not apply with ${question.flag}, which asks ${question.is}`);
    throw new UsageError(`${other} applies only with --record`); // --value, --valid, --invalid: the rest choose a question
  }
  if (a.given.includes("--principal") && a.given.includes("--client")) {
    throw new UsageError("--principal cannot be combined with --client: --principal asks about any principal instead of a client");
  }
  if (a.given.includes("--request") && a.given.includes("--operation")) {
    throw new UsageError("--operation cannot be combined with --request, which checks every operation the Kafka request needs");
  }
  if (!a.matrix && a.clients.length > 1) throw new UsageError("one --client per run (several only with --matrix)");
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ExplainError(`cannot read the ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    // not the parser's message: it quotes the text around the error, which in an outputs file is a client secret
    throw new ExplainError(`the ${what} ${file} is not valid JSON`);
  }
}

/** main.ts's stack, synthesized now into a temp directory that is removed afterwards. */
export function synthesizeMainStack(root: string, env: NodeJS.ProcessEnv = process.env): unknown {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-explain-"));
  try {
    const cdktfJson = readJson(path.join(root, "cdktf.json"), "cdktf.json") as { context?: Record<string, unknown> };
    const app = new App({ outdir, context: cdktfJson.context ?? {}, skipValidation: true });
    let name: string;
    try {
      name = synthMainStack(app, env);
    } catch (e) {
      throw new ExplainError((e as Error).message); // main.ts's line for the same error
    }
    return readJson(path.join(outdir, "stacks", name, "cdk.tf.json"), "synthesized stack");
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function showDecision(d: Decision, ex: Explainer): string {
  const who = d.client ? `${d.client}${d.principal !== ex.client(d.client)?.reference ? ` (${d.principal})` : ""}` : d.principal;
  const what = d.request ? `${d.request} (${d.checks?.map((c) => `${c.resourceType} ${c.operation}`).join(", ")})` : `${d.operation} ${d.resourceType} ${JSON.stringify(d.resourceName)}`;
  const lines = [`${d.decision.toUpperCase()}  ${who} ${what}`];
  if (d.checks) {
    for (const c of d.checks) lines.push(`  ${c.decision === "allow" ? "allow" : "deny "} ${c.operation} ${c.resourceType} ${JSON.stringify(c.resourceName)}: ${c.policy ? `${c.policy} ${c.rule}` : c.reason}`);
  }
  lines.push(`  policy:  ${d.policy ?? "(none)"}`);
  lines.push(`  rule:    ${d.rule ?? "(none)"}`);
  lines.push(`  why:     ${d.reason}`);
  lines.push(`  backend: ${d.backendName === null ? "(none: the access reaches no backend name)" : `${d.resourceType} ${JSON.stringify(d.backendName)}`} on virtual cluster ${d.virtualCluster}`);
  return lines.join("\n") + "\n";
}

function showSkip(d: SkipRecordDecision): string {
  return `${d.skipped ? "SKIP" : "DELIVER"}  ${d.client ?? d.principal} topic ${JSON.stringify(d.topic)}\n  policy:  ${d.policy ?? "(none)"}\n  why:     ${d.reason}\n`;
}

function showRecord(r: RecordExplanation): string {
  const lines = [`${r.phase.toUpperCase()}  ${r.client ?? r.principal} topic ${JSON.stringify(r.topic)}`];
  for (const o of r.outcomes) {
    lines.push(`  ${o.outcome.toUpperCase()}  (${o.assuming}) ${o.reason}`);
    for (const s of o.steps) lines.push(`    ${s.parent ? "  " : ""}${s.type} ${s.policy}: ${s.applies === "yes" ? s.effect : `${s.applies}: ${s.effect}`}`);
    if (Object.keys(o.headers).length) lines.push(`    headers: ${showHeaders(o.headers)}`);
  }
  for (const n of r.orderMatters) {
    const headers = (n.outcome === "accept" || n.outcome === "deliver") && Object.keys(n.headers).length ? `, headers: ${showHeaders(n.headers)}` : "";
    lines.push(
      `  ORDER  ${n.first} runs before ${n.second}${n.parent ? ` (nested in ${n.parent})` : ""} in the stack; Konnect keeps its own order ` +
        `(it appends new policies, /move reorders them), and the other way round: ${n.outcome.toUpperCase()} (${n.assuming})${headers}`,
    );
  }
  return lines.join("\n") + "\n";
}

function showHeaders(headers: Record<string, string>): string {
  return Object.entries(headers).map(([k, v]) => `${k}=${v}`).join(", ");
}

function showMatrix(ds: Decision[]): string {
  const ops: AclOperation[] = [];
  for (const d of ds) if (!ops.includes(d.operation)) ops.push(d.operation);
  const rows = new Map<string, Map<AclOperation, Decision>>();
  for (const d of ds) {
    const key = `${d.client ?? d.principal}\u0000${d.resourceType} ${JSON.stringify(d.resourceName)}`;
    if (!rows.has(key)) rows.set(key, new Map());
    rows.get(key)!.set(d.operation, d);
  }
  const table = [["CLIENT", "RESOURCE", ...ops]];
  for (const [key, cells] of rows) {
    const [client, resource] = key.split("\u0000");
    table.push([client, resource, ...ops.map((o) => (cells.get(o) ? cells.get(o)!.decision : "-"))]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const allowed = ds.filter((d) => d.decision === "allow").length;
  return table.map((r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()).join("\n") + `\n${ds.length} decisions, ${allowed} allow, ${ds.length - allowed} deny\n`;
}

function showDecryption(d: DecryptionDecision): string {
  return `${d.outcome.toUpperCase().padEnd(9)}  ${d.client ?? d.principal}  topic ${JSON.stringify(d.topic)}\n  why: ${d.reason}\n`;
}

export function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }, root: string, env: NodeJS.ProcessEnv): number {
  let parsed: Args | "help";
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    io.err(`${oneLine(`error: ${(e as Error).message}`)}\n`);
    return 2;
  }
  if (parsed === "help") {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const args = parsed;
  try {
    const stack = args.stack ? readJson(args.stack, "stack") : synthesizeMainStack(root, env);
    const outputs = args.outputs ? (readJson(args.outputs, "outputs file") as Record<string, unknown>) : undefined;
    const ex = new Explainer(stack, { outputs });
    const principal = { authType: args.authType, claims: Object.keys(args.claims).length ? args.claims : undefined, principal: args.principal };
    if (args.matrix) {
      const ds = ex.matrix({ clients: args.clients.length ? args.clients : undefined, virtualCluster: args.virtualCluster });
      io.out(args.json ? JSON.stringify(ds, null, 2) + "\n" : showMatrix(ds));
      return 0;
    }
    if (args.decrypt) {
      if (args.topic === undefined) throw new ExplainError("--decrypt asks about a topic's records: give its --topic");
      // one client or principal asked about: one answer (an object in JSON); else every client's (an array)
      const one = args.clients.length > 0 || args.principal !== undefined;
      const ds = one
        ? [explainDecryption(ex, stack, { ...principal, client: args.clients[0], virtualCluster: args.virtualCluster, topic: args.topic })]
        : decryptionMatrix(ex, stack, { topic: args.topic, virtualCluster: args.virtualCluster });
      io.out(args.json ? JSON.stringify(one ? ds[0] : ds, null, 2) + "\n" : ds.map(showDecryption).join(""));
      return 0;
    }
    const client = args.clients[0];
    if (client === undefined && args.principal === undefined) throw new ExplainError("name a --client (or --principal), or ask for the --matrix");
    if (args.record !== undefined) {
      if (args.topic === undefined) throw new ExplainError("--record asks about a record: give its --topic");
      const phase = recordPhase(args.record);
      const r = explainRecord(ex, readRecordPolicies(ex, stack), { ...principal, client, phase, topic: args.topic, headers: args.headers, value: args.value, validated: args.validated, virtualCluster: args.virtualCluster });
      io.out(args.json ? JSON.stringify(r, null, 2) + "\n" : showRecord(r));
      return 0;
    }
    if (Object.keys(args.headers).length) {
      if (args.topic === undefined) throw new ExplainError("--header asks about a record: give its --topic");
      const d = ex.skipRecord({ ...principal, client, virtualCluster: args.virtualCluster, topic: args.topic, headers: args.headers });
      io.out(args.json ? JSON.stringify({ decision: d.skipped ? "skip" : "deliver", ...d }, null, 2) + "\n" : showSkip(d));
      return 0;
    }
    const req: AccessRequest = {
      ...principal,
      client,
      virtualCluster: args.virtualCluster,
      operation: args.operation as AclOperation | undefined,
      topic: args.topic,
      group: args.group,
      transactionalId: args.transactionalId,
      cluster: args.cluster,
      request: args.request,
    };
    const d = ex.decide(req);
    io.out(args.json ? JSON.stringify(d, null, 2) + "\n" : showDecision(d, ex));
    return 0;
  } catch (e) {
    io.err(`${oneLine(`error: ${e instanceof UnknownClientError ? unknownClient(e, args) : (e as Error).message}`)}\n`);
    return 2;
  }
}

/** The library's error in the command's words: its flags, and the outputs file by its path. */
function unknownClient(e: UnknownClientError, args: Args): string {
  return e.describe({ outputs: `the outputs in ${args.outputs}`, giveOutputs: "--outputs <the deploy's outputs file>", askPrincipal: "use --principal" });
}

if (require.main === module) {
  // A reader that stops early (| head, a pager quit before the end) closes the pipe: nothing more to say, not a crash.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  const out = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) };
  process.exitCode = main(process.argv.slice(2), out, path.join(__dirname, "..", ".."), process.env);
}
