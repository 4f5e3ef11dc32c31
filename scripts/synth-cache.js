// The fast path's synthesis cache (scripts/stack.js): a synthesis is reused only when everything it was made from is
// unchanged. The app runs with scripts/synth-record.js preloaded, which records the environment variables it read
// (as digests, never values: a token is read there), the signature of every file and directory it touched and every
// module it loaded, and whether it did anything a record cannot capture (a process, a network connection, a worker,
// listing the whole environment): then nothing is kept. The record, with the digests of the synthesized files, is
// `.kegw-synth.json` in the synthesis directory. The next run reuses the synthesis when the app command, every
// recorded variable, every signature and every synthesized file still match; otherwise the app runs as always.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

// The original: the recorder wraps fs.statSync in the app's process, and takes signatures with this one.
const statSync = fs.statSync;

const RECORD = ".kegw-synth.json";
/**
 * Variables Node reads itself, outside process.env, that can change what an app loads or finds: the home and temp
 * directories (os.homedir(), os.tmpdir()) and the module search path. Always part of a record.
 */
const ALWAYS_READ = ["HOME", "USERPROFILE", "TMPDIR", "TMP", "TEMP", "NODE_PATH"];
/** Why check() refuses when there is no record at all. */
const NO_RECORD = "no earlier synthesis recorded";
const VERSION = 1;
const PRELOAD = path.join(__dirname, "synth-record.js");
const PRELOAD_FLAG = `--require ${JSON.stringify(PRELOAD)}`;

/** A value's digest (undefined: unset). */
function digest(value) {
  return value === undefined ? null : crypto.createHash("sha256").update(String(value)).digest("hex");
}

/**
 * What identifies a file's or directory's content without reading it: kind, size, inode, modification and change
 * times (any write changes the change time; a directory's times change when an entry is added, removed or renamed).
 */
function signature(abs) {
  let st;
  try {
    st = statSync(abs, { bigint: true });
  } catch {
    return "missing";
  }
  return `${st.isDirectory() ? "d" : "f"}:${st.size}:${st.ino}:${st.mtimeNs}:${st.ctimeNs}`;
}

/** NODE_OPTIONS with the recorder preloaded. */
function withPreload(nodeOptions) {
  return nodeOptions ? `${nodeOptions} ${PRELOAD_FLAG}` : PRELOAD_FLAG;
}

/** NODE_OPTIONS as it was before withPreload (undefined when it was unset). */
function withoutPreload(nodeOptions) {
  if (nodeOptions === PRELOAD_FLAG) return undefined;
  return nodeOptions?.endsWith(` ${PRELOAD_FLAG}`) ? nodeOptions.slice(0, -PRELOAD_FLAG.length - 1) : nodeOptions;
}

function fileDigest(file) {
  try {
    return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } catch {
    return null;
  }
}

/** The files a synthesis consists of: the manifest and every stack file it names. */
function synthesizedFiles(outdir, stacks) {
  return ["manifest.json", ...stacks.map((s) => s.synthesizedStackPath)];
}

class SynthCache {
  constructor(outdir) {
    this.outdir = outdir;
    this.file = path.join(outdir, RECORD);
    // The recorder in each of the app's node processes writes `<pending>.<its pid>`.
    this.pending = path.join(outdir, `${RECORD}.${process.pid}.pending`);
  }

  /**
   * Whether the synthesis in the directory can be reused for this app command and environment: "" when it can, else
   * why not (for the progress line).
   */
  check(app, env) {
    let rec;
    try {
      rec = JSON.parse(fs.readFileSync(this.file, "utf8"));
    } catch {
      return NO_RECORD;
    }
    if (rec.version !== VERSION || rec.app !== app) return "the app command changed";
    for (const [k, d] of Object.entries(rec.env)) if (digest(env[k]) !== d) return `${k} changed`;
    for (const [f, sig] of Object.entries(rec.files)) if (signature(f) !== sig) return `${path.relative(process.cwd(), f) || f} changed`;
    for (const [f, d] of Object.entries(rec.outputs)) if (fileDigest(path.join(this.outdir, f)) !== d) return `${f} was changed or removed`;
    return "";
  }

  /** Forgets the record (before the app runs, so that a failed synthesis leaves none). */
  clear() {
    fs.rmSync(this.file, { force: true });
    for (const f of this.pendingFiles()) fs.rmSync(f, { force: true });
  }

  pendingFiles() {
    const base = path.basename(this.pending) + ".";
    try {
      return fs.readdirSync(this.outdir).filter((f) => f.startsWith(base)).map((f) => path.join(this.outdir, f));
    } catch {
      return [];
    }
  }

  /** The environment the app runs with: the recorder preloaded, writing to a pending record. */
  recordingEnv(env) {
    return { ...env, KEGW_SYNTH_RECORD: this.pending, NODE_OPTIONS: withPreload(env.NODE_OPTIONS) };
  }

  /**
   * After a successful synthesis: keeps the record with the synthesized files' digests. Returns why nothing was kept
   * ("" when it was).
   */
  save(app, stacks) {
    const files = this.pendingFiles();
    const records = [];
    try {
      for (const f of files) records.push(JSON.parse(fs.readFileSync(f, "utf8")));
    } catch {
      return "a record of the app could not be read";
    } finally {
      for (const f of files) fs.rmSync(f, { force: true });
    }
    if (records.length === 0) return "the app left no record (not a Node.js app, or it did not exit normally)";
    const env = {};
    const inputs = {};
    for (const rec of records) {
      if (rec.unreusable) return rec.unreusable;
      for (const [k, d] of Object.entries(rec.env)) {
        // two processes that saw different values of one variable (one set it for the other): not reusable
        if (k in env && env[k] !== d) return `${k} differed between the app's processes`;
        env[k] = d;
      }
      for (const [f, sig] of Object.entries(rec.files)) {
        if (f in inputs && inputs[f] !== sig) return `${f} changed while the app ran`;
        inputs[f] = sig;
      }
    }
    const outputs = Object.fromEntries(synthesizedFiles(this.outdir, stacks).map((f) => [f, fileDigest(path.join(this.outdir, f))]));
    fs.writeFileSync(this.file, JSON.stringify({ version: VERSION, app, env, files: inputs, outputs }));
    return "";
  }
}

module.exports = { SynthCache, ALWAYS_READ, NO_RECORD, RECORD, digest, signature, withPreload, withoutPreload };
