// examples/encryption-stack.ts: "encrypt a topic's records for everyone but the producer". Synthesized (the pair's
// JSON), explained (who reads plaintext), `terraform validate`d, and deployed on the stand-in: apply, no-change plan,
// an update (the reader may decrypt too), destroy.
import * as fs from "node:fs";
import * as path from "node:path";
import { decryptionMatrix, Explainer } from "../constructs/explain";
import { EncryptionStack } from "../examples/encryption-stack";
import { main as explainMain } from "../tools/explain";
import { scratchDir } from "./support/scratch";
import { startStandin, type Standin } from "../standin";
import { newApp, only, synth } from "./support/synth";
import { describeWithTerraform, initAndValidate, synthStackDir, standinSession, type TerraformSession } from "./support/terraform";

const PRODUCER = /^\$\{konnect_identity_auth_server_client\.idp_producer_[0-9A-F]{8}\.id\}$/;

describe("examples/encryption-stack.ts", () => {
  test("one encrypt and one decrypt policy on payments, the key from the env vault, only the producer decrypts", () => {
    const json = synth(new EncryptionStack(newApp(), "payments"));
    const enc = only(json, "konnect_event_gateway_produce_policy_encrypt");
    const dec = only(json, "konnect_event_gateway_consume_policy_decrypt");
    expect(enc.condition).toBe("context.topic.name == 'payments'");
    expect(enc.config).toEqual({ encryption_key: { static: { key: { id: expect.stringMatching(/^\$\{konnect_event_gateway_static_key\./) } } }, part_of_record: ["value"], failure_mode: "error" });
    const principal = /^\(context\.topic\.name == 'payments'\) && \(context\.auth\.principal\.name == '(.+)'\)$/.exec(dec.condition);
    expect(principal?.[1]).toMatch(PRODUCER);
    expect(dec.config).toEqual({ key_sources: [{ static: {} }], part_of_record: ["value"], failure_mode: "passthrough" });
    expect(only(json, "konnect_event_gateway_static_key").value).toBe("$${vault.env['PAYMENTS_KEY']}");
    expect(only(json, "konnect_event_gateway_vault").env).toEqual({ name: "env", config: { prefix: "" } });
  });

  test("the explainer: the producer reads payments decrypted, the reader ciphertext; after the update both decrypt", () => {
    const explain = (readerMayDecrypt: boolean) => {
      const json = synth(new EncryptionStack(newApp(), "payments", { readerMayDecrypt }));
      return decryptionMatrix(new Explainer(json), json, { topic: "payments" }).map((d) => [d.client, d.outcome, d.reason]);
    };
    expect(explain(false)).toEqual([
      ["producer", "decrypted", "value encrypted by payments-encrypt; decrypted by payments-decrypt"],
      ["reader", "encrypted", "value encrypted by payments-encrypt; no decrypt policy applies to this client (payments-decrypt: condition does not hold or keys elsewhere)"],
    ]);
    expect(explain(true).map(([c, o]) => [c, o])).toEqual([
      ["producer", "decrypted"],
      ["reader", "decrypted"],
    ]);
    const json = synth(new EncryptionStack(newApp(), "payments"));
    expect(decryptionMatrix(new Explainer(json), json, { topic: "orders" }).map((d) => [d.client, d.outcome, d.reason])).toEqual([
      ["producer", "plaintext", "no encrypt policy selects the topic's records (payments-encrypt)"],
      ["reader", "plaintext", "no encrypt policy selects the topic's records (payments-encrypt)"],
    ]);
  });
});

test("the explainer: keys looked for elsewhere with failure mode error, a part left encrypted, a disabled policy", () => {
  const base = () => synth(new EncryptionStack(newApp(), "payments"));
  const decide = (json: any) => decryptionMatrix(new Explainer(json), json, { topic: "payments", clients: ["producer"] })[0]!;
  const policy = (json: any, type: string) => Object.values<any>(json.resource[type])[0];
  const wrongKeys = base();
  Object.assign(policy(wrongKeys, "konnect_event_gateway_consume_policy_decrypt").config, { key_sources: [{ aws: {} }], failure_mode: "error" });
  expect(decide(wrongKeys)).toEqual(expect.objectContaining({ outcome: "error", reason: "value encrypted by payments-encrypt; payments-decrypt applies but looks for keys in aws, not static, and fails with error" }));
  const keyToo = base();
  policy(keyToo, "konnect_event_gateway_produce_policy_encrypt").config.part_of_record = ["key", "value"];
  expect(decide(keyToo)).toEqual(expect.objectContaining({ outcome: "partly", encrypted: ["key", "value"], decrypted: ["value"] }));
  const disabled = base();
  policy(disabled, "konnect_event_gateway_produce_policy_encrypt").enabled = false;
  expect(decide(disabled)).toEqual(expect.objectContaining({ outcome: "plaintext", reason: "no encrypt policy" }));
});

test("npm run explain -- --decrypt --topic payments (every client, or one with --client; --json)", () => {
  const file = path.join(scratchDir("encryption-explain"), "cdk.tf.json");
  fs.writeFileSync(file, JSON.stringify(synth(new EncryptionStack(newApp(), "payments"))));
  const run = (...args: string[]) => {
    let out = "";
    let err = "";
    const code = explainMain(["--stack", file, ...args], { out: (t) => (out += t), err: (t) => (err += t) }, path.join(__dirname, ".."), {});
    return { code, out, err };
  };
  expect(run("--decrypt", "--topic", "payments")).toEqual({
    code: 0,
    err: "",
    out:
      'DECRYPTED  producer  topic "payments"\n  why: value encrypted by payments-encrypt; decrypted by payments-decrypt\n' +
      'ENCRYPTED  reader  topic "payments"\n  why: value encrypted by payments-encrypt; no decrypt policy applies to this client (payments-decrypt: condition does not hold or keys elsewhere)\n',
  });
  const one = run("--decrypt", "--topic", "payments", "--client", "reader", "--json");
  expect(JSON.parse(one.out)).toEqual(expect.objectContaining({ outcome: "encrypted", client: "reader", encrypted: ["value"], decrypted: [], encryptPolicies: ["payments-encrypt"], decryptPolicies: [] }));
  // a principal asked about is one answer too, not a list of one
  const principal = run("--decrypt", "--topic", "payments", "--principal", "someone-else", "--json");
  expect(JSON.parse(principal.out)).toEqual(expect.objectContaining({ outcome: "encrypted", client: null, principal: "someone-else" }));
  expect(JSON.parse(run("--decrypt", "--topic", "payments", "--json").out)).toHaveLength(2);
  expect(run("--decrypt")).toEqual({ code: 2, out: "", err: "error: --decrypt asks about a topic's records: give its --topic\n" });
});

describeWithTerraform("examples/encryption-stack.ts with the real provider, on the stand-in", () => {
  let standin: Standin;
  let session: TerraformSession;
  beforeAll(async () => {
    standin = await startStandin();
    session = standinSession(standin.token);
  });
  afterAll(() => (session?.stop(), standin.stop()));

  test("terraform validate; apply, no-change plan, the reader added in place, destroy", async () => {
    const res = await initAndValidate(synthStackDir(new EncryptionStack(newApp(), "payments", { serverUrl: standin.url })));
    expect(res.diagnostics).toEqual([]);
    expect(res.valid).toBe(true);
    const tf = (args: string[]) => session.run(res.dir, [...args, "-input=false", "-no-color"]);

    const apply = await tf(["apply", "-auto-approve"]);
    expect([apply.code, apply.stderr]).toEqual([0, ""]);
    expect(apply.stdout).toMatch(/Resources: 15 added, 0 changed, 0 destroyed/);
    const producerId = standin.objects("client").find((c) => c.body.name === "producer")!.id;
    const decrypt = () => standin.objects("consume-policy").find((p) => p.body.type === "decrypt")!.body;
    expect(decrypt().condition).toBe(`(context.topic.name == 'payments') && (context.auth.principal.name == '${producerId}')`);
    expect(standin.objects("static-key")[0]!.body.value).toBe("${vault.env['PAYMENTS_KEY']}");
    expect((await tf(["plan", "-detailed-exitcode"])).code).toBe(0);

    const next = synthStackDir(new EncryptionStack(newApp(), "payments2", { serverUrl: standin.url, readerMayDecrypt: true }));
    fs.copyFileSync(path.join(next, "cdk.tf.json"), path.join(res.dir, "cdk.tf.json"));
    const update = await tf(["apply", "-auto-approve"]);
    expect([update.code, update.stderr]).toEqual([0, ""]);
    expect(update.stdout).toMatch(/Resources: 0 added, 1 changed, 0 destroyed/);
    const readerId = standin.objects("client").find((c) => c.body.name === "reader")!.id;
    expect(decrypt().condition).toBe(`(context.topic.name == 'payments') && ((context.auth.principal.name == '${producerId}') || (context.auth.principal.name == '${readerId}'))`);
    expect((await tf(["plan", "-detailed-exitcode"])).code).toBe(0);

    const destroy = await tf(["destroy", "-auto-approve"]);
    expect([destroy.code, destroy.stderr]).toEqual([0, ""]);
    expect(standin.objects()).toEqual([]);
  });
});
