// npm run bench:explain: decisions per second of the explainer on a generated stack with 200 ACL policies and
// 10,000 requests, compiled CEL programs reused, side by side in one run with the reference: the same decisions with
// every condition parsed again for each evaluation (what reusing compiled programs saves).
import * as os from "node:os";
import { App, TerraformStack, Testing } from "cdktf";
import { ClientAuthentication, Condition, EventGateway, KongIdentity, type AclOperation } from "../constructs";
import { evaluationEnvironment } from "../constructs/expression";
import { Explainer, globMatches, type AccessRequest } from "../constructs/explain";

const POLICIES = 200;
const REQUESTS = 10_000;
const RUNS = 5;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generatedStack(): unknown {
  const app = new App({ skipValidation: true });
  const stack = new TerraformStack(app, "bench");
  const idp = new KongIdentity(stack, "idp", { name: "bench", audience: "a" });
  const gw = new EventGateway(stack, "gw", { name: "bench" });
  const be = gw.addBackendCluster("be", { bootstrapServers: ["k:9092"], tls: { enabled: false } });
  const vc = gw.addVirtualCluster("vc", { destination: be, dnsLabel: "vc", namespace: { prefix: "p-" }, authentication: [ClientAuthentication.oauthBearer({ authServer: idp })] });
  const ops: AclOperation[] = ["describe", "read", "write", "create", "delete"];
  for (let i = 0; i < POLICIES; i++) {
    // the principal as a plain string: a client's ID from its resource would stay a Terraform reference here
    const client = `client-${i}`;
    // most policies name a client; every tenth one a claim, every twentieth an auth type and a prefix function
    const condition =
      i % 20 === 0
        ? Condition.raw(`context.auth.type == 'sasl_oauth_bearer' && context.auth.principal.name.startsWith('client-${i}')`)
        : i % 10 === 0
          ? Condition.and(Condition.claimEquals("team", `team-${i % 7}`), Condition.principalIs(client))
          : Condition.principalIs(client);
    vc.addAclPolicy(`p${i}`, {
      condition,
      rules: [
        { resourceType: "topic", operations: [ops[i % 5], "describe"], resourceNames: [`team-${i % 7}-*`, `orders-${i}`, `t[0-9]-${i}`] },
        { action: "deny", resourceType: "topic", operations: ["write"], resourceNames: [`team-${i % 7}-audit`] },
        { resourceType: "group", operations: ["read"], resourceNames: [`g-${i}-*`] },
      ],
    });
  }
  return JSON.parse(Testing.synth(stack));
}

function requests(): AccessRequest[] {
  const r = rng(42);
  const ops: AclOperation[] = ["describe", "read", "write", "create", "delete"];
  const op = () => ops[Math.floor(r() * ops.length)];
  return Array.from({ length: REQUESTS }, () => {
    const c = Math.floor(r() * POLICIES * 1.1); // about 9% of the principals no policy names
    const base = { principal: `client-${c}`, claims: { team: `team-${c % 7}` } };
    const k = r();
    if (k < 0.15) return { ...base, operation: "read" as const, group: `g-${c}-${Math.floor(r() * 5)}` };
    if (k < 0.55) return { ...base, operation: r() < 0.5 ? ops[c % 5] : op(), topic: `orders-${c}` };
    if (k < 0.75) return { ...base, operation: op(), topic: `team-${c % 7}-${r() < 0.2 ? "audit" : "events"}` };
    if (k < 0.85) return { ...base, operation: op(), topic: `t${Math.floor(r() * 10)}-${c}` };
    return { ...base, operation: op(), topic: `orders-${Math.floor(r() * POLICIES)}` };
  });
}

/** The reference: every condition parsed again at each evaluation, the same rule matching (deny beats allow). */
function referenceDecide(ex: Explainer, req: AccessRequest): "allow" | "deny" {
  const env = evaluationEnvironment({ phase: "cluster" });
  const vc = ex.virtualCluster();
  const ctx = { context: { auth: { type: "sasl_oauth_bearer", principal: { name: req.principal }, token: { claims: { sub: req.principal, ...req.claims } } } } };
  const [type, name] = req.topic !== undefined ? ["topic", req.topic] : ["group", req.group!];
  const implied: Record<string, string[]> = { describe: ["read", "write", "delete", "alter"], describe_configs: ["alter_configs"] };
  let allow = false;
  for (const p of vc.acls) {
    let holds = true;
    if (p.condition) {
      try {
        holds = env.evaluate(p.condition.resolved, ctx) === true;
      } catch {
        holds = false;
      }
    }
    if (!holds) continue;
    for (const r of p.rules) {
      if (r.resourceType !== type || !r.resourceNames.some((g) => globMatches(g, name))) continue;
      const covers = r.operations.includes(req.operation!) || r.operations.includes("all") || (r.action === "allow" && (implied[req.operation!] ?? []).some((o) => r.operations.includes(o as AclOperation)));
      if (!covers) continue;
      if (r.action === "deny") return "deny";
      allow = true;
    }
  }
  return allow ? "allow" : "deny";
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  const t0 = process.hrtime.bigint();
  const json = generatedStack();
  const synthMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const reqs = requests();

  const t1 = process.hrtime.bigint();
  const ex = new Explainer(json);
  const compileMs = Number(process.hrtime.bigint() - t1) / 1e6;

  // 1. as the gateway does it: conditions once per connection (one per principal), rules per request
  // rates per wall-clock second and per CPU second of this process (the machine is shared: CPU time is what the
  // explainer costs, wall time also counts waiting for a core)
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  const perConnection: number[] = [];
  const perConnectionCpu: number[] = [];
  const perRequestCpu: number[] = [];
  // 2. every request a new connection (a unique token ID): the compiled conditions evaluated for each decision
  const perRequest: number[] = [];
  let allowed = 0;
  for (let run = 0; run < RUNS; run++) {
    const fresh = new Explainer(json);
    let t = process.hrtime.bigint();
    let c = cpu();
    allowed = 0;
    for (const q of reqs) if (fresh.decide(q).decision === "allow") allowed++;
    perConnection.push(REQUESTS / (Number(process.hrtime.bigint() - t) / 1e9));
    perConnectionCpu.push(REQUESTS / (cpu() - c));
    const again = new Explainer(json);
    t = process.hrtime.bigint();
    c = cpu();
    reqs.forEach((q, i) => again.decide({ ...q, claims: { ...q.claims, jti: `${run}-${i}` } }));
    perRequest.push(REQUESTS / (Number(process.hrtime.bigint() - t) / 1e9));
    perRequestCpu.push(REQUESTS / (cpu() - c));
  }

  // the reference on a slice (it is slow), and a cross-check that it decides the same
  const slice = reqs.slice(0, 1000);
  const t2 = process.hrtime.bigint();
  const c2 = cpu();
  const ref = slice.map((q) => referenceDecide(ex, q));
  const refRate = slice.length / (Number(process.hrtime.bigint() - t2) / 1e9);
  const refCpu = slice.length / (cpu() - c2);
  const disagree = slice.filter((q, i) => ex.decide(q).decision !== ref[i]).length;
  if (disagree) throw new Error(`the reference and the explainer disagree on ${disagree} of ${slice.length} requests`);

  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const pc = median(perConnection);
  const pr = median(perRequest);
  const pcc = median(perConnectionCpu);
  const prc = median(perRequestCpu);
  const goal = (n: number) => (n >= 100_000 ? "met" : "NOT met");
  console.log(`generated stack: ${POLICIES} ACL policies (${POLICIES} conditions), synthesized in ${synthMs.toFixed(0)} ms; explainer built (conditions parsed, checked, compiled) in ${compileMs.toFixed(0)} ms`);
  console.log(`${REQUESTS} requests, ${allowed} allowed; median of ${RUNS} runs; decisions per wall-clock second / per CPU second:`);
  console.log(`  conditions once per connection (as the gateway): ${fmt(pc)} / ${fmt(pcc)}`);
  console.log(`  a new connection per request (compiled conditions evaluated for every decision): ${fmt(pr)} / ${fmt(prc)}`);
  console.log(`  reference, conditions parsed again at each evaluation (1,000 requests, same decisions): ${fmt(refRate)} / ${fmt(refCpu)}`);
  console.log(`  ratio to the reference (CPU): ${(pcc / refCpu).toFixed(0)}x per connection, ${(prc / refCpu).toFixed(1)}x per request`);
  console.log(`  goal 100,000 decisions/s (per connection): wall ${goal(pc)}, CPU ${goal(pcc)}; load average now ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
}

main();
