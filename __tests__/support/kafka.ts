// Jest helpers around the Kafka broker of standin/kafka.ts: the describe wrapper, broker ACLs from the explainer's
// bindings (standin/sandbox-kafka.ts, which the sandbox uses too), and probes that ask the broker whether a client may do an ACL operation.
import { ConfigResourceTypes, type Admin, type Kafka, type Producer } from "kafkajs";
import { GrouplessReader } from "../../client/reader";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureKafkaJars, kafkaUnavailable } from "../../standin/kafka";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheDir } = require("../../scripts/toolchain-env") as { cacheDir: () => string };

export { startKafka, runJava, type KafkaBroker } from "../../standin/kafka";
export { kafkajsAcls } from "../../standin/sandbox-kafka";

/** `describe` when a broker can run, else a skipped block whose name says why. */
export function describeWithKafka(name: string, fn: () => void): void {
  const why = kafkaUnavailable();
  if (why) describe.skip(`${name} [SKIPPED: ${why}]`, fn);
  else describe(name, fn);
}

/**
 * A toolchain cache of the test's own, for tests of the Kafka start-up caches (standin/kafka.ts): the toolchain's env
 * file and the Kafka jars' (both point into the real cache, where the tools and the jars stay), and nothing else.
 * KEGW_CACHE=root makes a process use it.
 */
export function scratchKafkaCache(): { root: string; kafka: string; remove(): void } {
  ensureKafkaJars();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-kafka-cache-"));
  const kafka = path.join(root, "kafka");
  fs.mkdirSync(kafka);
  if (fs.existsSync(path.join(cacheDir(), "env"))) fs.copyFileSync(path.join(cacheDir(), "env"), path.join(root, "env"));
  fs.copyFileSync(path.join(cacheDir(), "kafka", "env"), path.join(kafka, "env"));
  return { root, kafka, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

// ---------------------------------------------------------------- broker ACLs from the explainer, and probes

const AUTHZ = /^(TOPIC|GROUP|CLUSTER|TRANSACTIONAL_ID)_AUTHORIZATION_FAILED$/;
const AUTHZ_CODES = new Set([29, 30, 31, 53]);

/** The authorization failure somewhere in a kafkajs error (aggregates, per-partition and per-group errors), if any. */
function authorizationFailure(e: unknown, depth = 0): string | undefined {
  if (!e || typeof e !== "object" || depth > 5) return undefined;
  const err = e as Record<string, unknown>;
  if (typeof err.type === "string" && AUTHZ.test(err.type)) return err.type;
  for (const key of ["errors", "partitions", "groups", "topics"]) {
    const list = err[key];
    if (Array.isArray(list)) for (const x of list) {
      const found = authorizationFailure(x, depth + 1) ?? authorizationFailure((x as Record<string, unknown>)?.error, depth + 1);
      if (found) return found;
    }
  }
  return authorizationFailure(err.cause, depth + 1) ?? authorizationFailure(err.originalError, depth + 1);
}

export type ProbeResult = "allow" | "deny";

/**
 * Asks a real broker whether a client may do an ACL operation on a resource, with the cheapest request Kafka
 * authorizes with exactly that operation (and changes nothing that matters: validate-only alters, deleting records
 * before offset 0, creating a topic that exists). Anything but success or an authorization failure throws.
 */
export class BrokerProbe {
  private readonly admin: Admin;
  private readonly producer: Producer;
  private connected = false;

  constructor(private readonly kafka: Kafka, private readonly readableTopic: string) {
    // retries for what a fresh broker answers while its group coordinator starts; authorization failures are final
    this.admin = kafka.admin({ retry: { retries: 8, initialRetryTime: 100 } });
    this.producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 0 } });
  }

  async close(): Promise<void> {
    await this.admin.disconnect().catch(() => undefined);
    await this.producer.disconnect().catch(() => undefined);
  }

  async check(resourceType: "topic" | "group", operation: string, name: string): Promise<ProbeResult> {
    if (!this.connected) {
      await this.admin.connect();
      await this.producer.connect();
      this.connected = true;
    }
    const probe = this.probeFor(resourceType, operation, name);
    try {
      const codes = await probe();
      return codes.some((c) => AUTHZ_CODES.has(c)) ? "deny" : "allow";
    } catch (e) {
      const failure = authorizationFailure(e);
      if (failure) {
        if (resourceType === "group" && operation === "read" && failure !== "GROUP_AUTHORIZATION_FAILED") {
          throw new Error(`probe ${resourceType} ${operation} ${JSON.stringify(name)} is inconclusive: ${failure} (it commits an offset on ${JSON.stringify(this.readableTopic)})`);
        }
        return "deny";
      }
      const detail = JSON.stringify(e, (k, v) => (k === "stack" ? undefined : v));
      throw new Error(`probe ${resourceType} ${operation} ${JSON.stringify(name)} failed: ${(e as Error).message} ${detail}`);
    }
  }

  /** A request that needs the operation; resolves with the error codes the broker answered per resource. */
  private probeFor(resourceType: "topic" | "group", operation: string, name: string): () => Promise<number[]> {
    const a = this.admin;
    const key = `${resourceType} ${operation}`;
    switch (key) {
      case "topic describe":
        return async () => {
          const meta = await a.fetchTopicMetadata({ topics: [name] });
          return meta.topics.some((t) => t.name === name) ? [] : [29];
        };
      case "topic read":
        return async () => {
          const reader = new GrouplessReader(this.kafka, name);
          try {
            const parts = await reader.connect();
            for (const p of parts) reader.seek(p, 0n);
            await reader.poll(100);
            return [];
          } finally {
            await reader.disconnect().catch(() => undefined);
          }
        };
      case "topic write":
        return async () => {
          await this.producer.send({ topic: name, acks: 1, messages: [{ value: "kegw agreement probe" }] });
          return [];
        };
      case "topic create":
        return async () => {
          try {
            await a.createTopics({ topics: [{ topic: name }], waitForLeaders: false });
          } catch (e) {
            if (!authorizationFailure(e) && /TOPIC_ALREADY_EXISTS|already exists/i.test(JSON.stringify(e, Object.getOwnPropertyNames(e)))) return [];
            throw e;
          }
          return [];
        };
      case "topic delete":
        return async () => {
          // the admin's metadata must hold the topic's leader (kafkajs answers KafkaJSBrokerNotFound otherwise)
          await a.fetchTopicMetadata({ topics: [name] });
          await a.deleteTopicRecords({ topic: name, partitions: [{ partition: 0, offset: "0" }] });
          return [];
        };
      case "topic alter":
        return async () => {
          await a.createPartitions({ validateOnly: true, topicPartitions: [{ topic: name, count: 2 }] });
          return [];
        };
      case "topic describe_configs":
        return async () => {
          const r = await a.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name }] });
          return r.resources.map((x) => x.errorCode);
        };
      case "topic alter_configs":
        return async () => {
          const r = await a.alterConfigs({ validateOnly: true, resources: [{ type: ConfigResourceTypes.TOPIC, name, configEntries: [{ name: "retention.ms", value: "604800000" }] }] });
          return (r as unknown as { resources: { errorCode: number }[] }).resources.map((x) => x.errorCode);
        };
      case "group describe":
        return async () => {
          const r = await a.describeGroups([name]);
          return r.groups.map((g) => (g as unknown as { errorCode?: number }).errorCode ?? 0);
        };
      case "group read":
        // OffsetCommit: group read, then topic read on a topic the client reads. As kafkajs's admin.setOffsets does it
        // (a paused consumer of the group seeks, and stops after its first fetch), but with a short fetch wait:
        // setOffsets' consumer waits kafkajs's default 5 s for that first fetch.
        return async () => {
          const topic = this.readableTopic;
          const consumer = this.kafka.consumer({ groupId: name, maxWaitTimeInMs: 100 });
          try {
            await consumer.connect();
            await consumer.subscribe({ topic, fromBeginning: true });
            await new Promise<void>((resolve, reject) => {
              consumer.on(consumer.events.FETCH, () => resolve());
              consumer.on(consumer.events.CRASH, (e) => reject(e.payload.error));
              consumer.run({ eachBatchAutoResolve: false, eachBatch: async () => undefined }).catch(reject);
              consumer.pause([{ topic }]);
              consumer.seek({ topic, partition: 0, offset: "0" });
            });
            return [];
          } finally {
            await consumer.disconnect().catch(() => undefined);
          }
        };
      case "group delete":
        return async () => {
          try {
            await a.deleteGroups([name]);
          } catch (e) {
            if (!authorizationFailure(e) && /GROUP_ID_NOT_FOUND|NON_EMPTY_GROUP/.test(JSON.stringify(e, Object.getOwnPropertyNames(e)))) return [];
            throw e;
          }
          return [];
        };
      default:
        throw new Error(`no broker probe for ${key}: add one to __tests__/support/kafka.ts`);
    }
  }
}
