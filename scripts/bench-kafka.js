// npm run bench:kafka [-- runs]: the Kafka broker's start as the sandbox and the tests start it (the cached storage
// format, the class-data-sharing archive, C1 only) alternating with a plain start of the same broker (Kafka's storage
// format run afresh, the classes read from the jars, the JVM's default compilation), both single-node KRaft with the
// same config, from the call to "Kafka Server started"; prints every time, the medians and the ratio.
"use strict";
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const { ensureBuilt } = require("./app");

const ROOT = path.join(__dirname, "..");
const runs = Number(process.argv[2] ?? 3);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  if (!ensureBuilt()) throw new Error("the TypeScript build failed");
  const { startKafka, kafkaUnavailable } = require(path.join(ROOT, "dist", "standin", "kafka"));
  const why = kafkaUnavailable();
  if (why) throw new Error(`no Kafka here: ${why}`);
  // Kafka's JWT validator loads the JWKS at start: an empty key set is enough to start.
  const jwks = http.createServer((_req, res) => (res.setHeader("content-type", "application/json"), res.end('{"keys":[]}')));
  await new Promise((r) => jwks.listen(0, "127.0.0.1", r));
  const opts = { jwksUrl: `http://127.0.0.1:${jwks.address().port}/jwks`, expectedIssuer: "bench", expectedAudience: "bench", acls: true };
  const variants = [
    ["cached", {}],
    ["plain", { startupCaches: false, tuneFor: "throughput" }],
  ];
  try {
    // Warm-up: makes the caches when they are not there yet (a first start formats, its stop writes the archive).
    await (await startKafka(opts)).stop();
    const times = { cached: [], plain: [] };
    for (let i = 0; i < runs; i++) {
      for (const [name, extra] of i % 2 ? [...variants].reverse() : variants) {
        const t0 = performance.now();
        const broker = await startKafka({ ...opts, ...extra });
        const ms = performance.now() - t0;
        await broker.stop();
        times[name].push(ms);
        console.log(`run ${i + 1} ${name.padEnd(6)} ${(ms / 1000).toFixed(2)} s (storage ${broker.formatMs} ms, JVM to ready ${broker.startMs} ms)`);
      }
    }
    const [c, p] = [median(times.cached), median(times.plain)];
    const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
    console.log(`\nbroker start, median of ${runs}: cached ${(c / 1000).toFixed(2)} s, plain ${(p / 1000).toFixed(2)} s, ratio ${(c / p).toFixed(2)} (load average ${load} on ${os.cpus().length} CPUs)`);
  } finally {
    jwks.close();
  }
}

main().catch((e) => {
  console.error(`bench:kafka: ${e.message}`);
  process.exit(1);
});
