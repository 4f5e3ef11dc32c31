// kafkajs with SASL/OAUTHBEARER, and the translation of its errors into short messages.
import { Kafka, logLevel, Partitioners, type KafkaConfig, type LogEntry } from "kafkajs";
import { causes, CliError, findCliError } from "./errors";
import { describeToken, type TokenProvider } from "./token";

export interface KafkaOptions {
  readonly brokers: string[];
  readonly tokens: TokenProvider;
  readonly clientId?: string;
  /** kafkajs log lines to stderr at this level (default: none). */
  readonly log?: (line: string) => void;
  readonly verbose?: boolean;
  /** Re-authenticate this long before the broker's session ends (kafkajs default 10 s). */
  readonly reauthenticationThresholdMs?: number;
  readonly connectionTimeoutMs?: number;
}

export function createKafka(o: KafkaOptions): Kafka {
  const config: KafkaConfig = {
    clientId: o.clientId ?? "kegw-client",
    brokers: o.brokers,
    sasl: { mechanism: "oauthbearer", oauthBearerProvider: o.tokens.oauthBearerProvider },
    ssl: false,
    connectionTimeout: o.connectionTimeoutMs ?? 5_000,
    authenticationTimeout: 10_000,
    reauthenticationThreshold: o.reauthenticationThresholdMs ?? 10_000,
    requestTimeout: 30_000,
    retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
    logLevel: o.verbose ? logLevel.INFO : logLevel.NOTHING,
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      o.log?.(`[kafkajs ${entry.namespace}] ${message} ${JSON.stringify(rest)}`);
    },
  };
  return new Kafka(config);
}

export const partitioner = Partitioners.DefaultPartitioner;

/** What an operation was doing, for "denied" messages: e.g. { operation: "write", resource: 'topic "orders"' }. */
export interface OperationContext {
  readonly operation: string;
  readonly resource: string;
}

const AUTHZ: Record<string, string> = {
  TOPIC_AUTHORIZATION_FAILED: "topic",
  GROUP_AUTHORIZATION_FAILED: "group",
  CLUSTER_AUTHORIZATION_FAILED: "cluster",
  TRANSACTIONAL_ID_AUTHORIZATION_FAILED: "transactional ID",
};

/** The kind of resource an authorization error is about, or undefined when it is not one. */
export function authorizationFailure(e: unknown): string | undefined {
  for (const c of causes(e)) {
    const type = (c as { type?: unknown }).type;
    if (typeof type === "string" && AUTHZ[type]) return AUTHZ[type];
  }
  return undefined;
}

export function isSaslFailure(e: unknown): boolean {
  for (const c of causes(e)) {
    const name = (c as { name?: unknown }).name;
    const type = (c as { type?: unknown }).type;
    // kafkajs does not answer the broker's OAUTHBEARER error challenge, so a rejected token shows up as the broker
    // refusing the next request (ILLEGAL_SASL_STATE) rather than as a SASL authentication error.
    if (name === "KafkaJSSASLAuthenticationError" || type === "SASL_AUTHENTICATION_FAILED" || type === "ILLEGAL_SASL_STATE") return true;
  }
  return false;
}

function networkFailure(e: unknown): { code: string; broker?: string } | undefined {
  for (const c of causes(e)) {
    const o = c as { code?: unknown; name?: unknown; broker?: unknown; message?: unknown };
    if (typeof o.code === "string" && /^E[A-Z]+$/.test(o.code)) return { code: o.code, broker: typeof o.broker === "string" ? o.broker : undefined };
    if (o.name === "KafkaJSConnectionError") {
      const m = /(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ECONNRESET)/.exec(String(o.message));
      return { code: m?.[1] ?? "connection error", broker: typeof o.broker === "string" ? o.broker : undefined };
    }
    if (o.name === "KafkaJSConnectionClosedError" || o.name === "KafkaJSRequestTimeoutError") {
      return { code: o.name === "KafkaJSRequestTimeoutError" ? "request timed out" : "connection closed", broker: typeof o.broker === "string" ? o.broker : undefined };
    }
  }
  return undefined;
}

/** Turns a kafkajs error into a CliError with a short message (CliErrors, e.g. from the token provider, pass through). */
export function translateKafkaError(e: unknown, ctx: { brokers: string[]; tokens: TokenProvider; op?: OperationContext }): CliError {
  const own = findCliError(e);
  if (own) return own;
  if (isSaslFailure(e)) {
    return new CliError(`the gateway rejected the token of client ${ctx.tokens.clientId} (${describeToken(ctx.tokens.lastToken)})`);
  }
  const kind = authorizationFailure(e);
  if (kind) {
    const what = ctx.op ? `${ctx.op.operation} on ${ctx.op.resource}` : `access to a ${kind}`;
    return new CliError(`denied: client ${ctx.tokens.clientId} may not ${what} (${kind} authorization failed)`);
  }
  const net = networkFailure(e);
  if (net) return new CliError(`cannot reach the Kafka bootstrap server ${net.broker ?? ctx.brokers.join(",")} (${net.code})`);
  const msg = e instanceof Error ? e.message : String(e);
  return new CliError(`Kafka error${ctx.op ? ` during ${ctx.op.operation} on ${ctx.op.resource}` : ""}: ${msg}`);
}
