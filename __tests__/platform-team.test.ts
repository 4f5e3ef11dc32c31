// The platform/team example (examples/platform-team.ts): the team's stack adds its client and ACL policies to the
// platform's virtual cluster through a cdktf cross-stack reference and through literal IDs; synthesized,
// `terraform validate`d, and deployed on the Konnect stand-in with the real Terraform CLI and provider.
import * as fs from "node:fs";
import * as path from "node:path";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { platformAndTeam, TeamStack } from "../examples/platform-team";
import { startStandin, type Standin } from "../standin";
import { scratchDir } from "./support/scratch";
import { describeWithTerraform, initAndValidate, standinSession, type TerraformSession } from "./support/terraform";

/** Synthesizes an app as `cdktf synth` does; returns each stack's cdk.tf.json directory and parsed JSON. */
function synthApp(app: App, ...stacks: TerraformStack[]): Record<string, { dir: string; json: any }> {
  app.synth();
  return Object.fromEntries(
    stacks.map((s) => {
      const dir = path.join(app.outdir, "stacks", s.node.id);
      return [s.node.id, { dir, json: JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8")) }];
    }),
  );
}

const newApp = () => new App({ outdir: scratchDir("platform-team") });
const IDS = { gatewayId: "gw-1", virtualClusterId: "vc-1", authServerId: "as-1", kafkaScopeId: "scope-1" };
const values = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});

describe("platform and team stacks (examples/platform-team.ts)", () => {
  test("cross-stack: the team's client and policies are in the team's stack, on the platform's IDs from its state", () => {
    const app = newApp();
    const { platform, team } = platformAndTeam(app);
    const out = synthApp(app, platform, team);
    const p = out.platform!.json;
    const t = out.team!.json;
    expect(values(p, "konnect_event_gateway_cluster_policy_acls")).toEqual([]);
    expect(values(p, "konnect_identity_auth_server_client")).toEqual([]);
    expect(Object.keys(t.data.terraform_remote_state)).toHaveLength(1);
    const remote = /^\$\{data\.terraform_remote_state\.[\w-]+\.outputs\.[\w-]+\}$/;
    const acls = values(t, "konnect_event_gateway_cluster_policy_acls");
    expect(acls.map((a) => a.name).sort()).toEqual(["orders-audit", "orders-topics"]);
    for (const a of acls) {
      expect(a.gateway_id).toMatch(remote);
      expect(a.virtual_cluster_id).toMatch(remote);
    }
    const [client] = values(t, "konnect_identity_auth_server_client");
    expect([client.name, client.auth_server_id, client.allow_scopes[0]]).toEqual(["orders", expect.stringMatching(remote), expect.stringMatching(remote)]);
    expect(values(t, "konnect_event_gateway_virtual_cluster")).toEqual([]);
  });

  test("by IDs: the same team stack with literal IDs makes the same objects on them", () => {
    const app = newApp();
    const team = new TeamStack(app, "billing", { team: "billing", ...IDS });
    const t = synthApp(app, team).billing!.json;
    expect(t.data).toBeUndefined();
    expect(values(t, "konnect_event_gateway_cluster_policy_acls").map((a) => [a.gateway_id, a.virtual_cluster_id, a.name]).sort()).toEqual([
      ["gw-1", "vc-1", "billing-audit"],
      ["gw-1", "vc-1", "billing-topics"],
    ]);
  });
});

describeWithTerraform("platform and team stacks with the real provider", () => {
  let standin: Standin;
  let session: TerraformSession;
  beforeAll(async () => {
    standin = await startStandin();
    session = standinSession(standin.token);
  });
  afterAll(() => (session?.stop(), standin.stop()));

  const tf = async (dir: string, args: string[]) => {
    const r = await session.run(dir, [...args, "-no-color"]);
    if (r.code !== 0) throw new Error(`terraform ${args[0]} in ${path.basename(dir)} failed:\n${r.stderr}\n${r.stdout.slice(-2000)}`);
    return r.stdout;
  };
  const apply = async (dir: string) => {
    await tf(dir, ["init", "-input=false"]);
    await tf(dir, ["apply", "-auto-approve", "-input=false"]);
  };

  test("terraform validate of both stacks, then deploy: platform, its team by cross-stack reference, a second team by IDs", async () => {
    const state = scratchDir("platform-team-state");
    const app = newApp();
    const { platform, team } = platformAndTeam(app, standin.url);
    new LocalBackend(platform, { path: path.join(state, "platform.tfstate") });
    new LocalBackend(team, { path: path.join(state, "team.tfstate") });
    const out = synthApp(app, platform, team);
    for (const s of [out.platform!, out.team!]) {
      const v = await initAndValidate(s.dir);
      expect(v.diagnostics).toEqual([]);
      expect(v.valid).toBe(true);
    }

    await apply(out.platform!.dir);
    await apply(out.team!.dir);
    const [vc] = standin.objects("virtual-cluster");
    const policiesOf = () => standin.objects("cluster-policy").filter((o) => o.parents.virtualClusterId === vc!.id).map((o) => o.body.name).sort();
    expect(policiesOf()).toEqual(["orders-audit", "orders-topics"]);
    expect(standin.objects("client").map((c) => c.body.name)).toEqual(["orders"]);

    // A second team, given the platform's IDs as literals (a platform managed elsewhere).
    const ids = JSON.parse(await tf(out.platform!.dir, ["output", "-json"])) as Record<string, { value: string }>;
    const app2 = newApp();
    const billing = new TeamStack(app2, "billing", {
      serverUrl: standin.url,
      team: "billing",
      gatewayId: ids.gateway_id!.value,
      virtualClusterId: ids.virtual_cluster_id!.value,
      authServerId: ids.auth_server_id!.value,
      kafkaScopeId: ids.kafka_scope_id!.value,
    });
    new LocalBackend(billing, { path: path.join(state, "billing.tfstate") });
    await apply(synthApp(app2, billing).billing!.dir);
    expect(policiesOf()).toEqual(["billing-audit", "billing-topics", "orders-audit", "orders-topics"]);
    expect(standin.objects("client").map((c) => c.body.name).sort()).toEqual(["billing", "orders"]);
    expect(standin.objects("virtual-cluster")).toHaveLength(1);
    expect(standin.objects("event-gateway")).toHaveLength(1);
  });
});
