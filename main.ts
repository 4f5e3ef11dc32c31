// The app `cdktf synth` and `cdktf deploy` run (compiled to dist/main.js; cdktf.json runs it through scripts/app.js,
// which compiles first when a source changed).
import { App } from "cdktf";
import { readConfig, settingsHolding, type RawConfig } from "./app/config";
import { ValidationError } from "./constructs";
import { EventGatewayStack } from "./app/stack";
import { oneLine } from "./constructs/text";

export { EventGatewayStack };

/** Synthesizes main.ts's stack into CDKTF_OUTDIR (cdktf.out); a bad setting exits 1 with one line. */
export function main(): void {
  let config: RawConfig | undefined;
  try {
    const app = new App();
    config = readConfig((key) => app.node.tryGetContext(key));
    new EventGatewayStack(app, config.stackName, config);
    app.synth();
  } catch (e) {
    // A configuration or validation error: one clear line, no stack trace, naming the setting when it can.
    const from = e instanceof ValidationError && config ? settingsHolding(config, e.value) : [];
    const hint = from.length ? ` (from ${from.map((s) => `${s.key} / ${s.env}`).join(", ")})` : "";
    console.error(oneLine(`error: ${(e as Error).message}${hint}`));
    process.exit(1);
  }
}

if (require.main === module) main();
