// Synthesizes stacks in tests and picks out what the assertions need.
import { App, Testing, TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { scratchDir } from "./scratch";

export function newApp(): App {
  return new App({ outdir: scratchDir("app"), skipValidation: true });
}

export function newStack(id = "test"): TerraformStack {
  return new TerraformStack(newApp(), id);
}

/** The stack's Terraform JSON as `cdktf synth` writes it, minus the `//` metadata. */
export function synth(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** The resources of a type, by logical ID. */
export function resources(json: any, type: string): Record<string, any> {
  return json.resource?.[type] ?? {};
}

/** The one resource of a type (fails when there are none or several). */
export function only(json: any, type: string): any {
  const all = Object.values(resources(json, type));
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** Warnings attached with Annotations anywhere under a construct (run synth first: aspects add some). */
export function warnings(root: IConstruct): string[] {
  return root.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === "@cdktf/warn")
    .map((m) => String(m.data));
}
