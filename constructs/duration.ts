// One type for lengths of time, in the style of aws-cdk's Duration: made with a unit (`Duration.seconds(30)`), and
// rendered by each construct in the form its provider field fixes (whole seconds, or a Go duration string).
import { IConstruct } from "constructs";
import { ValidationError } from "./validation";

const UNITS: ReadonlyArray<readonly [string, number]> = [
  ["h", 3_600_000],
  ["m", 60_000],
  ["s", 1000],
  ["ms", 1],
];
const GO_UNITS: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, "µs": 0.001, ns: 0.000001 };

/** A length of time. */
export class Duration {
  public static millis(amount: number): Duration {
    return new Duration(amount, 1, "ms");
  }

  public static seconds(amount: number): Duration {
    return new Duration(amount, 1000, "s");
  }

  public static minutes(amount: number): Duration {
    return new Duration(amount, 60_000, "m");
  }

  public static hours(amount: number): Duration {
    return new Duration(amount, 3_600_000, "h");
  }

  public static days(amount: number): Duration {
    return new Duration(amount, 86_400_000, "d");
  }

  /**
   * A Go duration such as `500ms`, `1s`, `30m` or `1h30m` (the form the gateway's own duration fields take), for
   * settings written as text. Throws a one-line error naming the text.
   */
  public static parse(text: string): Duration {
    const t = text.trim();
    const part = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/y;
    let ms = 0;
    let matched = 0;
    while (matched < t.length) {
      part.lastIndex = matched;
      const m = part.exec(t);
      if (!m) break;
      ms += Number(m[1]) * GO_UNITS[m[2]!]!;
      matched = part.lastIndex;
    }
    if (t.length === 0 || matched !== t.length) {
      throw new Error(`duration ${JSON.stringify(text)} is invalid: a number and a unit (ms, s, m, h), e.g. 500ms, 1s, 10m, 1h30m`);
    }
    return new Duration(ms, 1, "ms");
  }

  private readonly ms: number;

  private constructor(
    private readonly amount: number,
    unitMs: number,
    private readonly unit: string,
  ) {
    if (!Number.isFinite(amount) || amount < 0) {
      throw new Error(`Duration ${amount} ${unit}: a finite, non-negative amount`);
    }
    this.ms = amount * unitMs;
  }

  public toMilliseconds(): number {
    return this.ms;
  }

  /** In seconds (may have a fraction). */
  public toSeconds(): number {
    return this.ms / 1000;
  }

  /** A Go duration string in the largest unit that expresses it exactly: `1s`, `90m`, `500ms`. */
  public toGoDuration(): string {
    for (const [unit, size] of UNITS) {
      if (this.ms === 0) return "0s";
      if (this.ms % size === 0) return `${this.ms / size}${unit}`;
    }
    return `${this.ms * 1000}us`;
  }

  /** As given, e.g. `30 s`, `1 h`. */
  public toString(): string {
    return `${this.amount} ${this.unit}`;
  }
}

/**
 * A duration prop as whole seconds within a range, for provider fields in seconds; undefined stays undefined. Fails
 * with the construct path, the field and the range in words.
 */
export function wholeSeconds(scope: IConstruct, field: string, d: Duration | undefined, min: Duration, max: Duration): number | undefined {
  if (d === undefined) return undefined;
  const s = d.toSeconds();
  if (!Number.isInteger(s) || s < min.toSeconds() || s > max.toSeconds()) {
    throw new ValidationError(scope.node.path, field, d.toString(), `whole seconds from ${min} to ${max}`);
  }
  return s;
}

/** A duration prop as a Go duration string of at least min, for provider fields that take one. */
export function goDuration(scope: IConstruct, field: string, d: Duration | undefined, min: Duration): string | undefined {
  if (d === undefined) return undefined;
  if (d.toMilliseconds() < min.toMilliseconds()) throw new ValidationError(scope.node.path, field, d.toString(), `at least ${min}`);
  return d.toGoDuration();
}
