// `npm run example -- <name>`: synthesizes one of the examples into cdktf.out/examples/<name> and prints the path of
// each of its stacks' cdk.tf.json, to review, to give `npm run explain -- --stack <path>`, or to deploy with
// Terraform. A tool beside the examples, not part of the package.
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { EncryptionStack } from "./encryption-stack";
import { OrdersStack } from "./orders-stack";
import { platformAndTeam } from "./platform-team";
import { SchemaStack } from "./schema-stack";
import { TlsListenerStack } from "./tls-listener";

/** The PEM files the TLS listener example takes (certificates only, public). */
const TLS_FILES = { "--broker-ca": "brokerCa", "--server-certificate": "serverCertificate", "--client-ca": "clientCa" } as const;
type TlsFlag = keyof typeof TLS_FILES;

const EXAMPLES: Record<string, (app: App, files: Partial<Record<TlsFlag, string>>) => void> = {
  "orders-stack": (app) => new OrdersStack(app, "orders"),
  "schema-stack": (app) => new SchemaStack(app, "schema"),
  "encryption-stack": (app) => new EncryptionStack(app, "payments"),
  "platform-team": (app) => platformAndTeam(app),
  "tls-listener": (app, files) => {
    const pem = (flag: TlsFlag) => {
      const file = files[flag];
      if (file === undefined) throw new ExampleError(`tls-listener takes its certificates as PEM files: give ${Object.keys(TLS_FILES).join(", ")}`);
      try {
        return fs.readFileSync(file, "utf8");
      } catch (e) {
        throw new ExampleError(`${flag} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    };
    new TlsListenerStack(app, "tls", { brokerCa: pem("--broker-ca"), serverCertificate: pem("--server-certificate"), clientCa: pem("--client-ca") });
  },
};

export class ExampleError extends Error {}

/** The examples this command synthesizes, by file name (without `.ts`). */
export const EXAMPLE_NAMES = Object.keys(EXAMPLES);

/** The default output directory of an example, relative to the project. */
export function exampleOutdir(name: string): string {
  return path.join("cdktf.out", "examples", name);
}

/** Synthesizes an example into `outdir`; the paths of its stacks' cdk.tf.json, in the order of its stacks. */
export function synthExample(name: string, outdir: string, files: Partial<Record<TlsFlag, string>> = {}): string[] {
  const make = Object.prototype.hasOwnProperty.call(EXAMPLES, name) ? EXAMPLES[name] : undefined;
  if (!make) throw new ExampleError(`no example ${JSON.stringify(name)}; the examples are ${EXAMPLE_NAMES.join(", ")}`);
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir });
  make(app, files);
  app.synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { synthesizedStackPath: string }> };
  return Object.values(manifest.stacks).map((s) => path.join(outdir, s.synthesizedStackPath));
}

export function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "--help") {
      io[name === undefined ? "err" : "out"](
        `usage: npm run example -- <${EXAMPLE_NAMES.join("|")}> [--out <dir>]\n` +
          `  tls-listener also takes ${Object.keys(TLS_FILES).map((f) => `${f} <PEM file>`).join(" ")}\n`,
      );
      return name === undefined ? 2 : 0;
    }
    let outdir = exampleOutdir(name);
    const files: Partial<Record<TlsFlag, string>> = {};
    for (let i = 0; i < rest.length; i += 2) {
      const flag = rest[i];
      const value = rest[i + 1];
      if (flag !== "--out" && !(flag in TLS_FILES)) throw new ExampleError(`unknown option ${JSON.stringify(flag)} (see --help)`);
      if (value === undefined) throw new ExampleError(`${flag} takes a value`);
      if (flag === "--out") outdir = value;
      else files[flag as TlsFlag] = value;
    }
    for (const file of synthExample(name, outdir, files)) io.out(`${file}\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof ExampleError)) throw e;
    io.err(`error: ${e.message}\n`);
    return 2;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
}
