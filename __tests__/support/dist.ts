// Compiles the project to dist/ (incremental), for tests that run the compiled app or CLIs as cdktf does.
import { execFileSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

export function buildDist(): void {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-b", "tsconfig.json"], { cwd: ROOT });
}
