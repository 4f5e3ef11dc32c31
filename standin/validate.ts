// Field checks of request bodies; a failed check is a 400 problem+json naming the field (never echoing secrets).
import { badRequest } from "./http";

type Obj = Record<string, unknown>;

export interface StrOpts {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  readonly oneOf?: readonly string[];
}

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Refuses fields the collection does not know (Konnect's schemas say additionalProperties: false). */
export function onlyFields(o: Obj, prefix: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) throw badRequest(prefix + k, "is not a known field");
  }
}

export function str(o: Obj, field: string, prefix: string, required: true, opts?: StrOpts): string;
export function str(o: Obj, field: string, prefix: string, required: boolean, opts?: StrOpts): string | undefined;
export function str(o: Obj, field: string, prefix: string, required: boolean, opts: StrOpts = {}): string | undefined {
  const v = o[field];
  const name = prefix + field;
  if (v === undefined || v === null) {
    if (required) throw badRequest(name, "is required");
    return undefined;
  }
  if (typeof v !== "string") throw badRequest(name, "must be a string");
  if (opts.min !== undefined && v.length < opts.min) throw badRequest(name, `must be at least ${opts.min} characters long`);
  if (opts.max !== undefined && v.length > opts.max) throw badRequest(name, `must be at most ${opts.max} characters long`);
  if (opts.pattern && !opts.pattern.test(v)) throw badRequest(name, `must match ${opts.pattern.source}`);
  if (opts.oneOf && !opts.oneOf.includes(v)) throw badRequest(name, `must be one of: ${opts.oneOf.join(", ")}`);
  return v;
}

export function bool(o: Obj, field: string, prefix: string, dflt: boolean): boolean {
  const v = o[field];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== "boolean") throw badRequest(prefix + field, "must be a boolean");
  return v;
}

export function int(o: Obj, field: string, prefix: string, dflt: number | undefined, min: number, max: number): number | undefined {
  const v = o[field];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== "number" || !Number.isInteger(v)) throw badRequest(prefix + field, "must be an integer");
  if (v < min || v > max) throw badRequest(prefix + field, `must be between ${min} and ${max}`);
  return v;
}

export function strList(
  o: Obj,
  field: string,
  prefix: string,
  opts: { required?: boolean; minItems?: number; unique?: boolean; item?: StrOpts } = {},
): string[] | undefined {
  const v = o[field];
  const name = prefix + field;
  if (v === undefined || v === null) {
    if (opts.required) throw badRequest(name, "is required");
    return undefined;
  }
  if (!Array.isArray(v)) throw badRequest(name, "must be an array of strings");
  v.forEach((item, i) => str({ [String(i)]: item }, String(i), `${name}.`, true, opts.item));
  if (opts.minItems !== undefined && v.length < opts.minItems) throw badRequest(name, `must have at least ${opts.minItems} item(s)`);
  if (opts.unique && new Set(v).size !== v.length) throw badRequest(name, "must not repeat items");
  return [...(v as string[])];
}

export function obj(o: Obj, field: string, prefix: string, required: true): Obj;
export function obj(o: Obj, field: string, prefix: string, required: false): Obj | undefined;
export function obj(o: Obj, field: string, prefix: string, required: boolean): Obj | undefined {
  const v = o[field];
  if (v === undefined || v === null) {
    if (required) throw badRequest(prefix + field, "is required");
    return undefined;
  }
  if (!isObj(v)) throw badRequest(prefix + field, "must be an object");
  return v;
}

export function objList(o: Obj, field: string, prefix: string, required: boolean, minItems = 0): Obj[] | undefined {
  const v = o[field];
  if (v === undefined || v === null) {
    if (required) throw badRequest(prefix + field, "is required");
    return undefined;
  }
  if (!Array.isArray(v) || !v.every(isObj)) throw badRequest(prefix + field, "must be an array of objects");
  if (v.length < minItems) throw badRequest(prefix + field, `must have at least ${minItems} item(s)`);
  return v as Obj[];
}

const RESERVED_LABEL_PREFIXES = ["kong", "konnect", "mesh", "kic", "_"];
const LABEL_VALUE = /^[a-z0-9A-Z]{1}([a-z0-9A-Z-._]*[a-z0-9A-Z]+)?$/;

/** Konnect labels: at most 50, keys 1-63 characters not starting with a reserved prefix, values 1-63 [A-Za-z0-9-._]. */
export function labels(o: Obj, prefix: string): Record<string, string> {
  const v = o.labels;
  if (v === undefined || v === null) return {};
  if (!isObj(v)) throw badRequest(prefix + "labels", "must be an object of strings");
  const entries = Object.entries(v);
  if (entries.length > 50) throw badRequest(prefix + "labels", "must have at most 50 entries");
  for (const [k, val] of entries) {
    if (k.length < 1 || k.length > 63) throw badRequest(`${prefix}labels.${k}`, "key must be 1-63 characters long");
    if (RESERVED_LABEL_PREFIXES.some((p) => k.startsWith(p))) {
      throw badRequest(`${prefix}labels.${k}`, `key must not start with ${RESERVED_LABEL_PREFIXES.join(", ")}`);
    }
    if (typeof val !== "string" || val.length > 63 || !LABEL_VALUE.test(val)) {
      throw badRequest(`${prefix}labels.${k}`, "value must be 1-63 letters, digits, '-', '.' or '_'");
    }
  }
  return { ...(v as Record<string, string>) };
}

/** A union member's discriminator. */
export function unionType(o: Obj, prefix: string, allowed: readonly string[]): string {
  const t = str(o, "type", prefix, true);
  if (!allowed.includes(t)) throw badRequest(prefix + "type", `must be one of: ${allowed.join(", ")}`);
  return t;
}

/** Drops undefined values (so responses carry only what is set). */
export function compact<T extends Obj>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Konnect's name pattern for event gateway objects (letters, digits, then also space _ - . : / + '). */
export const ENTITY_NAME = /^[\p{L}\p{N}]([\p{L}\p{N} _\-.:/+']*[\p{L}\p{N}])?$/u;

/** An event gateway object's required `name` (Konnect's limits, for `str`). */
export const NAME = { min: 1, max: 255, pattern: ENTITY_NAME };
/** An event gateway object's `description`: at most 512 characters. */
export const DESCRIPTION = { max: 512 };
/** A policy's `condition`: at most 1000 characters. */
export const CONDITION = { max: 1000 };
