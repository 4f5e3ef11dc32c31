// The package as another project gets it: `npm pack` once, the tarball installed once into a scratch cdktf project
// with its own cdktf and constructs (the package's peers), a TypeScript stack there compiled against the published
// declarations, synthesized, and `terraform validate`d with the real provider.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { scratchDir } from "./support/scratch";
import { describeWithTerraform, initAndValidate } from "./support/terraform";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const NAME: string = pkg.name;

interface Packed {
  readonly filename: string;
  readonly entryCount: number;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: ReadonlyArray<{ readonly path: string }>;
}

/** A team's stack: imports a platform's virtual cluster by attributes, adds an ACL policy and a grant. */
const CONSUMER_STACK = `import { App, TerraformStack } from "cdktf";
import { Condition, IdentityClient, KonnectProvider, VirtualCluster } from "${NAME}";
import { Explainer } from "${NAME}/explain";
import { explainMatchers } from "${NAME}/testing";

const app = new App();
const stack = new TerraformStack(app, "team");
new KonnectProvider(stack, "konnect", { serverUrl: "https://eu.api.konghq.com" });
const shared = VirtualCluster.fromVirtualClusterAttributes(stack, "shared", { gatewayId: "gw-1", virtualClusterId: "vc-1" });
const billing = IdentityClient.fromClientId(stack, "billing", "billing-client");
shared.addAclPolicy("audit", {
  condition: Condition.principalIs(billing),
  rules: [{ resourceType: "topic", operations: ["describe", "read"], resourceNames: ["audit"] }],
});
shared.grantRead(billing, ["invoices"], { groups: ["billing-*"] });
app.synth();
// The subpaths resolve, with their types: the explainer and the jest matchers.
if (typeof Explainer !== "function" || typeof explainMatchers.toAllow !== "function") throw new Error("subpath exports missing");
`;

let packed: Packed;
let project: string;

beforeAll(async () => {
  // dist/ is built by jest's global setup; --ignore-scripts keeps npm from building it a second time.
  const dest = scratchDir("pack");
  const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dest], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  packed = (JSON.parse(stdout) as Packed[])[0]!;
  console.log(`npm pack: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} bytes unpacked`);

  project = scratchDir("consumer");
  const dev = pkg.devDependencies as Record<string, string>;
  const peers = Object.fromEntries(Object.keys(pkg.peerDependencies as Record<string, string>).map((p) => [p, dev[p]!]));
  fs.writeFileSync(
    path.join(project, "package.json"),
    JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies: { ...peers, [NAME]: `file:${path.join(dest, packed.filename)}` } }, null, 2),
  );
  // The npm cache answers what it has; the registry is asked only for what it lacks.
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
  fs.writeFileSync(path.join(project, "main.ts"), CONSUMER_STACK);
  fs.writeFileSync(
    path.join(project, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, module: "CommonJS", target: "ES2022", lib: ["es2022"], types: [] }, files: ["main.ts"] }),
  );
  // The same stack type-checked the way Node resolves modules (node16), where an ES module's types need care.
  fs.writeFileSync(
    path.join(project, "tsconfig.node16.json"),
    JSON.stringify({ compilerOptions: { strict: true, module: "node16", moduleResolution: "node16", target: "ES2022", lib: ["es2022"], types: [], noEmit: true }, files: ["main.ts"] }),
  );
}, 180_000);

describe("the npm package", () => {
  test("exports the construct library at its root and the explainer and jest matchers as ./explain and ./testing", () => {
    expect(Object.keys(pkg.exports)).toEqual([".", "./explain", "./testing", "./package.json"]);
    const paths = new Set(packed.files.map((f) => f.path));
    for (const entry of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
      for (const file of typeof entry === "string" ? [entry] : Object.values(entry)) expect(paths).toContain(file.replace(/^\.\//, ""));
    }
  });

  test("holds the construct library and its bindings only: no stand-in, client, app, tools, scripts, tests or build info", () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("dist/constructs/index.js");
    expect(paths).toContain("dist/constructs/index.d.ts");
    expect(paths).toContain("dist/constructs/kong-identity/lookup-child.js"); // the lookup's child process
    expect(paths.some((p) => p.startsWith("dist/.gen/providers/konnect-beta/"))).toBe(true);
    const outside = paths.filter(
      (p) => /^(dist\/)?(standin|client|app|tools|scripts|__tests__|examples|schema)\//.test(p) || /(^|\/)main\.(js|d\.ts|ts)$/.test(p) || p.endsWith(".tsbuildinfo") || p.endsWith(".ts") && !p.endsWith(".d.ts"),
    );
    expect(outside).toEqual([]);
  });

  test("a consumer gets one cdktf and one constructs (peers), and neither kafkajs nor jose", () => {
    const has = (p: string) => fs.existsSync(path.join(project, "node_modules", p));
    expect(has(`${NAME}/node_modules/cdktf`) || has(`${NAME}/node_modules/constructs`)).toBe(false);
    expect(has("cdktf") && has("constructs") && has("@cdktf/provider-null")).toBe(true);
    expect(has("kafkajs") || has("jose")).toBe(false);
  });

  test("the root exports no internal helper, and internal modules cannot be imported", async () => {
    const script = `
      const root = require(${JSON.stringify(NAME)});
      const dir = require("path").dirname(require.resolve(${JSON.stringify(NAME)}));
      const internal = ["validation", "text", "condition", "duration", "event-gateway", "kong-identity/lookup"]
        .flatMap((m) => Object.keys(require(dir + "/" + m)).filter((k) => /^[a-z_]/.test(k)));
      let deep = "importable";
      try { require(${JSON.stringify(NAME)} + "/dist/constructs/validation"); } catch (e) { deep = e.code; }
      console.log(JSON.stringify({ keys: Object.keys(root), internal, deep }));`;
    const { stdout } = await run(process.execPath, ["-e", script], { cwd: project });
    const { keys, internal, deep } = JSON.parse(stdout) as { keys: string[]; internal: string[]; deep: string };
    expect(internal).toEqual(expect.arrayContaining(["fail", "check", "oneOf", "display", "renderCondition", "gatewayOf", "wholeSeconds", "lookupKongIdentitySync"]));
    expect(keys.filter((k) => internal.includes(k) || k.startsWith("_"))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(["VirtualCluster", "EventGateway", "Condition", "Duration", "ValidationError", "KongIdentity"]));
    expect(keys).not.toEqual(expect.arrayContaining(["NameRegistry"]));
    expect(deep).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
    const dts = fs.readFileSync(path.join(project, "node_modules", NAME, "dist/constructs/virtual-cluster.d.ts"), "utf8");
    expect(dts).not.toMatch(/@internal|_render|_validate/);
  });
});

describeWithTerraform("a consumer project", () => {
  test("compiles a stack against the published declarations, synthesizes it, and terraform validates it", async () => {
    await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.node16.json"], { cwd: project });
    await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], { cwd: project });
    const outdir = path.join(project, "cdktf.out");
    const t = Date.now();
    await run(process.execPath, ["main.js"], { cwd: project, env: { ...process.env, CDKTF_OUTDIR: outdir } });
    console.log(`consumer synth (node main.js): ${Date.now() - t} ms`);
    const stackDir = path.join(outdir, "stacks", "team");
    const json = JSON.parse(fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8"));
    const acls = Object.values(json.resource.konnect_event_gateway_cluster_policy_acls) as Array<Record<string, any>>;
    expect(acls.map((a) => [a.gateway_id, a.virtual_cluster_id, a.name, a.condition]).sort()).toEqual([
      ["gw-1", "vc-1", "audit", "context.auth.principal.name == 'billing-client'"],
      ["gw-1", "vc-1", "grant-billing", "context.auth.principal.name == 'billing-client'"],
    ]);
    const res = await initAndValidate(stackDir);
    expect(res.diagnostics).toEqual([]);
    expect(res.valid).toBe(true);
  });
});
