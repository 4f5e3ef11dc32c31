import { TerraformVariable } from "cdktf";
import {
  ClientAuthentication,
  Condition,
  EncryptionKey,
  EventGateway,
  RecordPolicy,
  SchemaValidation,
  Secret,
  StaticKey,
  ValidationError,
  type IRecordPolicy,
  type IVirtualCluster,
} from "../../constructs";
import { explainDecryption, Explainer } from "../../constructs/explain";
import { gatewayWithVirtualCluster } from "../support/fixtures";
import { only, synth } from "../support/synth";

function setup() {
  const { stack, gw, vc } = gatewayWithVirtualCluster();
  const key = gw.addStaticKey("orders-key", { value: Secret.vaultReference("${vault.env['ORDERS_KEY']}") });
  return { stack, gw, vc, key };
}

function parents(vc: IVirtualCluster, produceType = "schema_validation", consumeType = "schema_validation"): { produce: IRecordPolicy; consume: IRecordPolicy } {
  return {
    produce: RecordPolicy.fromRecordPolicyAttributes(vc, "sv-produce", { policyId: "sv-p", virtualCluster: vc, phase: "produce", policyType: produceType }),
    consume: RecordPolicy.fromRecordPolicyAttributes(vc, "sv-consume", { policyId: "sv-c", virtualCluster: vc, phase: "consume", policyType: consumeType }),
  };
}

const ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

describe("vc.encryptTopics", () => {
  test("one call, two policies: same topics and parts, the decrypt policy's key source from the key, decryptFor on consume only", () => {
    const { stack, vc, key } = setup();
    vc.encryptTopics("payments", {
      topics: ["payments", "cards-*"],
      key: EncryptionKey.fromStaticKey(key),
      parts: ["key", "value"],
      decryptFor: Condition.principalIs("billing-app"),
      description: "card data",
      labels: { team: "payments" },
    });
    const json = synth(stack);
    const common = { provider: "konnect-beta", gateway_id: "${konnect_event_gateway.gw.id}", virtual_cluster_id: expect.stringMatching(/^\$\{konnect_event_gateway_virtual_cluster\.gw_vc_[0-9A-F]{8}\.id\}$/), description: "card data", labels: { team: "payments" } };
    const topics = "(context.topic.name == 'payments') || (context.topic.name.startsWith('cards-'))";
    expect(only(json, "konnect_event_gateway_produce_policy_encrypt")).toEqual({
      ...common,
      name: "payments-encrypt",
      condition: topics,
      config: { encryption_key: { static: { key: { id: expect.stringMatching(/^\$\{konnect_event_gateway_static_key\.gw_orders-key_[0-9A-F]{8}\.id\}$/) } } }, part_of_record: ["key", "value"], failure_mode: "error" },
    });
    expect(only(json, "konnect_event_gateway_consume_policy_decrypt")).toEqual({
      ...common,
      name: "payments-decrypt",
      condition: `(${topics}) && (context.auth.principal.name == 'billing-app')`,
      config: { key_sources: [{ static: {} }], part_of_record: ["key", "value"], failure_mode: "passthrough" },
    });
  });

  test("AWS KMS key, every topic, defaults: value only, no condition, aws key source; failure modes given", () => {
    const { stack, vc } = setup();
    vc.encryptTopics("all", { topics: ["*"], key: EncryptionKey.awsKms(ARN), encryptFailureMode: "passthrough", decryptFailureMode: "error", enabled: false });
    const json = synth(stack);
    const enc = only(json, "konnect_event_gateway_produce_policy_encrypt");
    const dec = only(json, "konnect_event_gateway_consume_policy_decrypt");
    expect([enc.condition, enc.enabled, enc.config]).toEqual([undefined, false, { encryption_key: { aws: { arn: ARN } }, part_of_record: ["value"], failure_mode: "passthrough" }]);
    expect([dec.condition, dec.config]).toEqual([undefined, { key_sources: [{ aws: {} }], part_of_record: ["value"], failure_mode: "error" }]);
  });

  test("an imported static key of the same gateway; an ARN from a variable is checked at plan", () => {
    const { stack, vc } = setup();
    const imported = StaticKey.fromStaticKeyAttributes(stack, "k", { gateway: vc.gateway, staticKeyId: "key-1" });
    vc.encryptTopics("a", { topics: ["a"], key: EncryptionKey.fromStaticKey(imported) });
    const arn = new TerraformVariable(stack, "arn", { type: "string" });
    vc.encryptTopics("b", { topics: ["b"], key: EncryptionKey.awsKms(arn.stringValue) });
    const json = synth(stack);
    const policies = Object.values<any>(json.resource.konnect_event_gateway_produce_policy_encrypt);
    expect(policies[0].config.encryption_key).toEqual({ static: { key: { id: "key-1" } } });
    expect(policies[1].config.encryption_key).toEqual({ aws: { arn: "${var.arn}" } });
    // The ARN's checks (its length and its form), once: on the encrypt policy, whose key it is, not on the decrypt one.
    const checked = (r: any) => (r.lifecycle?.precondition ?? []).map((p: any) => p.error_message.slice(0, p.error_message.indexOf("${")));
    expect(policies.map(checked)).toEqual([[], ["test/gw/vc/b: key.arn ", "test/gw/vc/b: key.arn "]]);
    expect(Object.values<any>(json.resource.konnect_event_gateway_consume_policy_decrypt).map(checked)).toEqual([[], []]);
  });

  test("a whole list of topics that Terraform resolves later is refused in one line, naming its expression", () => {
    const { stack, vc } = setup();
    const topics = new TerraformVariable(stack, "topics", { type: "list(string)" });
    expect(() => vc.encryptTopics("e", { topics: topics.listValue, key: EncryptionKey.awsKms(ARN) })).toThrow(
      new Error('test/gw/vc/e: topics "${var.topics}" is invalid: topic names known at synth'),
    );
  });

  test.each([
    [{ topics: [] }, 'test/gw/vc/e: topics [] is invalid: at least one topic name, prefix* or *'],
    [{ topics: ["a*b"] }, `test/gw/vc/e: topics[0] "a*b" is invalid: a topic name, a prefix followed by one '*', or '*'`],
    [{ topics: ["**"] }, `test/gw/vc/e: topics[0] "**" is invalid`],
    [{ topics: ["*", "a*b", ""] }, `test/gw/vc/e: topics[1] "a*b" is invalid: a topic name, a prefix followed by one '*', or '*'`],
    [{ topics: ["*", ""] }, `test/gw/vc/e: topics[1] "" is invalid: a topic name, a prefix followed by one '*', or '*'`],
    [{ topics: ["a", "*"] }, `test/gw/vc/e: topics ["a","*"] is invalid: '*' alone (every topic), or topic names and prefixes without it`],
    [{ topics: ["it's"] }, `test/gw/vc/e: condition topic "it's" is invalid: a value without quotes, backslashes or line breaks (they could change the expression)`],
    [{ topics: ["t".repeat(250)] }, "test/gw/vc/e: topics[0]"],
    [{ parts: [] }, 'test/gw/vc/e: parts [] is invalid: key, value or both, each once'],
    [{ parts: ["value", "value"] }, 'test/gw/vc/e: parts ["value","value"] is invalid: key, value or both, each once'],
    [{ parts: ["headers"] }, 'test/gw/vc/e: parts[0] "headers" is invalid: one of key, value'],
    [{ encryptFailureMode: "reject" }, 'test/gw/vc/e: encryptFailureMode "reject" is invalid: one of error, passthrough'],
    [{ decryptFailureMode: "skip" }, 'test/gw/vc/e: decryptFailureMode "skip" is invalid: one of error, passthrough'],
    [{ key: EncryptionKey.awsKms("arn:aws:kms:eu-west-1:1234:key/x") }, 'test/gw/vc/e: key.arn "arn:aws:kms:eu-west-1:1234:key/x" is invalid: an AWS KMS key ARN of the aws partition: arn:aws:kms:<region>:<12-digit account>:key/<key id> or alias/<alias name>'],
    // The provider takes only ^arn:aws:kms:.+ (10-2048 characters): other partitions fail at plan, so at synth here.
    [{ key: EncryptionKey.awsKms("arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1") }, 'test/gw/vc/e: key.arn "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/mrk-1" is invalid: an AWS KMS key ARN of the aws partition'],
    [{ key: EncryptionKey.awsKms("arn:aws-cn:kms:cn-north-1:123456789012:alias/a") }, 'test/gw/vc/e: key.arn "arn:aws-cn:kms:cn-north-1:123456789012:alias/a" is invalid: an AWS KMS key ARN of the aws partition'],
    [{ key: EncryptionKey.awsKms(`arn:aws:kms:eu-west-1:123456789012:alias/${"a".repeat(2010)}`) }, "(2051 characters) is invalid: 10-2048 characters"],
    [{ key: EncryptionKey.awsKms("arn:aws:s3:::bucket") }, "test/gw/vc/e: key.arn"],
    [{ decryptFor: Condition.raw("context.auth.principal.name == ") }, "test/gw/vc/e: condition"],
    [{ decryptFor: Condition.raw("record.value.validated") }, "(consume phase)"],
    [{ name: "" }, 'test/gw/vc/e: name "" is invalid: 1-255 characters'],
    [{ name: "n".repeat(248) }, `test/gw/vc/e: name "${"n".repeat(80)}… (248 characters) is invalid: 1-247 characters`],
    [{ labels: { kong: "x" } }, 'test/gw/vc/e: labels "kong" is invalid'],
  ])("validation: %j", (options, message) => {
    const { vc, key } = setup();
    let thrown: unknown;
    try {
      vc.encryptTopics("e", { topics: ["t"], key: EncryptionKey.fromStaticKey(key), ...(options as object) });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as Error).message).toContain(message);
  });

  test("valid ARNs: key, multi-region key and alias, 2048 characters at most", () => {
    const longest = `arn:aws:kms:eu-west-1:123456789012:alias/${"a".repeat(2048 - "arn:aws:kms:eu-west-1:123456789012:alias/".length)}`;
    for (const arn of [ARN, "arn:aws:kms:us-east-1:123456789012:alias/orders", "arn:aws:kms:us-gov-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab", "arn:aws:kms:cn-north-1:123456789012:alias/a/b_c-d", longest]) {
      const { vc } = setup();
      expect(() => vc.encryptTopics("e", { topics: ["t"], key: EncryptionKey.awsKms(arn) })).not.toThrow();
    }
  });

  test("a static key of another gateway is refused; names are unique per virtual cluster", () => {
    const { stack, vc } = setup();
    const other = new EventGateway(stack, "other").addStaticKey("k", { value: Secret.vaultReference("${vault.env['K']}") });
    expect(() => vc.encryptTopics("e", { topics: ["t"], key: EncryptionKey.fromStaticKey(other) })).toThrow('test/gw/vc/e: key "test/other/k" is invalid: a static key of the virtual cluster\'s gateway');
    const key = StaticKey.fromStaticKeyAttributes(stack, "k2", { gateway: vc.gateway, staticKeyId: "x" });
    vc.encryptTopics("a", { name: "pay", topics: ["t"], key: EncryptionKey.fromStaticKey(key) });
    expect(() => vc.encryptTopics("b", { name: "pay", topics: ["t"], key: EncryptionKey.fromStaticKey(key) })).toThrow(
      'test/gw/vc/b: name "pay-encrypt" is invalid: unique among the policies of this virtual cluster; test/gw/vc/a already uses it',
    );
    // the decrypt policy's name is claimed too: another policy named refund-decrypt leaves refund-encrypt free, not the pair
    vc.addSkipRecordPolicy("skip", { name: "refund-decrypt", condition: Condition.topicIs("t") });
    expect(() => vc.encryptTopics("c", { name: "refund", topics: ["t"], key: EncryptionKey.fromStaticKey(key) })).toThrow(
      new Error('test/gw/vc/c: name "refund-decrypt" is invalid: unique among the policies of this virtual cluster; test/gw/vc/skip already uses it'),
    );
  });

  test("a topic Terraform resolves later: its length (1-249) checked at plan, as a literal topic's is at synth", () => {
    const { stack, vc, key } = setup();
    const topic = new TerraformVariable(stack, "topic", { type: "string" });
    vc.encryptTopics("e", { topics: [topic.stringValue, "b*"], key: EncryptionKey.fromStaticKey(key) });
    const enc = only(synth(stack), "konnect_event_gateway_produce_policy_encrypt");
    expect(enc.condition).toBe("(context.topic.name == '${var.topic}') || (context.topic.name.startsWith('b'))");
    expect(enc.lifecycle.precondition).toContainEqual({
      condition: "${((1 <= length(var.topic)) && (length(var.topic) <= 249))}",
      error_message: expect.stringMatching(/^test\/gw\/vc\/e: topics\[0\] \$\{.*\} is invalid: 1-249 characters$/),
    });
  });

  test("a whole list of parts that Terraform resolves later is refused in one line, naming its expression", () => {
    const { stack, vc, key } = setup();
    const parts = new TerraformVariable(stack, "parts", { type: "list(string)" });
    expect(() => vc.encryptTopics("e", { topics: ["t"], key: EncryptionKey.fromStaticKey(key), parts: parts.listValue as never })).toThrow(
      new Error('test/gw/vc/e: parts "${var.parts}" is invalid: key, value or both, known at synth'),
    );
  });
});

describe("vc.encryptFields", () => {
  test("one call, two child policies: every path encrypted with its key, the same paths decrypted with those keys' sources", () => {
    const { stack, vc, key } = setup();
    vc.encryptFields("pii", {
      parents: parents(vc),
      fields: [
        { paths: ["personal.ssn", "personal.dob"], key: EncryptionKey.fromStaticKey(key) },
        { paths: ["card.number"], key: EncryptionKey.awsKms(ARN) },
      ],
      topics: ["customers"],
      decryptFor: Condition.and(Condition.principalIs("support-app"), Condition.raw("record.value.validated")),
    });
    const json = synth(stack);
    const enc = only(json, "konnect_event_gateway_produce_policy_encrypt_fields");
    const dec = only(json, "konnect_event_gateway_consume_policy_decrypt_fields");
    expect(enc).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: expect.any(String),
      name: "pii-encrypt",
      parent_policy_id: "sv-p",
      condition: "context.topic.name == 'customers'",
      config: {
        failure_mode: "reject",
        encrypt_fields: [
          { encryption_key: { static: { key: { id: expect.any(String) } } }, paths: [{ match: "personal.ssn" }, { match: "personal.dob" }] },
          { encryption_key: { aws: { arn: ARN } }, paths: [{ match: "card.number" }] },
        ],
      },
    });
    expect(dec).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: expect.any(String),
      name: "pii-decrypt",
      parent_policy_id: "sv-c",
      condition: "(context.topic.name == 'customers') && ((context.auth.principal.name == 'support-app') && (record.value.validated))",
      config: {
        failure_mode: "passthrough",
        key_sources: [{ static: {} }, { aws: {} }],
        decrypt_fields: { paths: [{ match: "personal.ssn" }, { match: "personal.dob" }, { match: "card.number" }] },
      },
    });
  });

  test.each([
    [{ parents: "swap" }, `test/gw/vc/f: parent "test/gw/vc/sv-consume (consume)" is invalid: a policy of the produce phase, as the child runs in its parent's phase`],
    [{ parents: "skip" }, 'test/gw/vc/f: parent "test/gw/vc/sv-consume (skip_record)" is invalid: a schema_validation policy (Kong nests child policies only there)'],
    [{ parents: "other-vc" }, 'test/gw/vc/f: parent "test/gw/vc/sv-other" is invalid: a policy of the same virtual cluster'],
    [{ fields: [] }, "test/gw/vc/f: fields [] is invalid: at least one group of paths with its key"],
    [{ fields: [{ paths: [] }] }, "test/gw/vc/f: fields[0].paths [] is invalid: at least one field path"],
    [{ fields: [{ paths: ["a b"] }] }, 'test/gw/vc/f: fields[0].paths[0] "a b" is invalid: a field path without spaces'],
    [{ fields: [{ paths: ["p".repeat(1001)] }] }, `test/gw/vc/f: fields[0].paths[0] "${"p".repeat(80)}… (1001 characters) is invalid: a field path without spaces, at most 1000 characters, e.g. personal.ssn`],
    [{ fields: [{ paths: ["a"] }, { paths: ["a"] }] }, 'test/gw/vc/f: fields[1].paths[0] "a" is invalid: each path once: a field is encrypted with one key'],
    [{ encryptFailureMode: "error" }, 'test/gw/vc/f: encryptFailureMode "error" is invalid: one of reject, passthrough, mark'],
    [{ decryptFailureMode: "reject" }, 'test/gw/vc/f: decryptFailureMode "reject" is invalid: one of error, skip, passthrough, mark'],
    [{ topics: [] }, "test/gw/vc/f: topics [] is invalid"],
    // The provider's list limits: 1-256 groups, 50 paths per group, 50 paths in decrypt_fields (every group's).
    // 256 groups are allowed too, but each has a path, so the 50 paths in all refuse more than 50 groups first.
    [{ fields: Array.from({ length: 51 }, (_, i) => ({ paths: [`f${i}`] })) }, "(51 items) is invalid: at most 50 paths in all groups together"],
    [{ fields: [{ paths: Array.from({ length: 51 }, (_, i) => `f${i}`) }] }, 'test/gw/vc/f: fields[0].paths ["f0",'],
    [{ fields: [{ paths: Array.from({ length: 51 }, (_, i) => `f${i}`) }] }, "(51 items) is invalid: at most 50 paths per group (Konnect's limit)"],
    [{ fields: [{ paths: Array.from({ length: 30 }, (_, i) => `a${i}`) }, { paths: Array.from({ length: 21 }, (_, i) => `b${i}`) }] }, 'test/gw/vc/f: fields ["a0",'],
    [{ fields: [{ paths: Array.from({ length: 30 }, (_, i) => `a${i}`) }, { paths: Array.from({ length: 21 }, (_, i) => `b${i}`) }] }, "(51 items) is invalid: at most 50 paths in all groups together (the decrypt policy lists them all, and Konnect allows 50)"],
    [{ topics: undefined }, 'test/gw/vc/f: parents "conditions: produce unknown; consume unknown" is invalid: parents with the same condition known at synth, or topics: otherwise fields can be encrypted on topics where they are never decrypted'],
    [{ decryptFor: Condition.raw("record.value.nope == 1 && size('a') == 1") }, "test/gw/vc/f: condition"],
  ])("validation: %j", (options, message) => {
    const { vc, key } = setup();
    const o = options as any;
    let p = parents(vc);
    if (o.parents === "swap") p = { produce: p.consume, consume: p.produce };
    if (o.parents === "skip") p = { produce: p.produce, consume: RecordPolicy.fromRecordPolicyAttributes(vc, "sv-consume-2", { policyId: "x", virtualCluster: vc, phase: "consume", policyType: "skip_record" }) };
    if (o.parents === "skip") Object.defineProperty(p.consume.node, "path", { value: "test/gw/vc/sv-consume" });
    if (o.parents === "other-vc") {
      const other = vc.gateway.addVirtualCluster("vc2", { destination: (vc as any).node.scope.node.findChild("b"), dnsLabel: "vc2", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] });
      p = { ...p, produce: RecordPolicy.fromRecordPolicyAttributes(vc, "sv-other", { policyId: "y", virtualCluster: other, phase: "produce", policyType: "schema_validation" }) };
    }
    const fields = (o.fields ?? [{ paths: ["a"] }]).map((f: any) => ({ ...f, key: EncryptionKey.fromStaticKey(key) }));
    let thrown: unknown;
    try {
      vc.encryptFields("f", { topics: ["t"], ...o, parents: p, fields });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as Error).message).toContain(message);
  });

  test("the limits' largest: 50 paths in one group, each path 1000 characters", () => {
    const { stack, vc, key } = setup();
    const paths = Array.from({ length: 50 }, (_, i) => `${i}.`.padEnd(1000, "p"));
    vc.encryptFields("f", { parents: parents(vc), topics: ["t"], fields: [{ paths, key: EncryptionKey.fromStaticKey(key) }] });
    const dec = only(synth(stack), "konnect_event_gateway_consume_policy_decrypt_fields");
    expect(dec.config.decrypt_fields.paths).toEqual(paths.map((match) => ({ match })));
  });

  test("a path Terraform resolves later is taken as it is; the same one in two groups is refused", () => {
    const { stack, vc, key } = setup();
    const path = new TerraformVariable(stack, "path", { type: "string" }).stringValue;
    const p = parents(vc);
    vc.encryptFields("f", { parents: p, topics: ["t"], fields: [{ paths: [path, "ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    expect(only(synth(stack), "konnect_event_gateway_produce_policy_encrypt_fields").config.encrypt_fields[0].paths).toEqual([{ match: "${var.path}" }, { match: "ssn" }]);
    const twice = [{ paths: [path], key: EncryptionKey.fromStaticKey(key) }, { paths: [path], key: EncryptionKey.awsKms(ARN) }];
    expect(() => vc.encryptFields("g", { parents: p, topics: ["t"], fields: twice })).toThrow(
      new Error('test/gw/vc/g: fields[1].paths[0] "${var.path}" is invalid: each path once: a field is encrypted with one key'),
    );
  });

  test("a key of another gateway is refused naming its group", () => {
    const { stack, vc, key } = setup();
    const other = new EventGateway(stack, "other").addStaticKey("k", { value: Secret.vaultReference("${vault.env['K']}") });
    const fields = [{ paths: ["a"], key: EncryptionKey.fromStaticKey(key) }, { paths: ["b"], key: EncryptionKey.fromStaticKey(other) }];
    expect(() => vc.encryptFields("f", { parents: parents(vc), topics: ["t"], fields })).toThrow(
      new Error(`test/gw/vc/f: fields[1].key "test/other/k" is invalid: a static key of the virtual cluster's gateway`),
    );
  });

  test("parents: a disabled one is refused (unless the pair is disabled too); without topics, both must have the same condition known at synth", () => {
    const fields = (key: any) => [{ paths: ["a"], key: EncryptionKey.fromStaticKey(key) }];
    const validation = (vc: IVirtualCluster, id: string, phase: "produce" | "consume", extra: object = {}) =>
      vc.addSchemaValidationPolicy(id, { phase, validation: SchemaValidation.json(), ...extra });
    {
      const { vc, key } = setup();
      const p = { produce: validation(vc, "svp", "produce"), consume: validation(vc, "svc", "consume", { enabled: false }) };
      expect(() => vc.encryptFields("f", { parents: p, topics: ["t"], fields: fields(key) })).toThrow(
        'test/gw/vc/f: parents.consume "test/gw/vc/svc (disabled)" is invalid: an enabled policy: Kong runs child policies only under an enabled parent, and fields encrypted without their decryption stay encrypted',
      );
      expect(() => vc.encryptFields("g", { parents: p, topics: ["t"], fields: fields(key), enabled: false })).not.toThrow();
    }
    {
      const { vc, key } = setup();
      const p = { produce: validation(vc, "svp", "produce", { enabled: false }), consume: validation(vc, "svc", "consume") };
      expect(() => vc.encryptFields("f", { parents: p, topics: ["t"], fields: fields(key) })).toThrow('test/gw/vc/f: parents.produce "test/gw/vc/svp (disabled)" is invalid: an enabled policy');
    }
    {
      // A produce parent on `orders` and a consume parent on every topic: without topics, refused; with them, made.
      const { vc, key } = setup();
      const p = { produce: validation(vc, "svp", "produce", { condition: Condition.topicIs("orders") }), consume: validation(vc, "svc", "consume") };
      expect(() => vc.encryptFields("f", { parents: p, fields: fields(key) })).toThrow(
        `test/gw/vc/f: parents "conditions: produce context.topic.name == 'orders'; consume none" is invalid: parents with the same condition known at synth, or topics: otherwise fields can be encrypted on topics where they are never decrypted`,
      );
      expect(() => vc.encryptFields("g", { parents: p, topics: ["orders"], fields: fields(key) })).not.toThrow();
    }
    {
      // The same condition on both parents: topics may be left out (the pair's conditions are then only decryptFor).
      const { stack, vc, key } = setup();
      const p = { produce: validation(vc, "svp", "produce", { condition: Condition.topicIs("orders") }), consume: validation(vc, "svc", "consume", { condition: Condition.topicIs("orders") }) };
      vc.encryptFields("f", { parents: p, fields: fields(key), decryptFor: Condition.principalIs("app") });
      const json = synth(stack);
      expect(only(json, "konnect_event_gateway_produce_policy_encrypt_fields").condition).toBeUndefined();
      expect(only(json, "konnect_event_gateway_consume_policy_decrypt_fields").condition).toBe("context.auth.principal.name == 'app'");
    }
  });

  test("the decryption explainer follows parent_policy_id: a field is encrypted only where the produce parent applies, decrypted only under an enabled consume parent", () => {
    const { stack, vc, key } = setup();
    const svp = vc.addSchemaValidationPolicy("svp", { phase: "produce", validation: SchemaValidation.json(), condition: Condition.topicIs("orders") });
    const svc = vc.addSchemaValidationPolicy("svc", { phase: "consume", validation: SchemaValidation.json() });
    vc.encryptFields("pii", { parents: { produce: svp, consume: svc }, topics: ["orders", "other"], fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    const json = synth(stack);
    const ask = (topic: string) => {
      const d = explainDecryption(new Explainer(json), json, { principal: "app", topic });
      return [d.outcome, d.encrypted, d.decrypted, d.reason];
    };
    expect(ask("orders")).toEqual(["decrypted", ["field:ssn"], ["field:ssn"], "field:ssn encrypted by pii-encrypt; decrypted by pii-decrypt"]);
    expect(ask("other")).toEqual(["plaintext", [], [], "no encrypt policy selects the topic's records (pii-encrypt: its parent svp's condition does not hold)"]);
    Object.values<any>(json.resource.konnect_event_gateway_consume_policy_schema_validation)[0].enabled = false;
    expect(ask("orders")).toEqual(["encrypted", ["field:ssn"], [], "field:ssn encrypted by pii-encrypt; no decrypt policy applies to this client (pii-decrypt: its parent svc is disabled)"]);
    Object.values<any>(json.resource.konnect_event_gateway_produce_policy_schema_validation)[0].enabled = false;
    expect(ask("orders")).toEqual(["plaintext", [], [], "no encrypt policy selects the topic's records (pii-encrypt: its parent svp is disabled)"]);
  });

  test("record.value fields are allowed in a decrypt-fields condition (schema validation), not in a topic decrypt condition", () => {
    const { vc, key } = setup();
    expect(() => vc.encryptFields("f", { parents: parents(vc), topics: ["t"], fields: [{ paths: ["a"], key: EncryptionKey.fromStaticKey(key) }], decryptFor: Condition.raw("record.value.validated") })).not.toThrow();
  });

  test("RecordPolicy.fromRecordPolicyAttributes validates its attributes", () => {
    const { vc } = setup();
    expect(() => RecordPolicy.fromRecordPolicyAttributes(vc, "p", { policyId: "", virtualCluster: vc, phase: "produce", policyType: "schema_validation" })).toThrow('test/gw/vc/p: policyId "" is invalid: non-empty');
    expect(() => RecordPolicy.fromRecordPolicyAttributes(vc, "q", { policyId: "x", virtualCluster: vc, phase: "cluster" as any, policyType: "acls" })).toThrow('test/gw/vc/q: phase "cluster" is invalid: one of produce, consume');
  });
});
