// Runs a TypeScript file of this repository in a plain node process (no build, no ts-node): a require hook
// transpiles .ts files with the project's `typescript`, then the file is required (its top-level code runs).
import * as path from "node:path";

/** node arguments that run `file` (a .ts path) with `args` as process.argv.slice(2). */
export function nodeTsArgs(file: string, args: string[] = []): string[] {
  const abs = path.resolve(file);
  const boot =
    `const ts=require(${JSON.stringify(require.resolve("typescript"))});const fs=require("fs");` +
    `require.extensions[".ts"]=(m,f)=>{const o=ts.transpileModule(fs.readFileSync(f,"utf8"),{fileName:f,compilerOptions:` +
    `{module:ts.ModuleKind.CommonJS,target:ts.ScriptTarget.ES2022,esModuleInterop:true}});m._compile(o.outputText,f)};` +
    `process.argv.splice(1,0,${JSON.stringify(abs)});require(${JSON.stringify(abs)});`;
  return ["-e", boot, "--", ...args];
}
