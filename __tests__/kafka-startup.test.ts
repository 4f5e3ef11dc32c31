// The broker's start-up caches (standin/kafka.ts): Kafka's own storage format runs once per Kafka version and each
// broker starts from a copy; the first broker to stop cleanly leaves a class-data-sharing archive that later brokers
// map. Run against an empty cache, so the first starts (two at once, as two jest workers may) and a later one are
// seen. (That a failed start keeps no archive is checked by the sandbox's failing-broker test.)
import * as fs from "node:fs";
import * as path from "node:path";
import { Kafka, logLevel } from "kafkajs";
import { startIssuerServer, type IssuerServer } from "../standin/issuer";
import { describeWithKafka, scratchKafkaCache, startKafka, type KafkaBroker } from "./support/kafka";

describeWithKafka("Kafka broker start-up from the cache", () => {
  let iss: IssuerServer;
  let cache: ReturnType<typeof scratchKafkaCache>;
  const brokers: KafkaBroker[] = [];

  beforeAll(async () => {
    iss = await startIssuerServer({ audience: "aud", clients: [] });
    cache = scratchKafkaCache();
  });

  afterAll(async () => {
    for (const b of brokers) await b.stop();
    cache?.restore();
    await iss?.stop();
  });

  const start = async () => {
    const b = await startKafka({ jwksUrl: `${iss.url}/.well-known/jwks`, expectedIssuer: iss.url, expectedAudience: "aud" });
    brokers.push(b);
    return b;
  };
  const cached = () => fs.readdirSync(cache.kafka).sort();
  const javaPid = (b: KafkaBroker) => Number(fs.readFileSync(path.join(b.dir, "java.pid"), "utf8").trim());
  const clusterId = (dir: string) => fs.readFileSync(path.join(dir, "meta.properties"), "utf8").match(/^cluster\.id=(.+)$/m)?.[1];

  test("two first starts at once format into the cache once; a clean stop leaves a class archive, which the next broker maps", async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const storage = cached().filter((n) => n.startsWith("storage-"));
    expect(storage).toEqual([expect.stringMatching(/^storage-\d+\.\d+\.\d+-[0-9a-f]{16}$/)]);
    const template = path.join(cache.kafka, storage[0]!);
    expect(fs.readdirSync(template).sort()).toEqual(["bootstrap.checkpoint", "meta.properties"]);
    // Both log dirs began as that one format (a broker whose own format lost the race took the winner's).
    expect([clusterId(path.join(a.dir, "data")), clusterId(path.join(b.dir, "data"))]).toEqual([clusterId(template), clusterId(template)]);
    const admin = new Kafka({ brokers: [a.adminBootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: "t" }], waitForLeaders: true });
    expect(await admin.listTopics()).toContain("t");
    await admin.disconnect();
    // The JVMs write the archive at exit; until then the cache holds the format alone, and no temporary is left.
    expect(cached()).toEqual(["env", storage[0]]);
    await Promise.all([a.stop(), b.stop()]);
    const archives = cached().filter((n) => n.endsWith(".jsa"));
    expect(archives).toEqual([expect.stringMatching(/^classes-[0-9a-f]{16}\.jsa$/)]);
    expect(fs.statSync(path.join(cache.kafka, archives[0]!)).size).toBeGreaterThan(1_000_000);
    expect(cached()).toEqual([archives[0], "env", storage[0]]);

    const c = await start();
    // Linux shows what a process has mapped: the JVM mapped the archive, and said nothing against it in the log.
    if (fs.existsSync("/proc/self/maps")) expect(fs.readFileSync(`/proc/${javaPid(c)}/maps`, "utf8")).toContain(archives[0]);
    expect(c.logTail(100_000)).not.toMatch(/\[(warning|error)\s*\]\[cds/);
    expect(clusterId(path.join(c.dir, "data"))).toBe(clusterId(template));
    expect(cached()).toEqual([archives[0], "env", storage[0]]);
  });
});
