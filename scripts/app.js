// The app cdktf.json names (`npm run synth|diff|deploy|destroy` and `npx cdktf ...` both run it): compiles the
// project with `tsc -b` only when a source is newer than the last build, then runs dist/main.js in this process.
// An up-to-date `tsc -b` still costs a TypeScript start-up (0.3 s or more); comparing modification times costs ~5 ms.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const STAMP = path.join(ROOT, "dist", ".build-stamp");

/** The newest modification time (ms) of the files tsc -b compiles from (tsconfig.json's include) and its config. */
function newestSource() {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"));
  let newest = Math.max(...["tsconfig.json", "package.json"].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs));
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      newest = Math.max(newest, st.mtimeMs); // a file removed or renamed
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else if (p.endsWith(".ts") || p.endsWith(".json")) newest = Math.max(newest, st.mtimeMs);
  };
  for (const inc of tsconfig.include) walk(path.join(ROOT, inc.replace(/\/?\*\*.*$/, "")));
  return newest;
}

/** Compiles the project unless dist/ is newer than every source. Returns false when tsc failed. */
function ensureBuilt() {
  let built = 0;
  try {
    built = fs.statSync(STAMP).mtimeMs;
  } catch {
    // never built through here
  }
  if (built > newestSource()) return true;
  const started = new Date();
  const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-b", "tsconfig.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (tsc.status !== 0) return false;
  // The stamp carries the build's start time: a source saved during the build makes the next run build again.
  fs.writeFileSync(STAMP, "");
  fs.utimesSync(STAMP, started, started);
  return true;
}

module.exports = { ensureBuilt };

if (require.main === module) {
  if (!ensureBuilt()) {
    console.error("error: the TypeScript build failed (above)");
    process.exit(1);
  }
  require(path.join(ROOT, "dist", "main.js")).main();
}
