// Reading a topic without a consumer group (like kafka-console-consumer --partition): ListOffsets + Fetch straight to
// the partition leaders, so reading needs topic describe + read and no group ACL. kafkajs 2.2 has no public API for
// this; it uses kafkajs's internal cluster (package.json pins kafkajs 2.2.4), and checks for it.
import type { Kafka } from "kafkajs";

export interface FetchedRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly timestamp: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
}

interface InternalRecord {
  offset: string;
  timestamp: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, Buffer | Buffer[] | string | undefined>;
  isControlRecord?: boolean;
}
interface InternalBroker {
  fetch(req: {
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: { topic: string; partitions: { partition: number; fetchOffset: string; maxBytes: number }[] }[];
  }): Promise<{ responses: { topicName: string; partitions: { partition: number; highWatermark: string; messages: InternalRecord[] }[] }[] }>;
}
interface InternalCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  addTargetTopic(topic: string): Promise<void>;
  findTopicPartitionMetadata(topic: string): { partitionId: number; leader: number }[];
  findBroker(q: { nodeId: string | number }): Promise<InternalBroker>;
}

function headerText(h: Buffer | Buffer[] | string | undefined): string {
  if (h === undefined) return "";
  if (Array.isArray(h)) return h.map((x) => x.toString("utf8")).join(",");
  return h.toString();
}

/** Reads partitions of one topic from given offsets; each poll() returns what the leaders sent. */
export class GrouplessReader {
  private readonly cluster: InternalCluster;
  private readonly next = new Map<number, bigint>();
  private leaders = new Map<number, number>();

  constructor(kafka: Kafka, readonly topic: string) {
    const sym = Object.getOwnPropertySymbols(kafka).find((s) => s.description === "private:Kafka:createCluster");
    const create = sym ? (kafka as unknown as Record<symbol, unknown>)[sym] : undefined;
    if (typeof create !== "function") throw new Error("reading without a consumer group needs kafkajs 2.2 (its internal cluster API is missing): use --group");
    this.cluster = create({ metadataMaxAge: 300_000, allowAutoTopicCreation: false, isolationLevel: 1 }) as InternalCluster;
  }

  /** Connects and learns the partitions and their leaders (needs topic describe). */
  async connect(): Promise<number[]> {
    await this.cluster.connect();
    await this.cluster.addTargetTopic(this.topic);
    const parts = this.cluster.findTopicPartitionMetadata(this.topic);
    this.leaders = new Map(parts.map((p) => [p.partitionId, p.leader]));
    return [...this.leaders.keys()].sort((a, b) => a - b);
  }

  seek(partition: number, offset: string | bigint): void {
    this.next.set(partition, BigInt(offset));
  }

  async poll(maxWaitMs: number): Promise<FetchedRecord[]> {
    const byLeader = new Map<number, number[]>();
    for (const p of this.next.keys()) {
      const leader = this.leaders.get(p);
      if (leader === undefined) throw new Error(`no leader known for ${this.topic} partition ${p}`);
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), p]);
    }
    const results = await Promise.all(
      [...byLeader].map(async ([leader, partitions]) => {
        const broker = await this.cluster.findBroker({ nodeId: String(leader) });
        return broker.fetch({
          isolationLevel: 1,
          maxWaitTime: maxWaitMs,
          minBytes: 1,
          maxBytes: 8 * 1024 * 1024,
          topics: [{ topic: this.topic, partitions: partitions.map((p) => ({ partition: p, fetchOffset: String(this.next.get(p)), maxBytes: 4 * 1024 * 1024 })) }],
        });
      }),
    );
    const out: FetchedRecord[] = [];
    for (const r of results) {
      for (const t of r.responses) {
        for (const p of t.partitions) {
          const from = this.next.get(p.partition) ?? 0n;
          let last = from - 1n;
          for (const m of p.messages) {
            const off = BigInt(m.offset);
            if (off < from) continue; // a batch can start before the offset asked for
            last = off;
            if (m.isControlRecord) continue;
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(m.headers ?? {})) headers[k] = headerText(v);
            out.push({ topic: this.topic, partition: p.partition, offset: m.offset, timestamp: m.timestamp, key: m.key, value: m.value, headers });
          }
          if (last >= from) this.next.set(p.partition, last + 1n);
        }
      }
    }
    return out;
  }

  async disconnect(): Promise<void> {
    await this.cluster.disconnect();
  }
}

/**
 * kafkajs reports every FindCoordinator failure as "Failed to find group coordinator" and drops the cause; this asks
 * the bootstrap broker directly and returns the error it gives (e.g. GROUP_AUTHORIZATION_FAILED), or undefined.
 */
export async function groupCoordinatorError(kafka: Kafka, groupId: string): Promise<unknown> {
  const sym = Object.getOwnPropertySymbols(kafka).find((s) => s.description === "private:Kafka:createCluster");
  const create = sym ? (kafka as unknown as Record<symbol, unknown>)[sym] : undefined;
  if (typeof create !== "function") return undefined;
  const cluster = create({ metadataMaxAge: 300_000, allowAutoTopicCreation: false }) as InternalCluster & {
    brokerPool?: { seedBroker?: { findGroupCoordinator(q: { groupId: string; coordinatorType: number }): Promise<unknown> } };
  };
  try {
    await cluster.connect();
    const seed = cluster.brokerPool?.seedBroker;
    if (!seed) return undefined;
    await seed.findGroupCoordinator({ groupId, coordinatorType: 0 });
    return undefined;
  } catch (e) {
    return e;
  } finally {
    await cluster.disconnect().catch(() => undefined);
  }
}
