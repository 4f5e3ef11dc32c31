// Where the client's settings come from, in order: command-line flags, the environment the tutorial exports
// (ISSUER_URL, CLIENT_ID, CLIENT_SECRET, BOOTSTRAP_SERVER), then the file `cdktf deploy --outputs-file outputs.json`
// writes (one stack's outputs; a client chosen by name: producer, reader).
import * as fs from "node:fs";
import * as path from "node:path";
import { clientIdOutput, clientSecretOutput, OUTPUT } from "../app/outputs";
import { CliError, UsageError } from "./errors";

export const DEFAULT_BOOTSTRAP = "localhost:19092";
export const DEFAULT_SCOPE = "kafka";
export const DEFAULT_OUTPUTS_FILE = "outputs.json";

export interface Credentials {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scope: string;
  /** producer, reader, or "custom" for flags/environment. */
  readonly label: string;
}

export interface SettingsFlags {
  readonly issuer?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly scope?: string;
  readonly client?: string;
  readonly outputs?: string;
  readonly stack?: string;
  readonly bootstrap?: string;
}

export type StackOutputs = Readonly<Record<string, unknown>>;

/** One stack's outputs from a cdktf outputs file; undefined when no file was named and the default one is absent. */
export function readOutputs(flags: SettingsFlags, env: NodeJS.ProcessEnv, cwd: string): StackOutputs | undefined {
  const named = flags.outputs ?? env.KEGW_OUTPUTS;
  const file = path.resolve(cwd, named ?? DEFAULT_OUTPUTS_FILE);
  if (!fs.existsSync(file)) {
    if (named) throw new CliError(`outputs file not found: ${file} (write it with: npx cdktf deploy --outputs-file outputs.json)`);
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    // JSON.parse's message quotes the text around the error, which can be part of a client secret: not shown.
    throw new CliError(`outputs file ${file} is not valid JSON`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new CliError(`outputs file ${file} should hold an object keyed by stack name`);
  }
  const stacks = Object.keys(parsed);
  const name = flags.stack ?? (stacks.length === 1 ? stacks[0] : undefined);
  if (name === undefined) {
    throw new CliError(
      stacks.length === 0 ? `outputs file ${file} holds no stack` : `outputs file ${file} holds several stacks (${stacks.join(", ")}): choose one with --stack`,
    );
  }
  const stack = (parsed as Record<string, unknown>)[name];
  if (typeof stack !== "object" || stack === null) throw new CliError(`outputs file ${file} has no stack named ${name} (it has: ${stacks.join(", ") || "none"})`);
  return stack as StackOutputs;
}

/** An output by its snake_case name, or its camelCase spelling. */
export function output(outputs: StackOutputs | undefined, key: string): string | undefined {
  if (!outputs) return undefined;
  const camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const v = outputs[key] ?? outputs[camel];
  return typeof v === "string" && v.length > 0 ? v : typeof v === "number" ? String(v) : undefined;
}

function nonEmpty(v: string | undefined): string | undefined {
  return v !== undefined && v.length > 0 ? v : undefined;
}

/** The issuer, client and scope to get tokens with. `client` (flag, or a name passed here) selects outputs. */
export function resolveCredentials(flags: SettingsFlags, env: NodeJS.ProcessEnv, outputs: StackOutputs | undefined, clientName?: string): Credentials {
  const name = clientName ?? flags.client;
  if (name !== undefined && !/^[a-z][a-z0-9_]*$/.test(name)) throw new UsageError(`--client must be a client name such as producer or reader, not ${JSON.stringify(name)}`);
  // An explicit client name means "that client from the outputs file"; otherwise the tutorial's environment comes first.
  const fromEnv = name === undefined;
  const label = name ?? (nonEmpty(flags.clientId) || nonEmpty(env.CLIENT_ID) ? "custom" : "producer");
  const key = name ?? "producer";
  const issuer = nonEmpty(flags.issuer) ?? nonEmpty(env.ISSUER_URL) ?? output(outputs, OUTPUT.issuerUrl);
  const clientId = nonEmpty(flags.clientId) ?? (fromEnv ? nonEmpty(env.CLIENT_ID) : undefined) ?? output(outputs, clientIdOutput(key));
  const clientSecret =
    nonEmpty(flags.clientSecret) ?? (fromEnv ? nonEmpty(env.CLIENT_SECRET) : undefined) ?? output(outputs, clientSecretOutput(key));
  const scope = nonEmpty(flags.scope) ?? output(outputs, OUTPUT.scope) ?? DEFAULT_SCOPE;
  const missing: string[] = [];
  if (!issuer) missing.push(`issuer (--issuer, ISSUER_URL, or ${OUTPUT.issuerUrl} in the outputs file)`);
  if (!clientId) missing.push(`client ID (--client-id, CLIENT_ID, or ${clientIdOutput(key)} in the outputs file)`);
  if (!clientSecret) missing.push(`client secret (--client-secret, CLIENT_SECRET, or ${clientSecretOutput(key)} in the outputs file)`);
  if (missing.length > 0) throw new CliError(`missing ${missing.join("; ")}`);
  try {
    const u = new URL(issuer!);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
  } catch {
    throw new CliError(`the issuer is not an http(s) URL: ${issuer}`);
  }
  return { issuer: issuer!.replace(/\/+$/, ""), clientId: clientId!, clientSecret: clientSecret!, scope, label };
}

export function resolveBootstrap(flags: SettingsFlags, env: NodeJS.ProcessEnv, outputs: StackOutputs | undefined): string[] {
  const raw = nonEmpty(flags.bootstrap) ?? nonEmpty(env.BOOTSTRAP_SERVER) ?? output(outputs, OUTPUT.bootstrapServer) ?? DEFAULT_BOOTSTRAP;
  const servers = raw.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  for (const s of servers) {
    if (!/^[^\s:/]+:\d{1,5}$/.test(s) && !/^\[[0-9a-fA-F:]+\]:\d{1,5}$/.test(s)) throw new CliError(`bootstrap server must be host:port, not ${JSON.stringify(s)}`);
  }
  if (servers.length === 0) throw new CliError("no bootstrap server given");
  return servers;
}
