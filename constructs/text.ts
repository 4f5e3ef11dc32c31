// Values and messages shown to a user in an error line: bounded, escaped, one line. Internal (not exported from
// the package root); the app, the client and the stand-in's tools use it too, so every error line follows one rule.

/** The most characters of a value an error line shows before cutting it: a head, then "… (N characters)". */
export const MAX_SHOWN_CHARS = 80;
/** The most items of a list an error line shows: the first ones, then "… (N items)". */
export const MAX_SHOWN_ITEMS = 5;
/** The longest whole error line; longer ones are cut the same way. */
export const MAX_LINE_CHARS = 1000;

/**
 * Characters that would break the line or hide text in a terminal: C0 and C1 controls, DEL, the Unicode line and
 * paragraph separators (U+2028, U+2029), zero-width and bidirectional formatting characters, and the BOM.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Escapes what {@link UNPRINTABLE} matches as \n, \r, \t or \uXXXX; everything else is kept. */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/** The first n UTF-16 units of a string, one less when that would split a surrogate pair. */
function head(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/**
 * A value as an error line shows it: JSON (strings quoted), escaped so it stays on one line, and bounded. A string
 * longer than maxChars shows its head and "… (N characters)"; a list of more than MAX_SHOWN_ITEMS shows its first
 * items and "… (N items)"; anything else is its JSON text, cut the same way as a string.
 */
export function display(value: unknown, maxChars = MAX_SHOWN_CHARS): string {
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_SHOWN_ITEMS).map((v) => display(v, Math.min(maxChars, 40)));
    return value.length > MAX_SHOWN_ITEMS ? `[${items.join(",")}… (${value.length} items)` : `[${items.join(",")}]`;
  }
  if (typeof value === "string") {
    if (value.length <= maxChars) return escapeUnprintable(JSON.stringify(value));
    return `${escapeUnprintable(JSON.stringify(head(value, maxChars)).slice(0, -1))}… (${value.length} characters)`;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length <= maxChars ? escapeUnprintable(text) : `${escapeUnprintable(head(text, maxChars))}… (${text.length} characters)`;
}

/** A message as one bounded line: unprintable characters escaped, cut after MAX_LINE_CHARS. */
export function oneLine(message: string, maxChars = MAX_LINE_CHARS): string {
  const text = message.length <= maxChars ? message : `${head(message, maxChars)}… (${message.length} characters)`;
  return escapeUnprintable(text);
}

/** A literal string as Terraform must receive it to keep it literal: `${` and `%{` doubled. */
export function escapeTemplate(value: string): string {
  return value.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** The literal text Terraform makes of an escaped string (what {@link escapeTemplate} undoes): `$${` and `%%{` single. */
export function unescapeTemplate(value: string): string {
  return value.replace(/\$\$\{/g, () => "${").replace(/%%\{/g, () => "%{");
}

/**
 * The names closest to an input that is none of them, for a "did you mean" hint, closest first (ties in the names'
 * order), at most `max`. Compared in lower case with only letters and digits kept (so `--topics` is close to
 * `--topic`, `init_producer_id` to `InitProducerId`); a name is close when it is at most one edit away per four
 * characters of the input (at least one; an edit inserts, deletes or replaces a character or swaps two neighbours),
 * or when one of the two contains the other and both have four characters or more.
 */
export function closestNames(input: string, names: readonly string[], max = MAX_SHOWN_ITEMS): string[] {
  const k = comparableName(input);
  if (k === "") return [];
  const limit = Math.max(1, Math.floor(k.length / 4));
  const close: Array<{ name: string; distance: number }> = [];
  names.forEach((name) => {
    const n = comparableName(name);
    const distance = editDistance(k, n);
    const contains = Math.min(k.length, n.length) >= 4 && (n.includes(k) || k.includes(n));
    if (distance <= limit || contains) close.push({ name, distance });
  });
  // a stable sort: equally close names stay in the names' order
  return close.sort((a, b) => a.distance - b.distance).slice(0, max).map((c) => c.name);
}

/** A name as closestNames compares it: lower case, letters and digits only (`KEGW_GATEWAY_NAME` is `kegwgatewayname`). */
export function comparableName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** "did you mean a?", "did you mean a or b?", "did you mean a, b or c?"; "" for no names. */
export function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return "";
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return `did you mean ${list}?`;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn a into b: the optimal string alignment distance. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
