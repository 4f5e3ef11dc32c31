// The app `cdktf synth` and `cdktf deploy` run (compiled to dist/main.js; cdktf.json runs it through scripts/app.js,
// which compiles first when a source changed).
import { App } from "cdktf";
import { readConfig, settingHint, stackName, type RawConfig } from "./app/config";
import { EventGatewayStack } from "./app/stack";
import { oneLine } from "./constructs/text";

export { EventGatewayStack };

/** Synthesizes main.ts's stack into CDKTF_OUTDIR (cdktf.out); a bad setting exits 1 with one line. */
export function main(): void {
  let config: RawConfig | undefined;
  try {
    const app = new App();
    config = readConfig((key) => app.node.tryGetContext(key), process.env, Object.keys(app.node.getAllContext()));
    new EventGatewayStack(app, stackName(config), config);
    app.synth();
  } catch (e) {
    console.error(errorLine(e, config));
    process.exit(1);
  }
}

/**
 * The one line main prints for an error: a configuration or validation error, no stack trace; for a value a
 * construct refused, ending with the setting it came from (`(from dnsLabel / KEGW_DNS_LABEL)`) when one holds it.
 */
export function errorLine(e: unknown, config: RawConfig | undefined): string {
  return oneLine(`error: ${(e as Error).message}${settingHint(e, config)}`);
}

if (require.main === module) main();
