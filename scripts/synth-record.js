// Preloaded into the app (`node --require`) by scripts/stack.js to learn what its synthesis depends on: the environment
// variables it reads, the files and directories it touches (with their signatures taken before the first touch), and
// the modules it loads. It also notes what makes a synthesis impossible to reuse: starting a process, opening a network
// connection, a worker, listing the whole environment or a directory tree. At exit it writes all that to
// `<KEGW_SYNTH_RECORD>.<pid>` (an app command may run several node processes: each writes its own);
// scripts/synth-cache.js merges them and compares the result on the next run. It changes nothing the app sees, except that process.env
// is a proxy, and that the app's own children do not load it.
"use strict";
const cache = require("./synth-cache");

const out = process.env.KEGW_SYNTH_RECORD;
if (out) install(out);

function install(out) {
  delete process.env.KEGW_SYNTH_RECORD;
  // The app's children (tsc, a lookup child) are not recorded: starting them already makes the synthesis unreusable.
  const stripped = cache.withoutPreload(process.env.NODE_OPTIONS);
  if (stripped === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = stripped;

  const fs = require("node:fs");
  const path = require("node:path");
  const outdir = process.env.CDKTF_OUTDIR ? path.resolve(process.env.CDKTF_OUTDIR) : undefined;
  const files = new Map(); // absolute path -> signature before the first touch
  const envValues = new Map(); // variable -> digest of its value at the first read
  // Read by Node itself, outside process.env (os.homedir(), os.tmpdir(), module resolution): always inputs.
  for (const k of cache.ALWAYS_READ) envValues.set(k, cache.digest(process.env[k]));
  let unreusable;
  const refuse = (why) => {
    unreusable ??= why;
  };

  const touch = (p) => {
    let abs;
    if (typeof p === "string") abs = path.resolve(p);
    else if (Buffer.isBuffer(p)) abs = path.resolve(p.toString());
    else if (p instanceof URL && p.protocol === "file:") abs = require("node:url").fileURLToPath(p);
    else return; // a file descriptor: its path was recorded when it was opened
    // The synthesis directory is the output, checked by content; the app writing there changes its signatures.
    if (outdir && (abs === outdir || abs.startsWith(outdir + path.sep))) return;
    if (!files.has(abs)) files.set(abs, cache.signature(abs));
  };
  const wrap = (obj, names, before) => {
    for (const name of names) {
      const orig = obj[name];
      if (typeof orig !== "function") continue;
      obj[name] = function (...args) {
        before(args);
        return orig.apply(this, args);
      };
      Object.defineProperties(obj[name], Object.getOwnPropertyDescriptors(orig));
    }
  };

  const READS = ["readFile", "stat", "lstat", "readdir", "open", "access", "exists", "opendir", "readlink", "realpath", "createReadStream", "statfs"];
  // A recursive listing depends on every directory below: not recorded, so not reusable.
  const recursive = (a) => a.some((o) => o && typeof o === "object" && o.recursive === true);
  const onRead = (a) => {
    touch(a[0]);
    if (recursive(a)) refuse("the app listed a directory recursively");
  };
  wrap(fs, [...READS, ...READS.map((n) => `${n}Sync`)], onRead);
  wrap(fs.promises, READS, onRead);
  // copyFile/cp read their source
  wrap(fs, ["copyFile", "copyFileSync", "cp", "cpSync"], (a) => touch(a[0]));

  const childProcess = require("node:child_process");
  wrap(childProcess, ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"], () => refuse("the app started a process"));
  const net = require("node:net");
  wrap(net.Socket.prototype, ["connect"], () => refuse("the app opened a network connection"));
  wrap(require("node:dgram"), ["createSocket"], () => refuse("the app opened a network socket"));
  const workers = require("node:worker_threads");
  const RealWorker = workers.Worker;
  workers.Worker = class extends RealWorker {
    constructor(...args) {
      refuse("the app started a worker");
      super(...args);
    }
  };

  const real = process.env;
  const read = (k) => {
    if (typeof k === "string" && !envValues.has(k)) envValues.set(k, cache.digest(real[k]));
  };
  process.env = new Proxy(real, {
    get: (t, k) => (read(k), Reflect.get(t, k)),
    has: (t, k) => (read(k), Reflect.has(t, k)),
    getOwnPropertyDescriptor: (t, k) => (read(k), Reflect.getOwnPropertyDescriptor(t, k)),
    ownKeys: (t) => (refuse("the app listed the whole environment"), Reflect.ownKeys(t)),
  });

  process.on("exit", () => {
    // Modules that loaded without a public fs call (ES modules, native add-ons): their signature now; and the
    // install record of every node_modules they came from (npm rewrites it on each install).
    for (const m of Object.keys(require.cache)) {
      touch(m);
      const i = m.indexOf(`${path.sep}node_modules${path.sep}`);
      if (i >= 0) touch(path.join(m.slice(0, i), "node_modules", ".package-lock.json"));
    }
    const record = {
      unreusable,
      env: Object.fromEntries([...envValues].sort(([a], [b]) => (a < b ? -1 : 1))),
      files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    // One record per process (an app command may run several node processes); never the app's failure.
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(`${out}.${process.pid}`, JSON.stringify(record));
    } catch {
      // no record: the synthesis is not kept for reuse
    }
  });
}
