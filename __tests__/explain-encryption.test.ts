// The decryption explainer (`npm run explain -- --decrypt --topic t`: explainDecryption and decryptionMatrix) on
// stacks synthesized from the encryption constructs, in-process (example-encryption.test.ts asks the same of the
// example through Terraform and the stand-in). The stacks are synthesized once; each test explains its own copy
// (edited where a test needs what the constructs would not make: a policy disabled, keys looked for elsewhere).
import { TerraformStack } from "cdktf";
import { ClientAuthentication, Condition, EncryptionKey, EventGateway, RecordPolicy, SchemaValidation, Secret, type IVirtualCluster } from "../constructs";
import { decryptionMatrix, ExplainError, explainDecryption, Explainer, type DecryptionDecision, type DecryptionRequest } from "../constructs/explain";
import { EncryptionStack } from "../examples/encryption-stack";
import { gatewayWithVirtualCluster, thrownMessage } from "./support/fixtures";
import { newApp, synth } from "./support/synth";

const ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const PRODUCER = /^\$\{konnect_identity_auth_server_client\.idp_producer_[0-9A-F]{8}\.id\}$/;
const READER = /^\$\{konnect_identity_auth_server_client\.idp_reader_[0-9A-F]{8}\.id\}$/;

/** A gateway, one virtual cluster (no Kong Identity: no clients) and a static key. */
function gatewayWithKey() {
  const { stack, gw, vc } = gatewayWithVirtualCluster();
  const key = gw.addStaticKey("k", { value: Secret.vaultReference("${vault.env['K']}") });
  return { stack, gw, vc, key };
}

/** Schema validation policies of both phases, to nest field encryption in. */
function validation(vc: IVirtualCluster, suffix = "", condition?: Condition) {
  return {
    produce: vc.addSchemaValidationPolicy(`svp${suffix}`, { phase: "produce", validation: SchemaValidation.json(), condition }),
    consume: vc.addSchemaValidationPolicy(`svc${suffix}`, { phase: "consume", validation: SchemaValidation.json(), condition }),
  };
}

const stacks: Record<string, any> = {};
beforeAll(() => {
  stacks.example = synth(new EncryptionStack(newApp(), "payments"));
  {
    // Two pairs on payments: the key part for billing, the value for billing and audit.
    const { stack, vc, key } = gatewayWithKey();
    vc.encryptTopics("cards", { topics: ["payments"], key: EncryptionKey.fromStaticKey(key), parts: ["key"], decryptFor: Condition.principalIs("billing") });
    vc.encryptTopics("values", { topics: ["payments"], key: EncryptionKey.fromStaticKey(key), decryptFor: Condition.principalIn(["billing", "audit"]) });
    stacks.twoPairs = synth(stack);
  }
  {
    // The key and value encrypted with an AWS KMS key, decrypted for billing, failing with error.
    const { stack, vc } = gatewayWithKey();
    vc.encryptTopics("kms", { topics: ["payments"], key: EncryptionKey.awsKms(ARN), parts: ["key", "value"], decryptFor: Condition.principalIs("billing"), decryptFailureMode: "error" });
    stacks.kms = synth(stack);
  }
  {
    // Fields with a static and an AWS key under schema validation; decrypted for support, and for every record that
    // validated (a condition on record.value, which the explainer has no record for).
    const { stack, vc, key } = gatewayWithKey();
    vc.encryptFields("pii", {
      parents: validation(vc),
      topics: ["customers"],
      fields: [
        { paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) },
        { paths: ["card"], key: EncryptionKey.awsKms(ARN) },
      ],
      decryptFor: Condition.raw("record.value.validated || context.auth.principal.name == 'support'"),
    });
    stacks.fields = synth(stack);
  }
  {
    // Field pairs under two consume parents: pii and dob for everyone, cards for support only.
    const { stack, vc, key } = gatewayWithKey();
    const one = validation(vc, "1");
    const two = validation(vc, "2");
    vc.encryptFields("pii", { parents: one, topics: ["customers"], fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    vc.encryptFields("dob", { parents: one, topics: ["customers"], fields: [{ paths: ["dob"], key: EncryptionKey.fromStaticKey(key) }] });
    vc.encryptFields("cards", { parents: two, topics: ["customers"], fields: [{ paths: ["card"], key: EncryptionKey.fromStaticKey(key) }], decryptFor: Condition.principalIs("support") });
    stacks.twoParents = synth(stack);
  }
  {
    // Parents made elsewhere: one by a literal ID, one by a reference to a resource this stack does not hold.
    const { stack, vc, key } = gatewayWithKey();
    const imported = (id: string, produce: string, consume: string) => ({
      produce: RecordPolicy.fromRecordPolicyAttributes(vc, `${id}-p`, { policyId: produce, virtualCluster: vc, phase: "produce", policyType: "schema_validation" }),
      consume: RecordPolicy.fromRecordPolicyAttributes(vc, `${id}-c`, { policyId: consume, virtualCluster: vc, phase: "consume", policyType: "schema_validation" }),
    });
    vc.encryptFields("literal", { parents: imported("lit", "sv-p", "sv-c"), topics: ["a"], fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    const ref = (name: string, phase: string) => `\${konnect_event_gateway_${phase}_policy_schema_validation.${name}.id}`;
    vc.encryptFields("reference", {
      parents: imported("ref", ref("platform_p", "produce"), ref("platform_c", "consume")),
      topics: ["b"],
      fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }],
    });
    stacks.importedParents = synth(stack);
  }
  {
    // Two virtual clusters; only "a" encrypts.
    const stack = new TerraformStack(newApp(), "two");
    const gw = new EventGateway(stack, "gw");
    const backend = gw.addBackendCluster("kafka", { bootstrapServers: ["k:9092"] });
    const key = gw.addStaticKey("k", { value: Secret.vaultReference("${vault.env['K']}") });
    const vcs = ["a", "b"].map((name) => gw.addVirtualCluster(name, { destination: backend, dnsLabel: name, authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] }));
    vcs[0]!.encryptTopics("payments", { topics: ["payments"], key: EncryptionKey.fromStaticKey(key) });
    stacks.twoClusters = synth(stack);
  }
  // Whole-record and field policies whose conditions were replaced through the escape hatches to read record.value.
  {
    const { stack, vc, key } = gatewayWithKey();
    const pair = vc.encryptTopics("whole", { topics: ["payments"], key: EncryptionKey.fromStaticKey(key) });
    pair.decryptResource.condition = "record.value.validated || context.auth.principal.name == 'billing'";
    stacks.wholeDecryptOnValue = synth(stack);
  }
  {
    const { stack, vc, key } = gatewayWithKey();
    const pair = vc.encryptTopics("whole", { topics: ["payments"], key: EncryptionKey.fromStaticKey(key) });
    pair.encryptResource.condition = "record.value.validated || context.topic.name == 'payments'";
    stacks.wholeEncryptOnValue = synth(stack);
  }
  {
    const { stack, vc, key } = gatewayWithKey();
    const pair = vc.encryptFields("fields", { parents: validation(vc), topics: ["customers"], fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    pair.encryptResource.condition = "record.value.validated || context.topic.name == 'customers'";
    stacks.fieldsEncryptOnValue = synth(stack);
  }
  {
    // Pairs on their own topics, to be cut down by hand (t1: whole records, t2-t3: fields, t4-t5: unknown key kinds),
    // and one left whole on t2.
    const { stack, vc, key } = gatewayWithKey();
    const parents = validation(vc);
    vc.encryptTopics("whole", { topics: ["t1"], key: EncryptionKey.fromStaticKey(key) });
    vc.encryptTopics("healthy", { topics: ["t2"], key: EncryptionKey.fromStaticKey(key) });
    vc.encryptFields("fields", { parents, topics: ["t2"], fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    vc.encryptFields("fields2", { parents, topics: ["t3"], fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    vc.encryptTopics("unknown", { topics: ["t4"], key: EncryptionKey.fromStaticKey(key) });
    vc.encryptFields("unknown2", { parents, topics: ["t5"], fields: [{ paths: ["ssn"], key: EncryptionKey.fromStaticKey(key) }] });
    stacks.cutDown = synth(stack);
  }
});

/** A fresh copy of a synthesized stack, to edit. */
const copy = (name: string): any => JSON.parse(JSON.stringify(stacks[name]));
/** The policy of a type with a name. */
const policy = (json: any, type: string, name: string): any => {
  const found = Object.values<any>(json.resource[`konnect_event_gateway_${type}`] ?? {}).find((p) => p.name === name);
  if (!found) throw new Error(`no ${type} ${name}`);
  return found;
};
const ask = (json: any, req: DecryptionRequest, options?: ConstructorParameters<typeof Explainer>[1]): DecryptionDecision => explainDecryption(new Explainer(json, options), json, req);
/** Outcome, what is encrypted, what decrypted, and why. */
const brief = (d: DecryptionDecision) => [d.outcome, d.encrypted, d.decrypted, d.reason];

describe("examples/encryption-stack.ts, explained in-process", () => {
  test("the matrix: each client with its principal; the producer reads payments decrypted, the reader ciphertext", () => {
    const json = copy("example");
    const ds = decryptionMatrix(new Explainer(json), json, { topic: "payments" });
    expect(ds).toEqual([
      {
        client: "producer",
        principal: expect.stringMatching(PRODUCER),
        topic: "payments",
        outcome: "decrypted",
        encrypted: ["value"],
        decrypted: ["value"],
        encryptPolicies: ["payments-encrypt"],
        decryptPolicies: ["payments-decrypt"],
        reason: "value encrypted by payments-encrypt; decrypted by payments-decrypt",
      },
      {
        client: "reader",
        principal: expect.stringMatching(READER),
        topic: "payments",
        outcome: "encrypted",
        encrypted: ["value"],
        decrypted: [],
        encryptPolicies: ["payments-encrypt"],
        decryptPolicies: [],
        reason: "value encrypted by payments-encrypt; no decrypt policy applies to this client (payments-decrypt: condition does not hold or keys elsewhere)",
      },
    ]);
    // one client named; a topic no policy encrypts
    expect(decryptionMatrix(new Explainer(json), json, { topic: "orders", clients: ["reader"] })).toEqual([
      {
        client: "reader",
        principal: expect.stringMatching(READER),
        topic: "orders",
        outcome: "plaintext",
        encrypted: [],
        decrypted: [],
        encryptPolicies: [],
        decryptPolicies: [],
        reason: "no encrypt policy selects the topic's records (payments-encrypt)",
      },
    ]);
  });

  test("records the reader produced: encrypted all the same (the encrypt policy does not look at the producer)", () => {
    const json = copy("example");
    const d = ask(json, { client: "producer", topic: "payments", producer: { client: "reader" } });
    expect(brief(d)).toEqual(["decrypted", ["value"], ["value"], "value encrypted by payments-encrypt; decrypted by payments-decrypt"]);
  });

  test("the CLI's errors: a topic is needed; a matrix of a stack without clients needs them named", () => {
    const json = copy("example");
    expect(() => ask(json, { client: "producer", topic: "" })).toThrow(new ExplainError("a topic is needed"));
    const noClients = copy("twoPairs");
    expect(() => decryptionMatrix(new Explainer(noClients), noClients, { topic: "payments" })).toThrow(new ExplainError("the stack has no Kong Identity clients: name the clients (--client)"));
    expect(decryptionMatrix(new Explainer(noClients), noClients, { topic: "payments", clients: ["audit"] }).map((d) => [d.client, d.principal, d.outcome])).toEqual([[null, "audit", "partly"]]);
    // who asks matters only where something is encrypted
    expect(thrownMessage(() => ask(noClients, { topic: "orders" }))).toBe("a client or principal is needed");
    const unencrypted = copy("twoClusters");
    expect(ask(unencrypted, { topic: "payments", virtualCluster: "b" })).toEqual({
      client: null,
      principal: "",
      topic: "payments",
      outcome: "plaintext",
      encrypted: [],
      decrypted: [],
      encryptPolicies: [],
      decryptPolicies: [],
      reason: "no encrypt policy",
    });
  });
});

describe("what is encrypted and who decrypts it", () => {
  test("two pairs on one topic: every part and policy named; all, part or none of it decrypted", () => {
    const json = copy("twoPairs");
    const both = "key, value encrypted by cards-encrypt, values-encrypt";
    expect(ask(json, { principal: "billing", topic: "payments" })).toMatchObject({
      outcome: "decrypted",
      encrypted: ["key", "value"],
      decrypted: ["key", "value"],
      encryptPolicies: ["cards-encrypt", "values-encrypt"],
      decryptPolicies: ["cards-decrypt", "values-decrypt"],
      reason: `${both}; decrypted by cards-decrypt, values-decrypt`,
    });
    expect(ask(json, { principal: "audit", topic: "payments" })).toMatchObject({
      outcome: "partly",
      decrypted: ["value"],
      decryptPolicies: ["values-decrypt"],
      reason: `${both}; only value decrypted by values-decrypt`,
    });
    expect(brief(ask(json, { principal: "someone", topic: "payments" }))).toEqual([
      "encrypted",
      ["key", "value"],
      [],
      `${both}; no decrypt policy applies to this client (cards-decrypt, values-decrypt: condition does not hold or keys elsewhere)`,
    ]);
  });

  test("disabled policies do not count and are not named", () => {
    const json = copy("twoPairs");
    policy(json, "produce_policy_encrypt", "cards-encrypt").enabled = false;
    policy(json, "consume_policy_decrypt", "values-decrypt").enabled = false;
    expect(brief(ask(json, { principal: "audit", topic: "payments" }))).toEqual(["encrypted", ["value"], [], "value encrypted by values-encrypt; no decrypt policy applies to this client (cards-decrypt: condition does not hold or keys elsewhere)"]);
    expect(ask(json, { principal: "audit", topic: "orders" }).reason).toBe("no encrypt policy selects the topic's records (values-encrypt)");
    policy(json, "consume_policy_decrypt", "cards-decrypt").enabled = false;
    expect(ask(json, { principal: "audit", topic: "payments" }).reason).toBe("value encrypted by values-encrypt; no decrypt policy applies to this client");
    policy(json, "produce_policy_encrypt", "values-encrypt").enabled = false;
    expect(brief(ask(json, { principal: "audit", topic: "payments" }))).toEqual(["plaintext", [], [], "no encrypt policy"]);
  });

  test("keys looked for elsewhere: with failure mode error the client gets an error, with passthrough ciphertext", () => {
    const json = copy("kms");
    expect(brief(ask(json, { principal: "billing", topic: "payments" }))).toEqual(["decrypted", ["key", "value"], ["key", "value"], "key, value encrypted by kms-encrypt; decrypted by kms-decrypt"]);
    const decrypt = policy(json, "consume_policy_decrypt", "kms-decrypt");
    decrypt.config.key_sources = [{ static: {} }];
    expect(ask(json, { principal: "billing", topic: "payments" })).toMatchObject({
      outcome: "error",
      decrypted: [],
      decryptPolicies: [],
      reason: "key, value encrypted by kms-encrypt; kms-decrypt applies but looks for keys in static, not aws, and fails with error",
    });
    // a client the policy does not apply to gets ciphertext, not the error
    expect(ask(json, { principal: "someone", topic: "payments" }).outcome).toBe("encrypted");
    // an old pair's decrypt policy beside it, failing alike: both named
    json.resource.konnect_event_gateway_consume_policy_decrypt.old = { ...decrypt, name: "old-decrypt" };
    expect(ask(json, { principal: "billing", topic: "payments" }).reason).toBe(
      "key, value encrypted by kms-encrypt; kms-decrypt, old-decrypt applies but looks for keys in static, not aws, and fails with error",
    );
    delete json.resource.konnect_event_gateway_consume_policy_decrypt.old;
    decrypt.config.failure_mode = "passthrough";
    expect(brief(ask(json, { principal: "billing", topic: "payments" }))).toEqual([
      "encrypted",
      ["key", "value"],
      [],
      "key, value encrypted by kms-encrypt; no decrypt policy applies to this client (kms-decrypt: condition does not hold or keys elsewhere)",
    ]);
  });

  test("a decrypt policy that fails with error does not matter when another one decrypts everything; one that decrypts a part is no error", () => {
    const json = copy("kms");
    const decrypt = policy(json, "consume_policy_decrypt", "kms-decrypt");
    // an old pair's decrypt policy, looking for static keys, failing with error
    json.resource.konnect_event_gateway_consume_policy_decrypt.old = { ...decrypt, name: "old-decrypt", config: { ...decrypt.config, key_sources: [{ static: {} }] } };
    expect(ask(json, { principal: "billing", topic: "payments" })).toMatchObject({ outcome: "decrypted", decryptPolicies: ["kms-decrypt"], reason: "key, value encrypted by kms-encrypt; decrypted by kms-decrypt" });
    // the able policy decrypts only the value, and fails with error: the key stays encrypted, and that is no error
    delete json.resource.konnect_event_gateway_consume_policy_decrypt.old;
    decrypt.config.part_of_record = ["value"];
    expect(brief(ask(json, { principal: "billing", topic: "payments" }))).toEqual(["partly", ["key", "value"], ["value"], "key, value encrypted by kms-encrypt; only value decrypted by kms-decrypt"]);
  });

  test("fields: a decrypt policy needs every key source of the encrypting groups", () => {
    const json = copy("fields");
    const all = ["field:ssn", "field:card"];
    expect(brief(ask(json, { principal: "support", topic: "customers" }))).toEqual(["decrypted", all, all, "field:ssn, field:card encrypted by pii-encrypt; decrypted by pii-decrypt"]);
    const decrypt = policy(json, "consume_policy_decrypt_fields", "pii-decrypt");
    for (const only of ["static", "aws"]) {
      decrypt.config.key_sources = [{ [only]: {} }];
      expect(ask(json, { principal: "support", topic: "customers" }).outcome).toBe("encrypted");
    }
    decrypt.config.failure_mode = "error";
    expect(ask(json, { principal: "support", topic: "customers" }).reason).toBe(
      "field:ssn, field:card encrypted by pii-encrypt; pii-decrypt applies but looks for keys in aws, not static, aws, and fails with error",
    );
  });

  test("fields: a condition on record.value counts as the evaluationError stance says (the explainer has no record)", () => {
    const json = copy("fields");
    // support: the other side of || holds, whatever record.value is
    expect(ask(json, { principal: "support", topic: "customers" }).outcome).toBe("decrypted");
    expect(ask(json, { principal: "someone", topic: "customers" }).outcome).toBe("encrypted");
    expect(ask(json, { principal: "someone", topic: "customers" }, { stances: { evaluationError: "applies" } }).outcome).toBe("decrypted");
  });

  test("record.value in conditions: a field policy's may read it (under schema validation); a whole-record policy's condition that does is invalid", () => {
    const applies = { stances: { evaluationError: "applies" as const } };
    // the whole-record decrypt policy's condition is invalid: it does not apply (with evaluationError applies, it does)
    const wholeDecrypt = copy("wholeDecryptOnValue");
    expect(ask(wholeDecrypt, { principal: "billing", topic: "payments" }).outcome).toBe("encrypted");
    expect(ask(wholeDecrypt, { principal: "billing", topic: "payments" }, applies).outcome).toBe("decrypted");
    // so is the whole-record encrypt policy's: the records stay plaintext
    const wholeEncrypt = copy("wholeEncryptOnValue");
    expect(brief(ask(wholeEncrypt, { principal: "billing", topic: "payments" }))).toEqual(["plaintext", [], [], "no encrypt policy selects the topic's records (whole-encrypt)"]);
    expect(ask(wholeEncrypt, { principal: "billing", topic: "payments" }, applies).outcome).toBe("decrypted");
    // the field encrypt policy's holds on customers whatever the value; elsewhere only if an evaluation error counts as applying
    const fields = copy("fieldsEncryptOnValue");
    expect(brief(ask(fields, { principal: "billing", topic: "customers" }))).toEqual(["decrypted", ["field:ssn"], ["field:ssn"], "field:ssn encrypted by fields-encrypt; decrypted by fields-decrypt"]);
    expect(ask(fields, { principal: "billing", topic: "other" }).outcome).toBe("plaintext");
    expect(brief(ask(fields, { principal: "billing", topic: "other" }, applies))).toEqual([
      "encrypted",
      ["field:ssn"],
      [],
      "field:ssn encrypted by fields-encrypt; no decrypt policy applies to this client (fields-decrypt: condition does not hold or keys elsewhere)",
    ]);
  });

  test("policies of another virtual cluster do not count", () => {
    const json = copy("twoClusters");
    expect(brief(ask(json, { principal: "x", topic: "payments", virtualCluster: "a" }))).toEqual(["decrypted", ["value"], ["value"], "value encrypted by payments-encrypt; decrypted by payments-decrypt"]);
    expect(brief(ask(json, { principal: "x", topic: "payments", virtualCluster: "b" }))).toEqual(["plaintext", [], [], "no encrypt policy"]);
    expect(decryptionMatrix(new Explainer(json), json, { topic: "payments", clients: ["x"], virtualCluster: "b" }).map((d) => d.outcome)).toEqual(["plaintext"]);
  });
});

describe("parents (parent_policy_id)", () => {
  test("decrypt policies under a disabled parent and one whose condition does not hold: all named, with why", () => {
    const json = copy("twoParents");
    const all = ["field:card", "field:dob", "field:ssn"];
    const encrypted = "field:card, field:dob, field:ssn encrypted by cards-encrypt, dob-encrypt, pii-encrypt";
    expect(brief(ask(json, { principal: "support", topic: "customers" }))).toEqual(["decrypted", all, all, `${encrypted}; decrypted by cards-decrypt, dob-decrypt, pii-decrypt`]);
    expect(brief(ask(json, { principal: "someone", topic: "customers" }))).toEqual([
      "partly",
      all,
      ["field:dob", "field:ssn"],
      `${encrypted}; only field:dob, field:ssn decrypted by dob-decrypt, pii-decrypt`,
    ]);
    policy(json, "consume_policy_schema_validation", "svc1").enabled = false;
    expect(ask(json, { principal: "someone", topic: "customers" }).reason).toBe(
      `${encrypted}; no decrypt policy applies to this client (dob-decrypt: its parent svc1 is disabled; pii-decrypt: its parent svc1 is disabled; cards-decrypt: condition does not hold or keys elsewhere)`,
    );
  });

  test("a parent not in this stack, by literal ID or by a reference to a resource the stack does not hold, is assumed to apply", () => {
    const json = copy("importedParents");
    expect(brief(ask(json, { principal: "x", topic: "a" }))).toEqual(["decrypted", ["field:ssn"], ["field:ssn"], "field:ssn encrypted by literal-encrypt; decrypted by literal-decrypt"]);
    expect(brief(ask(json, { principal: "x", topic: "b" }))).toEqual(["decrypted", ["field:ssn"], ["field:ssn"], "field:ssn encrypted by reference-encrypt; decrypted by reference-decrypt"]);
  });
});

describe("a stack edited by hand (parts of a policy's config left out): read as what is there", () => {
  test("no config, no paths, no key sources, a key block of no known kind: nothing encrypted, nothing decrypted, no crash", () => {
    const json = copy("cutDown");
    const enc = (name: string) => policy(json, "produce_policy_encrypt", name);
    const encFields = (name: string) => policy(json, "produce_policy_encrypt_fields", name);
    const dec = (name: string) => policy(json, "consume_policy_decrypt", name);
    const decFields = (name: string) => policy(json, "consume_policy_decrypt_fields", name);
    delete enc("whole-encrypt").config;
    delete dec("whole-decrypt").config;
    delete encFields("fields-encrypt").config;
    delete decFields("fields-decrypt").config;
    delete encFields("fields2-encrypt").config.encrypt_fields[0].paths;
    delete decFields("fields2-decrypt").config.decrypt_fields;
    enc("unknown-encrypt").config.encryption_key = {};
    delete dec("unknown-decrypt").config.key_sources;
    encFields("unknown2-encrypt").config.encrypt_fields[0].encryption_key = {};
    delete decFields("unknown2-decrypt").config.key_sources;
    const names = "healthy-encrypt, unknown-encrypt, whole-encrypt, fields2-encrypt, fields-encrypt, unknown2-encrypt";
    for (const topic of ["t1", "t3"]) {
      expect(brief(ask(json, { principal: "x", topic }))).toEqual(["plaintext", [], [], `no encrypt policy selects the topic's records (${names})`]);
    }
    // the field pair without config on t2 applies (so it is named) but adds no part and no key source the healthy
    // pair's decrypt policy would lack
    expect(brief(ask(json, { principal: "x", topic: "t2" }))).toEqual(["decrypted", ["value"], ["value"], "value encrypted by healthy-encrypt, fields-encrypt; decrypted by healthy-decrypt"]);
    // the decrypt policies look in no key source: none decrypts (every enabled one is named)
    const none = "no decrypt policy applies to this client (healthy-decrypt, unknown-decrypt, whole-decrypt, fields2-decrypt, fields-decrypt, unknown2-decrypt: condition does not hold or keys elsewhere)";
    expect(brief(ask(json, { principal: "x", topic: "t4" }))).toEqual(["encrypted", ["value"], [], `value encrypted by unknown-encrypt; ${none}`]);
    expect(brief(ask(json, { principal: "x", topic: "t5" }))).toEqual(["encrypted", ["field:ssn"], [], `field:ssn encrypted by unknown2-encrypt; ${none}`]);
    // a decrypt policy looking for static and AWS keys, failing with error, names the unknown kind
    Object.assign(dec("unknown-decrypt").config, { key_sources: [{ static: {} }, { aws: {} }], failure_mode: "error" });
    expect(ask(json, { principal: "x", topic: "t4" }).reason).toBe("value encrypted by unknown-encrypt; unknown-decrypt applies but looks for keys in static, aws, not unknown, and fails with error");
  });
});
