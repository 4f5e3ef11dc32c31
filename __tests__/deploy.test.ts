// End to end: `npm run deploy`, `diff` and `destroy` (the fast path, scripts/stack.js) of main.ts's stack with the
// real Terraform CLI and konnect-beta provider, against the local stand-in for Konnect (standin/), which follows the
// provider's REST contract; and `npx cdktf deploy` / `destroy` (the cdktf CLI), which keep working beside it.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { fetchToken } from "../client/token";
import { startStandin, type Standin } from "../standin";
import { Deployment } from "../standin/deployment";
import { CDK } from "./support/cdk";
import { counts, NO_OBJECTS } from "./support/standin-stack";
import { describeWithTerraform, terraformName } from "./support/terraform";

describeWithTerraform(`npm run deploy / diff / destroy of main.ts against the stand-in, on ${CDK} with ${terraformName()}`, () => {
  let standin: Standin;
  let dir: string;
  let deployment: Deployment;
  const times: Record<string, number> = {};

  beforeAll(async () => {
    standin = await startStandin();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-deploy-"));
    deployment = new Deployment({ dir, serverUrl: standin.url, token: standin.token, cdk: CDK });
  });
  afterAll(async () => {
    if (standin.objects().length) await deployment.destroy();
    await standin.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`npm run deploy/diff/destroy (scripts/stack.js) on ${CDK} with ${terraformName()}: wall times against the stand-in (ms): ${JSON.stringify(times)}`);
  });

  const one = (kind: Parameters<Standin["objects"]>[0]) => {
    const all = standin.objects(kind);
    expect(all.length).toBe(1);
    return all[0].body as Record<string, any>;
  };

  test("deploy creates every object with the expected fields; secrets only in the outputs file", async () => {
    const res = await deployment.deploy();
    times.deploy = res.ms;
    if (res.code !== 0) throw new Error(res.output);
    expect(counts(standin)).toEqual({
      ...NO_OBJECTS,
      "auth-server": 1,
      scope: 1,
      client: 2,
      "event-gateway": 1,
      "backend-cluster": 1,
      "virtual-cluster": 1,
      listener: 1,
      "listener-policy": 1,
      "cluster-policy": 2,
      "consume-policy": 1,
      claim: 0,
    });
    const out = deployment.outputs();
    expect(one("event-gateway").name).toBe("event_gateway_terraform");
    expect(one("listener")).toMatchObject({ name: "localhost-listener", addresses: ["0.0.0.0"], ports: ["19092-19192"] });
    expect(one("virtual-cluster")).toMatchObject({
      dns_label: "vcluster",
      acl_mode: "enforce_on_gateway",
      namespace: { prefix: "my-", mode: "hide_prefix" },
      authentication: [
        {
          type: "oauth_bearer",
          mediation: "terminate",
          jwks: { endpoint: out.jwks_url, timeout: "1s" },
          validate: { issuer: out.issuer_url, audiences: [{ name: "http://kafka.dev" }] },
        },
      ],
    });
    const conditions = standin.objects("cluster-policy").map((p) => p.body.condition).sort();
    expect(conditions).toEqual(
      [`context.auth.principal.name == '${out.producer_client_id}'`, `context.auth.principal.name == '${out.reader_client_id}'`].sort(),
    );
    expect(one("consume-policy").condition).toBe(`(record.headers['internal'] == 'true') && (!(context.auth.principal.name == '${out.producer_client_id}'))`);
    expect(out.producer_client_secret.length).toBeGreaterThan(10);
    expect(res.output).not.toContain(out.producer_client_secret);
    expect(res.output).not.toContain(standin.token);
    expect(fs.readFileSync(path.join(dir, "cdktf.out/stacks/event-gateway/cdk.tf.json"), "utf8")).not.toContain(standin.token);
    // Terraform's own output, and the runner's progress lines around it.
    expect(res.output).toContain("[deploy] event-gateway: terraform init (first run in this directory) ...");
    expect(res.output).toContain("Apply complete! Resources: 12 added, 0 changed, 0 destroyed.");
    expect(res.output).toMatch(/producer_client_secret = <sensitive>/);
    expect(res.output).toContain("[deploy] outputs written to outputs.json (sensitive outputs included)");
    expect(fs.statSync(deployment.outputsFile).mode & 0o777).toBe(0o600);
  });

  test("a token minted by the stand-in's issuer for the producer validates against its JWKS with sub, iss, aud", async () => {
    const out = deployment.outputs();
    const token = await fetchToken({ issuer: out.issuer_url, clientId: out.producer_client_id, clientSecret: out.producer_client_secret, scope: "kafka", label: "producer" });
    const { payload } = await jwtVerify(token.value, createRemoteJWKSet(new URL(out.jwks_url)), { issuer: out.issuer_url, audience: "http://kafka.dev" });
    expect(payload.sub).toBe(out.producer_client_id);
    expect(payload.scope).toBe("kafka");
  });

  test("then npm run diff reports no changes, reusing the synthesis and without running terraform init again", async () => {
    const res = await deployment.diff();
    times.noChangeDiff = res.ms;
    expect([res.code, res.output]).toEqual([0, expect.stringContaining("No changes.")]);
    expect(res.output).toContain("[diff] synthesis of event-gateway reused: the app's code, settings and inputs are unchanged");
    expect(res.output).toContain("[diff] event-gateway: terraform init not needed (providers, versions and backend unchanged)");
  });

  test("a synth that fails applies nothing and leaves no earlier synthesis to act on", async () => {
    const stackDir = path.join(dir, "cdktf.out/stacks/event-gateway");
    const before = standin.requests.length;
    const res = await deployment.deploy({ KEGW_LISTENER_PORTS: "19092,19192-19092" });
    expect(res.code).toBe(1);
    expect(res.output).toContain('error: event-gateway/gateway/listener: ports "19192-19092" is invalid');
    expect(res.output).toContain("synth failed");
    expect(res.output).toContain("nothing was planned, applied or destroyed");
    expect(res.output).not.toContain("terraform apply");
    expect(standin.requests.length).toBe(before);
    expect(fs.existsSync(path.join(stackDir, "cdk.tf.json"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "cdktf.out/manifest.json"))).toBe(false);
    // Terraform itself finds no configuration there either.
    expect(fs.readdirSync(stackDir).filter((f) => f.endsWith(".json"))).toEqual([]);
  });

  test("terraform's exit code comes through: plan -detailed-exitcode is 2 when there are changes", async () => {
    const res = await deployment.run(["diff", "--", "-detailed-exitcode"], { KEGW_TOKEN_LIFETIME: "7200" });
    expect(res.code).toBe(2);
    expect(res.output).toContain("[diff] event-gateway: terraform plan exited 2");
  });

  test("a plan that updates the clients shows their secrets as sensitive, never in clear", async () => {
    const out = deployment.outputs();
    const res = await deployment.diff({ KEGW_TOKEN_LIFETIME: "7200" });
    expect(res.output).toContain("Plan: 0 to add, 2 to change, 0 to destroy.");
    expect(res.output).not.toContain(out.producer_client_secret);
    expect(res.output).not.toContain(out.reader_client_secret);
  });

  test("changing the listener ports plans exactly that update, which applies", async () => {
    const env = { KEGW_LISTENER_PORTS: "19092-19095" };
    const plan = await deployment.diff(env);
    expect(plan.output).toContain("Plan: 0 to add, 1 to change, 0 to destroy.");
    expect(plan.output.match(/# \S+ will be .*/g)).toEqual([expect.stringMatching(/^# konnect_event_gateway_listener\.gateway_listener_\w+ will be updated in-place$/)]);
    const res = await deployment.deploy(env);
    if (res.code !== 0) throw new Error(res.output);
    expect(one("listener").ports).toEqual(["19092-19095"]);
    expect((await deployment.diff(env)).output).toContain("No changes.");
  });

  test("npm run destroy leaves the stand-in empty", async () => {
    const out = deployment.outputs();
    const res = await deployment.destroy({ KEGW_LISTENER_PORTS: "19092-19095" });
    times.destroy = res.ms;
    if (res.code !== 0) throw new Error(res.output);
    expect(standin.objects()).toEqual([]);
    // Terraform shows the destroy plan: both clients' secrets and both secret outputs, each as (sensitive value)
    expect(res.output.match(/client_secret\s+=.*/g)).toHaveLength(4);
    for (const line of res.output.match(/client_secret\s+=.*/g) ?? []) expect(line).toContain("(sensitive value)");
    expect(res.output).not.toContain(out.producer_client_secret);
    expect(res.output).not.toContain(out.reader_client_secret);
  });
});

describeWithTerraform(`npx ${CDK} deploy / destroy keep working beside the fast path, with ${terraformName()}`, () => {
  test("cdktf deploys main.ts's stack, writes the same outputs file as npm run deploy does there, and destroys it", async () => {
    const standin = await startStandin();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-deploy-cdktf-"));
    const deployment = new Deployment({ dir, serverUrl: standin.url, token: standin.token, cli: "cdktf", cdk: CDK });
    try {
      const res = await deployment.deploy();
      if (res.code !== 0) throw new Error(res.output);
      expect(counts(standin)).toEqual(expect.objectContaining({ "event-gateway": 1, client: 2, "cluster-policy": 2 }));
      const out = deployment.outputs();
      expect(res.output).not.toContain(out.producer_client_secret);
      // The fast path writes the same shape: {"<stack>": {"<output>": value}}, sensitive outputs included when asked.
      expect(Object.keys(JSON.parse(fs.readFileSync(deployment.outputsFile, "utf8")))).toEqual(["event-gateway"]);
      expect(Object.keys(out).sort()).toEqual(
        ["audience", "bootstrap_server", "issuer_url", "jwks_url", "producer_client_id", "producer_client_secret", "reader_client_id", "reader_client_secret", "scope"],
      );
      // npm run deploy in the same directory: nothing to change, and byte for byte the outputs file cdktf wrote.
      const cdktfFile = fs.readFileSync(deployment.outputsFile, "utf8");
      const fast = await new Deployment({ dir, serverUrl: standin.url, token: standin.token, cdk: CDK }).deploy();
      if (fast.code !== 0) throw new Error(fast.output);
      expect(fast.output).toContain("Apply complete! Resources: 0 added, 0 changed, 0 destroyed.");
      expect(fs.readFileSync(deployment.outputsFile, "utf8")).toBe(cdktfFile);
      const destroy = await deployment.destroy();
      if (destroy.code !== 0) throw new Error(destroy.output);
      expect(standin.objects()).toEqual([]);
    } finally {
      await standin.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
