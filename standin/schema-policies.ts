// Schema registries (a gateway-level collection) and the policy types that parse records: schema validation (produce
// and consume) and modify headers (produce and consume, top level or nested in a schema validation policy), after the
// provider's Go SDK models (SchemaRegistryCreate / SchemaRegistryUpdate, EventGatewayProduceSchemaValidationPolicy,
// EventGatewayConsumeSchemaValidationPolicy, EventGatewayModifyHeadersPolicyCreate) and Konnect's OpenAPI spec.
// Choices where Konnect documents nothing are marked "stand-in:".
import type { CollectionSpec } from "./collection";
import { badRequest } from "./http";
import type { PolicyCollection, PolicyType, PolicyTypeArgs } from "./policy-types";
import type { Parents } from "./state";
import { bool, compact, CONDITION, DESCRIPTION, int, labels, NAME, obj, objList, onlyFields, str, unionType } from "./validate";
import { base, secretOut } from "./views";

type Obj = Record<string, unknown>;

/**
 * `/v1/event-gateways/:gatewayId/schema-registries`: create (SchemaRegistryConfluent, the password required), PUT
 * (SchemaRegistryConfluentSensitiveDataAware: the password may be left out, and the stored one is kept). The password
 * is never returned unless it is a vault reference. Stand-in: a registry that schema validation policies use may be
 * deleted (Konnect documents no such check; Terraform deletes the policies first anyway).
 */
export function schemaRegistryCollection(gatewayOf: (params: Record<string, string>) => Parents): CollectionSpec {
  return {
    kind: "schema-registry",
    what: "schema registry",
    path: "/v1/event-gateways/:gatewayId/schema-registries",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: gatewayOf,
    normalize: ({ body, existing }) => {
      onlyFields(body, "", ["type", "name", "description", "config", "labels"]);
      unionType(body, "", ["confluent"]);
      const config = obj(body, "config", "", true);
      onlyFields(config, "config.", ["schema_type", "endpoint", "timeout_seconds", "authentication"]);
      const endpoint = str(config, "endpoint", "config.", true, { min: 1 });
      // format: uri
      if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(endpoint)) throw badRequest("config.endpoint", "must be a URI");
      const auth = obj(config, "authentication", "config.", false);
      let authentication: Obj | undefined;
      if (auth) {
        unionType(auth, "config.authentication.", ["basic"]);
        onlyFields(auth, "config.authentication.", ["type", "username", "password"]);
        const previous = (existing?.data.config as Obj | undefined)?.authentication as Obj | undefined;
        const password = str(auth, "password", "config.authentication.", !existing, { min: 1 }) ?? (previous?.password as string | undefined);
        authentication = compact({ type: "basic", username: str(auth, "username", "config.authentication.", true, { min: 1 }), password });
      }
      return {
        type: "confluent",
        name: str(body, "name", "", true, NAME),
        description: str(body, "description", "", false, DESCRIPTION) ?? "",
        config: compact({
          schema_type: str(config, "schema_type", "config.", true, { oneOf: ["avro", "json"] }),
          endpoint,
          timeout_seconds: int(config, "timeout_seconds", "config.", 10, 1, Number.MAX_SAFE_INTEGER),
          authentication,
        }),
        labels: labels(body, ""),
      };
    },
    view: (o) => {
      const config = o.data.config as Obj;
      const auth = config.authentication as Obj | undefined;
      return { ...base(o), config: auth ? { ...config, authentication: compact({ ...auth, password: secretOut(auth.password) }) } : config };
    },
  };
}

const FAILURE_MODES: Record<"produce" | "consume", readonly string[]> = {
  produce: ["reject", "passthrough", "mark"],
  consume: ["error", "skip", "passthrough", "mark"],
};
const VALIDATION_ACTIONS: Record<"produce" | "consume", readonly string[]> = { produce: ["reject", "mark"], consume: ["mark", "skip"] };

/**
 * A schema validation policy's config: `type` confluent_schema_registry or json, a schema registry of the gateway
 * by `id` or `name` (SchemaRegistryReference), the failure mode and the per-part actions of the phase. Stand-in: a
 * registry given by name is stored by its ID.
 */
function schemaValidation(phase: "produce" | "consume"): PolicyType {
  return {
    collection: `${phase}-policy` as PolicyCollection,
    type: "schema_validation",
    fields: ["config", "condition"],
    normalize: (body, { store, parents }: PolicyTypeArgs) => {
      const config = obj(body, "config", "", true);
      const type = unionType(config, "config.", ["confluent_schema_registry", "json"]);
      onlyFields(config, "config.", ["type", "schema_registry", "failure_mode", "validate_key", "validate_value", "key_validation_action", "value_validation_action"]);
      const ref = obj(config, "schema_registry", "config.", false);
      let registry: Obj | undefined;
      if (ref) {
        onlyFields(ref, "config.schema_registry.", ["id", "name"]);
        const id = str(ref, "id", "config.schema_registry.", false, { min: 1 });
        const name = str(ref, "name", "config.schema_registry.", false, { min: 1, max: 255 });
        const found = store
          .list("schema-registry", { gatewayId: parents.gatewayId })
          .find((r) => (id !== undefined ? r.id === id : name !== undefined && r.data.name === name));
        if (!found) throw badRequest("config.schema_registry", `schema registry ${id ?? name ?? "(neither id nor name given)"} does not exist in this gateway`);
        registry = { id: found.id };
      }
      const flag = (f: string) => (config[f] === undefined || config[f] === null ? undefined : bool(config, f, "config.", false));
      return {
        config: compact({
          type,
          schema_registry: registry,
          failure_mode: str(config, "failure_mode", "config.", false, { oneOf: FAILURE_MODES[phase] }),
          validate_key: flag("validate_key"),
          validate_value: flag("validate_value"),
          key_validation_action: str(config, "key_validation_action", "config.", false, { oneOf: VALIDATION_ACTIONS[phase] }),
          value_validation_action: str(config, "value_validation_action", "config.", false, { oneOf: VALIDATION_ACTIONS[phase] }),
        }),
        condition: str(body, "condition", "", false, CONDITION) ?? "",
      };
    },
  };
}

/**
 * Modify headers: `config.actions`, each `{ op: "set", key, value }` or `{ op: "remove", key }`, at least one when
 * given (minItems 1; the spec does not require the list). Under a schema validation parent (Kong's nesting table).
 */
function modifyHeaders(phase: "produce" | "consume"): PolicyType {
  return {
    collection: `${phase}-policy` as PolicyCollection,
    type: "modify_headers",
    fields: ["config", "condition"],
    parent: "optional",
    parentTypes: ["schema_validation"],
    normalize: (body) => {
      const config = obj(body, "config", "", true);
      onlyFields(config, "config.", ["actions"]);
      const actions = objList(config, "actions", "config.", false, 1)?.map((a, i) => {
        const p = `config.actions.${i}.`;
        const op = str(a, "op", p, true, { oneOf: ["set", "remove"] });
        onlyFields(a, p, op === "set" ? ["op", "key", "value"] : ["op", "key"]);
        const key = str(a, "key", p, true);
        return op === "set" ? { op, key, value: str(a, "value", p, true) } : { op, key };
      });
      return {
        config: compact({ actions }),
        condition: str(body, "condition", "", false, CONDITION) ?? "",
      };
    },
  };
}

export const SCHEMA_POLICY_TYPES: readonly PolicyType[] = [
  schemaValidation("produce"),
  schemaValidation("consume"),
  modifyHeaders("produce"),
  modifyHeaders("consume"),
];
