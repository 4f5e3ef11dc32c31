// The client benchmark (run with: bash scripts/bench-client.sh): a real Kafka broker as in the tests, 10,000 records
// of 1 KiB produced and consumed through the CLI (as processes, wall clock, token fetch and Node start included),
// and the same with Kafka's own ProducerPerformance / ConsumerPerformance (kafka-tools, the same jars, the same
// SASL/OAUTHBEARER listener with tokens from the same issuer; JVM start included).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Kafka, logLevel } from "kafkajs";
import { startIssuerServer } from "../../standin/issuer";
import { buildCli, runCli } from "./cli";
import { runJava, startKafka } from "./kafka";

const N = Number(process.env.BENCH_RECORDS ?? 10_000);
const SIZE = 1024;

function fmt(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-bench-"));
  const iss = await startIssuerServer({
    audience: "http://kafka.dev",
    clients: [{ clientId: "bench", clientSecret: "bench-secret", accessTokenDuration: 3600, allowScopes: ["kafka"], allowAllScopes: false }],
  });
  const cli = buildCli();
  const broker = await startKafka({ jwksUrl: `${iss.url}/.well-known/jwks`, expectedIssuer: iss.url, expectedAudience: "http://kafka.dev", tuneFor: "throughput" });
  try {
    const out: string[] = [];
    const say = (s: string) => {
      out.push(s);
      process.stdout.write(s + "\n");
    };
    say(`Kafka ${broker.version}, ${os.cpus().length} CPUs, Node ${process.version}; ${N} records of ${SIZE} bytes`);
    say(`broker start: ${broker.startMs} ms (JVM spawn to "Kafka Server started"), storage format: ${broker.formatMs} ms`);
    const admin = new Kafka({ brokers: [broker.adminBootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: "bench-cli" }, { topic: "bench-perf" }] });
    await admin.disconnect();

    const file = path.join(tmp, "records.txt");
    const line = (i: number) => `${String(i).padStart(8, "0")}-`.padEnd(SIZE, "x");
    fs.writeFileSync(file, Array.from({ length: N }, (_, i) => line(i)).join("\n") + "\n");
    const env = { ISSUER_URL: iss.url, CLIENT_ID: "bench", CLIENT_SECRET: "bench-secret", BOOTSTRAP_SERVER: broker.bootstrap };

    const prod = await runCli(cli, ["produce", "bench-cli", "--file", file], { env, timeoutMs: 300_000 });
    if (prod.code !== 0) throw new Error(`CLI produce failed: ${prod.stderr}`);
    const consNoGroup = await runCli(cli, ["consume", "bench-cli", "--from-beginning", "--max-messages", String(N)], { env, timeoutMs: 300_000 });
    if (consNoGroup.code !== 0 || consNoGroup.stdout.split("\n").length !== N + 1) throw new Error(`CLI consume failed: ${consNoGroup.stderr}`);
    const consGroup = await runCli(cli, ["consume", "bench-cli", "--group", "bench", "--from-beginning", "--max-messages", String(N)], { env, timeoutMs: 300_000 });
    if (consGroup.code !== 0 || consGroup.stdout.split("\n").length !== N + 1) throw new Error(`CLI consume --group failed: ${consGroup.stderr}`);

    const clientConfig = path.join(tmp, "client.properties");
    fs.writeFileSync(
      clientConfig,
      [
        `bootstrap.servers=${broker.bootstrap}`,
        "security.protocol=SASL_PLAINTEXT",
        "sasl.mechanism=OAUTHBEARER",
        "sasl.login.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler",
        `sasl.oauthbearer.token.endpoint.url=${iss.url}/oauth/token`,
        "sasl.oauthbearer.scope=kafka",
        'sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId="bench" clientSecret="bench-secret";',
      ].join("\n") + "\n",
    );
    const jvm = [`-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=${iss.url}/oauth/token`, "-Dlog4j2.level=WARN"];
    let t = Date.now();
    const pp = await runJava(
      broker.lib,
      "org.apache.kafka.tools.ProducerPerformance",
      ["--topic", "bench-perf", "--num-records", String(N), "--record-size", String(SIZE), "--throughput", "-1", "--producer.config", clientConfig, "--producer-props", "acks=all"],
      { jvm, timeoutMs: 300_000 },
    );
    const ppMs = Date.now() - t;
    if (pp.code !== 0) throw new Error(`ProducerPerformance failed: ${pp.stderr}${pp.stdout}`);
    t = Date.now();
    const cp = await runJava(
      broker.lib,
      "org.apache.kafka.tools.ConsumerPerformance",
      ["--bootstrap-server", broker.bootstrap, "--topic", "bench-perf", "--messages", String(N), "--command-config", clientConfig, "--timeout", "60000"],
      { jvm, timeoutMs: 300_000 },
    );
    const cpMs = Date.now() - t;
    if (cp.code !== 0) throw new Error(`ConsumerPerformance failed: ${cp.stderr}${cp.stdout}`);

    say("");
    say(`                                   wall clock   ratio CLI/Kafka tool`);
    say(`produce   CLI (kafkajs)            ${fmt(prod.ms).padStart(9)}   ${(prod.ms / ppMs).toFixed(2)}   (${prod.stdout.trim()})`);
    say(`produce   ProducerPerformance      ${fmt(ppMs).padStart(9)}`);
    say(`consume   CLI, no group            ${fmt(consNoGroup.ms).padStart(9)}   ${(consNoGroup.ms / cpMs).toFixed(2)}`);
    say(`consume   CLI, --group             ${fmt(consGroup.ms).padStart(9)}   ${(consGroup.ms / cpMs).toFixed(2)}`);
    say(`consume   ConsumerPerformance      ${fmt(cpMs).padStart(9)}`);
    say("");
    say(`ProducerPerformance says: ${pp.stdout.trim().split("\n").pop()}`);
    say(`ConsumerPerformance says: ${cp.stdout.trim().split("\n").slice(-2).join(" | ")}`);
  } finally {
    await broker.stop();
    await iss.stop();
    cli.remove();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
