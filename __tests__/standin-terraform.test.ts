// The real Terraform CLI and kong/konnect-beta provider against the Konnect stand-in: a stack with all 25 resource
// types applies, plans no changes afterwards (no perpetual diff), and destroys to nothing; faults show up as the
// provider's errors and converge on the next apply; an object deleted behind Terraform's back is recreated.
import { evaluationEnvironment } from "../constructs/expression";
import { startStandin, type Standin } from "../standin";
import { describeWithTerraform, terraformName } from "./support/terraform";
import { counts, NO_OBJECTS, RESOURCE_TYPES, STATIC_KEY_VALUE, standinStack, TfWorkdir } from "./support/standin-stack";

jest.setTimeout(600_000);

const APPLY = ["apply", "-auto-approve", "-input=false", "-no-color"];
const PLAN = ["plan", "-detailed-exitcode", "-input=false", "-no-color"];
const DESTROY = ["destroy", "-auto-approve", "-input=false", "-no-color"];

const EXPECTED = {
  ...NO_OBJECTS,
  "event-gateway": 1,
  "backend-cluster": 1,
  "virtual-cluster": 1,
  listener: 1,
  "listener-policy": 2,
  "cluster-policy": 3,
  "consume-policy": 6,
  "produce-policy": 5,
  "schema-registry": 1,
  "auth-server": 1,
  scope: 1,
  client: 2,
  claim: 1,
  vault: 2,
  "static-key": 2,
  "tls-trust-bundle": 1,
  "data-plane-certificate": 1,
};

function explain(r: { code: number; stdout: string; stderr: string }): string {
  return `exit ${r.code}\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-6000)}`;
}

describeWithTerraform(`stand-in with the real Terraform CLI (${terraformName()}) and konnect-beta provider`, () => {
  let standin: Standin;
  let tf: TfWorkdir;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    standin = await startStandin();
    tf = new TfWorkdir(standinStack(standin.url), standin.token);
    const init = await tf.run(["init", "-input=false", "-no-color"]);
    if (init.code !== 0) throw new Error(`terraform init failed: ${explain(init)}`);
  });

  afterAll(async () => {
    if (tf) {
      await tf.run(DESTROY);
      tf.remove();
    }
    await standin?.stop();
    if (Object.keys(timings).length > 0) {
      // Wall times of the Terraform runs against the stand-in (reported by the test run).
      console.log(`${terraformName()} wall times (ms): ${JSON.stringify(timings)}`);
    }
  });

  test("the stack uses every resource type, each with the konnect-beta provider", () => {
    const json = JSON.parse(require("node:fs").readFileSync(`${tf.dir}/cdk.tf.json`, "utf8"));
    expect(Object.keys(json.resource).sort()).toEqual([...RESOURCE_TYPES].sort());
    for (const [type, byName] of Object.entries<Record<string, { provider?: string }>>(json.resource)) {
      for (const [name, body] of Object.entries(byName)) expect([type, name, body.provider]).toEqual([type, name, "konnect-beta"]);
    }
  });

  test("apply creates every object; a second plan has no changes", async () => {
    const apply = await tf.timed(APPLY);
    timings.apply = apply.ms;
    expect([apply.code, apply.stderr]).toEqual([0, ""]);
    expect(apply.stdout).toMatch(/Apply complete! Resources: 32 added, 0 changed, 0 destroyed\./);
    expect(counts(standin)).toEqual(EXPECTED);

    // The static key's plaintext reached the stand-in from the sensitive variable, never through cdk.tf.json, and no
    // answer returns it; the vault reference is returned as given (the no-change plan below shows both are stable).
    expect(standin.objects("static-key").map((k) => k.body.value).sort()).toEqual(["${vault.env['ORDERS_KEY']}", STATIC_KEY_VALUE].sort());
    expect(require("node:fs").readFileSync(`${tf.dir}/cdk.tf.json`, "utf8")).not.toContain(STATIC_KEY_VALUE);
    const keys = await fetch(`${standin.url}/v1/event-gateways/${standin.objects("event-gateway")[0]!.id}/static-keys`, { headers: { authorization: `Bearer ${standin.token}` } });
    expect(await keys.text()).not.toContain(STATIC_KEY_VALUE);

    // What the provider stored matches what the stand-in holds.
    const out = await tf.run(["output", "-json"]);
    const outputs = JSON.parse(out.stdout) as Record<string, { value: string }>;
    const server = standin.objects("auth-server")[0]!;
    expect(outputs.issuer_url!.value).toBe(`${standin.url}/identity/${server.id}/auth`);
    expect(standin.objects("client").map((c) => c.id)).toEqual(expect.arrayContaining([outputs.producer_client_id!.value, "reader-app"]));
    // The secrets the provider got from the create answers are the ones the issuer accepts.
    expect(outputs.producer_client_secret!.value).toMatch(/^[A-Za-z0-9]{32}$/);
    const token = await fetch(`${outputs.issuer_url!.value}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: outputs.producer_client_id!.value,
        client_secret: outputs.producer_client_secret!.value,
        scope: "kafka",
      }),
    });
    expect(token.status).toBe(200);
    // The claim the provider made is in the token, and the ACL condition Konnect holds matches it (evaluated with
    // the condition language's own evaluator, as the gateway would).
    const payload = JSON.parse(Buffer.from(((await token.json()) as { access_token: string }).access_token.split(".")[1]!, "base64url").toString()) as Record<string, unknown>;
    expect(payload).toEqual(expect.objectContaining({ team: "orders", sub: outputs.producer_client_id!.value }));
    const policy = standin.objects("cluster-policy").find((o) => o.body.name === "orders-team")!;
    expect(policy.body.condition).toBe("context.auth.token.claims['team'] == 'orders'");
    const env = evaluationEnvironment({ phase: "cluster" });
    const context = (claims: Record<string, unknown>) => ({ auth: { type: "sasl_oauth_bearer", principal: { name: String(claims.sub) }, token: { claims } } });
    expect(env.evaluate(policy.body.condition as string, { context: context(payload) })).toBe(true);
    expect(env.evaluate(policy.body.condition as string, { context: context({ ...payload, team: "billing" }) })).toBe(false);

    const plan = await tf.timed(PLAN);
    timings.noChangePlan = plan.ms;
    expect([plan.code, plan.stdout]).toEqual([0, expect.stringMatching(/No changes\./)]);
  });

  // The fault tests each replace one object (the data plane certificate: nothing refers to it), not the whole stack.
  const certificate = async () => {
    const state = await tf.run(["state", "list"]);
    const address = state.stdout.split("\n").find((a) => a.startsWith("konnect_event_gateway_data_plane_certificate."));
    expect(address).toBeDefined();
    return address!;
  };

  test("a 500 on one create fails the apply with the provider's error; the next apply converges without duplicates", async () => {
    const cert = await certificate();
    const fault = standin.fail({ method: "POST", path: /\/data-plane-certificates$/, status: 500 });
    const first = await tf.run([...APPLY, `-replace=${cert}`]);
    expect(first.code).not.toBe(0);
    expect(fault.hits).toBe(1);
    // The provider's diagnostic names the failed call and carries the problem detail.
    // (Terraform wraps long lines: compare with whitespace collapsed.)
    const stderr = first.stderr.replace(/\s+/g, " ");
    expect(stderr).toContain(`Error: failure to invoke API with ${cert}`);
    expect(stderr).toMatch(/unknown status code returned: Status 500/);
    expect(stderr).toMatch(/"detail":"Injected fault: 500"/);
    expect(standin.objects("data-plane-certificate")).toHaveLength(0);

    const second = await tf.run(APPLY);
    expect([second.code, second.stderr]).toEqual([0, ""]);
    expect(second.stdout).toMatch(/Apply complete! Resources: 1 added, 0 changed, 0 destroyed\./);
    expect(counts(standin)).toEqual(EXPECTED);
    const plan = await tf.run(PLAN);
    expect([plan.code, plan.stdout]).toEqual([0, expect.stringMatching(/No changes\./)]);
  });

  test("a 429 with Retry-After is retried by the provider and the apply succeeds", async () => {
    const cert = await certificate();
    const fault = standin.fail({ method: "POST", path: /\/data-plane-certificates$/, status: 429, times: 2, retryAfterSeconds: 1 });
    const apply = await tf.run([...APPLY, `-replace=${cert}`]);
    expect([apply.code, apply.stderr]).toEqual([0, ""]);
    expect(apply.stdout).toMatch(/Apply complete! Resources: 1 added, 0 changed, 1 destroyed\./);
    expect(fault.hits).toBe(2);
    expect(counts(standin)).toEqual(EXPECTED);
    const posts = standin.requests.filter((r) => r.method === "POST" && /\/data-plane-certificates$/.test(r.url)).slice(-3);
    expect(posts.map((r) => r.status)).toEqual([429, 429, 201]);
  });

  test("changing fields updates in place (PUT / PATCH), and then there is again no change to plan", async () => {
    const before = standin.objects().map((o) => `${o.kind}/${o.id}`).sort();
    const tagValid = () => standin.objects("produce-policy").find((p) => p.body.name === "tag-valid")!.id;
    const oldTag = `produce-policy/${tagValid()}`;
    const encryptFields = () => standin.objects("produce-policy").find((p) => p.body.type === "encrypt_fields")!.id;
    const oldFields = `produce-policy/${encryptFields()}`;
    const fs = await import("node:fs");
    const next = new TfWorkdir(standinStack(standin.url, { revision: 2 }), standin.token);
    fs.copyFileSync(`${next.dir}/cdk.tf.json`, `${tf.dir}/cdk.tf.json`);
    next.remove();
    const apply = await tf.run(APPLY);
    expect([apply.code, apply.stderr]).toEqual([0, ""]);
    // konnect-beta 0.19.0 plans a schema validation policy's id as unknown on an in-place update, and a child's
    // parent_policy_id forces replacement: the modify-headers and encrypt-fields policies nested in the updated one
    // are replaced; the decrypt-fields policy, under an unchanged parent, is updated in place (its paths).
    expect(apply.stdout).toMatch(/Apply complete! Resources: 2 added, 17 changed, 2 destroyed\./);
    expect(apply.stdout).toMatch(/konnect_event_gateway_produce_policy_encrypt_fields\.vc_import_card-fields_[0-9A-F]{8}: Destroying/);
    expect(apply.stdout).toMatch(/konnect_event_gateway_consume_policy_decrypt_fields\.vc_import_card-fields_Decrypt_[0-9A-F]{8}: Modifying/);
    expect(apply.stdout).toMatch(/konnect_event_gateway_produce_policy_modify_headers\.vc_import_tag-valid_[0-9A-F]{8}: Destroying/);
    const newTag = `produce-policy/${tagValid()}`;
    const newFields = `produce-policy/${encryptFields()}`;
    expect(newTag).not.toBe(oldTag);
    expect(newFields).not.toBe(oldFields);
    const replaced = [newTag, newFields];
    expect(standin.objects().map((o) => `${o.kind}/${o.id}`).filter((id) => !replaced.includes(id)).sort()).toEqual(before.filter((id) => id !== oldTag && id !== oldFields));
    const byKind = (k: Parameters<Standin["objects"]>[0]) => standin.objects(k).map((o) => o.body);
    expect(byKind("auth-server")[0]).toEqual(expect.objectContaining({ description: "Auth server for Kafka, revised" }));
    expect(byKind("client").find((c) => c.name === "producer")).toEqual(expect.objectContaining({ access_token_duration: 7200 }));
    expect(byKind("listener")[0]).toEqual(expect.objectContaining({ ports: ["19092-19095"] }));
    expect(byKind("consume-policy").find((p) => p.name === "skip-internal")).toEqual(expect.objectContaining({ enabled: false }));
    expect(byKind("consume-policy").find((p) => p.type === "decrypt")!.condition).toMatch(/&& \(context\.auth\.principal\.name == 'billing-app'\)$/);
    expect(byKind("vault").find((v) => v.name === "env")).toEqual(expect.objectContaining({ description: "revised", config: { prefix: "KEGW_" } }));
    expect(byKind("tls-trust-bundle")[0]).toEqual(expect.objectContaining({ description: "revised" }));
    expect(byKind("data-plane-certificate")[0]).toEqual(expect.objectContaining({ description: "fleet A, revised" }));
    const tls = byKind("listener-policy").find((p) => p.type === "tls_server")!;
    expect(tls.config).toEqual(expect.objectContaining({ versions: { min: "TLSv1.3", max: "TLSv1.3" }, client_authentication: expect.objectContaining({ mode: "requested" }) }));
    expect(byKind("schema-registry")[0]).toEqual(expect.objectContaining({ config: expect.objectContaining({ endpoint: "https://registry.example.com:8081", timeout_seconds: 20 }) }));
    expect(byKind("produce-policy").find((p) => p.name === "validate-orders")).toEqual(expect.objectContaining({ config: expect.objectContaining({ failure_mode: "mark" }) }));
    expect(byKind("produce-policy").find((p) => p.name === "tag-valid")).toEqual(expect.objectContaining({ config: { actions: [{ op: "set", key: "validated", value: "yes" }] } }));
    expect(byKind("consume-policy").find((p) => p.name === "strip-debug")).toEqual(
      expect.objectContaining({ config: { actions: [{ op: "remove", key: "debug" }, { op: "remove", key: "trace" }] } }),
    );
    const paths = (type: string) => JSON.stringify(byKind(type === "encrypt_fields" ? "produce-policy" : "consume-policy").find((p) => p.type === type)!.config);
    expect([paths("encrypt_fields"), paths("decrypt_fields")]).toEqual([expect.stringContaining('"card.cvv"'), expect.stringContaining('"card.cvv"')]);
    const plan = await tf.run(PLAN);
    expect([plan.code, plan.stdout]).toEqual([0, expect.stringMatching(/No changes\./)]);
  });

  test("an object deleted behind Terraform's back is recreated by the next apply", async () => {
    const reader = standin.objects("client").find((c) => c.id === "reader-app")!;
    const skip = standin.objects("consume-policy").find((p) => p.body.name === "skip-internal")!;
    expect(standin.remove("client", reader.id)).toBe(true);
    expect(standin.remove("consume-policy", skip.id)).toBe(true);

    const plan = await tf.run(PLAN);
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/konnect_identity_auth_server_client\.reader will be created/);
    expect(plan.stdout).toMatch(/konnect_event_gateway_consume_policy_skip_record\.skip_internal will be created/);
    expect(plan.stdout).toMatch(/Plan: 2 to add, 0 to change, 0 to destroy\./);

    const apply = await tf.run(APPLY);
    expect([apply.code, apply.stderr]).toEqual([0, ""]);
    expect(counts(standin)).toEqual(EXPECTED);
    expect(standin.objects("client").map((c) => c.id)).toContain("reader-app");
    const again = await tf.run(PLAN);
    expect([again.code, again.stdout]).toEqual([0, expect.stringMatching(/No changes\./)]);
  });

  test("destroy leaves the stand-in empty", async () => {
    const destroy = await tf.timed(DESTROY);
    timings.destroy = destroy.ms;
    expect([destroy.code, destroy.stderr]).toEqual([0, ""]);
    expect(destroy.stdout).toMatch(/Destroy complete! Resources: 32 destroyed\./);
    expect(standin.objects()).toEqual([]);
  });
});
