// npm run bench:sandbox: the sandbox's time to ready and the memory it holds while ready, without and with --kafka,
// alternating in one run (BENCH_RUNS=n, default 3), medians and the ratio. Memory is the resident set of the sandbox
// process and every process under it (the Kafka JVM), read from /proc while it waits for Ctrl-C.
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS || 3);

function descendants(pid) {
  const children = new Map();
  for (const p of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(p));
    } catch {
      /* gone */
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

function rssMiB(pid) {
  let kb = 0;
  for (const p of descendants(pid)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) kb += Number(m[1]);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

function once(kafka) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-bench-sandbox-"));
  const work = path.join(dir, "work");
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [path.join(ROOT, "dist/standin/sandbox.js"), "--port", "0", "--dir", work, ...(kafka ? ["--kafka"] : [])], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let ready = 0;
    let rss = 0;
    const onData = (d) => {
      out += d.toString();
      if (!ready && out.includes("sandbox ready")) {
        ready = Date.now() - t0;
        setTimeout(() => {
          rss = rssMiB(child.pid);
          child.kill("SIGINT");
        }, 1000);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      fs.rmSync(dir, { recursive: true, force: true });
      if (code !== 0 || !ready) reject(new Error(`sandbox${kafka ? " --kafka" : ""} failed (${code}):\n${out}`));
      else resolve({ ready, rss });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const results = { plain: [], kafka: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const kafka of [false, true]) {
      const r = await once(kafka);
      results[kafka ? "kafka" : "plain"].push(r);
      process.stdout.write(`run ${i + 1} ${kafka ? "--kafka" : "plain  "}: ready in ${r.ready} ms, ${r.rss.toFixed(0)} MiB resident\n`);
    }
  }
  const row = (name, rs) => `${name.padEnd(18)} ${String(median(rs.map((r) => r.ready))).padStart(7)} ms  ${median(rs.map((r) => r.rss)).toFixed(0).padStart(6)} MiB`;
  process.stdout.write(`\nmedians of ${RUNS}          to ready   resident while ready\n`);
  process.stdout.write(row("sandbox", results.plain) + "\n");
  process.stdout.write(row("sandbox --kafka", results.kafka) + "\n");
  const ratio = median(results.kafka.map((r) => r.ready)) / median(results.plain.map((r) => r.ready));
  process.stdout.write(`ratio --kafka / plain (time to ready): ${ratio.toFixed(2)}\n`);
})().catch((e) => {
  process.stderr.write(`bench:sandbox: ${e.message}\n`);
  process.exit(1);
});
