// The TLS example (examples/tls-listener.ts): a TLS listener with client certificates and a backend cluster verified
// against its own CA. Synthesized, `terraform validate`d, and deployed on the Konnect stand-in with the real Terraform
// CLI and provider: apply, no-change plan, an in-place update, destroy; the server key (a sensitive variable) is in
// neither cdk.tf.json nor any answer of the stand-in.
import * as fs from "node:fs";
import * as path from "node:path";
import { TlsListenerStack } from "../examples/tls-listener";
import { startStandin, type Standin } from "../standin";
import { TEST_CA_PEM, TEST_DATA_PLANE_PEM, TEST_SERVER_PEM } from "./support/certificates";
import { newApp, only, synth } from "./support/synth";
import { describeWithTerraform, initAndValidate, synthStackDir, standinSession, type TerraformSession } from "./support/terraform";

jest.setTimeout(300_000);

const PROPS = { brokerCa: TEST_CA_PEM, serverCertificate: TEST_SERVER_PEM, clientCa: TEST_CA_PEM };
const SENTINEL = "server-key-sentinel-7f3a";

describe("TLS example (examples/tls-listener.ts)", () => {
  test("the README's TLS snippet is a contiguous excerpt of the example file (indentation aside)", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### TLS: listeners, trust bundles, data plane certificates"));
    const start = section.indexOf("```ts\n") + "```ts\n".length;
    const snippet = section.slice(start, section.indexOf("```\n", start));
    const file = fs.readFileSync(path.join(__dirname, "..", "examples", "tls-listener.ts"), "utf8");
    expect(snippet.split("\n").filter((l) => l.trim() !== "").length).toBeGreaterThan(5);
    expect(isExcerpt(snippet, file)).toBe(true);
  });

  test("isExcerpt: in order, without gaps or additions, indentation aside", () => {
    const file = "class A {\n  f() {\n    one();\n\n    two();\n  }\n}\n";
    expect(isExcerpt("one();\n\ntwo();\n", file)).toBe(true);
    expect(isExcerpt("f() {\n  one();\n", file)).toBe(true);
    expect(isExcerpt("two();\none();\n", file)).toBe(false); // reordered
    expect(isExcerpt("one();\ntwo();\n", file)).toBe(false); // a line (the blank one) left out
    expect(isExcerpt("one();\n\nthree();\ntwo();\n", file)).toBe(false); // a line added
    expect(isExcerpt("one();\n\ntwo(); // changed\n", file)).toBe(false); // a line changed
    expect(isExcerpt("", file)).toBe(false);
  });
  test("synthesizes: the brokers' CA on the backend, the clients' CA as a trust bundle the TLS server policy trusts, the key a variable", () => {
    const json = synth(new TlsListenerStack(newApp(), "tls", PROPS));
    expect(only(json, "konnect_event_gateway_backend_cluster").tls).toEqual({ enabled: true, ca_bundle: TEST_CA_PEM });
    expect(only(json, "konnect_event_gateway_tls_trust_bundle").config).toEqual({ trusted_ca: TEST_CA_PEM });
    expect(only(json, "konnect_event_gateway_listener_policy_tls_server").config).toEqual({
      certificates: [{ certificate: TEST_SERVER_PEM, key: "${var.server_key}" }],
      versions: { min: "TLSv1.2", max: "TLSv1.3" },
      client_authentication: {
        mode: "required",
        tls_trust_bundles: [{ id: expect.stringMatching(/^\$\{konnect_event_gateway_tls_trust_bundle\.gateway_clients-ca_[0-9A-F]{8}\.id\}$/) }],
        principal_mapping: "context.certificate.subject['CN']",
      },
    });
    expect(only(json, "konnect_event_gateway_virtual_cluster").authentication).toEqual([{ client_certificate: {} }]);
    expect(only(json, "konnect_event_gateway_cluster_policy_acls").condition).toBe("context.auth.principal.name == 'payments-app'");
    expect(json.variable.server_key).toEqual({ type: "string", sensitive: true });
  });
});

describeWithTerraform("TLS example with the real provider, on the stand-in", () => {
  let standin: Standin;
  let session: TerraformSession;
  beforeAll(async () => {
    standin = await startStandin();
    session = standinSession(standin.token);
  });
  afterAll(() => (session?.stop(), standin?.stop()));

  /** The example's cdk.tf.json with the provider pointed at the stand-in (the example names Konnect's EU region). */
  const onStandin = (stackDir: string): string => {
    const json = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
    json.provider["konnect-beta"][0].server_url = standin.url;
    return JSON.stringify(json, null, 2);
  };

  test("terraform validate; apply, no-change plan, in-place update, destroy; the key is never written or returned", async () => {
    const first = synthStackDir(new TlsListenerStack(newApp(), "tls", PROPS));
    const res = await initAndValidate(first);
    expect(res.diagnostics).toEqual([]);
    expect(res.valid).toBe(true);

    const tf = (args: string[]) =>
      session.run(res.dir, [...args, "-input=false", "-no-color"], { TF_VAR_server_key: SENTINEL });
    const cdkTfJson = path.join(res.dir, "cdk.tf.json");
    fs.writeFileSync(cdkTfJson, onStandin(first));

    const apply = await tf(["apply", "-auto-approve"]);
    expect([apply.code, apply.stderr]).toEqual([0, ""]);
    expect(apply.stdout).toMatch(/Apply complete! Resources: 8 added, 0 changed, 0 destroyed\./);
    const [policy] = standin.objects("listener-policy").filter((p) => p.body.type === "tls_server");
    const [bundle] = standin.objects("tls-trust-bundle");
    expect((policy!.body.config as any).client_authentication.tls_trust_bundles).toEqual([{ id: bundle!.id }]);
    // Konnect keeps the plaintext key (the data plane needs it); it is returned by no answer and is in no file of ours.
    expect((policy!.body.config as any).certificates[0].key).toBe(SENTINEL);
    const gw = standin.objects("event-gateway")[0]!.id;
    const got = await fetch(`${standin.url}/v1/event-gateways/${gw}/listeners/${policy!.parents.listenerId}/policies/${policy!.id}`, {
      headers: { authorization: `Bearer ${standin.token}` },
    });
    expect(await got.text()).not.toContain(SENTINEL);
    expect(fs.readFileSync(cdkTfJson, "utf8")).not.toContain(SENTINEL);

    const plan = await tf(["plan", "-detailed-exitcode"]);
    expect([plan.code, plan.stdout]).toEqual([0, expect.stringMatching(/No changes\./)]);

    // Another server certificate and client CA: both objects change in place.
    fs.writeFileSync(cdkTfJson, onStandin(synthStackDir(new TlsListenerStack(newApp(), "tls", { ...PROPS, serverCertificate: TEST_DATA_PLANE_PEM, clientCa: TEST_SERVER_PEM }))));
    const update = await tf(["apply", "-auto-approve"]);
    expect([update.code, update.stderr]).toEqual([0, ""]);
    expect(update.stdout).toMatch(/Apply complete! Resources: 0 added, 2 changed, 0 destroyed\./);
    expect(standin.objects("tls-trust-bundle")[0]!.body.config).toEqual({ trusted_ca: TEST_SERVER_PEM });
    const again = await tf(["plan", "-detailed-exitcode"]);
    expect([again.code, again.stdout]).toEqual([0, expect.stringMatching(/No changes\./)]);

    const destroy = await tf(["destroy", "-auto-approve"]);
    expect([destroy.code, destroy.stderr]).toEqual([0, ""]);
    expect(destroy.stdout).toMatch(/Destroy complete! Resources: 8 destroyed\./);
    expect(standin.objects()).toEqual([]);
  });
});

/**
 * Whether `excerpt` is a run of consecutive lines of `file`, each compared without its indentation and trailing
 * whitespace (the README shows the example's lines dedented); leading and trailing blank lines of the excerpt aside.
 */
function isExcerpt(excerpt: string, file: string): boolean {
  const lines = (text: string) => text.split("\n").map((l) => l.trim());
  const want = lines(excerpt.replace(/^\s*\n|\s+$/g, ""));
  if (want.length === 0 || (want.length === 1 && want[0] === "")) return false;
  const have = lines(file);
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((l, j) => have[i + j] === l)) return true;
  }
  return false;
}
