// A real single-node Apache Kafka (KRaft, broker + controller in one JVM) from the jars scripts/kafka.sh caches, for
// the sandbox, the client tests and the client benchmark. Clients connect to a SASL_PLAINTEXT listener that validates OAUTHBEARER
// tokens with Kafka's own JWT validator against a JWKS URL (a TokenIssuer on 127.0.0.1); a PLAINTEXT listener on
// 127.0.0.1 serves the controller/inter-broker principal (User:ANONYMOUS, a super user) and the test set-up (topics,
// ACLs). Everything of a broker lives in one temp dir that stop() removes; a watchdog kills the JVM and removes the dir
// when the Node process that started it goes away without calling stop() (a crashed or killed test worker). What
// brokers share, the start-up caches (see below), lives in the toolchain's cache.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

import { projectRoot } from "./deployment";

const ROOT = projectRoot();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheDir } = require(path.join(ROOT, "scripts", "toolchain-env.js")) as { cacheDir: () => string };

/** The path of a command on PATH, if it is there. */
function which(cmd: string): string | undefined {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

function hasCommand(cmd: string): boolean {
  return which(cmd) !== undefined;
}

function readKafkaEnv(): { version: string; lib: string } | undefined {
  const file = path.join(cacheDir(), "kafka", "env");
  if (!fs.existsSync(file)) return undefined;
  const vars: Record<string, string> = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const i = line.indexOf("=");
    if (i > 0) vars[line.slice(0, i)] = line.slice(i + 1);
  }
  if (!vars.KAFKA_LIB || !fs.existsSync(path.join(vars.KAFKA_LIB, ".complete"))) return undefined;
  return { version: vars.KAFKA_VERSION ?? "?", lib: vars.KAFKA_LIB };
}

/** Why a Kafka broker cannot run here, or undefined when it can (the jars are cached, or java + mvn can fetch them). */
export function kafkaUnavailable(): string | undefined {
  if (!hasCommand("java")) return "java is not on PATH (install a JDK 17+)";
  if (!readKafkaEnv() && !hasCommand("mvn")) return "the Kafka jars are not cached and mvn is not on PATH (install Maven, then run bash scripts/kafka.sh)";
  return undefined;
}

/** The cached Kafka jars, running scripts/kafka.sh (idempotent) when they are not there yet. */
export function ensureKafkaJars(): { version: string; lib: string } {
  let env = readKafkaEnv();
  if (!env) {
    const r = spawnSync("bash", [path.join(ROOT, "scripts/kafka.sh")], { encoding: "utf8", timeout: 10 * 60_000 });
    if (r.status !== 0) throw new Error(`scripts/kafka.sh failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    env = readKafkaEnv();
    if (!env) throw new Error("scripts/kafka.sh did not leave the Kafka jars in the cache");
  }
  return env;
}

export function classpath(lib: string): string {
  return path.join(lib, "*");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a Java main class from the Kafka jars with a small heap; never throws on a non-zero exit. */
export function runJava(lib: string, mainClass: string, args: string[], opts: { timeoutMs?: number; jvm?: string[] } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      "java",
      ["-Xmx512m", ...(opts.jvm ?? []), "-cp", classpath(lib), mainClass, ...args],
      { timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, killSignal: "SIGKILL" },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

export interface KafkaOptions {
  /** The issuer's JWKS URL; Kafka's validator fetches keys from it. */
  readonly jwksUrl: string;
  readonly expectedIssuer: string;
  readonly expectedAudience: string;
  /** connections.max.reauth.ms on the client listener: sessions must re-authenticate (with a fresh token) this often. */
  readonly reauthMs?: number;
  /** Enables the StandardAuthorizer (no ACL = denied) with User:ANONYMOUS as the only super user. */
  readonly acls?: boolean;
  /** Partitions of automatically created topics. */
  readonly partitions?: number;
  /** Bounded wait for the broker to come up. */
  readonly startTimeoutMs?: number;
  /** Where the broker's own directory (config, data, log) is made. @default the system's temp directory */
  readonly tmpDir?: string;
  /** The port of the OAUTHBEARER listener. @default a free port */
  readonly clientPort?: number;
  /**
   * What the broker's JVM is tuned for: "startup" compiles with C1 only (a test or sandbox broker is up in about half
   * the time); "throughput" keeps the JVM's default tiered compilation, for benchmarks. @default "startup"
   */
  readonly tuneFor?: "startup" | "throughput";
  /**
   * Start from the cached storage format and class archive (see "start-up caches" below). false formats this broker's
   * storage afresh and loads its classes from the jars, as a plain Kafka start does (the benchmark's reference).
   * @default true
   */
  readonly startupCaches?: boolean;
  /**
   * Where the broker's log is kept when it fails to start (its own directory is removed). With it, the start error is
   * one line naming the reason and this file; without it, the error carries the log's last lines.
   */
  readonly failureLog?: string;
}

/** The broker did not come up: `reason` is one line from its log (or how it ended). */
export class KafkaStartError extends Error {
  constructor(
    readonly reason: string,
    readonly log: string,
    readonly logFile?: string,
  ) {
    super(logFile ? `${reason}; log: ${logFile}` : `${reason}:\n${log}`);
    this.name = "KafkaStartError";
  }
}

/**
 * The line of a broker log that says why it stopped: the last ERROR or exception, else the last line; the JVM's own
 * warnings (unified logging, "[5.1s][warning][cds] ...") are never it.
 */
export function failureReason(log: string): string {
  // Not the JVM's own warnings ("[5.1s][warning][cds] Skipping ...Exception: Not linked", as a JVM writing its class
  // archive at exit prints them): they come last, and are never the reason.
  const lines = log.split("\n").map((l) => l.trim()).filter((l) => l && !/^\[\d+(\.\d+)?s\]\[(warning|info|debug|trace)\s*\]/.test(l));
  const why = [...lines].reverse().find((l) => /\b(ERROR|FATAL)\b|Exception:|Error:/.test(l)) ?? lines[lines.length - 1] ?? "no log output";
  return why.length > 300 ? `${why.slice(0, 300)}…` : why;
}

export interface KafkaBroker {
  readonly version: string;
  readonly lib: string;
  /** The SASL_PLAINTEXT/OAUTHBEARER listener, host:port. */
  readonly bootstrap: string;
  /** The PLAINTEXT listener for the set-up (super user), host:port. */
  readonly adminBootstrap: string;
  /** Milliseconds from spawning the JVM to the broker being ready (storage format excluded). */
  readonly startMs: number;
  /** Milliseconds the storage format step took. */
  readonly formatMs: number;
  readonly dir: string;
  /** The last lines of the broker log. */
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

const WATCHDOG = `
owner=$1; dir=$2; pidfile=$3; shift 3
"$@" &
jpid=$!
echo "$jpid" > "$pidfile"
stop() {
  kill -TERM "$jpid" 2>/dev/null
  for _ in $(seq 1 200); do kill -0 "$jpid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$jpid" 2>/dev/null; then kill -KILL "$jpid" 2>/dev/null; wait "$jpid" 2>/dev/null; return 1; fi
  wait "$jpid" 2>/dev/null; s=$?
  [ "$s" = 0 ] || [ "$s" = 143 ]
}
trap 'stop; exit $?' TERM INT
while kill -0 "$jpid" 2>/dev/null; do
  if ! kill -0 "$owner" 2>/dev/null; then stop; rm -rf "$dir"; exit 1; fi
  sleep 1 & wait $!
done
wait "$jpid"
`;

// ---------------------------------------------------------------- start-up caches, per Kafka version, in <cache>/kafka
// Two things every broker start would otherwise redo:
// - Formatting the storage. Kafka's StorageTool writes meta.properties (the node, cluster and directory ids) and the
//   bootstrap checkpoint (the feature levels); neither holds a port or a path (two formats with different listeners
//   and log dirs differ only in their ids, the checkpoint's timestamps and its CRC). So the tool runs once, and each
//   broker's log dir starts as a copy of its output: one JVM start less per broker. Every broker made from it has the
//   same cluster id; no two of them ever talk to each other.
// - Loading the broker's classes. The first broker writes a class-data-sharing archive of the classes it loaded
//   (the JDK's dynamic CDS, -XX:ArchiveClassesAtExit) when it stops; later brokers map it (-XX:SharedArchiveFile)
//   instead of reading and verifying those classes from the jars again. The archive is keyed on the java binary, the
//   jars and the JVM flags; one the JVM cannot use is ignored by it, with a warning in the broker log.

const NODE_ID = 1;

/** The node's roles, id and controller quorum, and the listener names: what the storage format reads. */
function kraftNode(controllerPort: number): string[] {
  return [
    "process.roles=broker,controller",
    `node.id=${NODE_ID}`,
    `controller.quorum.voters=${NODE_ID}@127.0.0.1:${controllerPort}`,
    "inter.broker.listener.name=INTERNAL",
    "controller.listener.names=CONTROLLER",
  ];
}
const BROKER_JVM = ["-Xmx512m", "-Xms128m", "-XX:+UseSerialGC", "-Djava.awt.headless=true"];

function cacheKey(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
}

function kafkaCache(): string {
  const dir = path.join(cacheDir(), "kafka");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Removes what a start that died half-way left in the cache: temporary files and directories over an hour old. */
function sweepTemporaries(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(".tmp-")) continue;
    const file = path.join(dir, name);
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > 3600_000) fs.rmSync(file, { recursive: true, force: true });
    } catch {
      /* gone already */
    }
  }
}

class StorageFormatError extends Error {
  constructor(
    readonly code: number,
    readonly log: string,
  ) {
    super(`Kafka's storage format failed (${code})`);
  }
}

/**
 * The directory holding a formatted log dir for this Kafka (meta.properties, bootstrap.checkpoint), made by Kafka's
 * StorageTool the first time. It is formatted in a temporary directory and renamed into place, so no reader sees half
 * of it; two brokers formatting at once both succeed, and one of the two results stays.
 */
async function formattedStorage(version: string, lib: string, log4j: string): Promise<string> {
  const cache = kafkaCache();
  const template = path.join(cache, `storage-${version}-${cacheKey([version, lib, ...FORMAT_CONFIG])}`);
  if (fs.existsSync(template)) return template;
  const tmp = fs.mkdtempSync(path.join(cache, ".tmp-storage-"));
  try {
    const data = path.join(tmp, "data");
    await formatStorage(lib, log4j, data);
    try {
      fs.renameSync(data, template);
    } catch (e) {
      if (!fs.existsSync(template)) throw e; // another broker's format got there first: that one is used
    }
    return template;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs Kafka's StorageTool: a formatted log dir in data (which must not exist yet). */
async function formatStorage(lib: string, log4j: string, data: string): Promise<void> {
  const properties = `${data}.format.properties`;
  fs.writeFileSync(properties, [...FORMAT_CONFIG, `log.dirs=${data}`].join("\n") + "\n");
  try {
    // base64url may start with "-", which the storage tool would take for an option: hence --cluster-id=<id>
    const clusterId = randomBytes(16).toString("base64url");
    const fmt = await runJava(lib, "kafka.tools.StorageTool", ["format", `--cluster-id=${clusterId}`, "-c", properties], {
      jvm: [`-Dlog4j2.configurationFile=${log4j}`, "-XX:TieredStopAtLevel=1"],
    });
    if (fmt.code !== 0) throw new StorageFormatError(fmt.code, `${fmt.stdout}${fmt.stderr}`);
  } finally {
    fs.rmSync(properties, { force: true });
  }
}

/** The storage format's config: the node, with placeholder ports (nothing listens while formatting; no port reaches the storage). */
const FORMAT_CONFIG: readonly string[] = [
  ...kraftNode(9093),
  "listeners=INTERNAL://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093",
  "listener.security.protocol.map=INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT",
];

/** The java on PATH, resolved, with what tells its builds apart (for the class archive's key). */
function javaIdentity(): string {
  const java = fs.realpathSync(which("java") ?? "java");
  const st = fs.statSync(java);
  return `${java} ${st.size} ${st.mtimeMs}`;
}

interface ClassArchive {
  /** The JVM flag: map the archive, or write one at exit. */
  readonly flag: string;
  /** Once the broker is ready, with its log so far: whether the JVM could use the archive it was given. */
  checkMapped(log: string): void;
  /** Once the broker's JVM has ended: what it wrote is kept only when it stopped cleanly (exit 0, or 143 on SIGTERM). */
  settle(stoppedCleanly: boolean): void;
}

function classArchive(lib: string, jvm: readonly string[]): ClassArchive {
  const jars = fs.readdirSync(lib).filter((f) => f.endsWith(".jar")).sort().map((f) => `${f}:${fs.statSync(path.join(lib, f)).size}`);
  const cache = kafkaCache();
  const archive = path.join(cache, `classes-${cacheKey([javaIdentity(), lib, ...jars, ...jvm])}.jsa`);
  if (fs.existsSync(archive)) {
    return {
      flag: `-XX:SharedArchiveFile=${archive}`,
      // An archive this JVM could not use (another JDK build, a damaged file) is dropped: the next clean stop writes one.
      checkMapped: (log) => void (/\[(warning|error)\s*\]\[cds/.test(log) && fs.rmSync(archive, { force: true })),
      settle: () => undefined,
    };
  }
  const tmp = path.join(cache, `.tmp-classes-${process.pid}-${randomBytes(4).toString("hex")}.jsa`);
  return {
    flag: `-XX:ArchiveClassesAtExit=${tmp}`,
    checkMapped: () => undefined,
    settle: (stoppedCleanly) => {
      try {
        if (stoppedCleanly && fs.existsSync(tmp) && fs.statSync(tmp).size > 0) fs.renameSync(tmp, archive);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    },
  };
}

/** Starts a broker in a new temp dir, from the cached formatted storage; throws (having cleaned up) when it is not ready in time. */
export async function startKafka(opts: KafkaOptions): Promise<KafkaBroker> {
  const { version, lib } = ensureKafkaJars();
  const dir = fs.mkdtempSync(path.join(opts.tmpDir ?? os.tmpdir(), "kegw-kafka-"));
  const cleanupDir = () => fs.rmSync(dir, { recursive: true, force: true });
  let child: ChildProcess | undefined;
  let javaPid: number | undefined;
  let archive: ClassArchive | undefined;
  const logFile = path.join(dir, "broker.log");
  const killSync = () => {
    try {
      if (javaPid) process.kill(javaPid, "SIGKILL");
    } catch {
      /* gone already */
    }
    try {
      child?.kill("SIGKILL");
    } catch {
      /* gone already */
    }
    cleanupDir();
  };
  process.once("exit", killSync);
  try {
    const [port, controllerPort, internalPort] = [opts.clientPort ?? (await freePort()), await freePort(), await freePort()];
    const props = [
      ...kraftNode(controllerPort),
      `listeners=CLIENT://127.0.0.1:${port},INTERNAL://127.0.0.1:${internalPort},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=CLIENT://127.0.0.1:${port},INTERNAL://127.0.0.1:${internalPort}`,
      "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT",
      "listener.name.client.sasl.enabled.mechanisms=OAUTHBEARER",
      "listener.name.client.oauthbearer.sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;",
      "listener.name.client.oauthbearer.sasl.server.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler",
      `listener.name.client.oauthbearer.sasl.oauthbearer.jwks.endpoint.url=${opts.jwksUrl}`,
      `listener.name.client.oauthbearer.sasl.oauthbearer.expected.audience=${opts.expectedAudience}`,
      `listener.name.client.oauthbearer.sasl.oauthbearer.expected.issuer=${opts.expectedIssuer}`,
      `listener.name.client.oauthbearer.connections.max.reauth.ms=${opts.reauthMs ?? 0}`,
      `log.dirs=${path.join(dir, "data")}`,
      `num.partitions=${opts.partitions ?? 1}`,
      "offsets.topic.replication.factor=1",
      "offsets.topic.num.partitions=1",
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1",
      "share.coordinator.state.topic.replication.factor=1",
      "share.coordinator.state.topic.min.isr=1",
      "group.initial.rebalance.delay.ms=0",
      "auto.create.topics.enable=true",
      "log.flush.interval.messages=9223372036854775807",
      ...(opts.acls ? ["authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer", "super.users=User:ANONYMOUS", "allow.everyone.if.no.acl.found=false"] : []),
    ];
    const config = path.join(dir, "server.properties");
    fs.writeFileSync(config, props.join("\n") + "\n");
    const log4j = path.join(dir, "log4j2.properties");
    fs.writeFileSync(
      log4j,
      [
        "appender.out.type=Console",
        "appender.out.name=out",
        "appender.out.layout.type=PatternLayout",
        "appender.out.layout.pattern=[%d{HH:mm:ss,SSS}] %p %m (%c{1})%n",
        "rootLogger.level=INFO",
        "rootLogger.appenderRef.out.ref=out",
        "logger.kafka.name=kafka",
        "logger.kafka.level=INFO",
        "logger.org.name=org.apache.kafka",
        "logger.org.level=INFO",
      ].join("\n") + "\n",
    );

    const f0 = Date.now();
    if (opts.startupCaches !== false) sweepTemporaries(kafkaCache());
    try {
      if (opts.startupCaches === false) await formatStorage(lib, log4j, path.join(dir, "data"));
      else fs.cpSync(await formattedStorage(version, lib, log4j), path.join(dir, "data"), { recursive: true });
    } catch (e) {
      if (!(e instanceof StorageFormatError)) throw e;
      if (opts.failureLog) fs.writeFileSync(opts.failureLog, e.log);
      throw new KafkaStartError(`Kafka's storage format failed (${e.code}): ${failureReason(e.log)}`, tail(e.log, 40), opts.failureLog);
    }
    const formatMs = Date.now() - f0;

    const jvm = [...BROKER_JVM, ...(opts.tuneFor === "throughput" ? [] : ["-XX:TieredStopAtLevel=1"])];
    archive = opts.startupCaches === false ? undefined : classArchive(lib, jvm);
    const out = fs.openSync(logFile, "a");
    const t0 = Date.now();
    child = spawn(
      "bash",
      [
        "-c",
        WATCHDOG,
        "kafka-watchdog",
        String(process.pid),
        dir,
        path.join(dir, "java.pid"),
        "java",
        ...jvm,
        ...(archive ? [archive.flag] : []),
        `-Dlog4j2.configurationFile=${log4j}`,
        `-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=${opts.jwksUrl}`,
        "-cp",
        classpath(lib),
        "kafka.Kafka",
        config,
      ],
      { stdio: ["ignore", out, out] },
    );
    fs.closeSync(out);
    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    let exitCode: number | null | undefined;
    void exited.then((c) => (exitCode = c));

    const deadline = t0 + (opts.startTimeoutMs ?? 90_000);
    for (;;) {
      if (javaPid === undefined && fs.existsSync(path.join(dir, "java.pid"))) {
        const text = fs.readFileSync(path.join(dir, "java.pid"), "utf8").trim();
        if (text) javaPid = Number(text);
      }
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
      if (/Kafka Server started/.test(log) && javaPid !== undefined) break;
      if (exitCode !== undefined || Date.now() > deadline) {
        const how = exitCode !== undefined ? `exited (${exitCode})` : `was not ready within ${opts.startTimeoutMs ?? 90_000} ms`;
        if (opts.failureLog) fs.copyFileSync(logFile, opts.failureLog);
        throw new KafkaStartError(`the Kafka broker ${how}: ${failureReason(log)}`, tail(log, 40), opts.failureLog);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const startMs = Date.now() - t0;
    archive?.checkMapped(fs.readFileSync(logFile, "utf8"));

    let stopped: Promise<void> | undefined;
    return {
      version,
      lib,
      bootstrap: `127.0.0.1:${port}`,
      adminBootstrap: `127.0.0.1:${internalPort}`,
      startMs,
      formatMs,
      dir,
      logTail: (lines = 40) => tail(fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "", lines),
      stop: () =>
        (stopped ??= (async () => {
          // The watchdog exits 0 when the JVM ended on SIGTERM by itself, within 20 s (having written any class archive
          // at exit), and non-zero when it had to be killed or ended otherwise.
          let clean = false;
          if (exitCode === undefined) {
            child!.kill("SIGTERM");
            let forced = false;
            const timer = setTimeout(() => ((forced = true), killSync()), 30_000);
            clean = (await exited) === 0 && !forced;
            clearTimeout(timer);
          }
          archive?.settle(clean);
          cleanupDir();
          process.removeListener("exit", killSync);
        })()),
    };
  } catch (e) {
    killSync();
    archive?.settle(false);
    process.removeListener("exit", killSync);
    throw e;
  }
}

function tail(text: string, lines: number): string {
  return text.split("\n").slice(-lines - 1).join("\n");
}
