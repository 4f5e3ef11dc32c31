// The client's commands: token, topics, produce, consume, check.
import * as fs from "node:fs";
import * as readline from "node:readline";
import type { Readable } from "node:stream";
import type { Consumer, IHeaders, Kafka, Message, Producer } from "kafkajs";
import { CliError } from "./errors";
import { createKafka, partitioner, translateKafkaError, authorizationFailure, type OperationContext } from "./kafka";
import { GrouplessReader, groupCoordinatorError, type FetchedRecord } from "./reader";
import type { Credentials } from "./settings";
import { fetchToken, tokenClaims, TokenProvider } from "./token";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly stdin: Readable;
  /** Aborted on Ctrl-C: consume stops and commits. */
  readonly signal?: AbortSignal;
}

export interface KafkaSettings {
  readonly brokers: string[];
  readonly verbose?: boolean;
  readonly reauthenticationThresholdMs?: number;
}

interface Session {
  readonly kafka: Kafka;
  readonly tokens: TokenProvider;
  readonly brokers: string[];
}

/** A token first (so a rejected client never reaches Kafka), then kafkajs with a provider that renews it. */
async function session(creds: Credentials, ks: KafkaSettings, io: Io): Promise<Session> {
  const tokens = new TokenProvider(creds);
  await tokens.token();
  const kafka = createKafka({
    brokers: ks.brokers,
    tokens,
    verbose: ks.verbose,
    log: (l) => io.err(l + "\n"),
    reauthenticationThresholdMs: ks.reauthenticationThresholdMs,
  });
  return { kafka, tokens, brokers: ks.brokers };
}

async function guarded<T>(s: Session, op: OperationContext | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw translateKafkaError(e, { brokers: s.brokers, tokens: s.tokens, op });
  }
}

async function quietly(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch {
    /* already failing or done */
  }
}

const topicRes = (t: string) => `topic "${t}"`;
const groupRes = (g: string) => `group "${g}"`;

// ---------------------------------------------------------------- token

export async function tokenCommand(creds: Credentials, opts: { claims?: boolean }, io: Io): Promise<void> {
  const t = await fetchToken(creds);
  if (opts.claims) {
    const claims = tokenClaims(t.value);
    if (!claims) throw new CliError("the access token is not a JWT; it has no claims to show");
    io.out(JSON.stringify(claims, null, 2) + "\n");
  } else {
    io.out(t.value + "\n");
  }
}

// ---------------------------------------------------------------- topics

export async function topicsCommand(creds: Credentials, ks: KafkaSettings, opts: { partitions?: boolean }, io: Io): Promise<void> {
  const s = await session(creds, ks, io);
  const admin = s.kafka.admin();
  try {
    await guarded(s, { operation: "connect", resource: "the cluster" }, () => admin.connect());
    const names = (await guarded(s, { operation: "describe", resource: "topics" }, () => admin.listTopics())).sort();
    if (opts.partitions && names.length > 0) {
      const meta = await guarded(s, { operation: "describe", resource: "topics" }, () => admin.fetchTopicMetadata({ topics: names }));
      for (const t of meta.topics.sort((a, b) => a.name.localeCompare(b.name))) io.out(`${t.name}\t${t.partitions.length} partition(s)\n`);
    } else {
      for (const n of names) io.out(n + "\n");
    }
  } finally {
    await quietly(() => admin.disconnect());
  }
}

// ---------------------------------------------------------------- produce

export interface ProduceOptions {
  readonly topic: string;
  readonly messages?: readonly string[];
  readonly file?: string;
  readonly key?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly batchSize?: number;
  readonly progressEvery?: number;
}

async function* inputLines(opts: ProduceOptions, io: Io): AsyncGenerator<string> {
  if (opts.messages && opts.messages.length > 0) {
    yield* opts.messages;
    return;
  }
  let input: Readable = io.stdin;
  if (opts.file && opts.file !== "-") {
    if (!fs.existsSync(opts.file)) throw new CliError(`no such file: ${opts.file}`);
    input = fs.createReadStream(opts.file, { encoding: "utf8" });
  }
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } finally {
    rl.close();
  }
}

export async function produceCommand(creds: Credentials, ks: KafkaSettings, opts: ProduceOptions, io: Io): Promise<number> {
  const batchSize = opts.batchSize ?? 1000;
  const progressEvery = opts.progressEvery ?? 5000;
  const s = await session(creds, ks, io);
  const producer: Producer = s.kafka.producer({ createPartitioner: partitioner, allowAutoTopicCreation: true, idempotent: false });
  const op = { operation: "write", resource: topicRes(opts.topic) };
  const headers: IHeaders | undefined = opts.headers && Object.keys(opts.headers).length > 0 ? { ...opts.headers } : undefined;
  const started = Date.now();
  let sent = 0;
  let nextProgress = progressEvery;
  try {
    await guarded(s, { operation: "connect", resource: "the cluster" }, () => producer.connect());
    let batch: Message[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const messages = batch;
      batch = [];
      await guarded(s, op, () => producer.send({ topic: opts.topic, acks: -1, messages }));
      sent += messages.length;
      if (sent >= nextProgress) {
        io.err(`produced ${sent} records...\n`);
        while (nextProgress <= sent) nextProgress += progressEvery;
      }
    };
    for await (const line of inputLines(opts, io)) {
      batch.push({ key: opts.key ?? null, value: line, headers });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await quietly(() => producer.disconnect());
  }
  io.out(`produced ${sent} record${sent === 1 ? "" : "s"} to ${topicRes(opts.topic)} in ${Date.now() - started} ms\n`);
  return sent;
}

// ---------------------------------------------------------------- consume

export interface ConsumeOptions {
  readonly topic: string;
  readonly group?: string;
  readonly fromBeginning?: boolean;
  readonly maxMessages?: number;
  /** Stop when no record arrived for this long (milliseconds). */
  readonly idleTimeoutMs?: number;
  readonly json?: boolean;
}

function formatRecord(r: FetchedRecord, json: boolean | undefined): string {
  if (!json) return (r.value?.toString("utf8") ?? "") + "\n";
  return (
    JSON.stringify({
      topic: r.topic,
      partition: r.partition,
      offset: r.offset,
      timestamp: r.timestamp,
      key: r.key?.toString("utf8") ?? null,
      value: r.value?.toString("utf8") ?? null,
      headers: r.headers,
    }) + "\n"
  );
}

export async function consumeCommand(creds: Credentials, ks: KafkaSettings, opts: ConsumeOptions, io: Io): Promise<number> {
  const s = await session(creds, ks, io);
  return opts.group ? consumeWithGroup(s, opts, io) : consumeWithoutGroup(s, opts, io);
}

/** Resolves when the idle timer or the abort signal fires; `bump()` restarts the idle timer. */
function stopper(idleTimeoutMs: number | undefined, signal: AbortSignal | undefined) {
  let resolveStop!: (why: string) => void;
  const stopped = new Promise<string>((r) => (resolveStop = r));
  let timer: NodeJS.Timeout | undefined;
  const bump = () => {
    if (idleTimeoutMs === undefined) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => resolveStop("timeout"), idleTimeoutMs);
  };
  const onAbort = () => resolveStop("interrupted");
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) resolveStop("interrupted");
  bump();
  return {
    stopped,
    bump,
    stop: (why: string) => resolveStop(why),
    dispose: () => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}

async function consumeWithGroup(s: Session, opts: ConsumeOptions, io: Io): Promise<number> {
  const group = opts.group!;
  const consumer: Consumer = s.kafka.consumer({ groupId: group, allowAutoTopicCreation: false, retry: { retries: 3 } });
  const max = opts.maxMessages ?? Infinity;
  let count = 0;
  const stop = stopper(opts.idleTimeoutMs, io.signal);
  let crash: unknown;
  consumer.on(consumer.events.CRASH, (ev) => {
    // Retriable crashes (e.g. the group coordinator still loading) are restarted by kafkajs itself.
    if (ev.payload.restart) return;
    crash = ev.payload.error;
    stop.stop("crash");
  });
  try {
    await guarded(s, { operation: "connect", resource: "the cluster" }, () => consumer.connect());
    await guarded(s, { operation: "describe", resource: topicRes(opts.topic) }, () =>
      consumer.subscribe({ topics: [opts.topic], fromBeginning: opts.fromBeginning ?? false }),
    );
    await guarded(s, { operation: "read", resource: groupRes(group) }, () =>
      consumer.run({
        autoCommit: true,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
          let text = "";
          for (const m of batch.messages) {
            if (count >= max || !isRunning() || isStale()) break;
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(m.headers ?? {})) headers[k] = Array.isArray(v) ? v.map(String).join(",") : String(v ?? "");
            text += formatRecord({ topic: batch.topic, partition: batch.partition, offset: m.offset, timestamp: m.timestamp, key: m.key, value: m.value, headers }, opts.json);
            resolveOffset(m.offset);
            count++;
          }
          if (text) io.out(text);
          stop.bump();
          await heartbeat();
          if (count >= max) stop.stop("max");
        },
      }),
    );
    await stop.stopped;
  } finally {
    stop.dispose();
    await quietly(() => consumer.disconnect());
  }
  if (crash !== undefined) {
    if ((crash as { name?: string }).name === "KafkaJSGroupCoordinatorNotFound") crash = (await groupCoordinatorError(s.kafka, group)) ?? crash;
    const kind = authorizationFailure(crash);
    const op =
      kind === "group" ? { operation: "read", resource: groupRes(group) } : { operation: kind === "topic" ? "read" : "consume", resource: topicRes(opts.topic) };
    throw translateKafkaError(crash, { brokers: s.brokers, tokens: s.tokens, op });
  }
  return count;
}

async function consumeWithoutGroup(s: Session, opts: ConsumeOptions, io: Io): Promise<number> {
  const reader = new GrouplessReader(s.kafka, opts.topic);
  const admin = s.kafka.admin();
  const max = opts.maxMessages ?? Infinity;
  let count = 0;
  const stop = stopper(opts.idleTimeoutMs, io.signal);
  let done: string | undefined;
  void stop.stopped.then((why) => (done = why));
  try {
    const partitions = await guarded(s, { operation: "describe", resource: topicRes(opts.topic) }, async () => {
      await admin.connect();
      const parts = await reader.connect();
      const offsets = await admin.fetchTopicOffsets(opts.topic);
      for (const p of parts) {
        const o = offsets.find((x) => x.partition === p);
        reader.seek(p, opts.fromBeginning ? (o?.low ?? "0") : (o?.high ?? "0"));
      }
      return parts;
    });
    if (partitions.length === 0) throw new CliError(`${topicRes(opts.topic)} has no partitions`);
    while (!done && count < max) {
      const records = await guarded(s, { operation: "read", resource: topicRes(opts.topic) }, () => reader.poll(500));
      if (done) break;
      if (records.length > 0) {
        let text = "";
        for (const r of records) {
          if (count >= max) break;
          text += formatRecord(r, opts.json);
          count++;
        }
        io.out(text);
        stop.bump();
      }
    }
  } finally {
    stop.dispose();
    await quietly(() => reader.disconnect());
    await quietly(() => admin.disconnect());
  }
  return count;
}

// ---------------------------------------------------------------- check

export interface CheckRow {
  readonly client: string;
  readonly clientId: string;
  readonly operation: "describe" | "write" | "read";
  readonly resource: string;
  readonly expected: "allowed" | "denied";
  readonly actual: string;
  readonly pass: boolean;
}

type Outcome = "allowed" | "denied" | string;

async function tryAccess(s: Session, fn: () => Promise<void>): Promise<Outcome> {
  try {
    await fn();
    return "allowed";
  } catch (e) {
    if (authorizationFailure(e)) return "denied";
    if (e instanceof CliError && /^denied:/.test(e.message)) return "denied";
    const err = translateKafkaError(e, { brokers: s.brokers, tokens: s.tokens });
    return `error: ${err.message}`;
  }
}

async function checkDescribe(s: Session, topic: string): Promise<Outcome> {
  const admin = s.kafka.admin();
  try {
    return await tryAccess(s, async () => {
      await admin.connect();
      const meta = await admin.fetchTopicMetadata({ topics: [topic] });
      if (!meta.topics.some((t) => t.name === topic)) throw new CliError(`denied: ${topic} is not visible`);
    });
  } finally {
    await quietly(() => admin.disconnect());
  }
}

async function checkWrite(s: Session, topic: string, runId: string): Promise<Outcome> {
  const producer = s.kafka.producer({ createPartitioner: partitioner, allowAutoTopicCreation: false, retry: { retries: 1 } });
  try {
    return await tryAccess(s, async () => {
      await producer.connect();
      await producer.send({ topic, acks: -1, messages: [{ value: `kegw-client check ${runId}`, headers: { "kegw-check": runId } }] });
    });
  } finally {
    await quietly(() => producer.disconnect());
  }
}

async function checkRead(s: Session, topic: string): Promise<Outcome> {
  const reader = new GrouplessReader(s.kafka, topic);
  try {
    return await tryAccess(s, async () => {
      const parts = await reader.connect();
      if (parts.length === 0) throw new CliError(`denied: ${topic} is not visible`);
      for (const p of parts) reader.seek(p, 0n);
      try {
        await reader.poll(200);
      } catch (e) {
        // Offset 0 may be gone (retention): the broker still authorized the read.
        if ((e as { type?: string }).type !== "OFFSET_OUT_OF_RANGE") throw e;
      }
    });
  } finally {
    await quietly(() => reader.disconnect());
  }
}

export interface CheckClient {
  readonly credentials: Credentials;
  readonly expect: Readonly<Record<"describe" | "write" | "read", "allowed" | "denied">>;
}

/** The tutorial's intent: the producer describes, writes and reads every topic; the reader describes and reads `topic`, never writes. */
export const TUTORIAL_EXPECTATIONS = {
  producer: { describe: "allowed", write: "allowed", read: "allowed" },
  reader: { describe: "allowed", read: "allowed", write: "denied" },
} as const;

export async function checkCommand(clients: readonly CheckClient[], ks: KafkaSettings, opts: { topic: string }, io: Io): Promise<CheckRow[]> {
  const rows: CheckRow[] = [];
  const runId = new Date().toISOString();
  for (const c of clients) {
    const order = (["describe", "write", "read"] as const).slice().sort((a, b) => {
      // A client that may write does so first, so that its read finds a record.
      const rank = (x: string) => (x === "describe" ? 0 : x === "write" ? (c.expect.write === "allowed" ? 1 : 3) : 2);
      return rank(a) - rank(b);
    });
    let s: Session | undefined;
    let sessionError: string | undefined;
    try {
      s = await session(c.credentials, ks, io);
    } catch (e) {
      sessionError = `error: ${e instanceof Error ? e.message : String(e)}`;
    }
    for (const operation of order) {
      const actual = !s
        ? sessionError!
        : operation === "describe"
          ? await checkDescribe(s, opts.topic)
          : operation === "write"
            ? await checkWrite(s, opts.topic, runId)
            : await checkRead(s, opts.topic);
      const expected = c.expect[operation];
      rows.push({ client: c.credentials.label, clientId: c.credentials.clientId, operation, resource: topicRes(opts.topic), expected, actual, pass: actual === expected });
    }
  }
  io.out(formatTable(rows));
  const failed = rows.filter((r) => !r.pass).length;
  io.out(failed === 0 ? `all ${rows.length} checks passed\n` : `${failed} of ${rows.length} checks failed\n`);
  return rows;
}

export function formatTable(rows: readonly CheckRow[]): string {
  const head = ["CLIENT", "CLIENT ID", "OPERATION", "RESOURCE", "EXPECTED", "ACTUAL", "RESULT"];
  const body = rows.map((r) => [r.client, r.clientId, r.operation, r.resource, r.expected, r.actual, r.pass ? "PASS" : "FAIL"]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (i === 5 ? Math.min(b[i]!.length, 24) : b[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd() + "\n";
  return [head, ...body].map(line).join("");
}

