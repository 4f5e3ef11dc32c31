// Who may do what, and why: Kong Event Gateway's ACL and skip-record policies evaluated offline from a synthesized
// cdk.tf.json, with the same CEL environments the constructs check conditions with. Pure: it takes the parsed JSON
// and options, reads no environment and never exits.
import type { ASTNode } from "@marcbachmann/cel-js" with { "resolution-mode": "import" };
import { ACL_OPERATIONS, type AclOperation, type AclResourceType } from "../acl-policy";
import { celSummary, checkExpression, evaluationEnvironment, type ExpressionPhase } from "../expression";
import { closestNames, didYouMean, display } from "../text";
import { globMatches, globRegExp, isGlob, sampleOf } from "./glob";
import { KAFKA_CLUSTER, KAFKA_REQUESTS, kafkaRequest, type AclCheck } from "./kafka-requests";

/**
 * Where Kong's documentation is silent, the explainer takes these stances. Each is stated once here and in the
 * README; pass other values in {@link ExplainOptions.stances} to see what a different answer would change.
 */
export interface Stances {
  /**
   * How the rules of all policies that apply to a connection combine: `deny-overrides` (a matching deny rule of any
   * applicable policy wins, else a matching allow rule allows, else deny: Kafka's own model, and what Kong documents
   * within one policy) or `first-policy` (the first applicable policy, in the stack's order, with a matching rule
   * decides).
   */
  readonly combine: "deny-overrides" | "first-policy";
  /** A condition that fails to evaluate: the policy does not apply (`not-applicable`) or applies (`applies`). */
  readonly evaluationError: "not-applicable" | "applies";
  /**
   * A header a condition reads that the record lacks: an evaluation error (`error`, then `evaluationError` decides),
   * or read as the empty string (`empty`).
   */
  readonly missingHeader: "error" | "empty";
  /** Kafka's implied operations: an allowed read, write, delete or alter also allows describe, alter_configs allows describe_configs. */
  readonly impliedOperations: boolean;
}

export const DEFAULT_STANCES: Stances = {
  combine: "deny-overrides",
  evaluationError: "not-applicable",
  missingHeader: "error",
  impliedOperations: true,
};

const IMPLIED: Partial<Record<AclOperation, AclOperation[]>> = {
  describe: ["read", "write", "delete", "alter"],
  describe_configs: ["alter_configs"],
};

const EXTERNAL_VC =
  "virtual cluster made elsewhere: its namespace and acl_mode are not in this stack, so acl_mode enforce_on_gateway is assumed and the backend name is unknown";

export class ExplainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExplainError";
  }
}

/**
 * A client name the stack lacks (and that does not look like an ID: see {@link Principal.client}). The message says
 * what to do. `clientsWithoutId` are the clients whose ID is unknown (managed clients before deploy, with no outputs
 * or outputs without their ID): a client ID given as the client may be one of theirs.
 */
export class UnknownClientError extends ExplainError {
  constructor(
    public readonly client: string,
    public readonly clientNames: readonly string[],
    public readonly clientsWithoutId: readonly string[],
    public readonly outputsGiven: boolean,
  ) {
    super(unknownClientMessage(client, clientNames, clientsWithoutId, outputsGiven, LIBRARY_WORDS));
  }

  /** The message in a caller's words (a command's flags, the outputs file's path). */
  public describe(words: UnknownClientWords): string {
    return unknownClientMessage(this.client, this.clientNames, this.clientsWithoutId, this.outputsGiven, words);
  }
}

/** How an {@link UnknownClientError} names the outputs given, the way to give them, and the way to ask about any principal. */
export interface UnknownClientWords {
  readonly outputs: string;
  readonly giveOutputs: string;
  readonly askPrincipal: string;
}

const LIBRARY_WORDS: UnknownClientWords = {
  outputs: "the outputs",
  giveOutputs: "the deploy's outputs (the outputs option)",
  askPrincipal: "set principal instead of client",
};

function unknownClientMessage(client: string, names: readonly string[], withoutId: readonly string[], outputsGiven: boolean, words: UnknownClientWords): string {
  const ids =
    withoutId.length === 0
      ? " (by name or ID)"
      : outputsGiven
        ? `, and ${words.outputs} give no ID for ${withoutId.join(", ")}`
        : `, and a client ID matches one only with ${words.giveOutputs}`;
  return `no client ${display(client)}; the stack has ${names.join(", ")}${ids}; to ask about any other principal, ${words.askPrincipal}`;
}

export interface ExplainOptions {
  /**
   * Terraform outputs after a deploy (`cdktf deploy --outputs-file`): `{ "<stack>": { name: value } }` or
   * `{ name: value }`. Outputs whose configured value is a client's ID give that client its real ID.
   */
  readonly outputs?: Record<string, unknown>;
  readonly stances?: Partial<Stances>;
}

export interface RuleModel {
  readonly index: number;
  readonly action: "allow" | "deny";
  readonly resourceType: AclResourceType;
  readonly operations: readonly AclOperation[];
  readonly resourceNames: readonly string[];
  /** e.g. `rules[0]: allow topic describe, read on "*"` */
  readonly text: string;
  /** Whether a name matches one of the resource names (exact names in a set, globs in one expression). */
  readonly matches: (name: string) => boolean;
  /** The operations the rule covers: its own, `all` as every one, and (allow rules) the implied ones. */
  readonly covers: ReadonlySet<AclOperation>;
}

export interface CompiledCondition {
  readonly source: string;
  /** The expression with references resolved to known values, as evaluated. */
  readonly resolved: string;
  readonly ast?: ASTNode;
  readonly program?: (ctx: Record<string, unknown>) => unknown;
  /** Why it cannot be evaluated (it does not parse or type-check). */
  readonly invalid?: string;
  /** Header names the condition reads literally (for the `empty` missing-header stance). */
  readonly headers: readonly string[];
  /**
   * When the condition is `context.auth.principal.name == '<x>'` or a conjunction (&&) with that term, the one
   * principal it can hold for: CEL's && is false when a term is false, so other principals need no evaluation.
   */
  readonly onlyPrincipal?: string;
}

export interface PolicyModel {
  readonly kind: "acl" | "skip_record";
  /** The policy's name in Konnect. */
  readonly name: string;
  /** Its logical ID in the configuration. */
  readonly logicalId: string;
  readonly enabled: boolean;
  readonly condition?: CompiledCondition;
  readonly rules: readonly RuleModel[];
}

export interface NamespaceModel {
  readonly prefix: string;
  readonly mode: "hide_prefix" | "enforce_prefix";
  readonly additionalTopics: readonly string[];
  readonly additionalGroups: readonly string[];
}

export interface VirtualClusterModel {
  readonly name: string;
  readonly logicalId: string;
  readonly aclMode: "enforce_on_gateway" | "passthrough";
  readonly namespace?: NamespaceModel;
  readonly acls: PolicyModel[];
  readonly skipRecords: PolicyModel[];
  /**
   * Made elsewhere (policies reference it by ID): its namespace and acl_mode are not in this stack, so names are
   * taken as they are, acl_mode enforce_on_gateway is assumed, and the backend name is unknown.
   */
  readonly external?: boolean;
}

export interface ClientModel {
  /** The client's name (its `name`, or its key in a lookup). */
  readonly name: string;
  /** The Terraform reference that stands for its ID before deploy. */
  readonly reference: string;
  /** Its real ID, from the outputs file or a lookup. */
  readonly id?: string;
  /** What the gateway sees as `context.auth.principal.name`: the real ID when known, else the reference. */
  readonly principal: string;
  /**
   * The custom claims the stack's auth server puts into this client's tokens (`konnect_identity_auth_server_claim`
   * in the token, enabled, in all scopes or in one the client may request); JSON values parsed as Kong Identity
   * does. Claims whose value is a Kong Identity template (`${ ... }`) are only known at issue time and left out.
   */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** Who connects: a client of the stack (by name or ID) or any principal, with its authentication and claims. */
export interface Principal {
  /**
   * A client of the stack: its name, its ID (known from the outputs option, or in lookup mode) or its reference. A
   * name the stack lacks is an {@link UnknownClientError}, unless `principal` is given or it looks like an ID (not a
   * plain name `[a-z][a-z0-9_-]*`, or 16 characters or more): then it is the principal.
   */
  readonly client?: string;
  readonly principal?: string;
  /** @default "sasl_oauth_bearer" */
  readonly authType?: string;
  /**
   * Token claims. @default `sub` and `client_id` (the principal) and, for a client of the stack, the custom claims
   * its auth server puts into its tokens; these replace any of them.
   */
  readonly claims?: Record<string, unknown>;
}

export interface AccessRequest extends Principal {
  /** The virtual cluster's name. @default the stack's only one */
  readonly virtualCluster?: string;
  /** An ACL operation on one resource; or give `request`. */
  readonly operation?: AclOperation;
  readonly topic?: string;
  readonly group?: string;
  readonly transactionalId?: string;
  /** The cluster resource. */
  readonly cluster?: boolean;
  /** A Kafka protocol request (see KAFKA_REQUESTS); its checks take the resources above. */
  readonly request?: string;
}

export interface Decision {
  readonly decision: "allow" | "deny";
  readonly client: string | null;
  readonly principal: string;
  readonly virtualCluster: string;
  readonly request: string | null;
  readonly operation: AclOperation;
  readonly resourceType: AclResourceType;
  readonly resourceName: string;
  /** The name the access reaches on the backend cluster (after the namespace), or null when it reaches none. */
  readonly backendName: string | null;
  /** The policy whose rule decided, or null. */
  readonly policy: string | null;
  /** The deciding rule, e.g. `rules[0]: allow topic describe, read, write on "*"`, or null. */
  readonly rule: string | null;
  /** Why, in one sentence. */
  readonly reason: string;
  /** For a Kafka request: each ACL check it needed. */
  readonly checks?: readonly Decision[];
}

export interface SkipRecordDecision {
  readonly skipped: boolean;
  readonly client: string | null;
  readonly principal: string;
  readonly topic: string;
  readonly policy: string | null;
  readonly reason: string;
}

export interface MatrixOptions {
  /** Client names or IDs. @default every client of the stack */
  readonly clients?: readonly string[];
  readonly virtualCluster?: string;
  /** @default the topics named in the policies and namespace, one sample per glob */
  readonly topics?: readonly string[];
  readonly groups?: readonly string[];
  readonly topicOperations?: readonly AclOperation[];
  readonly groupOperations?: readonly AclOperation[];
}

/** The operations a matrix shows by default. */
export const MATRIX_TOPIC_OPERATIONS: readonly AclOperation[] = ["describe", "read", "write", "create", "delete", "alter", "describe_configs", "alter_configs"];
export const MATRIX_GROUP_OPERATIONS: readonly AclOperation[] = ["describe", "read", "delete"];

const REF = /\$\{[^}]*\}/g;
const SAFE_VALUE = /^[^'"\\\n\r\u2028\u2029]*$/;

interface Connection {
  readonly client: ClientModel | undefined;
  readonly principal: string;
  readonly ctx: Record<string, unknown>;
  /** Per virtual cluster: the ACL policies that apply to this connection, in order. */
  readonly applicable: Map<VirtualClusterModel, PolicyModel[]>;
}

/** The explainer of one synthesized stack. */
export class Explainer {
  public readonly stances: Stances;
  public readonly virtualClusters: VirtualClusterModel[] = [];
  public readonly clients: ClientModel[] = [];
  private readonly known = new Map<string, string>();
  private readonly connections = new Map<string, Connection>();
  /** Per virtual cluster: ACL policies by the one principal their condition can hold for, and the others. */
  private readonly aclIndex = new Map<VirtualClusterModel, { gated: Map<string, PolicyModel[]>; open: PolicyModel[] }>();
  private readonly recordConditions = new Map<string, CompiledCondition | undefined>();
  private readonly outputsGiven: boolean;

  constructor(stack: unknown, options: ExplainOptions = {}) {
    this.stances = { ...DEFAULT_STANCES, ...options.stances };
    const json = stack as Record<string, any>;
    if (!json || !json.resource && !json.data) {
      throw new ExplainError("not a synthesized cdktf stack (cdk.tf.json): it has no resource or data block");
    }
    this.outputsGiven = options.outputs !== undefined;
    this.readClients(json, options.outputs);
    this.readVirtualClusters(json);
  }

  /** The clients the explainer knows, in the stack's order. */
  public clientNames(): string[] {
    return this.clients.map((c) => c.name);
  }

  /** A decision for one ACL operation on one resource, or for a Kafka request's checks. */
  public decide(req: AccessRequest): Decision {
    const vc = this.virtualCluster(req.virtualCluster);
    const conn = this.connection(req);
    if (req.request) return this.decideRequest(vc, conn, req);
    if (!req.operation) throw new ExplainError("an operation (or a Kafka request) is needed");
    if (!ACL_OPERATIONS.includes(req.operation)) throw new ExplainError(`unknown operation ${JSON.stringify(req.operation)}: one of ${ACL_OPERATIONS.join(", ")}`);
    const target = resourceOf(req);
    return this.decideOne(vc, conn, req.operation, target.type, target.name, null);
  }

  /** Every client × topic and group × operation of the stack (or of the options). */
  public matrix(options: MatrixOptions = {}): Decision[] {
    const vc = this.virtualCluster(options.virtualCluster);
    const clients = options.clients ?? this.clientNames();
    if (clients.length === 0) throw new ExplainError("the stack has no Kong Identity clients: name the clients (--client)");
    const { topics, groups } = this.resources(vc);
    const out: Decision[] = [];
    for (const client of clients) {
      const conn = this.connection({ client });
      for (const topic of options.topics ?? topics) {
        for (const op of options.topicOperations ?? MATRIX_TOPIC_OPERATIONS) out.push(this.decideOne(vc, conn, op, "topic", topic, null));
      }
      for (const group of options.groups ?? groups) {
        for (const op of options.groupOperations ?? MATRIX_GROUP_OPERATIONS) out.push(this.decideOne(vc, conn, op, "group", group, null));
      }
    }
    return out;
  }

  /** The topics and groups a matrix shows: names in the rules and namespace, one sample per glob. */
  public resources(vc: VirtualClusterModel): { topics: string[]; groups: string[] } {
    const topics = new Set<string>();
    const groups = new Set<string>();
    for (const p of vc.acls) {
      for (const r of p.rules) {
        const into = r.resourceType === "topic" ? topics : r.resourceType === "group" ? groups : undefined;
        for (const n of r.resourceNames) into?.add(isGlob(n) ? sampleOf(n) : n);
      }
    }
    vc.namespace?.additionalTopics.forEach((t) => !isGlob(t) && topics.add(t));
    vc.namespace?.additionalGroups.forEach((g) => !isGlob(g) && groups.add(g));
    return { topics: [...topics], groups: [...groups] };
  }

  /** Whether a skip-record policy hides a record with these headers from the client. */
  public skipRecord(req: Principal & { readonly virtualCluster?: string; readonly topic: string; readonly headers?: Record<string, string> }): SkipRecordDecision {
    const vc = this.virtualCluster(req.virtualCluster);
    const conn = this.connection(req);
    const base = { client: conn.client?.name ?? null, principal: conn.principal, topic: req.topic };
    for (const p of vc.skipRecords) {
      if (!p.enabled) continue;
      const headers: Record<string, string> = { ...(req.headers ?? {}) };
      if (this.stances.missingHeader === "empty") for (const h of p.condition?.headers ?? []) headers[h] ??= "";
      const ctx = { context: { ...(conn.ctx.context as object), topic: { name: req.topic } }, record: { headers } };
      const r = this.holds(p.condition, ctx);
      if (r.holds) return { ...base, skipped: true, policy: p.name, reason: `skip-record policy ${p.name} selects the record${r.note}` };
    }
    const names = vc.skipRecords.filter((p) => p.enabled).map((p) => p.name);
    return { ...base, skipped: false, policy: null, reason: names.length ? `no skip-record policy selects the record (${names.join(", ")})` : "no skip-record policy" };
  }

  /**
   * @internal for the other explain modules (decryption.ts): whether a record policy's condition, compiled once per
   * source in the phase's environment, holds for a principal on a record of a topic.
   */
  public _recordConditionHolds(
    source: string | undefined,
    where: { readonly phase: "produce" | "consume"; readonly schemaValidation?: boolean },
    who: Principal,
    topic: string,
  ): { holds: boolean; note: string } {
    const key = `${where.phase}\u0000${where.schemaValidation === true}\u0000${source ?? ""}`;
    if (!this.recordConditions.has(key)) this.recordConditions.set(key, this.compile(source, where.phase, where.schemaValidation));
    const conn = this.connection(who);
    return this.holds(this.recordConditions.get(key), { context: { ...(conn.ctx.context as object), topic: { name: topic } }, record: { headers: {} } });
  }

  public virtualCluster(name?: string): VirtualClusterModel {
    if (name === undefined) {
      if (this.virtualClusters.length === 1) return this.virtualClusters[0];
      if (this.virtualClusters.length === 0) throw new ExplainError("the stack has no virtual cluster");
      throw new ExplainError(`the stack has several virtual clusters; name one: ${this.virtualClusters.map((v) => v.name).join(", ")}`);
    }
    const vc = this.virtualClusters.find((v) => v.name === name || v.logicalId === name);
    if (!vc) throw new ExplainError(`no virtual cluster ${JSON.stringify(name)}; the stack has ${this.virtualClusters.map((v) => v.name).join(", ")}`);
    return vc;
  }

  /** @internal Who connects, as conditions see it: the client, its principal and `{ context: { auth } }`. */
  public _connectionContext(p: Principal): { client: ClientModel | undefined; principal: string; ctx: Record<string, unknown> } {
    const { client, principal, ctx } = this.connection(p);
    return { client, principal, ctx };
  }

  /** @internal A condition compiled in a phase's environment (under schema validation: with `record.value.*`). */
  public _compile(source: string | undefined, phase: ExpressionPhase, schemaValidation: boolean): CompiledCondition | undefined {
    return this.compile(source, phase, schemaValidation);
  }

  /** The client a name or ID names, if any. */
  public client(nameOrId: string): ClientModel | undefined {
    return this.clients.find((c) => c.name === nameOrId || c.id === nameOrId || c.reference === nameOrId);
  }

  // ---------------------------------------------------------------- decisions

  private decideRequest(vc: VirtualClusterModel, conn: Connection, req: AccessRequest): Decision {
    const row = kafkaRequest(req.request!);
    if (!row) {
      const names = KAFKA_REQUESTS.map((r) => r.request);
      const near = closestNames(req.request!, names);
      throw new ExplainError(`unknown Kafka request ${display(req.request)}${near.length ? `; ${didYouMean(near)}` : `: one of ${names.join(", ")}`}`);
    }
    const checks: Decision[] = [];
    let deciding: Decision | undefined;
    for (const alternatives of row.all) {
      const tried = alternatives.filter((c) => nameFor(req, c) !== undefined).map((c) => this.decideOne(vc, conn, c.operation, c.resourceType, nameFor(req, c)!, row.request));
      if (tried.length === 0) {
        throw new ExplainError(`${row.request} needs a ${alternatives.map((c) => flagOf(c.resourceType)).join(" or ")}`);
      }
      checks.push(...tried);
      const ok = tried.find((d) => d.decision === "allow");
      if (!ok) {
        deciding ??= tried[0];
      }
    }
    const last = deciding ?? checks[checks.length - 1];
    const allow = deciding === undefined;
    return {
      ...last,
      request: row.request,
      decision: allow ? "allow" : "deny",
      reason: allow
        ? `${row.request} needs ${describeChecks(row.all)}; each requirement is met`
        : `${row.request} needs ${describeChecks(row.all)}; ${last.operation} on ${last.resourceType} ${JSON.stringify(last.resourceName)} is denied: ${last.reason}`,
      checks,
    };
  }

  private decideOne(vc: VirtualClusterModel, conn: Connection, operation: AclOperation, resourceType: AclResourceType, name: string, request: string | null): Decision {
    // every decision has the same shape, built in one place (one hidden class: decisions are made in bulk)
    const result = (decision: "allow" | "deny", backend: string | null, policy: string | null, rule: string | null, reason: string): Decision => ({
      decision,
      client: conn.client?.name ?? null,
      principal: conn.principal,
      virtualCluster: vc.name,
      request,
      operation,
      resourceType,
      resourceName: name,
      backendName: vc.external ? null : backend,
      policy,
      rule,
      reason: vc.external ? `${reason} (${EXTERNAL_VC})` : reason,
    });
    const mapped = backendName(vc, resourceType, name);
    if (mapped.backend === null) return result("deny", null, null, null, mapped.reason!);
    const backend = mapped.backend;
    if (vc.aclMode === "passthrough") {
      return result("allow", backend, null, null, "acl_mode is passthrough: the gateway evaluates no ACL policy and the backend cluster decides");
    }
    const applicable = conn.applicable.get(vc) ?? this.applicablePolicies(vc, conn);
    let allow: { p: PolicyModel; r: RuleModel } | undefined;
    for (const p of applicable) {
      for (const r of p.rules) {
        if (r.resourceType !== resourceType || !r.covers.has(operation) || !r.matches(name)) continue;
        if (r.action === "deny") {
          return result("deny", backend, p.name, r.text, `policy ${p.name} applies and its deny rule matches; a deny beats any allow`);
        }
        // under first-policy the rest of the deciding policy is still read: within a policy a deny beats an allow
        if (!allow) allow = { p, r };
      }
      if (allow && this.stances.combine === "first-policy") break;
    }
    if (allow) {
      const implied = allow.r.operations.includes(operation) || allow.r.operations.includes("all") ? "" : ` (${operation} is implied by ${allow.r.operations.join(", ")})`;
      return result("allow", backend, allow.p.name, allow.r.text, `policy ${allow.p.name} applies and its allow rule matches${implied}`);
    }
    const all = vc.acls.filter((p) => p.enabled);
    const reason =
      all.length === 0
        ? "no ACL policy: with acl_mode enforce_on_gateway everything is denied"
        : applicable.length === 0
          ? `no ACL policy applies to principal ${JSON.stringify(conn.principal)} (their conditions are false: ${all.map((p) => p.name).join(", ")}); default deny`
          : `no rule of the policies that apply (${applicable.map((p) => p.name).join(", ")}) allows ${operation} on ${resourceType} ${JSON.stringify(name)}; default deny`;
    return result("deny", backend, null, null, reason);
  }

  private coveredOperations(r: Pick<RuleModel, "action" | "operations">): Set<AclOperation> {
    const out = new Set<AclOperation>();
    for (const op of ACL_OPERATIONS) {
      const implied = this.stances.impliedOperations && r.action === "allow" && (IMPLIED[op] ?? []).some((o) => r.operations.includes(o));
      if (r.operations.includes(op) || r.operations.includes("all") || implied) out.add(op);
    }
    return out;
  }

  // ---------------------------------------------------------------- connections and conditions

  private connection(p: Principal): Connection {
    const client = p.client !== undefined ? this.client(p.client) : undefined;
    if (p.client !== undefined && !client && p.principal === undefined && this.clients.length && !looksLikeId(p.client)) {
      throw new UnknownClientError(p.client, this.clientNames(), this.clients.filter((c) => c.id === undefined).map((c) => c.name), this.outputsGiven);
    }
    const principal = client?.principal ?? p.principal ?? p.client;
    if (principal === undefined) throw new ExplainError("a client or principal is needed");
    const authType = p.authType ?? "sasl_oauth_bearer";
    const key = `${client?.name ?? ""}\u0000${principal}\u0000${authType}\u0000${p.claims ? JSON.stringify(p.claims) : ""}`;
    let conn = this.connections.get(key);
    if (!conn) {
      const claims = authType === "sasl_oauth_bearer" ? { sub: principal, client_id: principal, ...(client?.claims ?? {}), ...(p.claims ?? {}) } : { ...(p.claims ?? {}) };
      const ctx = { context: { auth: { type: authType, principal: { name: principal }, token: { claims } } } };
      conn = { client, principal, ctx, applicable: new Map() };
      for (const vc of this.virtualClusters) conn.applicable.set(vc, this.applicablePolicies(vc, conn));
      this.connections.set(key, conn);
    }
    return conn;
  }

  /** Cluster-phase conditions are evaluated once per connection, as the gateway does. */
  private applicablePolicies(vc: VirtualClusterModel, conn: Connection): PolicyModel[] {
    let index = this.aclIndex.get(vc);
    if (!index) {
      index = { gated: new Map(), open: [] };
      for (const p of vc.acls) {
        if (!p.enabled) continue;
        const only = p.condition?.onlyPrincipal;
        if (only === undefined) index.open.push(p);
        else index.gated.set(only, [...(index.gated.get(only) ?? []), p]);
      }
      this.aclIndex.set(vc, index);
    }
    const gated = index.gated.get(conn.principal);
    const candidates = gated ? [...index.open, ...gated].sort((a, b) => vc.acls.indexOf(a) - vc.acls.indexOf(b)) : index.open;
    return candidates.filter((p) => this.holds(p.condition, conn.ctx).holds);
  }

  private holds(c: CompiledCondition | undefined, ctx: Record<string, unknown>): { holds: boolean; note: string } {
    if (!c) return { holds: true, note: "" };
    const onError = this.stances.evaluationError === "applies";
    if (!c.program) return { holds: onError, note: ` (its condition is invalid: ${c.invalid})` };
    try {
      return { holds: c.program(ctx) === true, note: "" };
    } catch (e) {
      return { holds: onError, note: ` (its condition failed to evaluate: ${celSummary(e)})` };
    }
  }

  private compile(source: string | undefined, phase: ExpressionPhase, schemaValidation = false): CompiledCondition | undefined {
    if (source === undefined || source === null || source === "") return undefined;
    const resolved = source.replace(REF, (ref) => {
      const v = this.known.get(ref);
      return v !== undefined && SAFE_VALUE.test(v) ? v : ref;
    });
    const checked = checkExpression(resolved, { phase, schemaValidation });
    if (!checked.ok) return { source, resolved, invalid: checked.message, headers: [] };
    const parsed = evaluationEnvironment({ phase, schemaValidation }).parse(resolved);
    return { source, resolved, ast: checked.ast, program: (ctx) => parsed(ctx), headers: headersRead(checked.ast), onlyPrincipal: principalGate(checked.ast) };
  }

  // ---------------------------------------------------------------- reading the stack

  private readClients(json: Record<string, any>, outputs: Record<string, unknown> | undefined): void {
    const claims = Object.values<any>(json.resource?.konnect_identity_auth_server_claim ?? {}).filter((c) => c.include_in_token === true && c.enabled !== false);
    for (const [lid, r] of Object.entries<any>(json.resource?.konnect_identity_auth_server_client ?? {})) {
      const reference = `\${konnect_identity_auth_server_client.${lid}.id}`;
      const scopes: string[] = Array.isArray(r.allow_scopes) ? r.allow_scopes : [];
      const mine: Record<string, unknown> = {};
      for (const c of claims) {
        if (c.auth_server_id !== r.auth_server_id) continue;
        if (!(c.include_in_all_scopes === true || r.allow_all_scopes === true || (c.include_in_scopes ?? []).some((sc: string) => scopes.includes(sc)))) continue;
        const value = claimValue(c.value);
        if (value !== undefined) mine[String(c.name)] = value;
      }
      this.clients.push({ name: String(r.name ?? lid), reference, principal: reference, claims: mine });
    }
    for (const [lid, d] of Object.entries<any>(json.data?.null_data_source ?? {})) {
      for (const [k, v] of Object.entries<any>(d.inputs ?? {})) {
        const m = /^client_(.+)_id$/.exec(k);
        if (!m || typeof v !== "string") continue;
        const reference = `\${data.null_data_source.${lid}.outputs["${k}"]}`;
        this.known.set(reference, v);
        this.clients.push({ name: m[1], reference, id: v, principal: v, claims: {} });
      }
    }
    if (outputs) {
      const values = flattenOutputs(outputs);
      for (const [name, o] of Object.entries<any>(json.output ?? {})) {
        const v = values[name];
        if (typeof o?.value !== "string" || typeof v !== "string" || !o.value.startsWith("${")) continue;
        this.known.set(o.value, v);
      }
      for (let i = 0; i < this.clients.length; i++) {
        const c = this.clients[i];
        const id = this.known.get(c.reference);
        if (id !== undefined) this.clients[i] = { ...c, id, principal: id };
      }
    }
  }

  private readVirtualClusters(json: Record<string, any>): void {
    const byRef = new Map<string, VirtualClusterModel>();
    for (const [lid, v] of Object.entries<any>(json.resource?.konnect_event_gateway_virtual_cluster ?? {})) {
      const ns = v.namespace;
      const vc: VirtualClusterModel = {
        name: String(v.name ?? lid),
        logicalId: lid,
        aclMode: v.acl_mode === "passthrough" ? "passthrough" : "enforce_on_gateway",
        namespace: ns?.prefix
          ? {
              prefix: ns.prefix,
              mode: ns.mode === "enforce_prefix" ? "enforce_prefix" : "hide_prefix",
              additionalTopics: selectorNames(ns.additional?.topics, "backend"),
              additionalGroups: selectorNames(ns.additional?.consumer_groups, "value"),
            }
          : undefined,
        acls: [],
        skipRecords: [],
      };
      this.virtualClusters.push(vc);
      byRef.set(`\${konnect_event_gateway_virtual_cluster.${lid}.id}`, vc);
    }
    const owner = (ref: string): VirtualClusterModel => {
      let vc = byRef.get(ref);
      if (!vc) {
        // a virtual cluster made elsewhere: known only by its ID
        vc = { name: ref, logicalId: ref, aclMode: "enforce_on_gateway", acls: [], skipRecords: [], external: true };
        this.virtualClusters.push(vc);
        byRef.set(ref, vc);
      }
      return vc;
    };
    for (const [lid, p] of Object.entries<any>(json.resource?.konnect_event_gateway_cluster_policy_acls ?? {})) {
      const rules: RuleModel[] = (p.config?.rules ?? []).map((r: any, index: number) => {
        const rule = {
          index,
          action: r.action === "deny" ? "deny" : "allow",
          resourceType: r.resource_type,
          operations: (r.operations ?? []).map((o: any) => o.name),
          resourceNames: (r.resource_names ?? []).map((n: any) => n.match),
        } as const;
        return { ...rule, text: ruleText(rule), matches: nameMatcher(rule.resourceNames), covers: this.coveredOperations(rule) };
      });
      owner(String(p.virtual_cluster_id)).acls.push({
        kind: "acl",
        name: String(p.name ?? lid),
        logicalId: lid,
        enabled: p.enabled !== false,
        condition: this.compile(p.condition, "cluster"),
        rules,
      });
    }
    for (const [lid, p] of Object.entries<any>(json.resource?.konnect_event_gateway_consume_policy_skip_record ?? {})) {
      owner(String(p.virtual_cluster_id)).skipRecords.push({
        kind: "skip_record",
        name: String(p.name ?? lid),
        logicalId: lid,
        enabled: p.enabled !== false,
        // nested in a schema validation policy: its condition may read record.value (see records.ts for those)
        condition: this.compile(p.condition, "consume", p.parent_policy_id !== undefined),
        rules: [],
      });
    }
    // Record and encryption policies (records.ts, decryption.ts) on a virtual cluster made elsewhere make it known too.
    for (const [type, policies] of Object.entries<any>(json.resource ?? {})) {
      if (!/^konnect_event_gateway_(produce|consume)_policy_/.test(type)) continue;
      for (const p of Object.values<any>(policies)) owner(String(p.virtual_cluster_id));
    }
  }
}

/**
 * A claim's value in tokens: Terraform's escaping undone; JSON becomes that JSON value, anything else the string; a
 * Kong Identity template (`${ ... }`) is only known when a token is issued: undefined.
 */
function claimValue(configured: unknown): unknown {
  if (typeof configured !== "string") return configured;
  const text = configured.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  if (/\$\{/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function flattenOutputs(outputs: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(outputs)) {
    if (v && typeof v === "object" && !Array.isArray(v)) Object.assign(out, v);
    else out[k] = v;
  }
  return out;
}

function selectorNames(selectors: any[] | undefined, key: "backend" | "value"): string[] {
  const out: string[] = [];
  for (const s of selectors ?? []) {
    if (s?.glob?.glob) out.push(String(s.glob.glob));
    for (const e of s?.exact_list?.exact_list ?? []) if (e?.[key] !== undefined) out.push(String(e[key]));
  }
  return out;
}

/**
 * The backend name a client-visible topic or group name reaches. Stances: an additional topic or group (exact or
 * glob, on backend names) is exposed under its backend name; transactional IDs and the cluster are not namespaced.
 */
export function backendName(vc: VirtualClusterModel, type: AclResourceType, name: string): { backend: string | null; reason?: string } {
  const ns = vc.namespace;
  if (!ns || (type !== "topic" && type !== "group")) return { backend: name };
  const additional = type === "topic" ? ns.additionalTopics : ns.additionalGroups;
  if (additional.some((a) => globMatches(a, name))) return { backend: name };
  if (ns.mode === "hide_prefix") return { backend: ns.prefix + name };
  if (name.startsWith(ns.prefix)) return { backend: name };
  return {
    backend: null,
    reason: `${type} ${JSON.stringify(name)} is outside the namespace: with enforce_prefix clients use names starting with ${JSON.stringify(ns.prefix)}`,
  };
}

function nameMatcher(names: readonly string[]): (name: string) => boolean {
  const exact = new Set(names.filter((n) => !isGlob(n)));
  const globs = names.filter(isGlob);
  if (globs.length === 0) return (name) => exact.has(name);
  const re = new RegExp(globs.map((g) => globRegExp(g).source).join("|"), "s");
  return (name) => exact.has(name) || re.test(name);
}

function ruleText(r: Pick<RuleModel, "index" | "action" | "resourceType" | "operations" | "resourceNames">): string {
  return `rules[${r.index}]: ${r.action} ${r.resourceType} ${r.operations.join(", ")} on ${r.resourceNames.map((n) => JSON.stringify(n)).join(", ")}`;
}

function resourceOf(req: AccessRequest): { type: AclResourceType; name: string } {
  const given: Array<{ type: AclResourceType; name: string }> = [];
  if (req.topic !== undefined) given.push({ type: "topic", name: req.topic });
  if (req.group !== undefined) given.push({ type: "group", name: req.group });
  if (req.transactionalId !== undefined) given.push({ type: "transactional_id", name: req.transactionalId });
  if (req.cluster) given.push({ type: "cluster", name: KAFKA_CLUSTER });
  if (given.length !== 1) throw new ExplainError("name exactly one resource: a topic, a group, a transactional ID or the cluster");
  return given[0];
}

function nameFor(req: AccessRequest, c: AclCheck): string | undefined {
  switch (c.resourceType) {
    case "topic":
      return req.topic;
    case "group":
      return req.group;
    case "transactional_id":
      return req.transactionalId;
    case "cluster":
      return KAFKA_CLUSTER;
  }
}

function flagOf(t: AclResourceType): string {
  return t === "transactional_id" ? "--transactional-id" : `--${t}`;
}

function describeChecks(all: ReadonlyArray<readonly AclCheck[]>): string {
  return all.map((alts) => alts.map((c) => `${c.resourceType} ${c.operation}`).join(" or ")).join(" and ");
}

function looksLikeId(s: string): boolean {
  return !/^[a-z][a-z0-9_-]*$/i.test(s) || s.length >= 16;
}

function principalGate(n: ASTNode): string | undefined {
  if (n.op === "&&") {
    const [a, b] = n.args as [ASTNode, ASTNode];
    return principalGate(a) ?? principalGate(b);
  }
  if (n.op !== "==") return undefined;
  const [a, b] = n.args as [ASTNode, ASTNode];
  const isPrincipal = (x: ASTNode) => memberPathOf(x) === "context.auth.principal.name";
  const [field, value] = isPrincipal(a) ? [a, b] : [b, a];
  return isPrincipal(field) && value.op === "value" && typeof value.args === "string" ? value.args : undefined;
}

/** `a.b.c` as a dotted string, for member chains rooted at an identifier. */
export function memberPathOf(n: ASTNode): string | undefined {
  const path: string[] = [];
  let cur = n;
  while (cur.op === ".") {
    path.unshift((cur.args as [ASTNode, string])[1]);
    cur = (cur.args as [ASTNode, string])[0];
  }
  return cur.op === "id" ? [cur.args as string, ...path].join(".") : undefined;
}

/** Header names a condition reads with a literal key (`record.headers['x']`). */
function headersRead(ast: ASTNode): string[] {
  const out = new Set<string>();
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== "object" || !("op" in n)) return;
    const node = n as ASTNode;
    if (node.op === "[]") {
      const [obj, key] = node.args as [ASTNode, ASTNode];
      if (obj.op === "." && obj.args[1] === "headers" && (obj.args[0] as ASTNode).op === "id" && (obj.args[0] as ASTNode).args === "record" && key.op === "value") {
        out.add(String(key.args));
      }
    }
    if (node.op !== "value" && node.op !== "id") visit(node.args);
  };
  visit(ast);
  return [...out];
}
