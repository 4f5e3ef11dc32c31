// Entry point of the child process that lookupKongIdentitySync (lookup.ts) starts when the context file has no
// answer: request and options as JSON on stdin, one JSON line on stdout. Not part of the package's API.
import { runLookupChild } from "./lookup";

void runLookupChild();
