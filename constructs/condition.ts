import { checkAtPlan, hclString, matches } from "./plan-checks";
import { Fn, Op, Token, Tokenization } from "cdktf";
import { IConstruct } from "constructs";
import { checkExpression, type ExpressionScope, type PlaceholderType } from "./expression";
import { ValidationError } from "./validation";

/** Something with a client ID: a Kong Identity client (managed or looked up) or any principal name source. */
export interface IPrincipal {
  /** The name the gateway sees as `context.auth.principal.name`; for Kong Identity tokens, the client ID (`sub`). */
  readonly principalName: string;
}

/** Client authentication types as the gateway names them in `context.auth.type`. */
export type AuthType = "anonymous" | "sasl_plain" | "sasl_scram_sha256" | "sasl_scram_sha512" | "sasl_oauth_bearer";

/** The longest condition Konnect accepts. */
export const MAX_CONDITION_LENGTH = 1000;

/**
 * The length assumed for a value Terraform resolves later when checking a condition's length: the longest Konnect
 * ID (a UUID, or a client ID of at most 36 characters).
 */
export const TOKEN_LENGTH_ESTIMATE = 36;

const UNSAFE = /['"\\\n\r\u2028\u2029]/;
/**
 * The same characters as an RE2 pattern for Terraform's regex(), written as the body of an HCL string (which
 * Fn.rawString passes through): HCL turns the escapes for CR, LF, U+2028 and U+2029 into the characters, and an
 * escaped pair of backslashes into the escaped backslash RE2 reads as one.
 */
const UNSAFE_RE2 = "['\"\\\\\\\\\\r\\n\\u2028\\u2029]";

/**
 * A policy condition: an expression in the gateway's CEL-like language that selects when a policy applies.
 *
 * Build conditions with the typed helpers; every value is put in single quotes and refused if it holds a quote,
 * backslash or line break when a construct renders it (the expression language documents no escaping, so such a
 * value could otherwise change the expression). Values that Terraform resolves later (for example a managed client's ID) are quoted the same way
 * and are IDs Konnect generates. {@link Condition.raw} takes an expression as it is, for experts.
 */
export class Condition {
  /** Applies when the authenticated principal (for OAuth, the token's `sub`: the client ID) is the given one. */
  public static principalIs(principal: IPrincipal | string): Condition {
    const v = { what: "principal", value: principalOf(principal) };
    return new Condition(`context.auth.principal.name == ${quote(v.value)}`, [v]);
  }

  /** Applies when the authenticated principal is any of the given ones. */
  public static principalIn(principals: ReadonlyArray<IPrincipal | string>): Condition {
    if (principals.length === 0) throw new Error("Condition.principalIn needs at least one principal");
    return Condition.or(...principals.map((p) => Condition.principalIs(p)));
  }

  /** Applies when the connection authenticated with the given method. */
  public static authTypeIs(type: AuthType): Condition {
    return new Condition(`context.auth.type == ${quote(type)}`, [{ what: "auth type", value: type }]);
  }

  /** Applies when a record header has the given value (record-level policies such as skip-record). */
  public static recordHeaderEquals(header: string, value: string): Condition {
    return new Condition(`record.headers[${quote(header)}] == ${quote(value)}`, [
      { what: "header name", value: header },
      { what: "header value", value },
    ]);
  }

  /** Applies to records of a topic, as clients name it (`context.topic.name`: produce and consume policies). */
  public static topicIs(topic: string): Condition {
    return new Condition(`context.topic.name == ${quote(topic)}`, [{ what: "topic", value: topic }]);
  }

  /** Applies to records of the topics whose names (as clients name them) start with the prefix. */
  public static topicStartsWith(prefix: string): Condition {
    return new Condition(`context.topic.name.startsWith(${quote(prefix)})`, [{ what: "topic prefix", value: prefix }]);
  }

  /** Applies when a token claim has the given value (`context.auth.token.claims`, runtime 1.1+). */
  public static claimEquals(claim: string, value: string): Condition {
    return new Condition(`context.auth.token.claims[${quote(claim)}] == ${quote(value)}`, [
      { what: "claim name", value: claim },
      { what: "claim value", value },
    ]);
  }

  /**
   * Under a schema validation parent: the record's value passed validation (`record.value.validated`). Only for child
   * policies of a schema validation policy.
   */
  public static recordValid(): Condition {
    return new Condition("record.value.validated");
  }

  /** Under a schema validation parent: the record's value failed validation (`!record.value.validated`). */
  public static recordInvalid(): Condition {
    return new Condition("!record.value.validated");
  }

  /**
   * Under a schema validation parent: a field of the parsed value has the given value, e.g.
   * `recordFieldEquals("customer.tier", "gold")` gives `record.value.content['customer.tier'] == 'gold'` (Kong reads
   * deep fields by their dotted path). Strings are quoted; numbers and booleans are written as they are.
   */
  public static recordFieldEquals(field: string, value: string | number | boolean): Condition {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`Condition.recordFieldEquals needs a finite number, not ${value}`);
    const literal = typeof value === "string" ? quote(value) : String(value);
    const values = [{ what: "record field", value: field }, ...(typeof value === "string" ? [{ what: "record field value", value }] : [])];
    return new Condition(`record.value.content[${quote(field)}] == ${literal}`, values);
  }

  public static and(...conditions: Condition[]): Condition {
    return Condition.join("&&", conditions);
  }

  public static or(...conditions: Condition[]): Condition {
    return Condition.join("||", conditions);
  }

  public static not(condition: Condition): Condition {
    return new Condition(`!(${condition.expression})`, condition.values);
  }

  /** An expression used as it is. You are responsible for its quoting. */
  public static raw(expression: string): Condition {
    return new Condition(expression);
  }

  private static join(op: string, conditions: Condition[]): Condition {
    if (conditions.length === 0) throw new Error(`Condition.${op === "&&" ? "and" : "or"} needs at least one condition`);
    if (conditions.length === 1) return conditions[0];
    return new Condition(
      conditions.map((c) => `(${c.expression})`).join(` ${op} `),
      conditions.flatMap((c) => c.values),
    );
  }

  private constructor(
    /** The expression as Konnect receives it. */
    public readonly expression: string,
    /** The values quoted into it, checked when a construct renders the condition. */
    private readonly values: ReadonlyArray<QuotedValue> = [],
  ) {}

  /** @internal the quoted values, for {@link renderCondition} */
  public get _values(): ReadonlyArray<QuotedValue> {
    return this.values;
  }

  public and(other: Condition): Condition {
    return Condition.and(this, other);
  }

  public or(other: Condition): Condition {
    return Condition.or(this, other);
  }

  public toString(): string {
    return this.expression;
  }
}

function principalOf(p: IPrincipal | string): string {
  return typeof p === "string" ? p : p.principalName;
}

interface QuotedValue {
  readonly what: string;
  readonly value: string;
}

function quote(value: string): string {
  return `'${value}'`;
}

/**
 * Refuses a value that could break out of its quotes in an expression (a quote, backslash or line break). In a value
 * that embeds tokens, the literal parts are checked; what Terraform resolves later cannot be, so check values that
 * reach a condition through a token (e.g. looked-up client IDs) where they are still known.
 */
export function assertSafeConditionValue(scope: IConstruct, field: string, value: string): void {
  const allowed = "a value without quotes, backslashes or line breaks (they could change the expression)";
  const literals = Token.isUnresolved(value) ? Tokenization.reverseString(value).literals.map(String) : [value];
  if (literals.some((l) => UNSAFE.test(l))) throw new ValidationError(scope.node.path, field, value, allowed);
  // What Terraform resolves later is checked when it is known: at plan (or apply), by a precondition.
  if (Token.isUnresolved(value)) checkAtPlan(scope, field, value, Op.not(matches(value, UNSAFE_RE2)), allowed);
}

/**
 * Resolves a condition prop to its expression and checks it: safe quoted values, the length, and the expression
 * itself, parsed and type-checked in the environment of the policy's phase ({@link checkExpression}). Values
 * Terraform resolves later are checked as typed placeholders: inside quotes they are string text, outside quotes a
 * number is an `int` and a string is refused (its text would become part of the expression).
 */
export function renderCondition(scope: IConstruct, condition: Condition | undefined, where: ExpressionScope): string | undefined {
  if (condition === undefined) return undefined;
  for (const { what, value } of condition._values) assertSafeConditionValue(scope, `condition ${what}`, value);
  const expr = condition.expression;
  const { text, placeholders } = withPlaceholders(expr);
  // cdktf cannot write a list into a string: the synth would fail with its own multi-line error.
  if ([...placeholders.values()].includes("list<string>")) {
    throw new ValidationError(scope.node.path, "condition", expr, "no list Terraform resolves later (cdktf cannot write a list into a condition): write its items out, each may be such a value");
  }
  const late = placeholders.size > 0;
  const length = conditionLength(text, placeholders);
  if (length > MAX_CONDITION_LENGTH) {
    const estimated = late ? `, counting ${TOKEN_LENGTH_ESTIMATE} for each value Terraform resolves later` : "";
    throw new ValidationError(scope.node.path, "condition", expr, `at most ${MAX_CONDITION_LENGTH} characters (it has ${length}${estimated})`);
  }
  if (late) {
    const length = Fn.lengthOf(hclString(expr));
    checkAtPlan(scope, "condition", expr, Op.lte(length, MAX_CONDITION_LENGTH), `at most ${MAX_CONDITION_LENGTH} characters (it has ${length})`);
  }
  const checked = checkExpression(text, where, { placeholders, describePlaceholder: () => "a value Terraform resolves later" });
  if (!checked.ok) throw new ValidationError(scope.node.path, "condition", expr, `${checked.message} (${where.phase} phase)`);
  return expr;
}

const STRING_TOKEN = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;
const LIST_TOKEN = /#\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;
const NUMBER_LIKE = /-?\d+(\.\d+)?e\+\d+/g;

/**
 * The expression with each token replaced by an identifier (`__tf0__`, ...), and the types of those identifiers:
 * string, list or number, as cdktf encoded them.
 */
export function withPlaceholders(expr: string): { text: string; placeholders: Map<string, PlaceholderType> } {
  const placeholders = new Map<string, PlaceholderType>();
  // No Token.isUnresolved shortcut: it sees string tokens only, and an expression whose only token is a number or a
  // list would go to the parser as its encoded text (a huge negative number, or "#{TfToken[...]}").
  const next = (type: PlaceholderType) => {
    const id = `__tf${placeholders.size}__`;
    placeholders.set(id, type);
    return id;
  };
  const text = expr
    .replace(STRING_TOKEN, () => next("string"))
    .replace(LIST_TOKEN, () => next("list<string>"))
    .replace(NUMBER_LIKE, (m) => (Tokenization.reverseNumber(Number(m)) ? next("int") : m));
  return { text, placeholders };
}

/**
 * A condition's length from its text with placeholders (withPlaceholders), each value Terraform resolves later
 * counted as {@link TOKEN_LENGTH_ESTIMATE}.
 */
function conditionLength(text: string, placeholders: ReadonlyMap<string, PlaceholderType>): number {
  let length = text.length;
  for (const id of placeholders.keys()) length += TOKEN_LENGTH_ESTIMATE - id.length;
  return length;
}
