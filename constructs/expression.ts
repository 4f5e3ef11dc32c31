// Kong Event Gateway's expression language (policy conditions), parsed and type-checked with a real CEL
// implementation (@marcbachmann/cel-js). What each phase sees is data (EXPRESSION_FIELDS, EXPRESSION_FUNCTIONS), so a
// new policy kind only names its phase. Source: `app/event-gateway/expressions.md` in Kong/developer.konghq.com.
import { Environment } from "@marcbachmann/cel-js";
// cel-js is an ES module: its types are imported in import mode, so that the published declarations also compile in
// consumer projects whose TypeScript resolves like Node (module node16/nodenext), not only with CommonJS defaults.
import type { ASTNode, Environment as CelEnvironment, TypeCheckResult } from "@marcbachmann/cel-js" with { "resolution-mode": "import" };

/** Where a policy runs: cluster policies (ACLs) per connection, produce and consume policies per record. */
export type ExpressionPhase = "cluster" | "produce" | "consume";
export const EXPRESSION_PHASES: readonly ExpressionPhase[] = ["cluster", "produce", "consume"];

/** A field of the evaluation context, as Kong's reference lists it. */
export interface ExpressionField {
  /** Dotted path from the root variable, e.g. `context.auth.principal.name`. */
  readonly path: string;
  /** CEL type: `string`, `bool`, `dyn`, `map<string, string>`, `map<string, dyn>`. */
  readonly type: string;
  readonly phases: readonly ExpressionPhase[];
  /** Present only when the policy runs under schema validation (record.value, record.key). */
  readonly schemaValidationOnly?: boolean;
  readonly description: string;
}

const ALL: readonly ExpressionPhase[] = EXPRESSION_PHASES;
const RECORD: readonly ExpressionPhase[] = ["produce", "consume"];

export const EXPRESSION_FIELDS: readonly ExpressionField[] = [
  { path: "context.auth.type", type: "string", phases: ALL, description: "anonymous, sasl_plain, sasl_scram_sha256, sasl_scram_sha512 or sasl_oauth_bearer" },
  { path: "context.auth.principal.name", type: "string", phases: ALL, description: "the principal: the SASL user name, or the token's sub (a Kong Identity client ID)" },
  { path: "context.auth.token.claims", type: "map<string, dyn>", phases: ALL, description: "all claims of the OAuth bearer token (runtime 1.1+)" },
  { path: "context.topic.name", type: "string", phases: RECORD, description: "the topic, as the client names it" },
  { path: "record.headers", type: "map<string, string>", phases: RECORD, description: "the record's headers" },
  { path: "record.value.content", type: "dyn", phases: RECORD, schemaValidationOnly: true, description: "the parsed record value" },
  { path: "record.value.validated", type: "bool", phases: RECORD, schemaValidationOnly: true, description: "whether the value passed validation" },
  { path: "record.value.schema", type: "map<string, dyn>", phases: RECORD, schemaValidationOnly: true, description: "the value's schema" },
  { path: "record.key.schema", type: "map<string, dyn>", phases: RECORD, schemaValidationOnly: true, description: "the key's schema" },
];

/** A function Kong documents; CEL signatures, with the implementation the explainer evaluates. */
export interface ExpressionFunction {
  readonly name: string;
  /** Overloads CEL's standard library lacks and this module registers; empty when CEL already has the function. */
  readonly register: ReadonlyArray<{ readonly signature: string; readonly handler: (...args: any[]) => unknown }>;
  /** What a user may have meant by a CEL or JavaScript name Kong does not document. */
  readonly insteadOf?: readonly string[];
}

/** Kong's string functions and `has()`: everything else is an unknown function at synth. */
export const EXPRESSION_FUNCTIONS: readonly ExpressionFunction[] = [
  { name: "has", register: [] },
  { name: "startsWith", register: [] },
  { name: "endsWith", register: [] },
  { name: "substring", register: [] },
  {
    name: "includes",
    register: [{ signature: "string.includes(string): bool", handler: (s: string, part: string) => s.includes(part) }],
    insteadOf: ["contains"],
  },
  {
    name: "match",
    // RE2 syntax; evaluated with JavaScript's RegExp (the shared subset; literal patterns are checked for RE2 at synth).
    register: [{ signature: "string.match(string): bool", handler: (s: string, re: string) => compileRegex(re).test(s) }],
    insteadOf: ["matches", "test"],
  },
];

/** Which environment an expression is checked in. */
export interface ExpressionScope {
  readonly phase: ExpressionPhase;
  /** The policy runs under schema validation: `record.value.*` and `record.key.*` exist. @default false */
  readonly schemaValidation?: boolean;
}

/** A value written into the expression that Terraform resolves later, by its type. */
export type PlaceholderType = "string" | "int" | "list<string>";

export interface CheckOptions {
  /**
   * Identifiers that stand for values Terraform resolves later and sit outside quotes, with their types (tokens
   * inside quotes are plain string text and need none).
   */
  readonly placeholders?: ReadonlyMap<string, PlaceholderType>;
  /** How to name a placeholder in a message (e.g. "a value Terraform resolves later"). */
  readonly describePlaceholder?: (id: string) => string;
}

/** An expression that passed the check, with its syntax tree. */
export interface CheckedExpression {
  readonly ok: true;
  readonly ast: ASTNode;
}

/** Why an expression is refused: one line, naming what is wrong where, with a hint when the fix is obvious. */
export interface ExpressionProblem {
  readonly ok: false;
  readonly message: string;
}

function scopeKey(s: ExpressionScope): string {
  return `${s.phase}/${s.schemaValidation ? "schema" : "plain"}`;
}

/** The fields a scope declares. */
export function fieldsOf(scope: ExpressionScope): ExpressionField[] {
  return EXPRESSION_FIELDS.filter((f) => f.phases.includes(scope.phase) && (!f.schemaValidationOnly || scope.schemaValidation));
}

type Schema = { [key: string]: string | Schema };

function schemaOf(fields: readonly ExpressionField[]): Record<string, Schema> {
  const roots: Record<string, Schema> = {};
  for (const f of fields) {
    const [root, ...rest] = f.path.split(".");
    let node = (roots[root] ??= {});
    rest.slice(0, -1).forEach((k) => (node = (node[k] ??= {}) as Schema));
    node[rest[rest.length - 1]] = f.type;
  }
  return roots;
}

function baseEnvironment(): CelEnvironment {
  // Lists may mix types, as claims do. A name that is not declared never reaches CEL's check: the walk in
  // checkExpression refuses it first (and cel-js's unlistedVariablesAreDyn is false by default).
  const env = new Environment({ homogeneousAggregateLiterals: false });
  for (const fn of EXPRESSION_FUNCTIONS) for (const o of fn.register) env.registerFunction(o.signature, o.handler);
  return env;
}

const checkEnvs = new Map<string, CelEnvironment>();
const evalEnvs = new Map<string, CelEnvironment>();

/** The type-checking environment of a scope: its fields as typed variables, Kong's functions registered. */
export function checkEnvironment(scope: ExpressionScope): CelEnvironment {
  const key = scopeKey(scope);
  let env = checkEnvs.get(key);
  if (!env) {
    env = baseEnvironment();
    for (const [name, schema] of Object.entries(schemaOf(fieldsOf(scope)))) env.registerVariable({ name, schema } as never);
    checkEnvs.set(key, env);
  }
  return env;
}

/**
 * The evaluation environment of a scope: the same functions, the root variables as maps (plain objects in, no
 * conversion per call). Only expressions that passed {@link checkExpression} are evaluated, so the types hold.
 */
export function evaluationEnvironment(scope: ExpressionScope): CelEnvironment {
  const key = scopeKey(scope);
  let env = evalEnvs.get(key);
  if (!env) {
    env = baseEnvironment();
    for (const name of Object.keys(schemaOf(fieldsOf(scope)))) env.registerVariable(name, "map");
    evalEnvs.set(key, env);
  }
  return env;
}

/** Parses and type-checks a condition in its phase's environment. */
export function checkExpression(expression: string, scope: ExpressionScope, options: CheckOptions = {}): CheckedExpression | ExpressionProblem {
  const placeholders = options.placeholders ?? new Map<string, PlaceholderType>();
  const describe = options.describePlaceholder ?? (() => "a value Terraform resolves later");
  let env = checkEnvironment(scope);
  if (placeholders.size) {
    env = env.clone();
    for (const [id, type] of placeholders) if (type !== "string") env.registerVariable(id, type);
  }
  let ast: ASTNode;
  try {
    ast = env.parse(expression).ast;
  } catch (e) {
    return problem(e instanceof RangeError ? tooDeep(e) : `syntax error: ${celSummary(e)}${column(e)}`);
  }

  // Our own walk first: it knows phases and likely mistakes, and says so better than a type error can.
  const problems: string[] = [];
  const declared = fieldsOf(scope);
  const hinted = new Set<string>();
  const walk = (n: ASTNode, parent?: ASTNode): void => {
    const path = memberPath(n);
    if (path) {
      const issue = pathIssue(path.segments, declared, scope, n, parent, placeholders, describe);
      // one problem per unquoted value: `svc-reader` is two names, and one fix
      if (issue && !(issue.operand && hinted.has(issue.operand))) problems.push(issue.message);
      if (issue?.operand) hinted.add(issue.operand);
      for (const sub of path.dynamicKeys) walk(sub, n);
      return;
    }
    if (n.op === "call" || n.op === "rcall") {
      const name = n.args[0] as string;
      if (!EXPRESSION_FUNCTIONS.some((f) => f.name === name)) {
        const meant = EXPRESSION_FUNCTIONS.find((f) => f.insteadOf?.includes(name));
        problems.push(`unknown function ${name}()${at(n)}${meant ? `; Kong's is ${meant.name}()` : ""} (Kong has ${EXPRESSION_FUNCTIONS.map((f) => f.name).join(", ")})`);
      }
      if (name === "match" && n.op === "rcall") {
        const pattern = (n.args[2] as ASTNode[])[0];
        if (pattern?.op === "value" && typeof pattern.args === "string") {
          const why = re2Problem(pattern.args);
          if (why) problems.push(`match() pattern ${JSON.stringify(pattern.args)}${at(pattern)}: ${why}`);
        }
      }
    }
    for (const child of children(n)) walk(child, n);
  };
  try {
    walk(ast);
  } catch (e) {
    // thousands of operators in a chain (`a && b && ...`) nest deeper than the call stack; conditions are capped at
    // 1000 characters, a stack read by the explainer is not
    if (e instanceof RangeError) return problem(tooDeep(e));
    throw e;
  }
  if (problems.length) return problem(problems.slice(0, 3).join("; "));

  // cel-js reports a failed check in its result (it does not throw): a CelError, or the engine's RangeError.
  const result: TypeCheckResult = env.check(expression);
  if (!result.valid) {
    const e = result.error;
    if (e instanceof RangeError) return problem(tooDeep(e));
    return problem(objectAsValue(celSummary(e), ast, declared, (e as { range?: { start: number; end: number } }).range) ?? `${celSummary(e)}${column(e)}`);
  }
  if (result.type !== "bool" && result.type !== "dyn") return problem(`a condition must be true or false, this one is of type ${result.type}`);
  return { ok: true, ast };
}

/**
 * CEL refuses an object where a value belongs (`context.auth.principal == 'x'`) with an overload error that names
 * its internal type (`$context.auth.principal`): name the object and its fields instead.
 */
function objectAsValue(summary: string, ast: ASTNode, declared: readonly ExpressionField[], where?: { start: number; end: number }): string | undefined {
  const name = /\$([\w.]+)/.exec(summary)?.[1];
  const fields = declared.filter((f) => f.path.startsWith(`${name}.`)).map((f) => f.path);
  // the object inside the expression CEL refused (`has(context.auth.principal)` before it is fine)
  const found = fields.length ? findPaths(ast, name!) : [];
  const node = found.find((n) => where && n.range.start >= where.start && n.range.end <= where.end) ?? found[0];
  if (!node) return undefined;
  return `${name}${at(node)} is an object, not a value; use ${fields.length === 1 ? "its field" : "one of its fields:"} ${fields.join(", ")}`;
}

/** The nodes whose whole member path is `name` (not a part of a longer one), in source order. */
function findPaths(n: ASTNode, name: string): ASTNode[] {
  const path = memberPath(n);
  if (path?.segments.join(".") === name) return [n];
  return (path ? path.dynamicKeys : children(n)).flatMap((child) => findPaths(child, name));
}

function tooDeep(e: unknown): string {
  return `the condition nests too deeply to check (${celSummary(e)})`;
}

function problem(message: string): ExpressionProblem {
  return { ok: false, message };
}

/**
 * The first line of what cel-js reports: a CelError's summary (its message adds a source excerpt), or the message of
 * an error of the engine itself (a RangeError when an expression nests too deep).
 */
export function celSummary(e: unknown): string {
  const err = e as { summary?: string; message: string };
  return (err.summary ?? err.message).split("\n")[0].trim();
}

/** Where a CelError points (its range; cel-js sets one whenever its node has a position), or nothing. */
function column(e: unknown): string {
  const pos = (e as { range?: { start: number } }).range?.start;
  return typeof pos === "number" ? ` at column ${pos + 1}` : "";
}

function at(n: ASTNode): string {
  return ` at column ${n.range.start + 1}`;
}

function children(n: ASTNode): ASTNode[] {
  const isNode = (x: unknown): x is ASTNode => typeof x === "object" && x !== null && "op" in x;
  const out: ASTNode[] = [];
  const visit = (x: unknown) => {
    if (isNode(x)) out.push(x);
    else if (Array.isArray(x)) x.forEach(visit);
  };
  visit(n.args); // a literal's or an identifier's args hold no nodes
  return out;
}

/** `a.b['c'].d` rooted at an identifier: the segments, and any non-literal index expressions to check on their own. */
function memberPath(n: ASTNode): { segments: string[]; dynamicKeys: ASTNode[] } | undefined {
  const segments: string[] = [];
  const dynamicKeys: ASTNode[] = [];
  let cur: ASTNode = n;
  for (;;) {
    if (cur.op === "id") {
      segments.unshift(cur.args as string);
      return { segments, dynamicKeys };
    }
    if (cur.op === ".") {
      const [obj, key] = cur.args as [ASTNode, string];
      segments.unshift(key);
      cur = obj;
    } else if (cur.op === "[]") {
      const [obj, key] = cur.args as [ASTNode, ASTNode];
      if (key.op === "value" && typeof key.args === "string") segments.unshift(key.args);
      else {
        // a computed key: only the part before it is a path
        segments.length = 0;
        dynamicKeys.push(key);
      }
      cur = obj;
    } else {
      return undefined;
    }
  }
}

function pathIssue(
  segments: string[],
  declared: readonly ExpressionField[],
  scope: ExpressionScope,
  node: ASTNode,
  parent: ASTNode | undefined,
  placeholders: ReadonlyMap<string, PlaceholderType>,
  describe: (id: string) => string,
): { message: string; operand?: string } | undefined {
  // A placeholder roots the path, alone or followed by more (`${prefix}.orders`): name what it stands for, not its ID.
  const placeholder = placeholders.get(segments[0]);
  if (placeholder === "string") {
    return { message: `${describe(segments[0])} stands outside quotes${at(node)}, so its text would become part of the expression; put it in quotes: '...'` };
  }
  if (placeholder) return undefined; // a number or a list: CEL's check types it
  if (fieldCovers(segments, declared)) return undefined;
  const name = segments.join(".");
  const elsewhere = EXPRESSION_FIELDS.find((f) => fieldCovers(segments, [f]));
  if (elsewhere) {
    const field = prefixMatch(segments, elsewhere.path.split(".")) ? name : elsewhere.path;
    if (elsewhere.schemaValidationOnly && elsewhere.phases.includes(scope.phase)) {
      return { message: `${field}${at(node)} exists only in policies that run under schema validation` };
    }
    return { message: `${field}${at(node)} is not available in the ${scope.phase} phase (only in ${elsewhere.phases.join(", ")} policies)` };
  }
  const hint = hintFor(segments, node, parent);
  const known = declared.map((f) => f.path).join(", ");
  const what = segments.length === 1 ? "is not a declared name" : `is not a field of the ${scope.phase} phase`;
  const otherwise = segments.length === 1 ? ` (the ${scope.phase} phase has ${known})` : ` (it has ${known})`;
  return { message: `${name}${at(node)} ${what}${hint?.text ?? otherwise}`, operand: hint?.operand };
}

/** A declared field equals the path or is a prefix of it through a map (a claim, a header), or the path leads to one. */
function fieldCovers(segments: string[], declared: readonly ExpressionField[]): boolean {
  return declared.some((f) => {
    const fp = f.path.split(".");
    if (prefixMatch(segments, fp)) return true; // `context.auth` on the way to a field
    // past the field (not a prefix of it, so longer): into a map or a dyn value, e.g. a claim or a header
    if (fp.every((s, i) => s === segments[i])) return f.type.startsWith("map") || f.type === "dyn";
    return false;
  });
}

/** The segments are the field's path or lead to it (a segment past its end compares with undefined). */
function prefixMatch(segments: string[], fieldPath: string[]): boolean {
  return segments.every((s, i) => s === fieldPath[i]);
}

/** The hint for an unknown path; `operand` is where an unquoted value starts and what it reads, to hint it once. */
function hintFor(segments: string[], node: ASTNode, parent: ASTNode | undefined): { text: string; operand?: string } | undefined {
  const s = segments.join(".");
  if (s === "context.auth.claims" || s.startsWith("context.auth.claims.")) {
    return { text: `; claims are at context.auth.token.claims (${["context.auth.token.claims", ...segments.slice(3)].join(".")})` };
  }
  // (`context.auth.principal` itself leads to a field: the walk lets it through, and objectAsValue names it if CEL's
  // check refuses comparing it)
  if (s.startsWith("context.auth.principal.") || s === "context.principal.name") {
    return { text: "; did you mean context.auth.principal.name?" };
  }
  // a name inside an operand of a comparison (`reader-app`, a dotted topic `orders.v1`): most likely a value someone forgot
  // to quote
  const operand = parent && operandText(node, parent);
  return operand ? { text: `; an unquoted value? write '${operand.text}'`, operand: `${operand.start}:${operand.text}` } : undefined;
}

/** The characters a bare value is likely made of: `-` and `+` parse as operators, `.` as a field access. */
const BARE_WORD = /[\w.\-+:@/]/;

/** The bare-word operand a name is part of (`reader-app` in `x == reader-app`): where it starts, and its text. */
function operandText(node: ASTNode, parent: ASTNode): { start: number; text: string } | undefined {
  const src = node.input;
  // widen from the name to the run of characters a bare value is likely made of
  let start = node.range.start;
  let end = node.range.end;
  while (start > 0 && BARE_WORD.test(src[start - 1])) start--;
  while (end < src.length && BARE_WORD.test(src[end])) end++;
  const text = src.slice(start, end);
  if (/^(context|record)\./.test(text)) return undefined;
  // `x - y` is a hyphenated bare word (`x + y` one with a plus); in `x == y` only when the other side is not already a
  // literal value
  if (parent.op === "-" || parent.op === "+") return { start, text };
  if (["==", "!=", "in"].includes(parent.op as string)) {
    const other = (parent.args as ASTNode[]).find((a) => a !== node);
    return other && other.op !== "value" ? { start, text } : undefined;
  }
  return undefined;
}

const RE2_UNSUPPORTED: ReadonlyArray<[RegExp, string]> = [
  [/\(\?[=!]/, "lookahead (?= ...) is not RE2"],
  [/\(\?<[=!]/, "lookbehind (?<= ...) is not RE2"],
  [/\\[1-9]/, "backreferences (\\1) are not RE2"],
];

function re2Problem(pattern: string): string | undefined {
  for (const [re, why] of RE2_UNSUPPORTED) if (re.test(pattern)) return why;
  try {
    new RegExp(pattern);
  } catch (e) {
    return `not a valid regular expression (${(e as Error).message})`;
  }
  return undefined;
}

const regexCache = new Map<string, RegExp>();
function compileRegex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern);
    regexCache.set(pattern, re);
  }
  return re;
}
