// A real single-node Apache Kafka (KRaft, broker + controller in one JVM) from the jars scripts/kafka.sh caches, for
// the sandbox, the client tests and the client benchmark. Clients connect to a SASL_PLAINTEXT listener that validates OAUTHBEARER
// tokens with Kafka's own JWT validator against a JWKS URL (a TokenIssuer on 127.0.0.1); a PLAINTEXT listener on
// 127.0.0.1 serves the controller/inter-broker principal (User:ANONYMOUS, a super user) and the test set-up (topics,
// ACLs). Everything lives in one temp dir that stop() removes; a watchdog kills the JVM and removes the dir when the
// Node process that started it goes away without calling stop() (a crashed or killed test worker).
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

import { projectRoot } from "./deployment";

const ROOT = projectRoot();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheDir } = require(path.join(ROOT, "scripts", "toolchain-env.js")) as { cacheDir: () => string };

function hasCommand(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
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

/** The line of a broker log that says why it stopped: the last ERROR or exception, else the last line. */
export function failureReason(log: string): string {
  const lines = log.split("\n").map((l) => l.trim()).filter(Boolean);
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
stop() { kill -TERM "$jpid" 2>/dev/null; for _ in $(seq 1 100); do kill -0 "$jpid" 2>/dev/null || break; sleep 0.1; done; kill -KILL "$jpid" 2>/dev/null; wait "$jpid" 2>/dev/null; }
trap 'stop; exit 0' TERM INT
while kill -0 "$jpid" 2>/dev/null; do
  if ! kill -0 "$owner" 2>/dev/null; then stop; rm -rf "$dir"; exit 1; fi
  sleep 1 & wait $!
done
wait "$jpid"
`;

/** Formats storage and starts a broker in a new temp dir; throws (having cleaned up) when it is not ready in time. */
export async function startKafka(opts: KafkaOptions): Promise<KafkaBroker> {
  const { version, lib } = ensureKafkaJars();
  const dir = fs.mkdtempSync(path.join(opts.tmpDir ?? os.tmpdir(), "kegw-kafka-"));
  const cleanupDir = () => fs.rmSync(dir, { recursive: true, force: true });
  let child: ChildProcess | undefined;
  let javaPid: number | undefined;
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
      "process.roles=broker,controller",
      "node.id=1",
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=CLIENT://127.0.0.1:${port},INTERNAL://127.0.0.1:${internalPort},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=CLIENT://127.0.0.1:${port},INTERNAL://127.0.0.1:${internalPort}`,
      "listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT",
      "inter.broker.listener.name=INTERNAL",
      "controller.listener.names=CONTROLLER",
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

    // base64url may start with "-", which the storage tool would take for an option: hence --cluster-id=<id>
    const clusterId = randomBytes(16).toString("base64url");
    const f0 = Date.now();
    const fmt = await runJava(lib, "kafka.tools.StorageTool", ["format", `--cluster-id=${clusterId}`, "-c", config], {
      jvm: [`-Dlog4j2.configurationFile=${log4j}`, "-XX:TieredStopAtLevel=1"],
    });
    if (fmt.code !== 0) {
      const log = `${fmt.stdout}${fmt.stderr}`;
      if (opts.failureLog) fs.writeFileSync(opts.failureLog, log);
      throw new KafkaStartError(`Kafka's storage format failed (${fmt.code}): ${failureReason(log)}`, tail(log, 40), opts.failureLog);
    }
    const formatMs = Date.now() - f0;

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
        "-Xmx512m",
        "-Xms128m",
        "-XX:+UseSerialGC",
        "-Djava.awt.headless=true",
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
          if (exitCode === undefined) {
            child!.kill("SIGTERM");
            const timer = setTimeout(() => killSync(), 20_000);
            await exited;
            clearTimeout(timer);
          }
          cleanupDir();
          process.removeListener("exit", killSync);
        })()),
    };
  } catch (e) {
    killSync();
    process.removeListener("exit", killSync);
    throw e;
  }
}

function tail(text: string, lines: number): string {
  return text.split("\n").slice(-lines - 1).join("\n");
}
