// The app `cdktf synth` and `cdktf deploy` run (compiled to dist/main.js; cdktf.json runs it through scripts/app.js,
// which compiles first when a source changed).
import { App } from "cdktf";
import { EventGatewayStack, synthMainStack } from "./app/stack";
import { oneLine } from "./constructs/text";

export { EventGatewayStack };

/** Synthesizes main.ts's stack into CDKTF_OUTDIR (cdktf.out); a bad setting exits 1 with one line. */
export function main(): void {
  try {
    synthMainStack(new App());
  } catch (e) {
    console.error(oneLine(`error: ${(e as Error).message}`));
    process.exit(1);
  }
}

if (require.main === module) main();
