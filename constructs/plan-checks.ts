// Checks of values Terraform resolves later (variables, references): the synth cannot see them, so they become
// Terraform's own custom conditions, a `lifecycle.precondition` on the construct's resource, which fails `terraform
// plan` (or apply, for a value known only then) with the message the synth would have given. Internal module.
import { Aspects, Fn, type IAspect, type IResolvable, Op, TerraformResource, Token, Tokenization } from "cdktf";
import type { IConstruct } from "constructs";
import { MAX_SHOWN_CHARS } from "./text";

interface PlanCheck {
  readonly condition: IResolvable;
  readonly errorMessage: string;
}

const pending = new WeakMap<IConstruct, PlanCheck[]>();
const applied = new WeakSet<TerraformResource>();

/** The id of the resource each construct of this library wraps. */
const RESOURCE_ID = "Default";

/** Adds a construct's pending checks to its resource as preconditions, once, when the stack is synthesized. */
class PlanChecks implements IAspect {
  constructor(private readonly owner: IConstruct) {}

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) || node.node.scope !== this.owner || node.node.id !== RESOURCE_ID || applied.has(node)) return;
    applied.add(node);
    const existing = node.lifecycle?.precondition ?? [];
    node.lifecycle = { ...node.lifecycle, precondition: [...existing, ...(pending.get(this.owner) ?? [])] };
  }
}

/**
 * A string as an argument of a Terraform function: a value that is one token as it is; one with literal parts as
 * join("", [...]) of its parts, the literals escaped for HCL (a template inside a function argument is not something
 * cdktf renders correctly).
 */
export function hclString(value: string): string {
  if (!Token.isUnresolved(value)) return Fn.rawString(escapeHcl(value));
  const fragments = Tokenization.reverseString(value);
  if (fragments.length === 1 && fragments.firstToken) return value;
  const parts: string[] = [];
  fragments.join({
    join: (left: unknown, right: unknown) => {
      if (parts.length === 0) parts.push(part(left));
      parts.push(part(right));
      return right;
    },
  });
  return Fn.join("", parts);
}

function part(v: unknown): string {
  return typeof v === "string" && !Token.isUnresolved(v) ? Fn.rawString(escapeHcl(v)) : Token.asString(v);
}

/**
 * A literal as the body of an HCL string (given to Fn.rawString): backslashes doubled and `%{` escaped; rawString
 * escapes quotes, line breaks and `${` itself (escaping `${` here too would add a `$`).
 */
function escapeHcl(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/%\{/g, () => "%%{");
}

/**
 * A value in an error message as the synth shows it (constructs/text.ts `display`), computed by Terraform: its JSON,
 * or for a string longer than MAX_SHOWN_CHARS its head and "… (N characters)".
 */
function shown(value: unknown): string {
  if (typeof value !== "string") return Fn.jsonencode(value);
  const v = hclString(value);
  const cut = Fn.format(Fn.rawString("%s… (%d characters)"), [Fn.trimsuffix(Fn.jsonencode(Fn.substr(v, 0, MAX_SHOWN_CHARS)), Fn.rawString('"')), Fn.lengthOf(v)]);
  return Fn.conditional(Op.lte(Fn.lengthOf(v), MAX_SHOWN_CHARS), Fn.jsonencode(v), cut) as string;
}

/**
 * Registers a check of a value the synth cannot see: `condition` (built with Fn and Op over the value's token) must
 * hold at plan time, else Terraform stops with `<path>: <field> <value> is invalid: <allowed>`.
 */
export function checkAtPlan(scope: IConstruct, field: string, value: unknown, condition: IResolvable, allowed: string): void {
  let checks = pending.get(scope);
  if (!checks) {
    checks = [];
    pending.set(scope, checks);
    Aspects.of(scope).add(new PlanChecks(scope));
  }
  checks.push({ condition, errorMessage: `${scope.node.path}: ${field} ${shown(value)} is invalid: ${allowed}` });
}

/** HCL: the string matches an RE2 pattern (anchored by the caller). */
export function matches(value: string, pattern: string): IResolvable {
  return Fn.can(Fn.regex(Fn.rawString(pattern), hclString(value)));
}

/**
 * HCL: `min <= x`. The bound goes on the left: cdktf renders a right-hand operand of 0 as `undefined` (`x >= undefined`,
 * which fails the plan), a left-hand one as `0`.
 */
function atLeast(x: unknown, min: number): IResolvable {
  return Op.lte(min, x);
}

/** HCL: the string's length is from min to max. */
export function lengthIn(value: string, min: number, max: number): IResolvable {
  const v = hclString(value);
  const least = atLeast(Fn.lengthOf(v), min);
  return Number.isFinite(max) ? Op.and(least, Op.lte(Fn.lengthOf(v), max)) : least;
}

/** HCL: the number is a whole number from min to max. */
export function wholeIn(value: number, min: number, max: number): IResolvable {
  return Op.and(Op.eq(Fn.floor(value), value), Op.and(atLeast(value, min), Op.lte(value, max)));
}

/** HCL: the value is one of the allowed strings. */
export function oneOfHcl(value: string, allowed: readonly string[]): IResolvable {
  return Fn.contains([...allowed], hclString(value)) as IResolvable;
}
