// The Konnect stand-in: startStandin() for tests and tools, `node dist/standin/cli.js` from a shell.
export { DEFAULT_STANDIN_TOKEN, startStandin } from "./server";
export type { Fault, FaultHandle, ObjectView, RequestRecord, Standin, StandinOptions } from "./server";
export { KINDS, type Kind } from "./state";
