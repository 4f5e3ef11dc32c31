// The app `cdktf synth` and `cdktf deploy` run (compiled to dist/main.js; see cdktf.json).
import { App } from "cdktf";
import { readConfig, settingsHolding, type RawConfig } from "./app/config";
import { ValidationError } from "./constructs";
import { EventGatewayStack } from "./app/stack";

export { EventGatewayStack };

if (require.main === module) {
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
    console.error(`error: ${(e as Error).message}${hint}`);
    process.exit(1);
  }
}
