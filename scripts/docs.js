#!/usr/bin/env node
// Rewrites the generated parts of README.md and `help` between their markers: the configuration table and block
// from app/config.ts's SETTINGS (compiled in dist/), and the library example from examples/orders-stack.ts.
// Run after changing either: `node scripts/docs.js` (tests fail while they are out of date).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { SETTINGS } = require("../dist/app/config.js");

const ROOT = path.join(__dirname, "..");
function replaceBetween(file, start, end, body) {
  const p = path.join(ROOT, file);
  const text = fs.readFileSync(p, "utf8");
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`${file}: markers ${start} ... ${end} not found`);
  fs.writeFileSync(p, text.slice(0, i + start.length) + "\n" + body + text.slice(j));
}
const table = [
  "| context key (`cdktf.json`) | environment variable | default | meaning |",
  "|---|---|---|---|",
  ...SETTINGS.map((s) => `| \`${s.key}\` | \`${s.env}\` | ${s.default === "" ? "" : "`" + s.default + "`"} | ${s.doc} |`),
].join("\n");
replaceBetween("README.md", "<!-- config:start -->", "<!-- config:end -->", table + "\n");
const help = SETTINGS.map((s) => `    ${s.env.padEnd(30)}${s.doc}${s.default ? ` [${s.default}]` : ""}`).join("\n");
replaceBetween("help", "    KONNECT_TOKEN / KONNECT_SPAT  Konnect personal access token / system account token (read by the provider; at synth too with KEGW_IDENTITY=lookup)", "\n\n  Tests", help);
replaceBetween("README.md", "<!-- example:start -->", "<!-- example:end -->", "```ts\n" + fs.readFileSync(path.join(ROOT, "examples/orders-stack.ts"), "utf8") + "```\n");
