// The project on CDK Terrain (cdktn) from the same source: the second manifest follows package.json, the null
// bindings are generated, and main.ts synthesizes the same Terraform JSON on cdktn as on cdktf.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { type KongIdentityLookupRequest } from "../constructs/kong-identity/lookup";
import { lookupAnswer, writeLookupContext } from "./support/fixtures";
import { startStandin } from "../standin";
import { Deployment } from "../standin/deployment";
import { CDK } from "./support/cdk";
import { describeWithTerraform } from "./support/terraform";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");

describe("second manifest (cdktn/package.json)", () => {
  test("is what scripts/cdktn-manifest.js makes of package.json", () => {
    const { manifest } = require("../scripts/cdktn-manifest.js");
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, "cdktn/package.json"), "utf8"))).toEqual(manifest());
  });

  test("its lock file holds what it asks for: cdktn, cdktn-cli and the generator at 0.24.0 under their cdktf names", () => {
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktn/package-lock.json"), "utf8"));
    expect(lock.packages[""].dependencies).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, "cdktn/package.json"), "utf8")).dependencies);
    const at = (p: string) => [lock.packages[`node_modules/${p}`]?.name ?? p, lock.packages[`node_modules/${p}`]?.version];
    expect(at("cdktf")).toEqual(["cdktn", "0.24.0"]);
    expect(at("cdktf-cli")).toEqual(["cdktn-cli", "0.24.0"]);
    expect(at("@cdktf/provider-generator")).toEqual(["@cdktn/provider-generator", "0.24.0"]);
    expect(at("constructs")).toEqual(["constructs", "10.6.0"]);
  });

  test("a CDK package without a CDK Terrain counterpart stops the script, naming it", () => {
    const { COUNTERPARTS } = require("../scripts/cdktn-manifest.js");
    expect(Object.keys(COUNTERPARTS)).not.toContain("@cdktf/provider-random");
    const script = fs.readFileSync(path.join(ROOT, "scripts/cdktn-manifest.js"), "utf8");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-manifest-"));
    try {
      fs.mkdirSync(path.join(dir, "scripts"));
      fs.writeFileSync(path.join(dir, "scripts/cdktn-manifest.js"), script);
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
      pkg.dependencies = { ...pkg.dependencies, "@cdktf/provider-random": "12.0.0" };
      fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg));
      const { manifest } = require(path.join(dir, "scripts/cdktn-manifest.js"));
      expect(() => manifest()).toThrow(/package\.json depends on @cdktf\/provider-random: add its CDK Terrain counterpart/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const onCdktn = CDK === "cdktn" ? describe : describe.skip;

onCdktn(`the project on CDK Terrain${CDK === "cdktn" ? "" : " [runs in npm run test:cdktn]"}`, () => {
  test(".gen/cdktn is exactly what @cdktn/provider-generator makes of schema/null.json", async () => {
    const { generate, diffTrees } = require("../scripts/gen-bindings.js");
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-gen-cdktn-"));
    try {
      await generate(tmp, true);
      expect(fs.readFileSync(path.join(tmp, "providers/null/provider/index.ts"), "utf8")).toContain("from 'cdktn'");
      expect(diffTrees(tmp, path.join(ROOT, ".gen/cdktn"), true)).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test("in the tests, cdktf is cdktn 0.24.0 and constructs is 10.6.0", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cdktf = require("cdktf");
    const overlay = path.join(ROOT, "cdktn/node_modules");
    expect(cdktf).toBe(require(path.join(overlay, "cdktf")));
    expect(JSON.parse(fs.readFileSync(path.join(overlay, "cdktf/package.json"), "utf8"))).toMatchObject({ name: "cdktn", version: "0.24.0" });
    expect(require("constructs")).toBe(require(path.join(overlay, "constructs")));
    expect(JSON.parse(fs.readFileSync(path.join(overlay, "constructs/package.json"), "utf8")).version).toBe("10.6.0");
  });

  /**
   * main.ts compiled for one CDK, run as `cdktf synth` runs it, in `out` (the same for both: the local backend's state
   * path names it); its cdk.tf.json and manifest.
   */
  async function synthMain(cdk: "cdktf" | "cdktn", env: NodeJS.ProcessEnv, out: string) {
    fs.mkdirSync(out);
    const main = path.join(ROOT, cdk === "cdktn" ? "cdktn/dist/main.js" : "dist/main.js");
    await run(process.execPath, [main], { cwd: out, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, CDKTF_OUTDIR: out } });
    const read = (f: string) => JSON.parse(fs.readFileSync(path.join(out, f), "utf8"));
    const result = { json: read("stacks/event-gateway/cdk.tf.json"), manifest: read("manifest.json") };
    fs.rmSync(out, { recursive: true, force: true });
    return result;
  }

  /**
   * The places where cdktf and cdktn differ: the version of the tool that wrote the files, and the null provider's
   * source address, "null" in the prebuilt @cdktf/provider-null and "hashicorp/null" in the generated bindings (the
   * same provider: Terraform and OpenTofu read "null" as "hashicorp/null").
   */
  function normalized(synth: { json: any; manifest: any }) {
    const json = structuredClone(synth.json);
    const manifest = structuredClone(synth.manifest);
    delete json["//"].metadata.version;
    delete manifest.version;
    const nul = json.terraform.required_providers.null;
    if (nul?.source === "null") nul.source = "hashicorp/null";
    return { json, manifest };
  }

  const lookupCache = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-lookup-cache-"));
    const request: KongIdentityLookupRequest = {
      region: "us",
      authServer: { name: "Kafka Dev" },
      clients: { producer: { name: "producer" }, reader: { name: "reader" } },
    };
    const result = lookupAnswer({ producer: { id: "p-1", name: "producer" }, reader: { id: "r-1", name: "reader" } });
    const file = path.join(dir, "kong-identity.context.json");
    writeLookupContext(file, request, result);
    return file;
  };

  test.each([
    ["managed identity (the default)", (): NodeJS.ProcessEnv => ({})],
    ["looked-up identity (null_data_source from the generated null bindings)", () => ({ KEGW_IDENTITY: "lookup", KEGW_IDENTITY_CACHE: lookupCache() })],
  ])("main.ts synthesizes the same JSON on cdktn 0.24.0 as on cdktf 0.21.0, apart from the tool version and the null source address: %s", async (_, env) => {
    const settings = env();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kegw-synth-")), "cdktf.out");
    const [tf, tn] = [await synthMain("cdktf", settings, out), await synthMain("cdktn", settings, out)];
    expect([tf.json["//"].metadata.version, tn.json["//"].metadata.version]).toEqual(["0.21.0", "0.24.0"]);
    expect([tf.manifest.version, tn.manifest.version]).toEqual(["0.21.0", "0.24.0"]);
    expect(Object.keys(tn.json.resource ?? {}).length).toBeGreaterThan(5);
    if (settings.KEGW_IDENTITY) {
      expect(Object.keys(tn.json.data.null_data_source)).toEqual(["identity"]);
      expect([tf.json.terraform.required_providers.null, tn.json.terraform.required_providers.null]).toEqual([
        { source: "null", version: "3.2.4" },
        { source: "hashicorp/null", version: "3.2.4" },
      ]);
    }
    expect(normalized(tn)).toEqual(normalized(tf));
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
    if (settings.KEGW_IDENTITY_CACHE) fs.rmSync(path.dirname(settings.KEGW_IDENTITY_CACHE), { recursive: true, force: true });
  });
});

const migrationOnCdktn = CDK === "cdktn" ? describeWithTerraform : describe.skip;

migrationOnCdktn(`moving a deployed stack from cdktf to cdktn${CDK === "cdktn" ? "" : " [runs in npm run test:cdktn]"}`, () => {
  test("main.ts deployed by cdktf-cli 0.21 shows no changes to cdktn-cli 0.24, which then destroys it", async () => {
    const standin = await startStandin();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-move-"));
    try {
      const on = (cdk: "cdktf" | "cdktn") => new Deployment({ dir, serverUrl: standin.url, token: standin.token, cdk, cli: "cdktf" });
      const deployed = await on("cdktf").deploy();
      if (deployed.code !== 0) throw new Error(deployed.output);
      expect(standin.objects()).toHaveLength(12);
      // Same working directory and state; cdktf.json now runs the app compiled for cdktn, with cdktn-cli.
      const diff = await on("cdktn").diff();
      expect([diff.code, diff.output]).toEqual([0, expect.stringContaining("No changes.")]);
      const destroyed = await on("cdktn").destroy();
      if (destroyed.code !== 0) throw new Error(destroyed.output);
      expect(standin.objects()).toEqual([]);
    } finally {
      await standin.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
