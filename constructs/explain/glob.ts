// Kong matches ACL resource names as globs: `*` any run of characters, `?` one character, `[...]` one of a set
// (`[!...]` none of it). Anything else is itself.

const cache = new Map<string, RegExp>();

/** The glob as an anchored regular expression. */
export function globRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") out += ".*";
    else if (ch === "?") out += ".";
    else if (ch === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) {
        out += "\\[";
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith("!") || body.startsWith("^");
      if (negate) body = body.slice(1);
      out += `[${negate ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
      i = close;
    } else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  re = new RegExp(`^${out}$`, "s");
  cache.set(glob, re);
  return re;
}

export function isGlob(name: string): boolean {
  return /[*?[\]]/.test(name);
}

export function globMatches(glob: string, name: string): boolean {
  return isGlob(glob) ? globRegExp(glob).test(name) : glob === name;
}

// The characters a negated set's sample is taken from, in order of preference: those Kafka allows in topic names.
const SAMPLE_CHARACTERS = "xyz0123456789abcdefghijklmnopqrstuvwABCDEFGHIJKLMNOPQRSTUVWXYZ._-";

/**
 * A concrete name the glob matches, for tables: `*` becomes "other", `?` "x", a set its first member, a negated set
 * the first of x, y, z, digits, letters, `.`, `_`, `-` it lets through (the set left as it is if it excludes them all).
 */
export function sampleOf(glob: string): string {
  return glob
    .replace(/\[([!^]?)([^\]])[^\]]*\]/g, (set: string, negate: string, first: string) => (negate ? ([...SAMPLE_CHARACTERS].find((c) => globRegExp(set).test(c)) ?? set) : first))
    .replace(/\*/g, "other")
    .replace(/\?/g, "x");
}
