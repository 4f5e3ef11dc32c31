// The explainer's public answers on small stacks made with the constructs: which stacks it takes, which virtual
// cluster and client a request names, decisions for ACL operations and Kafka requests with the reasons users read,
// the matrix's default resources, skip-record answers, and which clients see an encrypted topic decrypted.
// Stacks are synthesized in beforeAll (the constructs are judged by their own tests); the explainer is made in each
// test, so that mutation testing sees its code reached by the test that checks it.
import * as path from "node:path";
import { Condition, ClientAuthentication, EncryptionKey, EventGateway, KongIdentity, NamespaceSelector, Secret, type IVirtualCluster } from "../constructs";
import { explainDecryption, Explainer } from "../constructs/explain";
import { type KongIdentityLookupRequest } from "../constructs/kong-identity/lookup";
import { lookupAnswer, readRule, thrownAsPrinted, writeLookupContext } from "./support/fixtures";
import { scratchDir } from "./support/scratch";
import { newStack, synth } from "./support/synth";


/**
 * Kong Identity clients `app` and `auditor`, and a virtual cluster `orders-vc` (construct ID `vc`) that takes their
 * tokens; `build` adds the policies (given the app's principal).
 */
function team(build: (vc: IVirtualCluster, clients: { app: string }) => void = () => undefined, namespace?: Parameters<EventGateway["addVirtualCluster"]>[1]["namespace"]) {
  const stack = newStack("team");
  const idp = new KongIdentity(stack, "idp", { audience: "kafka" });
  const app = idp.addClient("app");
  idp.addClient("auditor");
  const gw = new EventGateway(stack, "gw");
  const vc = gw.addVirtualCluster("vc", {
    name: "orders-vc",
    destination: gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] }),
    dnsLabel: "orders",
    namespace,
    authentication: [ClientAuthentication.oauthBearer({ authServer: idp })],
  });
  build(vc, { app: app.principalName });
  return synth(stack);
}

describe("what the explainer takes", () => {
  let lookupOnly: any;
  beforeAll(() => {
    // a stack that only looks up an auth server and its clients: a data block, no resource
    const request: KongIdentityLookupRequest = { region: "us", authServer: { name: "Kafka Dev" }, clients: { app: { name: "app" } } };
    const cacheFile = writeLookupContext(path.join(scratchDir("explain-decisions"), "kong-identity.context.json"), request, lookupAnswer({ app: { id: "app-id-1", name: "app" } }));
    const stack = newStack("lookup-only");
    KongIdentity.fromLookup(stack, "identity", { ...request, cacheFile });
    lookupOnly = synth(stack);
  });

  test("a synthesized stack with a resource or a data block; anything else is refused, as an ExplainError", () => {
    const refused = "ExplainError: not a synthesized cdktf stack (cdk.tf.json): it has no resource or data block";
    for (const notAStack of [{}, null, undefined, "cdk.tf.json", 42, [], { output: {} }]) expect(thrownAsPrinted(() => new Explainer(notAStack))).toBe(refused);
    expect(lookupOnly.resource).toBeUndefined();
    expect(new Explainer(lookupOnly).clients.map((c) => [c.name, c.principal])).toEqual([["app", "app-id-1"]]);
  });
});

describe("which virtual cluster and client a request names", () => {
  let two: any;
  let none: any;
  let one: any;
  beforeAll(() => {
    const stack = newStack("two");
    const gw = new EventGateway(stack, "gw");
    const b = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
    const auth = [ClientAuthentication.saslScram({ algorithm: "sha256" })];
    gw.addVirtualCluster("orders", { name: "orders-vc", destination: b, dnsLabel: "orders", authentication: auth }).addAclPolicy("all", { rules: [readRule(["*"])] });
    gw.addVirtualCluster("billing", { name: "billing-vc", destination: b, dnsLabel: "billing", authentication: auth, aclMode: "passthrough" });
    two = synth(stack);
    const identityOnly = newStack("identity-only");
    new KongIdentity(identityOnly, "idp", { audience: "kafka" }).addClient("app");
    none = synth(identityOnly);
    one = team((vc, c) => vc.addAclPolicy("app-reads", { condition: Condition.principalIs(c.app), rules: [readRule(["orders"])] }));
  });

  test("the only virtual cluster by default; with none or several, the error says so", () => {
    expect(thrownAsPrinted(() => new Explainer(none).decide({ client: "app", operation: "read", topic: "t" }))).toBe("ExplainError: the stack has no virtual cluster");
    expect(thrownAsPrinted(() => new Explainer(two).decide({ principal: "x", operation: "read", topic: "t" }))).toBe(
      "ExplainError: the stack has several virtual clusters; name one: billing-vc, orders-vc",
    );
    expect(new Explainer(one).decide({ client: "app", operation: "read", topic: "orders" })).toMatchObject({ decision: "allow", virtualCluster: "orders-vc" });
  });

  test("a virtual cluster by its name or its logical ID; an unknown one is named with the ones there are", () => {
    const ex = new Explainer(two);
    const logicalIds = Object.keys(two.resource.konnect_event_gateway_virtual_cluster);
    expect(logicalIds).toEqual([expect.stringMatching(/^gw_billing_[0-9A-F]{8}$/), expect.stringMatching(/^gw_orders_[0-9A-F]{8}$/)]);
    expect(ex.decide({ principal: "x", operation: "read", topic: "t", virtualCluster: "billing-vc" })).toMatchObject({ decision: "allow", virtualCluster: "billing-vc", policy: null });
    expect(ex.decide({ principal: "x", operation: "read", topic: "t", virtualCluster: logicalIds[0] })).toMatchObject({ decision: "allow", virtualCluster: "billing-vc", policy: null });
    expect(ex.decide({ principal: "x", operation: "read", topic: "t", virtualCluster: logicalIds[1] })).toMatchObject({ decision: "allow", virtualCluster: "orders-vc", policy: "all" });
    expect(thrownAsPrinted(() => ex.decide({ principal: "x", operation: "read", topic: "t", virtualCluster: "nope" }))).toBe(
      'ExplainError: no virtual cluster "nope"; the stack has billing-vc, orders-vc',
    );
  });

  test("a client by its name or by the Terraform reference that stands for its ID before deploy", () => {
    const ex = new Explainer(one);
    const reference = ex.clients[0].reference;
    expect(reference).toMatch(/^\$\{konnect_identity_auth_server_client\.idp_app_[0-9A-F]{8}\.id\}$/);
    for (const client of ["app", reference]) {
      expect(ex.decide({ client, operation: "read", topic: "orders" })).toMatchObject({ decision: "allow", client: "app", principal: reference, policy: "app-reads" });
    }
    expect(ex.client(reference)?.name).toBe("app");
  });

  test("a matrix needs clients: the stack's, or named ones", () => {
    const ex = new Explainer(two);
    expect(thrownAsPrinted(() => ex.matrix({ virtualCluster: "orders-vc" }))).toBe("ExplainError: the stack has no Kong Identity clients: name the clients (--client)");
    expect(thrownAsPrinted(() => ex.matrix({ virtualCluster: "orders-vc", clients: [] }))).toBe("ExplainError: the stack has no Kong Identity clients: name the clients (--client)");
    expect(ex.matrix({ virtualCluster: "orders-vc", clients: ["someone"], topicOperations: ["read"] }).map((d) => `${d.principal} ${d.operation} ${d.resourceName} ${d.decision}`)).toEqual([
      "someone read other allow",
    ]);
  });
});

describe("decisions and their reasons", () => {
  const stacks: Record<"consumers" | "policies" | "none" | "disabled", any> = {} as any;
  beforeAll(() => {
    stacks.consumers = team((vc) => vc.addAclPolicy("consumers", { rules: [readRule(["orders"]), { resourceType: "group", operations: ["read"], resourceNames: ["billing"] }] }));
    // the synthesized JSON, the stack's order, has the policies by logical ID: no-audit-writes, readers, wide
    stacks.policies = team((vc, c) => {
      vc.addAclPolicy("readers", { rules: [{ resourceType: "topic", operations: ["read", "write"], resourceNames: ["orders"] }, readRule(["*"])] });
      vc.addAclPolicy("wide", { rules: [readRule(["*"])] });
      vc.addAclPolicy("no-audit-writes", { condition: Condition.principalIs(c.app), rules: [{ action: "deny", resourceType: "topic", operations: ["write"], resourceNames: ["audit-*"] }] });
    });
    stacks.none = team();
    stacks.disabled = team((vc) => vc.addAclPolicy("off", { enabled: false, rules: [readRule(["*"])] }));
  });

  test("a request needs an operation or a Kafka request; a Kafka request needs the resources its checks are about", () => {
    const ex = new Explainer(stacks.consumers);
    const err = (req: Parameters<Explainer["decide"]>[0]) => thrownAsPrinted(() => ex.decide(req));
    expect(err({ principal: "x", topic: "t" })).toBe("ExplainError: an operation (or a Kafka request) is needed");
    // an unknown request names the known ones: the near ones when there are, else all of them (KAFKA_REQUESTS's order)
    const all = "Produce, TransactionalProduce, Fetch, ListOffsets, Metadata, OffsetForLeaderEpoch, DescribeProducers, CreateTopics, DeleteTopics, DeleteRecords, CreatePartitions, DescribeConfigs, AlterConfigs, IncrementalAlterConfigs, FindCoordinator, JoinGroup, SyncGroup, Heartbeat, LeaveGroup, ConsumerGroupHeartbeat, OffsetCommit, OffsetFetch, OffsetDelete, DescribeGroups, ListGroups, DeleteGroups, InitProducerId, TransactionalInitProducerId, AddPartitionsToTxn, AddOffsetsToTxn, TxnOffsetCommit, EndTxn, FindTransactionCoordinator, DescribeTransactions, ListTransactions, DescribeCluster, DescribeAcls, CreateAcls, DeleteAcls";
    expect(err({ principal: "x", request: "Teleport", topic: "t" })).toBe(`ExplainError: unknown Kafka request "Teleport": one of ${all}`);
    expect(err({ principal: "x", request: "Produse", topic: "t" })).toBe('ExplainError: unknown Kafka request "Produse"; did you mean Produce?');
    expect(err({ principal: "x", request: "Commit", topic: "t" })).toBe('ExplainError: unknown Kafka request "Commit"; did you mean OffsetCommit or TxnOffsetCommit?');
    expect(err({ principal: "x", request: "x".repeat(100), topic: "t" })).toBe(`ExplainError: unknown Kafka request "${"x".repeat(80)}… (100 characters): one of ${all}`);
    expect(err({ principal: "x", request: "Produce", group: "g" })).toBe("ExplainError: Produce needs a --topic");
    expect(err({ principal: "x", request: "OffsetCommit", topic: "t" })).toBe("ExplainError: OffsetCommit needs a --group");
    expect(err({ principal: "x", request: "EndTxn", topic: "t" })).toBe("ExplainError: EndTxn needs a --transactional-id");
  });

  test("a Kafka request: every check it needs, the last one (or the first denied) as the decision, the requirements in the reason", () => {
    const ex = new Explainer(stacks.consumers);
    const allowed = ex.decide({ principal: "x", request: "OffsetCommit", group: "billing", topic: "orders" });
    expect({ ...allowed, checks: allowed.checks?.map((c) => `${c.decision} ${c.operation} ${c.resourceType} ${c.resourceName}`) }).toEqual({
      decision: "allow",
      client: null,
      principal: "x",
      virtualCluster: "orders-vc",
      request: "OffsetCommit",
      operation: "read",
      resourceType: "topic",
      resourceName: "orders",
      backendName: "orders",
      policy: "consumers",
      rule: 'rules[0]: allow topic read on "orders"',
      reason: "OffsetCommit needs group read and topic read; each requirement is met",
      checks: ["allow read group billing", "allow read topic orders"],
    });
    const denied = ex.decide({ principal: "x", request: "OffsetCommit", group: "payroll", topic: "orders" });
    expect(denied).toMatchObject({ decision: "deny", operation: "read", resourceType: "group", resourceName: "payroll", policy: null, rule: null });
    expect(denied.reason).toBe(
      'OffsetCommit needs group read and topic read; read on group "payroll" is denied: no rule of the policies that apply (consumers) allows read on group "payroll"; default deny',
    );
    // a check about a resource the request does not name is left out when another check of the same entry can decide
    expect(ex.decide({ principal: "x", request: "ListGroups" }).checks?.map((c) => `${c.operation} ${c.resourceType} ${c.resourceName}`)).toEqual(["describe cluster kafka-cluster"]);
    expect(ex.decide({ principal: "x", request: "CreateTopics", topic: "new" }).checks?.map((c) => `${c.operation} ${c.resourceType} ${c.resourceName}`)).toEqual([
      "create cluster kafka-cluster",
      "create topic new",
    ]);
  });

  test("allow and deny: the deciding policy and rule, the first matching allow, implied operations said so", () => {
    const ex = new Explainer(stacks.policies);
    expect(ex.decide({ principal: "x", operation: "read", topic: "orders" })).toMatchObject({
      decision: "allow",
      policy: "readers",
      rule: 'rules[0]: allow topic read, write on "orders"',
      reason: "policy readers applies and its allow rule matches",
    });
    expect(ex.decide({ principal: "x", operation: "read", topic: "other" })).toMatchObject({ policy: "readers", rule: 'rules[1]: allow topic read on "*"' });
    expect(ex.decide({ principal: "x", operation: "describe", topic: "orders" })).toMatchObject({
      decision: "allow",
      policy: "readers",
      reason: "policy readers applies and its allow rule matches (describe is implied by read, write)",
    });
    expect(ex.decide({ client: "app", operation: "write", topic: "audit-log" })).toMatchObject({
      decision: "deny",
      policy: "no-audit-writes",
      rule: 'rules[0]: deny topic write on "audit-*"',
      reason: "policy no-audit-writes applies and its deny rule matches; a deny beats any allow",
    });
    expect(ex.decide({ principal: "x", operation: "delete", topic: "orders" })).toMatchObject({
      decision: "deny",
      policy: null,
      reason: 'no rule of the policies that apply (readers, wide) allows delete on topic "orders"; default deny',
    });
  });

  test("no enabled ACL policy: everything is denied, and the reason says why", () => {
    const reason = "no ACL policy: with acl_mode enforce_on_gateway everything is denied";
    const without = new Explainer(stacks.none);
    expect(without.decide({ client: "app", operation: "read", topic: "orders" })).toMatchObject({ decision: "deny", policy: null, reason });
    const disabled = new Explainer(stacks.disabled);
    expect(disabled.decide({ client: "app", operation: "read", topic: "orders" })).toMatchObject({ decision: "deny", policy: null, reason });
  });
});

describe("the matrix's default resources", () => {
  let json: any;
  beforeAll(() => {
    json = team(
      (vc) =>
        vc.addAclPolicy("mixed", {
          rules: [
            readRule(["orders", "audit-*"]),
            { resourceType: "group", operations: ["read"], resourceNames: ["billing"] },
            { resourceType: "transactional_id", operations: ["write"], resourceNames: ["tx-1"] },
            { resourceType: "cluster", operations: ["describe"], resourceNames: ["kafka-cluster"] },
          ],
        }),
      {
        prefix: "team-",
        additionalTopics: [NamespaceSelector.exact(["legacy.orders"]), NamespaceSelector.glob("shared-*")],
        additionalConsumerGroups: [NamespaceSelector.exact(["ops"]), NamespaceSelector.glob("tools-*")],
      },
    );
  });

  test("topics and groups named in the topic and group rules (globs by a sample) and the namespace's additional exact names", () => {
    const ex = new Explainer(json);
    expect(ex.resources(ex.virtualCluster())).toEqual({ topics: ["orders", "audit-other", "legacy.orders"], groups: ["billing", "ops"] });
    const rows = ex.matrix({ topicOperations: ["read"], groupOperations: ["read"] });
    expect(rows.map((d) => `${d.client} ${d.resourceType} ${d.resourceName} -> ${d.backendName} ${d.decision}`)).toEqual([
      "app topic orders -> team-orders allow",
      "app topic audit-other -> team-audit-other allow",
      "app topic legacy.orders -> legacy.orders deny",
      "app group billing -> team-billing allow",
      "app group ops -> ops deny",
      "auditor topic orders -> team-orders allow",
      "auditor topic audit-other -> team-audit-other allow",
      "auditor topic legacy.orders -> legacy.orders deny",
      "auditor group billing -> team-billing allow",
      "auditor group ops -> ops deny",
    ]);
  });
});

describe("skip-record answers", () => {
  let json: any;
  let off: any;
  let none: any;
  let untraced: any;
  beforeAll(() => {
    off = team((vc) => vc.addSkipRecordPolicy("drop-old", { enabled: false, condition: Condition.recordHeaderEquals("version", "1") }));
    none = team();
    untraced = team((vc) => vc.addSkipRecordPolicy("drop-untraced", { condition: Condition.raw("record.headers['trace'] == ''") }));
    json = team((vc) => {
      vc.addAclPolicy("all", { rules: [readRule(["*"])] });
      vc.addSkipRecordPolicy("drop-internal", { condition: Condition.recordHeaderEquals("internal", "true") });
      vc.addSkipRecordPolicy("drop-audit-debug", { condition: Condition.and(Condition.topicIs("audit"), Condition.recordHeaderEquals("level", "debug")) });
      vc.addSkipRecordPolicy("drop-old", { enabled: false, condition: Condition.recordHeaderEquals("version", "1") });
    });
  });

  test("the policy that selects the record, on the topic asked about; a disabled policy selects nothing and is not named", () => {
    const ex = new Explainer(json);
    const on = (topic: string, headers: Record<string, string>) => ex.skipRecord({ client: "app", topic, headers });
    expect(on("audit", { internal: "false", level: "debug" })).toEqual({
      skipped: true,
      client: "app",
      principal: ex.clients[0].principal,
      topic: "audit",
      policy: "drop-audit-debug",
      reason: "skip-record policy drop-audit-debug selects the record",
    });
    expect(on("orders", { internal: "false", level: "debug", version: "1" })).toEqual({
      skipped: false,
      client: "app",
      principal: ex.clients[0].principal,
      topic: "orders",
      policy: null,
      reason: "no skip-record policy selects the record (drop-audit-debug, drop-internal)",
    });
  });

  test("no enabled skip-record policy: said so", () => {
    for (const stack of [none, off]) {
      expect(new Explainer(stack).skipRecord({ principal: "x", topic: "orders", headers: { version: "1" } })).toMatchObject({ skipped: false, policy: null, reason: "no skip-record policy" });
    }
  });

  test("stance missingHeader empty: a header the record lacks reads as the empty string", () => {
    expect(new Explainer(untraced, { stances: { missingHeader: "empty" } }).skipRecord({ principal: "x", topic: "orders" })).toMatchObject({ skipped: true, policy: "drop-untraced" });
    expect(new Explainer(untraced, { stances: { missingHeader: "empty" } }).skipRecord({ principal: "x", topic: "orders", headers: { trace: "t-1" } })).toMatchObject({ skipped: false });
  });
});

describe("who sees an encrypted topic decrypted", () => {
  let byClient: any;
  beforeAll(() => {
    const stack = newStack("crypto");
    const idp = new KongIdentity(stack, "idp", { audience: "kafka" });
    const billing = idp.addClient("billing");
    const auditor = idp.addClient("auditor");
    idp.addClient("other");
    const gw = new EventGateway(stack, "gw");
    const vc = gw.addVirtualCluster("vc", {
      destination: gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] }),
      dnsLabel: "vc",
      authentication: [ClientAuthentication.oauthBearer({ authServer: idp })],
    });
    const key = EncryptionKey.fromStaticKey(gw.addStaticKey("k", { value: Secret.vaultReference("${vault.env['ORDERS_KEY']}") }));
    vc.encryptTopics("values", { topics: ["payments"], key, decryptFor: Condition.principalIs(billing) });
    vc.encryptTopics("keys", { topics: ["payments"], key, parts: ["key"], decryptFor: Condition.principalIs(auditor) });
    // decrypted unless the record is marked redacted
    vc.encryptTopics("redactable", { topics: ["notes"], key, decryptFor: Condition.raw("!('redacted' in record.headers)") });
    byClient = synth(stack);
  });

  test("each decrypt policy's own condition decides for it", () => {
    const ex = new Explainer(byClient);
    const outcome = (client: string) => {
      const d = explainDecryption(ex, byClient, { client, topic: "payments" });
      return `${d.outcome}: ${d.decrypted.join(", ")}`;
    };
    expect(["billing", "auditor", "other"].map(outcome)).toEqual(["partly: value", "partly: key", "encrypted: "]);
  });

  test("a condition on record headers sees a record without headers", () => {
    expect(explainDecryption(new Explainer(byClient), byClient, { client: "other", topic: "notes" })).toMatchObject({ outcome: "decrypted", decrypted: ["value"], decryptPolicies: ["redactable-decrypt"] });
  });
});
