// The broker's start-up caches (standin/kafka.ts): Kafka's own storage format runs once per Kafka version and each
// broker starts from a copy; the first broker to stop cleanly leaves a class-data-sharing archive that later brokers
// map. Run against an empty cache directory, so both the first start and a later one are seen. (A broker that fails
// to start, or is killed, leaves no archive: settle(false) removes what its JVM wrote.)
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Kafka, logLevel } from "kafkajs";
import { startIssuerServer, type IssuerServer } from "../standin/issuer";
import { describeWithKafka, startKafka, type KafkaBroker } from "./support/kafka";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheDir } = require("../scripts/toolchain-env") as { cacheDir: () => string };

describeWithKafka("Kafka broker start-up from the cache", () => {
  let iss: IssuerServer;
  let cache: string;
  let kafkaEnv: string;
  const saved = process.env.KEGW_CACHE;
  const brokers: KafkaBroker[] = [];

  beforeAll(async () => {
    iss = await startIssuerServer({ audience: "aud", clients: [] });
    // An empty cache that knows where the Kafka jars are (their env file), and nothing else.
    kafkaEnv = path.join(cacheDir(), "kafka", "env");
    cache = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-kafka-cache-"));
    emptyCache();
    process.env.KEGW_CACHE = cache;
  });

  afterAll(async () => {
    for (const b of brokers) await b.stop();
    if (saved === undefined) delete process.env.KEGW_CACHE;
    else process.env.KEGW_CACHE = saved;
    await iss?.stop();
    fs.rmSync(cache, { recursive: true, force: true });
  });

  const emptyCache = () => {
    fs.rmSync(path.join(cache, "kafka"), { recursive: true, force: true });
    fs.mkdirSync(path.join(cache, "kafka"));
    fs.copyFileSync(kafkaEnv, path.join(cache, "kafka", "env"));
  };
  const start = async () => {
    const b = await startKafka({ jwksUrl: `${iss.url}/.well-known/jwks`, expectedIssuer: iss.url, expectedAudience: "aud" });
    brokers.push(b);
    return b;
  };
  const cached = () => fs.readdirSync(path.join(cache, "kafka")).sort();
  const javaPid = (b: KafkaBroker) => Number(fs.readFileSync(path.join(b.dir, "java.pid"), "utf8").trim());

  test("the first start formats once into the cache and its clean stop leaves a class archive, which the next broker maps", async () => {
    const first = await start();
    const storage = cached().filter((n) => n.startsWith("storage-"));
    expect(storage).toEqual([expect.stringMatching(/^storage-\d+\.\d+\.\d+-[0-9a-f]{16}$/)]);
    const template = path.join(cache, "kafka", storage[0]!);
    expect(fs.readdirSync(template).sort()).toEqual(["bootstrap.checkpoint", "meta.properties"]);
    // The broker's log dir began as that format: the same cluster id.
    const clusterId = (dir: string) => fs.readFileSync(path.join(dir, "meta.properties"), "utf8").match(/^cluster\.id=(.+)$/m)?.[1];
    expect(clusterId(path.join(first.dir, "data"))).toBe(clusterId(template));
    const admin = new Kafka({ brokers: [first.adminBootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: "t" }], waitForLeaders: true });
    expect(await admin.listTopics()).toContain("t");
    await admin.disconnect();
    // The JVM writes the archive at exit; nothing else is in the cache.
    expect(cached()).toEqual(["env", storage[0]]);
    await first.stop();
    const archives = cached().filter((n) => n.endsWith(".jsa"));
    expect(archives).toEqual([expect.stringMatching(/^classes-[0-9a-f]{16}\.jsa$/)]);
    expect(fs.statSync(path.join(cache, "kafka", archives[0]!)).size).toBeGreaterThan(1_000_000);

    const second = await start();
    // Linux shows what a process has mapped: the JVM mapped the archive, and said nothing against it in the log.
    if (fs.existsSync("/proc/self/maps")) expect(fs.readFileSync(`/proc/${javaPid(second)}/maps`, "utf8")).toContain(archives[0]);
    expect(second.logTail(100_000)).not.toMatch(/\[(warning|error)\]\[cds/);
    expect(clusterId(path.join(second.dir, "data"))).toBe(clusterId(template));
    expect(cached()).toEqual([archives[0], "env", storage[0]]);
  });
});
