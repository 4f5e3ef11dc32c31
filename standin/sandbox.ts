// npm run sandbox: the whole stack on a LOCAL STAND-IN FOR KONNECT. Starts the stand-in, deploys main.ts's stack to
// it through the fast path `npm run deploy` uses (scripts/stack.js: the app, then the real Terraform CLI and
// konnect-beta provider), prints the outputs and a token for the producer
// client, and on Ctrl-C destroys the stack and stops. Nothing reaches Konnect.
// With --kafka it also starts a real Apache Kafka in the place of the gateway's data plane (standin/sandbox-kafka.ts),
// so that the client's check, produce and consume run against the deployed stack's policies.
import { oneLine } from "../constructs/text";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { clientIdOutput, clientSecretOutput, OUTPUT } from "../app/outputs";
import { fetchToken } from "../client/token";
import { Deployment, projectRoot } from "./deployment";
import { kafkaUnavailable } from "./kafka";
import { SANDBOX_KAFKA_NOTICE, startSandboxKafka, type SandboxKafka } from "./sandbox-kafka";
import { startStandin } from "./server";

const ROOT = projectRoot();

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const port = Number(arg("port") ?? process.env.KEGW_SANDBOX_PORT ?? 8787);
  const dir = path.resolve(arg("dir") ?? path.join(ROOT, ".sandbox"));
  const withKafka = process.argv.includes("--kafka");
  const say = (line: string) => process.stdout.write(line + "\n");

  say("== sandbox: a LOCAL STAND-IN FOR KONNECT on 127.0.0.1; nothing is deployed to Konnect ==");
  const why = Deployment.unavailable();
  if (why) throw new Error(`cannot deploy: ${why}`);
  const noKafka = withKafka ? kafkaUnavailable() : undefined;
  if (noKafka) throw new Error(`cannot start Kafka: ${noKafka}`);
  if (withKafka) say(`== ${SANDBOX_KAFKA_NOTICE} ==`);
  // The sandbox owns its directory and removes it on exit: never take one that holds anything.
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty (a sandbox still running, or another directory): stop it or choose --dir`);
  }
  const standin = await startStandin({ port });
  say(`stand-in listening on ${standin.url}`);
  const deployment = new Deployment({ dir, serverUrl: standin.url, token: standin.token });

  let kafka: SandboxKafka | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (kafka) {
      await kafka.broker.stop();
      say("Kafka stopped, its data removed");
    }
    say("destroying the stack on the stand-in ...");
    const d = await deployment.destroy();
    if (d.code !== 0) process.stderr.write(d.output.split("\n").slice(-20).join("\n") + "\n");
    say(d.code === 0 ? `destroyed (${d.ms} ms); ${standin.objects().length} objects left on the stand-in` : "destroy failed (output above)");
    await standin.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    say("stand-in stopped");
    process.exit(d.code === 0 ? code : 1);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  say("deploying main.ts's stack (npm run deploy's fast path: synth, then terraform apply) ...");
  const res = await deployment.deploy();
  if (res.code !== 0) {
    process.stderr.write(res.output.split("\n").slice(-30).join("\n") + "\n");
    say("deploy failed");
    await stop(1);
    return;
  }
  const out = deployment.outputs();
  say(`deployed in ${res.ms} ms: ${standin.objects().length} objects on the stand-in`);
  if (withKafka) {
    say("starting Kafka (KRaft, one node) with ACLs derived from the deployed policies ...");
    const failureLog = path.join(os.tmpdir(), `kegw-sandbox-kafka-${process.pid}.log`);
    try {
      kafka = await startSandboxKafka({ stack: deployment.synthesized(), outputs: out, failureLog });
    } catch (e) {
      process.stderr.write(`sandbox: Kafka did not start: ${(e as Error).message}\n`);
      await stop(1);
      return;
    }
    const b = kafka.broker;
    say(`Kafka ${b.version} ready on ${kafka.bootstrap} in ${b.formatMs + b.startMs} ms: ${kafka.bindings.length} ACLs, topics ${kafka.topics.join(", ")}`);
  }
  say("");
  const shown = [OUTPUT.issuerUrl, OUTPUT.jwksUrl, clientIdOutput("producer"), clientIdOutput("reader"), OUTPUT.bootstrapServer];
  for (const name of shown) {
    const note =
      name !== OUTPUT.bootstrapServer
        ? ""
        : !kafka
          ? " (the gateway itself is not simulated: --kafka puts a Kafka there)"
          : kafka.onStackBootstrap
            ? " (the sandbox's Kafka)"
            : ` (taken: the sandbox's Kafka is on ${kafka.bootstrap})`;
    say(`  ${name.padEnd(18)}  ${out[name]}${note}`);
  }
  const token = await fetchToken({
    issuer: out[OUTPUT.issuerUrl],
    clientId: out[clientIdOutput("producer")],
    clientSecret: out[clientSecretOutput("producer")],
    scope: out[OUTPUT.scope],
    label: "producer",
  });
  say("");
  say("access token for the producer client (client_credentials against the stand-in's issuer):");
  say(token.value);
  say("");
  const outputs = path.relative(process.cwd(), deployment.outputsFile);
  say(`outputs (with the client secrets) are in ${outputs}; try:`);
  say(`  npm run client -- token --claims --outputs ${outputs} --client reader`);
  if (kafka) {
    const bootstrap = kafka.onStackBootstrap ? "" : ` --bootstrap ${kafka.bootstrap}`;
    say(`  npm run client -- check --outputs ${outputs}${bootstrap}`);
    say(`  npm run client -- produce topic "hello" --outputs ${outputs} --client producer${bootstrap}`);
    say(`  npm run client -- consume topic --from-beginning --max-messages 1 --outputs ${outputs} --client reader${bootstrap}`);
    say(`  npm run client -- produce topic "refused" --outputs ${outputs} --client reader${bootstrap}   # refused: the reader may not write`);
  }
  say(`  KONNECT_SERVER_URL=${standin.url} KONNECT_TOKEN=${standin.token} (the stand-in's own, not a Konnect token)`);
  say("sandbox ready; press Ctrl-C to destroy and stop");
}

main().catch((e) => {
  process.stderr.write(`${oneLine(`sandbox: ${(e as Error).message}`)}\n`);
  process.exit(1);
});
