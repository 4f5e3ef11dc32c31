// The app `cdktf synth` and `cdktf deploy` run (compiled to dist/main.js; see cdktf.json).
import { App } from "cdktf";
import { readConfig } from "./app/config";
import { EventGatewayStack } from "./app/stack";

export { EventGatewayStack };

if (require.main === module) {
  try {
    const app = new App();
    const config = readConfig((key) => app.node.tryGetContext(key));
    new EventGatewayStack(app, config.stackName, config);
    app.synth();
  } catch (e) {
    // A configuration or validation error: one clear line, no stack trace.
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
}
