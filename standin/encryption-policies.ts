// The encryption policy types (konnect-beta 0.19.0's EventGatewayEncryptPolicy, EventGatewayDecryptPolicy and the
// parsed-record EncryptFields / DecryptFields policies). Encrypt policies name their key (a static key of the
// gateway by ID, or an AWS KMS ARN); decrypt policies name only key sources (`static`, `aws`): the key's ID travels
// with each encrypted record. The *_fields policies are children of a schema validation policy of their phase.
import { badRequest } from "./http";
import type { PolicyType, PolicyTypeArgs } from "./policy-types";
import { CONDITION, isObj, objList, onlyFields, str, strList, unionType } from "./validate";

type Obj = Record<string, unknown>;

const PARTS = ["key", "value"];

/** EncryptionKey: `{type: static, key: {id}}` naming a static key of this gateway, or `{type: aws, arn}`. */
function encryptionKey(o: Obj, field: string, { store, parents }: PolicyTypeArgs): Obj {
  const k = o[field];
  const p = `${field}.`;
  if (!isObj(k)) throw badRequest(field, "is required and must be an object");
  const type = unionType(k, p, ["static", "aws"]);
  if (type === "aws") {
    onlyFields(k, p, ["type", "arn"]);
    // Konnect's schema types the ARN as a string; the stand-in checks no more than that it is one.
    return { type, arn: str(k, "arn", p, true, { min: 1 }) };
  }
  onlyFields(k, p, ["type", "key"]);
  const ref = k.key;
  if (!isObj(ref)) throw badRequest(`${p}key`, "is required and must be an object");
  onlyFields(ref, `${p}key.`, ["id"]);
  const id = str(ref, "id", `${p}key.`, true, { min: 1 });
  const key = store.get("static-key", id);
  // Konnect documents references between entities as resolved by ID; a key of another gateway is not found.
  if (!key || key.parents.gatewayId !== parents.gatewayId) throw badRequest(`${p}key.id`, `static key ${id} does not exist in this gateway`);
  return { type, key: { id } };
}

/** EventGatewayKeySource list: `{type: static}` or `{type: aws}`, at least one. */
function keySources(config: Obj): Obj[] {
  const list = objList(config, "key_sources", "config.", true, 1)!;
  return list.map((s, i) => {
    const p = `config.key_sources.${i}.`;
    const type = unionType(s, p, ["static", "aws"]);
    onlyFields(s, p, ["type"]);
    return { type };
  });
}

function parts(config: Obj): string[] {
  return strList(config, "part_of_record", "config.", { required: true, item: { oneOf: PARTS } })!;
}

function paths(o: Obj, prefix: string): Obj[] {
  return objList(o, "paths", prefix, true)!.map((x, i) => {
    onlyFields(x, `${prefix}paths.${i}.`, ["match"]);
    return { match: str(x, "match", `${prefix}paths.${i}.`, true, { min: 1 }) };
  });
}

const condition = (body: Obj): string => str(body, "condition", "", false, CONDITION) ?? "";

export const ENCRYPT: PolicyType = {
  collection: "produce-policy",
  type: "encrypt",
  fields: ["config", "condition"],
  normalize: (body, args) => {
    const config = body.config;
    if (!isObj(config)) throw badRequest("config", "is required and must be an object");
    onlyFields(config, "config.", ["failure_mode", "part_of_record", "encryption_key"]);
    return {
      condition: condition(body),
      config: {
        failure_mode: str(config, "failure_mode", "config.", true, { oneOf: ["error", "passthrough"] }),
        part_of_record: parts(config),
        encryption_key: encryptionKey(config, "encryption_key", args),
      },
    };
  },
};

export const DECRYPT: PolicyType = {
  collection: "consume-policy",
  type: "decrypt",
  fields: ["config", "condition"],
  normalize: (body) => {
    const config = body.config;
    if (!isObj(config)) throw badRequest("config", "is required and must be an object");
    onlyFields(config, "config.", ["failure_mode", "key_sources", "part_of_record"]);
    return {
      condition: condition(body),
      config: {
        failure_mode: str(config, "failure_mode", "config.", true, { oneOf: ["error", "passthrough"] }),
        key_sources: keySources(config),
        part_of_record: parts(config),
      },
    };
  },
};

export const ENCRYPT_FIELDS: PolicyType = {
  collection: "produce-policy",
  type: "encrypt_fields",
  fields: ["config", "condition"],
  parent: "required",
  parentTypes: ["schema_validation"],
  normalize: (body, args) => {
    const config = body.config;
    if (!isObj(config)) throw badRequest("config", "is required and must be an object");
    onlyFields(config, "config.", ["failure_mode", "encrypt_fields"]);
    return {
      condition: condition(body),
      config: {
        failure_mode: str(config, "failure_mode", "config.", true, { oneOf: ["reject", "passthrough", "mark"] }),
        encrypt_fields: objList(config, "encrypt_fields", "config.", true)!.map((f, i) => {
          const p = `config.encrypt_fields.${i}.`;
          onlyFields(f, p, ["encryption_key", "paths"]);
          return { encryption_key: encryptionKey(f, "encryption_key", args), paths: paths(f, p) };
        }),
      },
    };
  },
};

export const DECRYPT_FIELDS: PolicyType = {
  collection: "consume-policy",
  type: "decrypt_fields",
  fields: ["config", "condition"],
  parent: "required",
  parentTypes: ["schema_validation"],
  normalize: (body) => {
    const config = body.config;
    if (!isObj(config)) throw badRequest("config", "is required and must be an object");
    onlyFields(config, "config.", ["failure_mode", "key_sources", "decrypt_fields"]);
    const fields = config.decrypt_fields;
    if (!isObj(fields)) throw badRequest("config.decrypt_fields", "is required and must be an object");
    onlyFields(fields, "config.decrypt_fields.", ["paths"]);
    return {
      condition: condition(body),
      config: {
        failure_mode: str(config, "failure_mode", "config.", true, { oneOf: ["error", "skip", "passthrough", "mark"] }),
        key_sources: keySources(config),
        decrypt_fields: { paths: paths(fields, "config.decrypt_fields.") },
      },
    };
  },
};

export const ENCRYPTION_POLICY_TYPES: readonly PolicyType[] = [ENCRYPT, DECRYPT, ENCRYPT_FIELDS, DECRYPT_FIELDS];
