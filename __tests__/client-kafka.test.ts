// The client against a real Apache Kafka broker (KRaft, one node) that validates OAUTHBEARER tokens with Kafka's own
// JWT validator against the JWKS of a TokenIssuer on 127.0.0.1, with Kafka ACLs standing in for the gateway's. The
// broker's ACLs are not written here: they are main.ts's synthesized ACL policies, translated by the explainer
// (kafkaAclBindings fails loudly on anything Kafka cannot express), and a test checks that the broker and the
// explainer agree on every cell of the stack's matrix. The broker starts once for this file and is always stopped
// (and its temp dir removed) in afterAll.
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, logLevel, ResourcePatternTypes, type Admin } from "kafkajs";
import { readConfig } from "../app/config";
import { EventGatewayStack } from "../app/stack";
import { Explainer, kafkaAclBindings, type Decision } from "../constructs/explain";
import { startIssuerServer, type IssuerServer } from "../standin/issuer";
import { buildCli, runCli, type BuiltCli } from "./support/cli";
import { BrokerProbe, describeWithKafka, kafkajsAcls, startKafka, type KafkaBroker } from "./support/kafka";
import { newApp, synth } from "./support/synth";

const AUDIENCE = "http://kafka.dev";
const PRODUCER = { id: "producer-client-0001", secret: "producer-Secret-abc" };
const READER = { id: "reader-client-0002", secret: "reader-Secret-def" };
const REAUTH_MS = 3000;
const SHORT_TOKEN_S = 3;

describeWithKafka("client against a real Kafka broker (SASL/OAUTHBEARER, JWKS validation, ACLs)", () => {
  let iss: IssuerServer;
  let broker: KafkaBroker | undefined;
  let cli: BuiltCli;
  let admin: Admin;
  let tmp: string;
  let outputsFile: string;
  let explainer: Explainer;

  // The broker ends sessions every REAUTH_MS (3 s); kafkajs must re-authenticate before that, not 10 s before.
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ KEGW_OUTPUTS: outputsFile, KEGW_REAUTH_THRESHOLD_MS: "1000", ...extra });

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-client-kafka-"));
    iss = await startIssuerServer({
      audience: AUDIENCE,
      clients: [
        { clientId: PRODUCER.id, clientSecret: PRODUCER.secret, accessTokenDuration: 3600, allowScopes: ["kafka"], allowAllScopes: false },
        { clientId: READER.id, clientSecret: READER.secret, accessTokenDuration: 3600, allowScopes: ["kafka"], allowAllScopes: false },
      ],
    });
    cli = buildCli();
    broker = await startKafka({ jwksUrl: `${iss.url}/.well-known/jwks`, expectedIssuer: iss.url, expectedAudience: AUDIENCE, acls: true, reauthMs: REAUTH_MS });
    // eslint-disable-next-line no-console
    console.log(`Kafka ${broker.version}: storage format ${broker.formatMs} ms, broker start ${broker.startMs} ms`);
    admin = new Kafka({ brokers: [broker.adminBootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    // the topics of main.ts's matrix (other, topic, topic-encrypted, extra_topic) and the tests' own
    await admin.createTopics({ waitForLeaders: true, topics: ["topic", "topic-encrypted", "extra_topic", "rt", "big", "renew", "other"].map((topic) => ({ topic, numPartitions: topic === "big" ? 2 : 1 })) });
    outputsFile = path.join(tmp, "outputs.json");
    fs.writeFileSync(
      outputsFile,
      JSON.stringify({
        "event-gateway": {
          issuer_url: iss.url,
          jwks_url: `${iss.url}/.well-known/jwks`,
          producer_client_id: PRODUCER.id,
          producer_client_secret: PRODUCER.secret,
          reader_client_id: READER.id,
          reader_client_secret: READER.secret,
          bootstrap_server: broker.bootstrap,
          scope: "kafka",
        },
      }),
    );
    // The broker's ACLs: main.ts's policies, through the explainer, with the clients' IDs from the outputs file.
    const config = readConfig(() => undefined, {});
    explainer = new Explainer(synth(new EventGatewayStack(newApp(), config.stackName, config)), { outputs: JSON.parse(fs.readFileSync(outputsFile, "utf8")) });
    await admin.createAcls({ acl: kafkajsAcls(kafkaAclBindings(explainer)) });
  }, 240_000);

  afterAll(async () => {
    await admin?.disconnect().catch(() => undefined);
    await broker?.stop();
    if (broker) expect(fs.existsSync(broker.dir)).toBe(false);
    await iss?.stop();
    cli?.remove();
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  async function endOffset(topic: string): Promise<number> {
    const offs = await admin.fetchTopicOffsets(topic);
    return offs.reduce((n, o) => n + Number(o.high), 0);
  }

  const noSecrets = (text: string) => {
    for (const s of [PRODUCER.secret, READER.secret]) expect(text).not.toContain(s);
  };

  test("produce and consume round trip, without and with a consumer group", async () => {
    const p = await runCli(cli, ["produce", "rt", "one", "two", "three"], { env: env() });
    expect(p.stderr).toBe("");
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/^produced 3 records to topic "rt" in \d+ ms\n$/);
    const p2 = await runCli(cli, ["produce", "rt", "--key", "k1", "--header", "h=v"], { env: env(), input: "four\nfive\n" });
    expect(p2.stdout).toMatch(/^produced 2 records/);
    expect(await endOffset("rt")).toBe(5);

    const plain = await runCli(cli, ["consume", "rt", "--from-beginning", "--max-messages", "5"], { env: env() });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe("one\ntwo\nthree\nfour\nfive\n");

    const json = await runCli(cli, ["consume", "rt", "--group", "g1", "--from-beginning", "--max-messages", "4", "--json"], { env: env() });
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const recs = json.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs.map((r) => r.value)).toEqual(["one", "two", "three", "four"]);
    expect(recs[3]).toMatchObject({ key: "k1", headers: { h: "v" }, offset: "3", partition: 0 });
    // The group committed its offsets: the same group goes on from record 5, then stops after 2 s without records.
    const rest = await runCli(cli, ["consume", "rt", "--group", "g1", "--timeout", "2"], { env: env() });
    expect(rest.code).toBe(0);
    expect(rest.stdout).toBe("five\n");
    const offsets = await admin.fetchOffsets({ groupId: "g1", topics: ["rt"] });
    expect(offsets[0]!.partitions[0]!.offset).toBe("5");
  });

  test("a large batch from a file shows progress and the count", async () => {
    const file = path.join(tmp, "big.txt");
    fs.writeFileSync(file, Array.from({ length: 3000 }, (_, i) => `record-${i}`).join("\n") + "\n");
    const r = await runCli(cli, ["produce", "big", "--file", file, "--progress-every", "1000", "--batch-size", "500"], { env: env() });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("produced 1000 records...\nproduced 2000 records...\nproduced 3000 records...\n");
    expect(r.stdout).toMatch(/^produced 3000 records to topic "big"/);
    expect(await endOffset("big")).toBe(3000);
    const c = await runCli(cli, ["consume", "big", "--from-beginning", "--max-messages", "3000"], { env: env() });
    expect(c.code).toBe(0);
    expect(new Set(c.stdout.trim().split("\n")).size).toBe(3000);
  });

  test("a wrong secret: the clear error, and nothing reaches Kafka", async () => {
    let connections = 0;
    const fake = net.createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => fake.listen(0, "127.0.0.1", () => r()));
    const fakeBootstrap = `127.0.0.1:${(fake.address() as net.AddressInfo).port}`;
    try {
      const before = await endOffset("rt");
      for (const bootstrap of [fakeBootstrap, broker!.bootstrap]) {
        const r = await runCli(cli, ["produce", "rt", "should-not-arrive", "--client-secret", "Not-The-Secret-42", "--bootstrap", bootstrap], { env: env() });
        expect(r.code).toBe(1);
        expect(r.stderr).toBe(`error: client rejected: wrong client ID or secret (client ${PRODUCER.id}, issuer ${iss.url}, HTTP 401 invalid_client)\n`);
        expect(r.stderr + r.stdout).not.toContain("Not-The-Secret-42");
      }
      expect(connections).toBe(0);
      expect(await endOffset("rt")).toBe(before);
    } finally {
      fake.close();
    }
  });

  describe("tokens the broker refuses", () => {
    let rogue: http.Server;
    let rogueUrl: string;
    let nextToken: () => Promise<string>;
    beforeAll(async () => {
      // An "issuer" that hands out whatever token the test wants, to see what the broker does with it.
      rogue = http.createServer((req, res) => {
        void nextToken().then((t) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ access_token: t, token_type: "Bearer", expires_in: 300 }));
        });
        req.resume();
      });
      await new Promise<void>((r) => rogue.listen(0, "127.0.0.1", () => r()));
      rogueUrl = `http://127.0.0.1:${(rogue.address() as net.AddressInfo).port}/auth`;
    });
    afterAll(() => new Promise<void>((r) => rogue.close(() => r())));

    test.each([
      ["signed by a key that is not in the JWKS", () => iss.issuer.mint({ sub: PRODUCER.id, scope: "kafka" }, { foreignKey: true }), `aud="${AUDIENCE}"`],
      ["for another audience", () => iss.issuer.mint({ sub: PRODUCER.id, scope: "kafka", aud: "http://elsewhere" }), 'aud="http://elsewhere"'],
    ])("a token %s: the broker refuses it and the CLI says so", async (_name, mint, audText) => {
      nextToken = mint;
      const before = await endOffset("rt");
      const r = await runCli(cli, ["produce", "rt", "nope", "--issuer", rogueUrl], { env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(`^error: the gateway rejected the token of client ${PRODUCER.id} \\(iss="${iss.url.replace(/[.]/g, "\\.")}", ${audText.replace(/[.]/g, "\\.")}, exp=\\S+Z \\(in \\d+s\\)\\)\\n$`),
      );
      noSecrets(r.stderr);
      expect(await endOffset("rt")).toBe(before);
      expect(broker!.logTail(400)).toMatch(/Failed authentication with \/127\.0\.0\.1/);
    });
  });

  test("a token that expires during a session: a new one is fetched and the session goes on", async () => {
    const tokenCalls = () => iss.requests.filter((r) => r.subpath === "/oauth/token").length;
    const callsBefore = tokenCalls();
    // 14 records, one every 0.5 s: 7 s of records, more than two token lifetimes
    const total = 14;
    // the producer (which main.ts lets read every topic), with tokens that live SHORT_TOKEN_S (3 s) for this test
    const producerClient = { clientId: PRODUCER.id, clientSecret: PRODUCER.secret, allowScopes: ["kafka"], allowAllScopes: false };
    iss.issuer.setClient({ ...producerClient, accessTokenDuration: SHORT_TOKEN_S });
    let t0 = 0;
    let r: Awaited<ReturnType<typeof runCli>>;
    try {
      // --from-beginning: the topic is this test's alone, so a consumer that connects late under load still sees every record
      const consumer = runCli(cli, ["consume", "renew", "--from-beginning", "--client-id", PRODUCER.id, "--client-secret", PRODUCER.secret, "--max-messages", String(total), "--timeout", "15"], {
        env: env({ KEGW_REAUTH_THRESHOLD_MS: "1000" }),
        timeoutMs: 60_000,
      });
      // Produce (2 records a second) once the consumer has its first token, so its session spans the records.
      for (const deadline = Date.now() + 30_000; tokenCalls() === callsBefore && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
      expect(tokenCalls()).toBeGreaterThan(callsBefore);
      const producer = new Kafka({ brokers: [broker!.adminBootstrap], logLevel: logLevel.NOTHING }).producer();
      await producer.connect();
      t0 = Date.now();
      for (let i = 0; i < total; i++) {
        await producer.send({ topic: "renew", messages: [{ value: `tick-${i}` }] });
        await new Promise((r) => setTimeout(r, 500));
      }
      await producer.disconnect();
      r = await consumer;
    } finally {
      iss.issuer.setClient({ ...producerClient, accessTokenDuration: 3600 });
    }
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(Array.from({ length: total }, (_, i) => `tick-${i}\n`).join(""));
    // 7 s of records with 3 s tokens: the first token expired long before the last record arrived.
    expect(Date.now() - t0).toBeGreaterThan(2 * SHORT_TOKEN_S * 1000);
    expect(tokenCalls() - callsBefore).toBeGreaterThanOrEqual(3);
  }, 90_000);

  test("check: the ACLs standing in for the gateway's give pass for granted and denied access", async () => {
    const r = await runCli(cli, ["check"], { env: env() });
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^CLIENT\s+CLIENT ID\s+OPERATION\s+RESOURCE\s+EXPECTED\s+ACTUAL\s+RESULT$/);
    const rows = lines.slice(1, 7).map((l) => l.split(/\s{2,}/));
    expect(rows).toEqual([
      ["producer", PRODUCER.id, "describe", 'topic "topic"', "allowed", "allowed", "PASS"],
      ["producer", PRODUCER.id, "write", 'topic "topic"', "allowed", "allowed", "PASS"],
      ["producer", PRODUCER.id, "read", 'topic "topic"', "allowed", "allowed", "PASS"],
      ["reader", READER.id, "describe", 'topic "topic"', "allowed", "allowed", "PASS"],
      ["reader", READER.id, "read", 'topic "topic"', "allowed", "allowed", "PASS"],
      ["reader", READER.id, "write", 'topic "topic"', "denied", "denied", "PASS"],
    ]);
    expect(lines[7]).toBe("all 6 checks passed");
    expect(r.code).toBe(0);
    noSecrets(r.stdout + r.stderr);
  });

  test("check fails (exit 1) when the access differs: a reader that can write, a reader that cannot describe", async () => {
    const o = JSON.parse(fs.readFileSync(outputsFile, "utf8"));
    o["event-gateway"].reader_client_id = PRODUCER.id;
    o["event-gateway"].reader_client_secret = PRODUCER.secret;
    const file = path.join(tmp, "swapped.json");
    fs.writeFileSync(file, JSON.stringify(o));
    const r = await runCli(cli, ["check", "--outputs", file], { env: { KEGW_REAUTH_THRESHOLD_MS: "1000" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^reader\s+producer-client-0001\s+write\s+topic "topic"\s+denied\s+allowed\s+FAIL$/m);
    expect(r.stdout).toMatch(/1 of 6 checks failed/);
    const other = await runCli(cli, ["check", "--topic", "other"], { env: env() });
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/^reader\s+reader-client-0002\s+describe\s+topic "other"\s+allowed\s+denied\s+FAIL$/m);
    expect(other.stdout).toMatch(/^producer\s+producer-client-0001\s+write\s+topic "other"\s+allowed\s+allowed\s+PASS$/m);
  });

  test("authorization failures name the operation and resource", async () => {
    const write = await runCli(cli, ["produce", "topic", "x", "--client", "reader"], { env: env() });
    expect(write.code).toBe(1);
    expect(write.stderr).toBe(`error: denied: client ${READER.id} may not write on topic "topic" (topic authorization failed)\n`);
    // main.ts lets the reader join any group and describe topic-encrypted, but not read it
    const group = await runCli(cli, ["consume", "topic-encrypted", "--client", "reader", "--group", "readers", "--timeout", "5"], { env: env() });
    expect(group.code).toBe(1);
    expect(group.stderr).toBe(`error: denied: client ${READER.id} may not read on topic "topic-encrypted" (topic authorization failed)\n`);
    const topics = await runCli(cli, ["topics", "--client", "reader"], { env: env() });
    expect(topics.stdout).toBe("extra_topic\ntopic\ntopic-encrypted\n");
  });

  test("agreement: for every cell of main.ts's matrix, the broker's answer is the explainer's", async () => {
    const cells = explainer.matrix();
    expect(new Set(cells.map((c) => c.client))).toEqual(new Set(["producer", "reader"]));
    expect(new Set(cells.map((c) => c.decision))).toEqual(new Set(["allow", "deny"]));
    const clients: Record<string, { id: string; secret: string }> = { producer: PRODUCER, reader: READER };
    const probes = new Map<string, BrokerProbe>();
    const probeOf = (client: string) => {
      let p = probes.get(client);
      if (!p) {
        const creds = clients[client]!;
        // tokens from the issuer's token endpoint, as the client gets them
        const token = async () => {
          const res = await fetch(`${iss.url}/oauth/token`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ grant_type: "client_credentials", client_id: creds.id, client_secret: creds.secret, scope: "kafka" }),
          });
          if (!res.ok) throw new Error(`token for ${client}: HTTP ${res.status}`);
          return { value: ((await res.json()) as { access_token: string }).access_token };
        };
        // sessions last REAUTH_MS (3 s): re-authenticate 1 s before the end, not kafkajs's default 10 s
        const kafka = new Kafka({ brokers: [broker!.bootstrap], logLevel: logLevel.NOTHING, reauthenticationThreshold: 1000, sasl: { mechanism: "oauthbearer", oauthBearerProvider: token } });
        // group read is probed with an offset commit, which also needs read on a topic: one the explainer says the client reads
        const readable = cells.find((c: Decision) => c.client === client && c.resourceType === "topic" && c.operation === "read" && c.decision === "allow");
        if (!readable) throw new Error(`client ${client} may read no topic, so group read cannot be probed with an offset commit`);
        probes.set(client, (p = new BrokerProbe(kafka, readable.resourceName)));
      }
      return p;
    };
    const disagreements: string[] = [];
    const probe = async (cell: Decision) => {
      const broker = await probeOf(cell.client!).check(cell.resourceType as "topic" | "group", cell.operation, cell.resourceName);
      if (broker !== cell.decision) {
        disagreements.push(`${cell.client} ${cell.operation} ${cell.resourceType} "${cell.resourceName}": explainer ${cell.decision} (${cell.reason}), broker ${broker}`);
      }
    };
    try {
      // Topic cells: each client's in order on its own connection, the two clients side by side. Group cells one at a
      // time: two clients probing one group at once would see each other's members.
      const topicCells = cells.filter((c) => c.resourceType === "topic");
      await Promise.all(
        [...new Set(topicCells.map((c) => c.client!))].map(async (client) => {
          for (const cell of topicCells.filter((c) => c.client === client)) await probe(cell);
        }),
      );
      for (const cell of cells.filter((c) => c.resourceType !== "topic")) await probe(cell);
      // main.ts lets every client read every group: the group read probe must still be able to see a denial
      const deny = {
        resourceType: AclResourceTypes.GROUP,
        resourceName: "kegw-denied-group",
        resourcePatternType: ResourcePatternTypes.LITERAL,
        principal: `User:${READER.id}`,
        host: "*",
        operation: AclOperationTypes.READ,
        permissionType: AclPermissionTypes.DENY,
      };
      await admin.createAcls({ acl: [deny] });
      try {
        expect(await probeOf("reader").check("group", "read", "kegw-denied-group")).toBe("deny");
      } finally {
        await admin.deleteAcls({ filters: [deny] });
      }
    } finally {
      for (const p of probes.values()) await p.close();
    }
    expect(disagreements).toEqual([]);
    // eslint-disable-next-line no-console
    console.log(`broker and explainer agree on all ${cells.length} cells of main.ts's matrix`);
  }, 120_000);

  test("an unreachable broker: host and port", async () => {
    const r = await runCli(cli, ["topics", "--bootstrap", "127.0.0.1:1"], { env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: cannot reach the Kafka bootstrap server 127\.0\.0\.1:1 \(ECONNREFUSED\)\n$/);
  });
});
