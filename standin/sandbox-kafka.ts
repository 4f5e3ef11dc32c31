// The sandbox's Kafka: a real single-node Apache Kafka (standin/kafka.ts) in the place of the event gateway's data
// plane, so the tutorial's last steps (a token, produce, consume, the reader refused a write) run locally.
// Its OAUTHBEARER listener validates tokens against the deployed auth server's JWKS on the stand-in, with the issuer
// and audience from the stack's outputs; its ACLs are derived from the deployed stack's synthesized ACL policies
// through the explainer (constructs/explain), for the subset Kafka can express, naming the real client IDs.
import * as net from "node:net";
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, logLevel, ResourcePatternTypes, type AclEntry } from "kafkajs";
import { CLIENTS, clientIdOutput, OUTPUT } from "../app/outputs";
import { Explainer, kafkaAclBindings, type KafkaAclBinding } from "../constructs/explain";
import { startKafka, type KafkaBroker } from "./kafka";

/** What the sandbox's Kafka is and is not; printed once at start and stated in the README. */
export const SANDBOX_KAFKA_NOTICE =
  "Kafka here is Apache Kafka's own authorizer standing in for the gateway's policies: its ACLs are derived from the " +
  "deployed stack's ACL policies through the explainer (the same decisions as `npm run explain`), skip-record " +
  "policies are not applied, and there is no namespace mapping (hide_prefix), so clients use the client-visible topic names.";

/** The topic the client's `check` uses by default; always created. */
const CHECK_TOPIC = "topic";

export interface SandboxKafkaOptions {
  /** The synthesized stack (cdk.tf.json) that was deployed. */
  readonly stack: unknown;
  /** The deployed stack's outputs (`{ name: value }`). */
  readonly outputs: Readonly<Record<string, string>>;
  /** Where the broker's log is kept if it fails to start. */
  readonly failureLog: string;
}

export interface SandboxKafka {
  readonly broker: KafkaBroker;
  /** host:port clients connect to. */
  readonly bootstrap: string;
  /** True when that is the stack's `bootstrap_server` (else the port was taken and a free one is used). */
  readonly onStackBootstrap: boolean;
  readonly bindings: readonly KafkaAclBinding[];
  /** The topics created (client-visible names). */
  readonly topics: readonly string[];
}

/** Starts the broker, creates the topics the policies name, and grants the derived ACLs. */
export async function startSandboxKafka(opts: SandboxKafkaOptions): Promise<SandboxKafka> {
  const out = opts.outputs;
  for (const name of [OUTPUT.jwksUrl, OUTPUT.issuerUrl, OUTPUT.audience, ...CLIENTS.map(clientIdOutput)]) {
    if (!out[name]) throw new Error(`the deployed stack has no ${name} output, which the sandbox's Kafka needs`);
  }
  // Derive first: a stack outside what Kafka can express stops here, before a JVM starts.
  const explainer = new Explainer(opts.stack, { outputs: out });
  const bindings = kafkaAclBindings(explainer);
  const topics = topicsOf(bindings);

  const wanted = portOf(out[OUTPUT.bootstrapServer]);
  const onStackBootstrap = wanted !== undefined && (await portIsFree(wanted));
  const broker = await startKafka({
    jwksUrl: out[OUTPUT.jwksUrl]!,
    expectedIssuer: out[OUTPUT.issuerUrl]!,
    expectedAudience: out[OUTPUT.audience]!,
    acls: true,
    clientPort: onStackBootstrap ? wanted : undefined,
    failureLog: opts.failureLog,
  });
  try {
    const admin = new Kafka({ brokers: [broker.adminBootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    try {
      await admin.createTopics({ waitForLeaders: true, topics: topics.map((topic) => ({ topic, numPartitions: 1 })) });
      if (bindings.length) await admin.createAcls({ acl: kafkajsAcls(bindings) });
    } finally {
      await admin.disconnect();
    }
  } catch (e) {
    await broker.stop();
    throw e;
  }
  const host = onStackBootstrap ? out[OUTPUT.bootstrapServer]! : broker.bootstrap;
  return { broker, bootstrap: host, onStackBootstrap, bindings, topics };
}

/** kafkajs ACL entries for the bindings the explainer derives (constructs/explain kafkaAclBindings). */
export function kafkajsAcls(bindings: readonly KafkaAclBinding[]): AclEntry[] {
  return bindings.map((b) => ({
    principal: b.principal,
    host: "*",
    resourceType: AclResourceTypes[b.resourceType],
    resourceName: b.resourceName,
    resourcePatternType: ResourcePatternTypes[b.patternType],
    operation: AclOperationTypes[b.operation],
    permissionType: AclPermissionTypes[b.permission],
  }));
}

/** The exact topic names the ACLs grant on, and the check's topic: what a client of the sandbox can use. */
export function topicsOf(bindings: readonly KafkaAclBinding[]): string[] {
  const named = bindings.filter((b) => b.resourceType === "TOPIC" && b.patternType === "LITERAL" && b.resourceName !== "*").map((b) => b.resourceName);
  return [...new Set([CHECK_TOPIC, ...named])].sort();
}

function portOf(hostPort: string | undefined): number | undefined {
  const m = /:(\d{1,5})$/.exec(hostPort ?? "");
  return m ? Number(m[1]) : undefined;
}

/** True when nothing listens on 127.0.0.1:port (a bind test, closed at once). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}
