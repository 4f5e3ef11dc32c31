// Which ACL operations a Kafka protocol request needs, following Kafka's own authorizer (kafka.server.KafkaApis and
// the "Operations and Resources on Protocols" table of Kafka's authorization docs). Kong documents no mapping of its
// own; this is the one place it is written down.
import type { AclOperation, AclResourceType } from "../acl-policy";

/** The name of Kafka's one cluster resource, which cluster-type ACL rules are matched against. */
export const KAFKA_CLUSTER = "kafka-cluster";

/** Which resource of the request a check is about. */
export type RequestResource = "topic" | "group" | "transactional_id" | "cluster";

/** One ACL check: an operation on a resource of the request. */
export interface AclCheck {
  readonly resourceType: AclResourceType;
  readonly operation: AclOperation;
}

/** A request needs every entry of `all`; an entry with several checks is satisfied by any one of them. */
export interface KafkaRequestRule {
  readonly request: string;
  readonly all: ReadonlyArray<readonly AclCheck[]>;
  /** What the request is for, and the conditions that select this row. */
  readonly note: string;
}

const c = (resourceType: AclResourceType, operation: AclOperation): AclCheck => ({ resourceType, operation });

export const KAFKA_REQUESTS: readonly KafkaRequestRule[] = [
  { request: "Produce", all: [[c("topic", "write")]], note: "records to a topic" },
  { request: "TransactionalProduce", all: [[c("transactional_id", "write")], [c("topic", "write")]], note: "Produce with a transactional ID" },
  { request: "Fetch", all: [[c("topic", "read")]], note: "a consumer reading records" },
  { request: "ListOffsets", all: [[c("topic", "describe")]], note: "earliest/latest offsets" },
  { request: "Metadata", all: [[c("topic", "describe")]], note: "topics a client may describe; others are hidden" },
  { request: "OffsetForLeaderEpoch", all: [[c("topic", "describe")]], note: "consumer offset validation" },
  { request: "DescribeProducers", all: [[c("topic", "read")]], note: "" },
  { request: "CreateTopics", all: [[c("cluster", "create"), c("topic", "create")]], note: "cluster create, or create on the topic" },
  { request: "DeleteTopics", all: [[c("topic", "delete")]], note: "" },
  { request: "DeleteRecords", all: [[c("topic", "delete")]], note: "" },
  { request: "CreatePartitions", all: [[c("topic", "alter")]], note: "" },
  { request: "DescribeConfigs", all: [[c("topic", "describe_configs")]], note: "of a topic" },
  { request: "AlterConfigs", all: [[c("topic", "alter_configs")]], note: "of a topic (also IncrementalAlterConfigs)" },
  { request: "IncrementalAlterConfigs", all: [[c("topic", "alter_configs")]], note: "of a topic" },
  { request: "FindCoordinator", all: [[c("group", "describe")]], note: "the group coordinator (key type group)" },
  { request: "JoinGroup", all: [[c("group", "read")]], note: "" },
  { request: "SyncGroup", all: [[c("group", "read")]], note: "" },
  { request: "Heartbeat", all: [[c("group", "read")]], note: "" },
  { request: "LeaveGroup", all: [[c("group", "read")]], note: "" },
  { request: "ConsumerGroupHeartbeat", all: [[c("group", "read")], [c("topic", "describe")]], note: "KIP-848 consumer groups" },
  { request: "OffsetCommit", all: [[c("group", "read")], [c("topic", "read")]], note: "" },
  { request: "OffsetFetch", all: [[c("group", "describe")], [c("topic", "describe")]], note: "" },
  { request: "OffsetDelete", all: [[c("group", "delete")], [c("topic", "read")]], note: "" },
  { request: "DescribeGroups", all: [[c("group", "describe")]], note: "" },
  { request: "ListGroups", all: [[c("cluster", "describe"), c("group", "describe")]], note: "all groups with cluster describe, else the groups one may describe" },
  { request: "DeleteGroups", all: [[c("group", "delete")]], note: "" },
  {
    request: "InitProducerId",
    all: [[c("cluster", "idempotent_write"), c("topic", "write")]],
    note: "idempotent producer without a transactional ID: cluster idempotent_write, or write on any topic (Kafka 3.0+)",
  },
  { request: "TransactionalInitProducerId", all: [[c("transactional_id", "write")]], note: "InitProducerId with a transactional ID" },
  { request: "AddPartitionsToTxn", all: [[c("transactional_id", "write")], [c("topic", "write")]], note: "" },
  { request: "AddOffsetsToTxn", all: [[c("transactional_id", "write")], [c("group", "read")]], note: "" },
  { request: "TxnOffsetCommit", all: [[c("transactional_id", "write")], [c("group", "read")], [c("topic", "read")]], note: "" },
  { request: "EndTxn", all: [[c("transactional_id", "write")]], note: "" },
  { request: "FindTransactionCoordinator", all: [[c("transactional_id", "describe")]], note: "FindCoordinator with key type transaction" },
  { request: "DescribeTransactions", all: [[c("transactional_id", "describe")]], note: "" },
  { request: "ListTransactions", all: [[c("transactional_id", "describe")]], note: "the transactions one may describe" },
  { request: "DescribeCluster", all: [[c("cluster", "describe")]], note: "" },
  { request: "DescribeAcls", all: [[c("cluster", "describe")]], note: "" },
  { request: "CreateAcls", all: [[c("cluster", "alter")]], note: "" },
  { request: "DeleteAcls", all: [[c("cluster", "alter")]], note: "" },
];

/** The row of a request name (case-insensitive), or undefined. */
export function kafkaRequest(name: string): KafkaRequestRule | undefined {
  const n = name.toLowerCase();
  return KAFKA_REQUESTS.find((r) => r.request.toLowerCase() === n);
}
