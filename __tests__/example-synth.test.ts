// `npm run example -- <name>` (examples/synth.ts): an example synthesized into its own directory, its stacks' paths
// printed; one-line errors for a name or option it does not know; and the command as users run it: the examples
// compiled by tsconfig.examples.json, the library found by its package name.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { EXAMPLE_NAMES, main } from "../examples/synth";
import { SchemaStack } from "../examples/schema-stack";
import { scratchDir } from "./support/scratch";
import { newApp, synth } from "./support/synth";

const ROOT = path.join(__dirname, "..");
const run = promisify(execFile);

function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** The synthesized JSON minus cdktf's `//` metadata (construct paths, versions), as Testing.synth gives it. */
function withoutMetadata(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"), (key, value) => (key === "//" ? undefined : value));
}

describe("npm run example", () => {
  test("the schema example: one stack, its cdk.tf.json path printed, the same JSON as the stack synthesized anywhere else", () => {
    const dir = scratchDir("example");
    const r = cli("schema-stack", "--out", dir);
    const file = path.join(dir, "stacks", "schema", "cdk.tf.json");
    expect(r).toEqual({ code: 0, out: `${file}\n`, err: "" });
    // app.synth adds cdktf's default local backend (state beside where it runs), which Testing.synth leaves out
    const { terraform, ...rest } = withoutMetadata(file) as { terraform: { backend: unknown } };
    const { backend, ...settings } = terraform;
    expect(backend).toEqual({ local: { path: path.join(process.cwd(), "terraform.schema.tfstate") } });
    expect({ ...rest, terraform: settings }).toEqual(synth(new SchemaStack(newApp(), "schema")));
  });

  test("the platform and team example: both stacks, platform first", () => {
    const dir = scratchDir("example");
    expect(cli("platform-team", "--out", dir).out).toBe(`${path.join(dir, "stacks", "platform", "cdk.tf.json")}\n${path.join(dir, "stacks", "team", "cdk.tf.json")}\n`);
  });

  test("the TLS listener takes its certificates as PEM files; the PEM text lands in the stack", () => {
    const dir = scratchDir("example");
    const pem = (name: string) => {
      const file = path.join(dir, `${name}.pem`);
      fs.writeFileSync(file, `-----BEGIN CERTIFICATE-----\n${name}\n-----END CERTIFICATE-----\n`);
      return file;
    };
    const r = cli("tls-listener", "--broker-ca", pem("broker"), "--server-certificate", pem("server"), "--client-ca", pem("clients"), "--out", path.join(dir, "out"));
    expect(r.code).toBe(0);
    const text = fs.readFileSync(r.out.trim(), "utf8");
    for (const name of ["broker", "server", "clients"]) expect(text).toContain(`-----BEGIN CERTIFICATE-----\\n${name}\\n`);
  });

  test("bad input: one line and exit 2; --help lists the examples on stdout", () => {
    expect(cli("nope")).toEqual({ code: 2, out: "", err: `error: no example "nope"; the examples are ${EXAMPLE_NAMES.join(", ")}\n` });
    expect(cli("toString")).toMatchObject({ code: 2, err: expect.stringMatching(/^error: no example "toString"; /) });
    expect(cli("schema-stack", "--bogus", "x")).toEqual({ code: 2, out: "", err: 'error: unknown option "--bogus" (see --help)\n' });
    expect(cli("schema-stack", "--out")).toEqual({ code: 2, out: "", err: "error: --out takes a value\n" });
    expect(cli("tls-listener", "--out", scratchDir("example"))).toEqual({
      code: 2,
      out: "",
      err: "error: tls-listener takes its certificates as PEM files: give --broker-ca, --server-certificate, --client-ca\n",
    });
    const missing = path.join(scratchDir("example"), "missing.pem");
    expect(cli("tls-listener", "--broker-ca", missing, "--server-certificate", missing, "--client-ca", missing).err).toBe(`error: --broker-ca ${missing}: ENOENT\n`);
    const help = cli("--help");
    expect(help).toMatchObject({ code: 0, err: "" });
    expect(help.out).toContain(`<${EXAMPLE_NAMES.join("|")}>`);
    expect(cli()).toMatchObject({ code: 2, out: "" });
  });

  test("help (./help prints it) and the README name the command and every example", async () => {
    const { stdout } = await run(path.join(ROOT, "help"), [], { cwd: ROOT });
    expect(stdout).toMatch(/^={20,}\n {2}konnect-event-gateway-cdktf: /);
    expect(stdout).toContain(`npm run example -- <${EXAMPLE_NAMES.join("|")}>`);
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("`npm run example -- <name>`");
    for (const name of EXAMPLE_NAMES) expect([name, readme.includes(`\`${name}\``)]).toEqual([name, true]);
  });

  test("as users run it: the examples compiled on their own, the library resolved by its package name", async () => {
    await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.examples.json"], { cwd: ROOT });
    const dir = scratchDir("example");
    const { stdout } = await run(process.execPath, [path.join(ROOT, "dist/examples/synth.js"), "encryption-stack", "--out", dir], { cwd: ROOT });
    expect(stdout).toBe(`${path.join(dir, "stacks", "payments", "cdk.tf.json")}\n`);
    expect(Object.keys(withoutMetadata(stdout.trim()) as object)).toEqual(expect.arrayContaining(["resource", "provider", "terraform"]));
  });
});
