// Scratch directories for tests. They live in os.tmpdir(), which the jest global setup points at one directory per
// run that the global teardown removes.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function scratchDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}
