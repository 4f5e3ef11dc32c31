#!/usr/bin/env node
// Writes cdktn/package.json, the second manifest that runs this project on CDK Terrain (cdktn) instead of cdktf,
// from the main package.json: every CDK package main depends on is replaced by its CDK Terrain counterpart under the
// same name (npm aliases), so the project's `import ... from "cdktf"` loads cdktn without a change to the source.
// Only these packages are in the second manifest; everything else (axios, jose, jest, ...) resolves from the main
// node_modules, so main's other dependencies are followed as they change. A CDK package without a counterpart here
// stops the script. `--check` compares with the committed file instead of writing it (exit 1 on drift).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "cdktn", "package.json");
const CDKTN = "0.24.0";
// cdktn-cli 0.24.0 needs Node.js >= 22.19 (on Node 20 its deploy fails: util.markAsUncloneable is not a function); the
// npm package `node` brings that Node.js from the npm registry (node_modules/node/bin/node), beside the machine's.
const NODE = "22.23.3";

/** Main's CDK packages and what stands in for each on CDK Terrain (null: made by scripts/cdktn.sh, see below). */
const COUNTERPARTS = {
  cdktf: `npm:cdktn@${CDKTN}`,
  "cdktf-cli": `npm:cdktn-cli@${CDKTN}`,
  "@cdktf/provider-generator": `npm:@cdktn/provider-generator@${CDKTN}`,
  "@cdktf/commons": `npm:@cdktn/commons@${CDKTN}`,
  // cdktn 0.24 needs constructs >= 10.6.0 < 10.8.0.
  constructs: "10.6.0",
  // No prebuilt null provider exists for cdktn: scripts/gen-bindings.js --cdktn generates .gen/cdktn/providers/null
  // with @cdktn/provider-generator, and scripts/cdktn.sh compiles it to node_modules/@cdktf/provider-null.
  "@cdktf/provider-null": null,
};
const isCdkPackage = (name) => name === "constructs" || name.startsWith("cdktf") || name.startsWith("@cdktf/");

function manifest() {
  const main = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const names = [
    ...new Set(["dependencies", "devDependencies", "peerDependencies"].flatMap((k) => Object.keys(main[k] ?? {}))),
  ].filter(isCdkPackage);
  const unknown = names.filter((n) => !(n in COUNTERPARTS));
  if (unknown.length) {
    throw new Error(`package.json depends on ${unknown.join(", ")}: add its CDK Terrain counterpart to scripts/cdktn-manifest.js`);
  }
  const dependencies = {
    // The generated null bindings import "cdktn" by that name.
    cdktn: CDKTN,
    node: NODE,
    ...Object.fromEntries(names.sort().filter((n) => COUNTERPARTS[n]).map((n) => [n, COUNTERPARTS[n]])),
  };
  const generated = names.filter((n) => COUNTERPARTS[n] === null);
  return {
    name: `${main.name}-on-cdktn`,
    version: main.version,
    private: true,
    description: `Generated from ../package.json by scripts/cdktn-manifest.js: ${main.name} on CDK Terrain ${CDKTN}. Do not edit.`,
    license: main.license,
    dependencies,
    generated: Object.fromEntries(generated.map((n) => [n, "compiled from .gen/cdktn by scripts/cdktn.sh"])),
  };
}

function main() {
  const text = JSON.stringify(manifest(), null, 2) + "\n";
  if (process.argv.includes("--check")) {
    const now = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (now !== text) {
      console.error("cdktn/package.json differs from what scripts/cdktn-manifest.js makes of package.json (run it, then npm run cdktn)");
      process.exitCode = 1;
    } else console.log("cdktn/package.json matches package.json");
    return;
  }
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}

module.exports = { manifest, COUNTERPARTS, NODE };
if (require.main === module) {
  try {
    main();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
