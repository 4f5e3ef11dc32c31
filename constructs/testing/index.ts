// Jest matchers for users' tests (package subpath `./testing`): `expect.extend(explainMatchers)`, then
// `expect(synthesized).toAllow({ client: "reader", operation: "read", topic: "orders" })` or `toDeny(...)`.
// `synthesized` is a stack's cdk.tf.json as an object or as the string `Testing.synth(stack)` returns. Nothing here
// imports jest: the matchers are plain functions jest calls with its matcher context.
import { Explainer, type AccessRequest, type Decision, type ExplainOptions } from "../explain";

/** What jest passes as `this` to a matcher (the part these matchers use). */
export interface MatcherContext {
  readonly isNot?: boolean;
}

export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** A request, with explainer options (an outputs file, other stances) when needed. */
export type ExpectedAccess = AccessRequest & { readonly options?: ExplainOptions };

const explainers = new WeakMap<object, Map<string, Explainer>>();
const fromStrings = new Map<string, object>();

/** One explainer per synthesized stack and options, so a test file's many assertions evaluate compiled conditions. */
export function explainerFor(synthesized: unknown, options: ExplainOptions = {}): Explainer {
  if (synthesized instanceof Explainer) return synthesized;
  let json: object;
  if (typeof synthesized === "string") {
    let cached = fromStrings.get(synthesized);
    if (!cached) {
      cached = JSON.parse(synthesized) as object;
      fromStrings.set(synthesized, cached);
    }
    json = cached;
  } else if (synthesized && typeof synthesized === "object") json = synthesized;
  else throw new TypeError("expected a synthesized stack: the JSON of Testing.synth(stack), or its parsed object");
  let byOptions = explainers.get(json);
  if (!byOptions) explainers.set(json, (byOptions = new Map()));
  const key = JSON.stringify(options);
  let ex = byOptions.get(key);
  if (!ex) byOptions.set(key, (ex = new Explainer(json, options)));
  return ex;
}

function describeRequest(d: Decision): string {
  const who = d.client ?? d.principal;
  return d.request ? `${who} ${d.request} (${d.checks?.map((c) => `${c.resourceType} ${c.operation} ${JSON.stringify(c.resourceName)}`).join(", ")})` : `${who} ${d.operation} ${d.resourceType} ${JSON.stringify(d.resourceName)}`;
}

function because(d: Decision): string {
  return `${d.decision.toUpperCase()}: ${d.reason}${d.policy ? ` [${d.policy} ${d.rule}]` : ""}`;
}

function matcher(expected: "allow" | "deny") {
  return function (this: MatcherContext | undefined, synthesized: unknown, access: ExpectedAccess): MatcherResult {
    const { options, ...req } = access;
    const d = explainerFor(synthesized, options).decide(req);
    const pass = d.decision === expected;
    const verb = expected === "allow" ? "allowed" : "denied";
    return {
      pass,
      message: () =>
        pass
          ? `expected ${describeRequest(d)} not to be ${verb}, but it is: ${because(d)}`
          : `expected ${describeRequest(d)} to be ${verb}, but it is not: ${because(d)}`,
    };
  };
}

/** `expect.extend(explainMatchers)` */
export const explainMatchers = {
  toAllow: matcher("allow"),
  toDeny: matcher("deny"),
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The synthesized stack's policies allow this access (see the explainer). */
      toAllow(access: ExpectedAccess): R;
      /** The synthesized stack's policies deny this access. */
      toDeny(access: ExpectedAccess): R;
    }
  }
}
