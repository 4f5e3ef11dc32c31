// Expected failures of the client: a short message for the user, no stack trace, a non-zero exit code.

/** An expected error: the CLI prints `error: <message>` and exits with `exitCode`. Never holds a secret. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Usage errors (unknown command, bad flag) exit with 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}

/** Walks an error's causes (kafkajs wraps errors in `cause`, `originalError` and `retriableError`). */
export function* causes(e: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur !== undefined && cur !== null && !seen.has(cur)) {
    seen.add(cur);
    yield cur;
    const o = cur as { cause?: unknown; originalError?: unknown; retriableError?: unknown };
    cur = o.cause ?? o.originalError ?? o.retriableError;
  }
}

/** The first CliError among an error's causes. */
export function findCliError(e: unknown): CliError | undefined {
  for (const c of causes(e)) if (c instanceof CliError) return c;
  return undefined;
}
