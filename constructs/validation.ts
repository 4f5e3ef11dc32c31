// Validation helpers of the constructs. Internal: the package root exports only ValidationError from here.
import { checkAtPlan, lengthIn, matches, oneOfHcl, wholeIn } from "./plan-checks";
import { display } from "./text";
import { DefaultTokenResolver, Op, StringConcat, TerraformStack, Token, Tokenization } from "cdktf";
import { Construct, IConstruct } from "constructs";

/** A synth-time validation failure: names the construct path, the field, the bad value and what is allowed. */
export class ValidationError extends Error {
  constructor(
    public readonly path: string,
    public readonly field: string,
    public readonly value: unknown,
    public readonly allowed: string,
  ) {
    super(`${path}: ${field} ${display(value)} is invalid: ${allowed}`);
    this.name = "ValidationError";
  }
}

/** True when the value (or any part of it) is a token that Terraform resolves later: such values are not checked. */
export function unresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

export function fail(scope: IConstruct, field: string, value: unknown, allowed: string): never {
  throw new ValidationError(scope.node.path, field, asWritten(scope, value), allowed);
}

/**
 * A value as the stack writes it: a value Terraform resolves later as its expression (`${var.team} read`,
 * `${var.topics}`), not cdktf's token text; as given when it cannot be resolved here.
 */
function asWritten(scope: IConstruct, value: unknown): unknown {
  if (!unresolved(value)) return value;
  try {
    return resolved(TerraformStack.of(scope), value);
  } catch {
    return value;
  }
}

export function check(scope: IConstruct, ok: boolean, field: string, value: unknown, allowed: string): void {
  if (!ok) fail(scope, field, value, allowed);
}

export function oneOf<T extends string>(scope: IConstruct, field: string, value: T | undefined, allowed: readonly T[]): void {
  if (value === undefined) return;
  if (unresolved(value)) return checkAtPlan(scope, field, value, oneOfHcl(value, allowed), `one of ${allowed.join(", ")}`);
  check(scope, allowed.includes(value), field, value, `one of ${allowed.join(", ")}`);
}

export function lengthBetween(scope: IConstruct, field: string, value: string | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (unresolved(value)) return checkAtPlan(scope, field, value, lengthIn(value, min, max), describeLength(min, max));
  check(scope, value.length >= min && value.length <= max, field, value, describeLength(min, max));
}

/** A string with at least one character. */
export function nonEmpty(scope: IConstruct, field: string, value: string | undefined): void {
  lengthBetween(scope, field, value, 1, Infinity);
}

/** A length range in words: "non-empty", "at most 512 characters", "1-63 characters". */
function describeLength(min: number, max: number): string {
  if (max === Infinity) return min <= 1 ? "non-empty" : `at least ${min} characters`;
  if (min === 0) return `at most ${max} characters`;
  return `${min}-${max} characters`;
}

export function intBetween(scope: IConstruct, field: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (unresolved(value)) return checkAtPlan(scope, field, value, wholeIn(value, min, max), `an integer from ${min} to ${max}`);
  check(scope, Number.isInteger(value) && value >= min && value <= max, field, value, `an integer from ${min} to ${max}`);
}

const RESERVED_LABEL_PREFIXES = ["kong", "konnect", "mesh", "kic", "_"];

/** Konnect labels: keys of 1-63 characters that do not start with kong, konnect, mesh, kic or _. */
export function validateLabels(scope: IConstruct, labels: Record<string, string> | undefined): void {
  if (!labels || unresolved(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    const allowed = `label keys have 1-63 characters and do not start with ${RESERVED_LABEL_PREFIXES.join(", ")}`;
    check(scope, key.length >= 1 && key.length <= 63, "labels", key, allowed);
    check(scope, !RESERVED_LABEL_PREFIXES.some((p) => key.toLowerCase().startsWith(p)), "labels", key, allowed);
    if (!unresolved(value)) lengthBetween(scope, `labels.${key}`, value, 1, 63);
  }
}

/** The fields every Konnect object shares: name (1-255 characters), description (at most 512), labels. */
export function validateCommon(
  scope: IConstruct,
  name: string,
  props: { readonly description?: string; readonly labels?: Record<string, string> },
): void {
  lengthBetween(scope, "name", name, 1, 255);
  lengthBetween(scope, "description", props.description, 0, 512);
  validateLabels(scope, props.labels);
}

/** An RFC 1035 label's characters (the same pattern in JavaScript and in Terraform's RE2). */
const DNS_LABEL = /[a-z0-9]([-a-z0-9]*[a-z0-9])?/;

/** RFC 1035 label: 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit. */
export function validateDnsLabel(scope: IConstruct, field: string, value: string): void {
  const allowed = "1-63 lowercase letters, digits or '-', starting and ending with a letter or digit (RFC 1035 label)";
  if (unresolved(value)) return checkAtPlan(scope, field, value, Op.and(lengthIn(value, 1, 63), matches(value, `^${DNS_LABEL.source}$`)), allowed);
  check(scope, value.length >= 1 && value.length <= 63 && new RegExp(`^${DNS_LABEL.source}$`).test(value), field, value, allowed);
}

/**
 * Remembers names per owner (a gateway, a virtual cluster) and kind, so two objects of a kind cannot share a name
 * within their owner. Kept beside the owner, not on it, so the public interfaces carry no bookkeeping.
 */
export class NameRegistry {
  private static readonly registries = new WeakMap<IConstruct, NameRegistry>();

  /** The registry of an owner, made on first use; `owner` in errors is e.g. "this gateway". */
  public static of(owner: IConstruct, ownerName: string): NameRegistry {
    let r = NameRegistry.registries.get(owner);
    if (!r) NameRegistry.registries.set(owner, (r = new NameRegistry(ownerName)));
    return r;
  }

  private readonly names = new Map<string, string>();

  private constructor(private readonly ownerName: string) {}

  /** Claims a name among the `kinds` (plural, e.g. "listeners") of the owner; fails when another object has it. */
  public claim(scope: IConstruct, kinds: string, name: string): void {
    if (unresolved(name)) return;
    const key = `${kinds}\u0000${name}`;
    const other = this.names.get(key);
    if (other !== undefined) {
      fail(scope, "name", name, `unique among the ${kinds} of ${this.ownerName}; ${other} already uses it`);
    }
    this.names.set(key, scope.node.path);
  }
}

/**
 * Whether two objects belong to the same gateway, by their gateway IDs: equal IDs (the same literal, or the same
 * Terraform reference) are the same gateway; two literals or two references that differ are not. A literal and a
 * reference cannot be compared at synth time and count as the same.
 */
export function sameGateway(a: { readonly gatewayId: string }, b: { readonly gatewayId: string }): boolean {
  return sameById(a, b, "gatewayId");
}

/** Whether two virtual clusters are the same, by their IDs, as {@link sameGateway} compares gateways. */
export function sameVirtualCluster(a: { readonly virtualClusterId: string }, b: { readonly virtualClusterId: string }): boolean {
  return sameById(a, b, "virtualClusterId");
}

function sameById<K extends string>(a: { readonly [k in K]: string }, b: { readonly [k in K]: string }, key: K): boolean {
  if (a === b || a[key] === b[key]) return true;
  if (unresolved(a[key]) && unresolved(b[key]) && sameReference(a, b, key)) return true;
  return unresolved(a[key]) !== unresolved(b[key]);
}

/** Two references (each read of an attribute is a new token) that resolve to the same expression in one stack. */
function sameReference(a: object, b: object, key: string): boolean {
  if (!Construct.isConstruct(a) || !Construct.isConstruct(b)) return false;
  const stack = TerraformStack.of(a);
  if (stack !== TerraformStack.of(b)) return false;
  const text = (o: object) => JSON.stringify(resolved(stack, (o as unknown as Record<string, string>)[key]));
  return text(a) === text(b);
}

/** The expression a value resolves to in a stack (each read of an attribute is a new token; this is not). */
function resolved(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: stack, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) });
}

/**
 * What identifies an object by its ID (a listener by its listener ID), the same for every import of it: a literal ID
 * stands for itself within the app; a Terraform reference for the expression it resolves to in the owner's stack.
 */
export function identityOf(owner: IConstruct, id: string): string {
  if (!unresolved(id)) return `id ${id}`;
  const stack = TerraformStack.of(owner);
  return `reference ${stack.node.path} ${JSON.stringify(resolved(stack, id))}`;
}
