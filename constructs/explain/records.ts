// Which records a client's produce or consume would have refused, skipped or changed: the produce and consume policies
// of a virtual cluster (schema validation and what nests in it, modify headers, skip record) walked in order for one
// record, offline. What cannot be known without the record (its value's validity and content) is either given
// (`value`, `validated`) or explored: both outcomes for valid and invalid values, and "unknown" where a condition reads
// the content. Stances where Kong is silent are in RECORD_STANCES and the README.
import type { ASTNode } from "@marcbachmann/cel-js" with { "resolution-mode": "import" };
import type { RecordPolicyPhase } from "../policy";
import { celSummary } from "../expression";
import { unescapeTemplate } from "../text";
import { type CompiledCondition, ExplainError, type Explainer, memberPathOf, type Principal } from "./explainer";

/** The stances of the record explainer. */
export const RECORD_STANCES = {
  /**
   * Policies run in the stack's order (Konnect appends new policies; `/move` reorders them, which a stack cannot show).
   * Where the answer depends on it, the explanation says so: each pair whose exchange changes it (`orderMatters`).
   */
  order: "the stack's order, children after their parent; pairs whose order changes the answer are named",
  /** A schema validation policy whose condition does not hold parses nothing, and its children do not run. */
  parentNotApplied: "children do not run",
  /** Kong documents no default for an invalid record when neither failure_mode nor value_validation_action is set. */
  noFailureMode: "unknown",
} as const;

const TYPES: Record<string, { phase: RecordPolicyPhase; type: RecordPolicyType }> = {
  konnect_event_gateway_produce_policy_schema_validation: { phase: "produce", type: "schema_validation" },
  konnect_event_gateway_consume_policy_schema_validation: { phase: "consume", type: "schema_validation" },
  konnect_event_gateway_produce_policy_modify_headers: { phase: "produce", type: "modify_headers" },
  konnect_event_gateway_consume_policy_modify_headers: { phase: "consume", type: "modify_headers" },
  konnect_event_gateway_consume_policy_skip_record: { phase: "consume", type: "skip_record" },
};

export type RecordPolicyType = "schema_validation" | "modify_headers" | "skip_record";

export interface RecordPolicyModel {
  readonly type: RecordPolicyType;
  readonly phase: RecordPolicyPhase;
  readonly name: string;
  readonly logicalId: string;
  readonly virtualClusterRef: string;
  readonly enabled: boolean;
  readonly condition?: CompiledCondition;
  /** The parent's name, for a nested policy. */
  readonly parent?: string;
  readonly children: RecordPolicyModel[];
  /**
   * schema_validation: json or confluent_schema_registry, and what an invalid value gets: `failure_mode`, or (only
   * without it) the deprecated `value_validation_action`, with the field it came from (their `mark` headers differ).
   */
  readonly validation?: { readonly type: string; readonly onInvalid?: string; readonly from?: "failure_mode" | "value_validation_action" };
  /** modify_headers: the actions in order. */
  readonly actions?: ReadonlyArray<{ readonly op: "set" | "remove"; readonly key: string; readonly value?: string }>;
}

export interface RecordRequest extends Principal {
  readonly phase: RecordPolicyPhase;
  readonly topic: string;
  /** The virtual cluster's name. @default the stack's only one */
  readonly virtualCluster?: string;
  readonly headers?: Record<string, string>;
  /** The record's value as text, when known: JSON validation parses it, and conditions read it as `record.value.content`. */
  readonly value?: string;
  /** Whether the value passes a schema registry's validation (not knowable offline). @default both are shown */
  readonly validated?: boolean;
}

export interface RecordStep {
  readonly policy: string;
  readonly type: RecordPolicyType;
  /** The parent's name, for a nested policy. */
  readonly parent: string | null;
  readonly applies: "yes" | "no" | "unknown" | "disabled";
  readonly effect: string;
}

export interface RecordOutcome {
  /** What is assumed of the record: "valid value", "invalid value", or "as given". */
  readonly assuming: string;
  /** deliver (consume) / accept (produce), or skip, reject, error (the batch), or unknown (depends on the content). */
  readonly outcome: "accept" | "deliver" | "skip" | "reject" | "error" | "unknown";
  readonly policy: string | null;
  readonly reason: string;
  readonly headers: Record<string, string>;
  readonly steps: readonly RecordStep[];
}

/**
 * Two policies of one list (the top level of the phase, or the children of one parent) whose exchange changes the
 * answer: Konnect runs them in its own order, which may not be the stack's.
 */
export interface RecordOrderNote {
  /** The one the stack runs first. */
  readonly first: string;
  readonly second: string;
  /** Their parent, for nested policies. */
  readonly parent: string | null;
  /** The first scenario whose answer changes, and what it becomes with the two exchanged. */
  readonly assuming: string;
  readonly outcome: RecordOutcome["outcome"];
  readonly headers: Record<string, string>;
}

export interface RecordExplanation {
  readonly phase: RecordPolicyPhase;
  readonly client: string | null;
  readonly principal: string;
  readonly topic: string;
  readonly outcomes: readonly RecordOutcome[];
  /** The pairs of policies whose order changes an outcome (its kind, or a delivered record's headers). */
  readonly orderMatters: readonly RecordOrderNote[];
}

/** The produce and consume policies of a synthesized stack, per virtual cluster reference, top-level ones in order. */
export function readRecordPolicies(ex: Explainer, stack: unknown): RecordPolicyModel[] {
  const json = stack as Record<string, any>;
  const all: Array<RecordPolicyModel & { parentRef?: string }> = [];
  for (const [resourceType, meta] of Object.entries(TYPES)) {
    for (const [lid, p] of Object.entries<any>(json.resource?.[resourceType] ?? {})) {
      const nested = typeof p.parent_policy_id === "string";
      const config = p.config ?? {};
      const sv = meta.type === "schema_validation" ? (meta.phase === "produce" ? (config.json ? { type: "json", ...config.json } : { type: "confluent_schema_registry", ...config.confluent_schema_registry }) : config) : undefined;
      all.push({
        type: meta.type,
        phase: meta.phase,
        name: String(p.name ?? lid),
        logicalId: `${resourceType}.${lid}`,
        virtualClusterRef: String(p.virtual_cluster_id),
        enabled: p.enabled !== false,
        condition: ex._compile(p.condition, meta.phase, nested),
        parentRef: nested ? p.parent_policy_id : undefined,
        children: [],
        validation: sv && onInvalid(sv),
        // The header as Kong gets it: Terraform turns the escaped `$${` of a literal back into `${`.
        actions: (config.actions ?? []).map((a: any) =>
          a.set ? { op: "set", key: unescapeTemplate(String(a.set.key)), value: unescapeTemplate(String(a.set.value)) } : { op: "remove", key: unescapeTemplate(String(a.remove?.key)) },
        ),
      });
    }
  }
  const byRef = new Map(all.map((p) => [`\${${p.logicalId}.id}`, p]));
  const top: RecordPolicyModel[] = [];
  for (const p of all) {
    const parent = p.parentRef ? byRef.get(p.parentRef) : undefined;
    if (parent) {
      parent.children.push(p);
      (p as { parent?: string }).parent = parent.name;
    } else top.push(p);
  }
  return top;
}

/** failure_mode first (Kong: the deprecated value_validation_action is replaced by it); that field only without it. */
function onInvalid(sv: Record<string, any>): RecordPolicyModel["validation"] {
  const type = String(sv.type);
  if (sv.failure_mode !== undefined) return { type, onInvalid: String(sv.failure_mode), from: "failure_mode" };
  if (sv.value_validation_action !== undefined) return { type, onInvalid: String(sv.value_validation_action), from: "value_validation_action" };
  return { type };
}

/**
 * The header `mark` adds. failure_mode: `kong/policy-failure-<id>` (the policy's Konnect ID, not known offline), whose
 * value is the failure's reason (Kong's text, not known offline). The deprecated value_validation_action:
 * `kong/sverr-value`, whose value is the client's ID.
 */
function markHeader(p: RecordPolicyModel, principal: string): [key: string, value: string] {
  return p.validation?.from === "failure_mode" ? [`kong/policy-failure-<id of ${p.name}>`, "<failure reason>"] : ["kong/sverr-value", principal];
}

/** Walks one record through the policies of its phase, for a client and topic. */
export function explainRecord(ex: Explainer, policies: readonly RecordPolicyModel[], req: RecordRequest): RecordExplanation {
  const vc = ex.virtualCluster(req.virtualCluster);
  const vcRefs = new Set([`\${konnect_event_gateway_virtual_cluster.${vc.logicalId}.id}`, vc.logicalId, vc.name]);
  const mine = policies.filter((p) => p.phase === req.phase && vcRefs.has(p.virtualClusterRef));
  const conn = ex._connectionContext(req);
  let content: unknown;
  let parses: boolean | undefined;
  if (req.value !== undefined) {
    try {
      content = JSON.parse(req.value);
      parses = true;
    } catch {
      parses = false;
    }
  }
  const scenarios: Array<{ assuming: string; validated: boolean | undefined }> =
    req.validated !== undefined
      ? [{ assuming: req.validated ? "valid value (given)" : "invalid value (given)", validated: req.validated }]
      : [
          { assuming: "valid value", validated: true },
          { assuming: "invalid value", validated: false },
        ];
  const needsScenarios = mine.some((p) => p.type === "schema_validation");
  const walkAll = (ps: readonly RecordPolicyModel[]) =>
    (needsScenarios ? scenarios : [{ assuming: "as given", validated: undefined }]).map((sc) =>
      walk(ps, req, conn.ctx, conn.principal, { validated: sc.validated, content, parses, valueGiven: req.value !== undefined }, sc.assuming),
    );
  const outcomes = walkAll(mine);
  const orderMatters: RecordOrderNote[] = [];
  const changed = (other: RecordOutcome[]) => other.find((o, n) => !sameAnswer(o, outcomes[n]));
  for (const { list, parent, reordered } of orderedLists(mine)) {
    const order = list.map((_, n) => n);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (!list[i].enabled || !list[j].enabled) continue;
        // Between them other policies keep their place relative to one of the two: the pair matters when moving the
        // second just before the first, and the first just after the second, both change the answer.
        const secondFirst = changed(walkAll(reordered([...order.slice(0, i), j, ...order.slice(i, j), ...order.slice(j + 1)])));
        if (!secondFirst || !changed(walkAll(reordered([...order.slice(0, i), ...order.slice(i + 1, j + 1), i, ...order.slice(j + 1)])))) continue;
        orderMatters.push({ first: list[i].name, second: list[j].name, parent, assuming: secondFirst.assuming, outcome: secondFirst.outcome, headers: secondFirst.headers });
      }
    }
  }
  return { phase: req.phase, client: conn.client?.name ?? null, principal: conn.principal, topic: req.topic, outcomes, orderMatters };
}

/**
 * Every list of policies whose order Konnect keeps (the top level, each parent's children), with the whole tree for
 * that list in another order (indexes into it).
 */
function orderedLists(top: readonly RecordPolicyModel[]) {
  const lists: Array<{ list: readonly RecordPolicyModel[]; parent: string | null; reordered: (order: number[]) => RecordPolicyModel[] }> = [];
  lists.push({ list: top, parent: null, reordered: (order) => order.map((n) => top[n]) });
  top.forEach((p, n) => {
    if (p.children.length > 1) {
      lists.push({ list: p.children, parent: p.name, reordered: (order) => top.map((q, m) => (m === n ? { ...q, children: order.map((c) => q.children[c]) } : q)) });
    }
  });
  return lists;
}

/** The same answer: the same outcome, and for a record that goes on, the same headers (a refused or skipped record's do not matter). */
function sameAnswer(a: RecordOutcome, b: RecordOutcome): boolean {
  if (a.outcome !== b.outcome) return false;
  if (a.outcome !== "accept" && a.outcome !== "deliver") return true;
  const ka = Object.keys(a.headers);
  return ka.length === Object.keys(b.headers).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b.headers, k) && b.headers[k] === a.headers[k]);
}

interface RecordFacts {
  /** For registry validation: the scenario's answer. */
  readonly validated: boolean | undefined;
  readonly content: unknown;
  /** Whether the given value is JSON (json validation decides by it). */
  readonly parses: boolean | undefined;
  readonly valueGiven: boolean;
}

function walk(policies: readonly RecordPolicyModel[], req: RecordRequest, auth: Record<string, unknown>, principal: string, facts: RecordFacts, assuming: string): RecordOutcome {
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  const steps: RecordStep[] = [];
  const pass = req.phase === "produce" ? "accept" : "deliver";
  let unknownBy: string | undefined;
  const done = (outcome: RecordOutcome["outcome"], policy: string | null, reason: string): RecordOutcome => ({ assuming, outcome, policy, reason, headers, steps });

  const run = (p: RecordPolicyModel, record: Record<string, unknown>): RecordOutcome | undefined => {
    const step = (applies: RecordStep["applies"], effect: string) => steps.push({ policy: p.name, type: p.type, parent: p.parent ?? null, applies, effect });
    if (!p.enabled) return void step("disabled", "disabled");
    const ctx = { context: { ...(auth.context as object), topic: { name: req.topic } }, record: { headers: { ...headers }, ...record } };
    const h = holds(p.condition, ctx, facts.valueGiven);
    if (h.holds === "no") return void step("no", `its condition does not hold${h.note}`);
    if (h.holds === "unknown") {
      step("unknown", `its condition reads the record's content, not known offline (give the value)${h.note}`);
      if (p.type === "skip_record") unknownBy ??= p.name;
      return undefined;
    }
    switch (p.type) {
      case "modify_headers":
        for (const a of p.actions ?? []) {
          if (a.op === "set") headers[a.key] = a.value ?? "";
          else delete headers[a.key];
        }
        step("yes", (p.actions ?? []).map((a) => (a.op === "set" ? `set ${a.key}=${a.value}` : `remove ${a.key}`)).join(", "));
        return undefined;
      case "skip_record":
        step("yes", "skips the record");
        return done("skip", p.name, `skip-record policy ${p.name}${p.parent ? ` (nested in ${p.parent})` : ""} selects the record`);
      case "schema_validation": {
        const validated = p.validation?.type === "json" && facts.parses !== undefined ? facts.parses : facts.validated;
        const value = { validated: validated ?? false, ...(facts.content !== undefined ? { content: facts.content } : {}) };
        if (validated === false) {
          const action = p.validation?.onInvalid;
          const invalid = `the value is invalid (${p.validation?.type})`;
          if (action === undefined) {
            step("yes", `${invalid}; Kong documents no default without failure_mode`);
            return done("unknown", p.name, `${invalid} and ${p.name} sets no failure_mode: Kong documents no default (stance: unknown)`);
          }
          if (action === "reject" || action === "skip" || action === "error") {
            step("yes", `${invalid}: ${action}`);
            const what = action === "reject" ? "reject" : action === "skip" ? "skip" : "error";
            return done(what, p.name, `schema validation ${p.name}: ${invalid}, failure action ${action}`);
          }
          const mark = action === "mark" ? markHeader(p, principal) : undefined;
          if (mark) headers[mark[0]] = mark[1];
          step("yes", `${invalid}: ${action}${mark ? ` (header ${mark[0]})` : ""}; nested policies see record.value.validated false`);
        } else {
          step("yes", "the value is valid");
        }
        for (const c of p.children) {
          const r = run(c, { value });
          if (r) return r;
        }
        return undefined;
      }
    }
  };

  for (const p of policies) {
    const r = run(p, {});
    if (r) return r;
  }
  if (unknownBy) return done("unknown", unknownBy, `skip-record policy ${unknownBy} may skip the record: its condition reads the record's content`);
  const applied = steps.filter((s) => s.applies === "yes").map((s) => s.policy);
  return done(pass, null, applied.length ? `no policy refuses or skips the record (applied: ${applied.join(", ")})` : "no policy applies to the record");
}

function holds(c: CompiledCondition | undefined, ctx: Record<string, unknown>, valueGiven: boolean): { holds: "yes" | "no" | "unknown"; note: string } {
  if (!c) return { holds: "yes", note: "" };
  if (!c.program) return { holds: "no", note: ` (its condition is invalid: ${c.invalid})` };
  if (!valueGiven && c.ast && readsContent(c.ast)) return { holds: "unknown", note: "" };
  try {
    return { holds: c.program(ctx) === true ? "yes" : "no", note: "" };
  } catch (e) {
    return { holds: "no", note: ` (it failed to evaluate: ${celSummary(e)})` };
  }
}

/** The condition reads the record's content or schema (`record.value.content`, `record.value.schema`, `record.key`). */
function readsContent(ast: ASTNode): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== "object") return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (!("op" in n)) return;
    const node = n as ASTNode;
    const path = memberPathOf(node);
    if (path && (path.startsWith("record.value.content") || path.startsWith("record.value.schema") || path.startsWith("record.key"))) {
      found = true;
      return;
    }
    if (node.op !== "value" && node.op !== "id") visit(node.args);
  };
  visit(ast);
  return found;
}

/** Checks a request's phase. */
export function recordPhase(value: string): RecordPolicyPhase {
  if (value !== "produce" && value !== "consume") throw new ExplainError(`--record takes produce or consume, not ${JSON.stringify(value)}`);
  return value;
}
