// The app's configuration: every value of the tutorial's deployment, from an environment variable, else the
// cdktf.json context, else the tutorial's value. SETTINGS is the one list; README and `help` document it.
import { isDeepStrictEqual } from "node:util";
import { Duration } from "../constructs/duration";
import { DEFAULT_CACHE_FILE } from "../constructs/kong-identity/lookup";
import { comparableName, display } from "../constructs/text";
import { ValidationError } from "../constructs/validation";
import { DEFAULT_KONNECT_REGION, KONNECT_REGIONS, konnectApiUrl, serverUrlKind } from "../constructs/konnect-urls";

export interface Setting {
  /** cdktf.json context key */
  readonly key: string;
  /** environment variable */
  readonly env: string;
  /** the tutorial's value (as text; lists comma-separated) */
  readonly default: string;
  readonly doc: string;
}

export const SETTINGS = [
  { key: "konnectRegion", env: "KONNECT_REGION", default: DEFAULT_KONNECT_REGION, doc: `Konnect region: ${KONNECT_REGIONS.slice(0, -1).join(", ")} or ${KONNECT_REGIONS.at(-1)}` },
  { key: "konnectServerUrl", env: "KONNECT_SERVER_URL", default: "", doc: "Konnect API URL (default https://<region>.api.konghq.com)" },
  { key: "stackName", env: "KEGW_STACK_NAME", default: "event-gateway", doc: "cdktf stack name" },
  { key: "gatewayName", env: "KEGW_GATEWAY_NAME", default: "event_gateway_terraform", doc: "event gateway name" },
  { key: "backendClusterName", env: "KEGW_BACKEND_CLUSTER_NAME", default: "local-backend-cluster", doc: "backend cluster name" },
  { key: "bootstrapServers", env: "KEGW_BOOTSTRAP_SERVERS", default: "kafka1:9092,kafka2:9092,kafka3:9092", doc: "backend brokers, host:port list" },
  { key: "backendTls", env: "KEGW_BACKEND_TLS", default: "false", doc: "TLS to the backend (true/false)" },
  { key: "virtualClusterName", env: "KEGW_VIRTUAL_CLUSTER_NAME", default: "virtual-cluster", doc: "virtual cluster name" },
  { key: "dnsLabel", env: "KEGW_DNS_LABEL", default: "vcluster", doc: "virtual cluster DNS label" },
  { key: "namespacePrefix", env: "KEGW_NAMESPACE_PREFIX", default: "my-", doc: "namespace prefix of backend topics and groups" },
  { key: "namespaceMode", env: "KEGW_NAMESPACE_MODE", default: "hide_prefix", doc: "hide_prefix or enforce_prefix" },
  { key: "extraTopics", env: "KEGW_EXTRA_TOPICS", default: "extra_topic", doc: "backend topics outside the prefix to expose (list)" },
  { key: "jwksTimeout", env: "KEGW_JWKS_TIMEOUT", default: "1s", doc: "JWKS fetch timeout" },
  { key: "listenerName", env: "KEGW_LISTENER_NAME", default: "localhost-listener", doc: "listener name" },
  { key: "listenerAddresses", env: "KEGW_LISTENER_ADDRESSES", default: "0.0.0.0", doc: "listener addresses (list)" },
  { key: "listenerPorts", env: "KEGW_LISTENER_PORTS", default: "19092-19192", doc: "listener ports and ranges (list)" },
  { key: "advertisedHost", env: "KEGW_ADVERTISED_HOST", default: "localhost", doc: "host name clients are told to connect to" },
  { key: "producerTopics", env: "KEGW_PRODUCER_TOPICS", default: "*", doc: "topics the producer may describe, read and write (list)" },
  { key: "readerDescribeTopics", env: "KEGW_READER_DESCRIBE_TOPICS", default: "topic,topic-encrypted,extra_topic", doc: "topics the reader may describe (list)" },
  { key: "readerReadTopics", env: "KEGW_READER_READ_TOPICS", default: "topic", doc: "topics the reader may read (list)" },
  { key: "consumerGroups", env: "KEGW_CONSUMER_GROUPS", default: "*", doc: "consumer groups both clients may use (list)" },
  { key: "skipRecordHeader", env: "KEGW_SKIP_RECORD_HEADER", default: "internal", doc: "records with this header = value are hidden from all but the producer" },
  { key: "skipRecordValue", env: "KEGW_SKIP_RECORD_VALUE", default: "true", doc: "header value that marks a record internal" },
  { key: "identity", env: "KEGW_IDENTITY", default: "managed", doc: "managed (Terraform makes the auth server and clients) or lookup (existing ones)" },
  { key: "identityCacheFile", env: "KEGW_IDENTITY_CACHE", default: DEFAULT_CACHE_FILE, doc: "lookup: the context file answers are cached in (commit it)" },
  { key: "lookupRefresh", env: "KEGW_LOOKUP_REFRESH", default: "false", doc: "lookup: ask Konnect again even when the context file has the answer (true/false)" },
  { key: "authServerName", env: "KEGW_AUTH_SERVER_NAME", default: "Kafka Dev", doc: "auth server name (made, or looked up by name)" },
  { key: "authServerId", env: "KEGW_AUTH_SERVER_ID", default: "", doc: "lookup: the auth server's ID (instead of its name)" },
  { key: "authServerAudience", env: "KEGW_AUTH_SERVER_AUDIENCE", default: "http://kafka.dev", doc: "auth server audience" },
  { key: "authServerDescription", env: "KEGW_AUTH_SERVER_DESCRIPTION", default: "Auth server for the Kafka dev environment", doc: "auth server description" },
  { key: "scopeName", env: "KEGW_SCOPE_NAME", default: "kafka", doc: "the scope clients request" },
  { key: "producerClientName", env: "KEGW_PRODUCER_CLIENT_NAME", default: "producer", doc: "producer client name (made, or looked up by name)" },
  { key: "producerClientId", env: "KEGW_PRODUCER_CLIENT_ID", default: "", doc: "lookup: the producer's client ID (instead of its name)" },
  { key: "readerClientName", env: "KEGW_READER_CLIENT_NAME", default: "reader", doc: "reader client name (made, or looked up by name)" },
  { key: "readerClientId", env: "KEGW_READER_CLIENT_ID", default: "", doc: "lookup: the reader's client ID (instead of its name)" },
  { key: "tokenLifetime", env: "KEGW_TOKEN_LIFETIME", default: "3600", doc: "access and ID token lifetime of made clients, whole seconds, 60 to 2,592,000 (1 m to 30 d)" },
  { key: "stateBackend", env: "KEGW_STATE_BACKEND", default: "local", doc: "local, s3, gcs or cloud (HCP Terraform)" },
  { key: "stateBucket", env: "KEGW_STATE_BUCKET", default: "", doc: "s3/gcs: bucket" },
  { key: "stateKey", env: "KEGW_STATE_KEY", default: "", doc: "s3: object key (default <stack>.tfstate); gcs: prefix (default <stack>)" },
  { key: "stateRegion", env: "KEGW_STATE_REGION", default: "", doc: "s3: bucket region" },
  { key: "cloudOrganization", env: "KEGW_CLOUD_ORGANIZATION", default: "", doc: "cloud: HCP Terraform organization" },
  { key: "cloudWorkspace", env: "KEGW_CLOUD_WORKSPACE", default: "", doc: "cloud: workspace name" },
] as const satisfies readonly Setting[];

export type SettingKey = (typeof SETTINGS)[number]["key"];

/** Where a setting's value came from: its environment variable, the cdktf.json context (as given), or the default. */
type Origin = { readonly from: "environment" } | { readonly from: "context"; readonly given: unknown } | { readonly from: "default" };
const ORIGINS = Symbol("origins");

/** Every setting's value as text, and (for messages) where each came from. */
export type RawConfig = Record<SettingKey, string> & { readonly [ORIGINS]?: Readonly<Partial<Record<SettingKey, Origin>>> };

/** How messages name the cdktf.json context as the place a value came from. */
const CONTEXT = "cdktf.json context";

/** What a cdktf.json context value of a setting must be (an environment variable is always text). */
export type SettingType = "string" | "number" | "boolean" | "list";

/** The settings that are not strings. */
const TYPES: Partial<Record<SettingKey, SettingType>> = {
  bootstrapServers: "list",
  backendTls: "boolean",
  extraTopics: "list",
  listenerAddresses: "list",
  listenerPorts: "list",
  producerTopics: "list",
  readerDescribeTopics: "list",
  readerReadTopics: "list",
  consumerGroups: "list",
  tokenLifetime: "number",
};

export function settingType(key: SettingKey): SettingType {
  return TYPES[key] ?? "string";
}

const EXPECTED: Record<SettingType, string> = {
  string: "a string",
  number: "a number (or a string of digits)",
  boolean: "true or false (or the string \"true\" or \"false\")",
  list: "a list of strings or numbers (or a comma-separated string)",
};

/**
 * A cdktf.json context value as the setting's text (lists comma-separated), or a ConfigError naming the key, the
 * JSON given and the type expected. Text is accepted for every type, as in an environment variable.
 */
function contextText(key: SettingKey, value: unknown): string {
  const type = settingType(key);
  const bad = (why = ""): never => {
    throw new ConfigError(key, value, `${EXPECTED[type]}${why}`, CONTEXT);
  };
  if (typeof value === "string") return value;
  // Number.isFinite is false for anything that is not a number, as well as for NaN and the infinities.
  switch (type) {
    case "number":
      return Number.isFinite(value) ? String(value) : bad();
    case "boolean":
      return typeof value === "boolean" ? String(value) : bad();
    case "list": {
      if (!Array.isArray(value)) return bad();
      const items = value.map((v) => (typeof v === "string" || Number.isFinite(v) ? String(v) : bad()));
      return items.some((i) => i.includes(",")) ? bad(", items without commas") : items.join(",");
    }
    default:
      return bad();
  }
}

/**
 * Reads every setting: environment variable, else context (type-checked), else default. A variable that is set is
 * its value even when empty (`export KEGW_GATEWAY_NAME=`): it is checked like any other value, never taken as unset.
 */
export function readConfig(context: (key: string) => unknown, env: NodeJS.ProcessEnv = process.env, contextKeys: readonly string[] = []): RawConfig {
  checkContextKeys(contextKeys);
  const out = {} as Record<SettingKey, string>;
  const origins: Partial<Record<SettingKey, Origin>> = {};
  for (const s of SETTINGS) {
    const fromEnv = env[s.env];
    const fromCtx = context(s.key);
    if (fromEnv !== undefined) {
      out[s.key] = fromEnv;
      origins[s.key] = { from: "environment" };
    } else if (fromCtx !== undefined) {
      out[s.key] = contextText(s.key, fromCtx);
      origins[s.key] = { from: "context", given: fromCtx };
    } else {
      out[s.key] = s.default;
      origins[s.key] = { from: "default" };
    }
  }
  return { ...out, [ORIGINS]: origins };
}

/**
 * Refuses a cdktf.json context key that is a setting written another way (`gatewayname`, `gateway_name`, or its
 * variable `KEGW_GATEWAY_NAME`), which would otherwise be ignored and the default used. Other keys (cdktf's own, a
 * project's) are left alone.
 */
function checkContextKeys(keys: readonly string[]): void {
  for (const key of keys) {
    if (SETTINGS.some((s) => s.key === key)) continue;
    const meant = SETTINGS.find((s) => comparableName(s.key) === comparableName(key) || comparableName(s.env) === comparableName(key));
    if (meant) throw new ContextKeyError(`cdktf.json context key ${display(key)} is not a setting, so it would be ignored; write ${meant.key} (or set ${meant.env})`);
  }
}

/** A cdktf.json context key that is a setting written another way. */
export class ContextKeyError extends Error {
  override name = "ContextKeyError";
}

export class ConfigError extends Error {
  /** `source`: where the value came from. @default the setting's environment variable */
  constructor(setting: SettingKey, value: unknown, allowed: string, source?: string) {
    const s = SETTINGS.find((x) => x.key === setting)!;
    super(`configuration ${s.key} (${source ?? s.env}) ${display(value)} is invalid: ${allowed}`);
    this.name = "ConfigError";
  }
}

/**
 * Where a setting's value came from, as messages name it: the cdktf.json context, else its environment variable
 * (when the value is the default, that is where to set another).
 */
function origin(c: RawConfig, key: SettingKey): string {
  return c[ORIGINS]?.[key]?.from === "context" ? CONTEXT : SETTINGS.find((s) => s.key === key)!.env;
}

/** A ConfigError for a setting's value, naming where it came from and showing it as given there. */
function invalid(c: RawConfig, key: SettingKey, allowed: string): ConfigError {
  const o = c[ORIGINS]?.[key];
  return new ConfigError(key, o?.from === "context" ? o.given : c[key], allowed, origin(c, key));
}

/** How an error names the setting a value came from: `dnsLabel / KEGW_DNS_LABEL`, `dnsLabel / cdktf.json context`. */
export function settingLabel(c: RawConfig, key: SettingKey): string {
  return `${key} / ${origin(c, key)}`;
}

/**
 * The settings a bad value may have come from, to name them in an error that a construct raised: those whose value
 * is it as a construct shows it (the whole text, one item of a list, the whole list, a length of time). The settings
 * that were set (in the environment or the context) are named when one of them matches; the defaults only when none
 * does, and never for an empty value, the default of a dozen settings.
 */
export function settingsHolding(c: RawConfig, value: unknown): (typeof SETTINGS)[number][] {
  const holding = SETTINGS.filter((s) => shownAs(c, s.key).some((v) => isDeepStrictEqual(v, value)));
  const set = holding.filter((s) => c[ORIGINS]?.[s.key]?.from !== "default");
  const empty = value === "" || (Array.isArray(value) && value.length === 0);
  return set.length || empty ? set : holding;
}

/**
 * What an error's line ends with: for a value a construct refused (a ValidationError), the settings it came from,
 * ` (from dnsLabel / KEGW_DNS_LABEL)`; otherwise nothing (a ConfigError names its setting itself).
 */
export function settingHint(e: unknown, c: RawConfig | undefined): string {
  const from = e instanceof ValidationError && c ? settingsHolding(c, e.value) : [];
  return from.length ? ` (from ${from.map((s) => settingLabel(c!, s.key)).join(", ")})` : "";
}

/** A setting's value in the forms a construct's error may show it. */
function shownAs(c: RawConfig, key: SettingKey): unknown[] {
  const items = list(c[key]);
  const forms: unknown[] = [c[key], items, ...items];
  const time = (DURATIONS as Partial<Record<SettingKey, ReadTime>>)[key];
  if (time) {
    try {
      forms.push(time(c, key).toString());
    } catch {
      // not a length of time: its ConfigError comes first
    }
  }
  return forms;
}

export function list(value: string): string[] {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

export function bool(c: RawConfig, key: SettingKey): boolean {
  const v = c[key].toLowerCase();
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  throw invalid(c, key, "true or false");
}

export function choice<T extends string>(c: RawConfig, key: SettingKey, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(c[key])) throw invalid(c, key, `one of ${allowed.join(", ")}`);
  return c[key] as T;
}

export function int(c: RawConfig, key: SettingKey): number {
  const n = Number(c[key]);
  if (!/^\d+$/.test(c[key]) || !Number.isSafeInteger(n)) throw invalid(c, key, "a whole number");
  return n;
}

type ReadTime = (c: RawConfig, key: SettingKey) => Duration;

/** The settings that are lengths of time, and how their text is read: a Go-style duration, or whole seconds. */
const DURATIONS = {
  jwksTimeout: (c, key) => {
    try {
      return Duration.parse(c[key]);
    } catch {
      throw invalid(c, key, "a duration such as 500ms, 1s, 10m or 1h");
    }
  },
  tokenLifetime: (c, key) => Duration.seconds(int(c, key)),
} satisfies Partial<Record<SettingKey, ReadTime>>;

/** A length-of-time setting: `jwksTimeout` a Go-style duration such as `1s` or `500ms`, `tokenLifetime` seconds. */
export function duration(c: RawConfig, key: keyof typeof DURATIONS): Duration {
  return DURATIONS[key](c, key);
}

export function required(c: RawConfig, key: SettingKey, why: string): string {
  if (!c[key]) throw invalid(c, key, `required ${why}`);
  return c[key];
}

/** The stack's name: cdktf refuses an empty one, with a message that names no setting. */
export function stackName(c: RawConfig): string {
  return required(c, "stackName", "(the cdktf stack's name)");
}

/** The Konnect API base URL (without /v1): the configured URL, else the region's. Both are checked either way. */
export function konnectServerUrl(c: RawConfig): string {
  const region = choice(c, "konnectRegion", KONNECT_REGIONS);
  if (c.konnectServerUrl && serverUrlKind(c.konnectServerUrl) !== "ok") {
    throw invalid(c, "konnectServerUrl", "an http(s) URL such as https://eu.api.konghq.com");
  }
  return c.konnectServerUrl || konnectApiUrl(region);
}

/**
 * The Konnect token for synth-time API calls (the Kong Identity lookup): KONNECT_TOKEN, else KONNECT_SPAT, the
 * variables the konnect-beta provider reads. Never a setting in cdktf.json, so it can never be written to a file.
 */
export function konnectToken(env: NodeJS.ProcessEnv = process.env): { readonly token?: string; readonly tokenSource: string } {
  if (env.KONNECT_TOKEN) return { token: env.KONNECT_TOKEN, tokenSource: "KONNECT_TOKEN" };
  if (env.KONNECT_SPAT) return { token: env.KONNECT_SPAT, tokenSource: "KONNECT_SPAT" };
  return { tokenSource: "KONNECT_TOKEN (personal access token, kpat_...) or KONNECT_SPAT (system account token, spat_...)" };
}
