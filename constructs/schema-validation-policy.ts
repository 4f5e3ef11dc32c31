import { Annotations } from "cdktf";
import { Construct, IConstruct } from "constructs";
import {
  konnectEventGatewayConsumePolicySchemaValidation as consumeGen,
  konnectEventGatewayProducePolicySchemaValidation as produceGen,
} from "../.gen/providers/konnect-beta";
import { Condition, renderCondition } from "./condition";
import type { ModifyHeadersPolicy, ModifyHeadersPolicyOptions } from "./modify-headers-policy";
import { IRecordPolicy, RecordPolicyCommonOptions, RecordPolicyPhase } from "./policy";
import type { ISchemaRegistry } from "./schema-registry";
import type { SkipRecordPolicy, SkipRecordPolicyOptions } from "./skip-record-policy";
import { fail, NameRegistry, oneOf, sameGateway, unresolved, validateCommon } from "./validation";
import type { IVirtualCluster } from "./virtual-cluster";
import { policyResourceBase } from "./policy-common";

/** What a produce schema validation does with a record that fails (Konnect's `failure_mode`, runtime 1.2+). */
export type ProduceFailureMode = "reject" | "passthrough" | "mark";
/** What a consume schema validation does with a record that fails (Konnect's `failure_mode`, runtime 1.2+). */
export type ConsumeFailureMode = "error" | "skip" | "passthrough" | "mark";
/** Per part of the record (`key_validation_action`, `value_validation_action`): produce `reject` or `mark`; consume `skip` or `mark` (deprecated there). */
export type ValidationAction = "reject" | "mark" | "skip";

export const PRODUCE_FAILURE_MODES: readonly ProduceFailureMode[] = ["reject", "passthrough", "mark"];
export const CONSUME_FAILURE_MODES: readonly ConsumeFailureMode[] = ["error", "skip", "passthrough", "mark"];
const VALIDATION_ACTIONS: Record<RecordPolicyPhase, readonly ValidationAction[]> = { produce: ["reject", "mark"], consume: ["mark", "skip"] };

/** How records are parsed and validated: against a schema registry, or as JSON without a schema. */
export class SchemaValidation {
  /** Against a Confluent schema registry of the same gateway (`confluent_schema_registry`). */
  public static registry(registry: ISchemaRegistry): SchemaValidation {
    return new SchemaValidation("confluent_schema_registry", registry);
  }

  /** Parsed as JSON, without a schema (`json`): a record is valid when it is JSON. */
  public static json(): SchemaValidation {
    return new SchemaValidation("json", undefined);
  }

  private constructor(
    public readonly type: "confluent_schema_registry" | "json",
    public readonly registry: ISchemaRegistry | undefined,
  ) {}
}

export interface SchemaValidationPolicyOptions extends RecordPolicyCommonOptions {
  /** Validate records as clients produce them, or as they consume them. */
  readonly phase: RecordPolicyPhase;
  /** `SchemaValidation.registry(registry)` or `SchemaValidation.json()`. */
  readonly validation: SchemaValidation;
  /**
   * Which records to validate, e.g. `Condition.raw("context.topic.name.startsWith('orders')")` (the record's
   * content is not known yet: `record.value.*` is for child policies).
   * @default every record
   */
  readonly condition?: Condition;
  /**
   * What happens to a record that fails: produce `reject` (the batch), `passthrough`, `mark` (a
   * `kong/policy-failure-<id>` header); consume `error` (the batch is not delivered), `skip`, `passthrough`, `mark`.
   * With `passthrough` or `mark`, child policies see `record.value.validated` false and can act on it. Runtime 1.2+.
   * @default Konnect's default (not sent)
   */
  readonly failureMode?: ProduceFailureMode | ConsumeFailureMode;
  /** Validate the record key. Runtime 1.2+. @default Konnect's default (not sent) */
  readonly validateKey?: boolean;
  /** Validate the record value. Runtime 1.2+. @default Konnect's default (not sent) */
  readonly validateValue?: boolean;
  /** What to do when the key is invalid: produce `reject` or `mark`; consume `mark` or `skip` (deprecated: use failureMode). @default not sent */
  readonly keyValidationAction?: ValidationAction;
  /** What to do when the value is invalid: produce `reject` or `mark`; consume `mark` or `skip` (deprecated: use failureMode). @default not sent */
  readonly valueValidationAction?: ValidationAction;
}

export interface SchemaValidationPolicyProps extends SchemaValidationPolicyOptions {
  readonly virtualCluster: IVirtualCluster;
}

/**
 * A schema validation policy of a virtual cluster (`konnect_event_gateway_produce_policy_schema_validation` or
 * `konnect_event_gateway_consume_policy_schema_validation`): it parses records and validates them, and is the parent
 * that modify-headers, skip-record, encrypt-fields and decrypt-fields policies nest in to read `record.value.*`.
 */
export class SchemaValidationPolicy extends Construct implements IRecordPolicy {
  public readonly name: string;
  public readonly policyId: string;
  public readonly virtualCluster: IVirtualCluster;
  public readonly phase: RecordPolicyPhase;
  public readonly policyType = "schema_validation";
  public readonly enabled?: boolean;
  public readonly renderedCondition: string;
  /** The generated resource (escape hatch). */
  public readonly resource: produceGen.KonnectEventGatewayProducePolicySchemaValidation | consumeGen.KonnectEventGatewayConsumePolicySchemaValidation;

  constructor(scope: Construct, id: string, props: SchemaValidationPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.virtualCluster = props.virtualCluster;
    this.phase = props.phase;
    validateCommon(this, this.name, props);
    oneOf(this, "phase", props.phase, ["produce", "consume"]);
    NameRegistry.of(props.virtualCluster, "this virtual cluster").claim(this, "policies", this.name);
    const config = renderConfig(this, props);
    const common = {
      ...policyResourceBase(this, props.virtualCluster, props),
      name: this.name,
      condition: renderCondition(this, props.condition, { phase: props.phase }),
    };
    this.resource =
      props.phase === "produce"
        ? new produceGen.KonnectEventGatewayProducePolicySchemaValidation(this, "Default", {
            ...common,
            config: config.type === "json" ? { json: config.fields } : { confluentSchemaRegistry: config.fields },
          })
        : new consumeGen.KonnectEventGatewayConsumePolicySchemaValidation(this, "Default", {
            ...common,
            config: { type: config.type, ...config.fields },
          });
    // cdktf drops a nested object whose fields are all unset; the union's member must still be there.
    if (props.phase === "produce" && Object.values(config.fields).every((v) => v === undefined)) {
      this.resource.addOverride(`config.${config.type}`, {});
    }
    this.policyId = this.resource.id;
    this.enabled = props.enabled === undefined ? true : unresolved(props.enabled) ? undefined : props.enabled;
    this.renderedCondition = common.condition ?? "";
  }

  /** Adds a skip-record policy nested in this (consume) one: its condition sees `record.value.*`, e.g. `Condition.recordInvalid()`. */
  public addSkipRecordPolicy(id: string, options: Omit<SkipRecordPolicyOptions, "parent">): SkipRecordPolicy {
    return this.virtualCluster.addSkipRecordPolicy(id, { ...options, parent: this });
  }

  /** Adds a modify-headers policy nested in this one, in its phase: its condition sees `record.value.*`. */
  public addModifyHeadersPolicy(id: string, options: Omit<ModifyHeadersPolicyOptions, "parent" | "phase">): ModifyHeadersPolicy {
    return this.virtualCluster.addModifyHeadersPolicy(id, { ...options, phase: this.phase, parent: this });
  }
}

interface RenderedConfig {
  readonly type: "confluent_schema_registry" | "json";
  readonly fields: {
    schemaRegistry?: { id: string };
    failureMode?: string;
    validateKey?: boolean;
    validateValue?: boolean;
    keyValidationAction?: string;
    valueValidationAction?: string;
  };
}

function renderConfig(scope: IConstruct, props: SchemaValidationPolicyProps): RenderedConfig {
  const { validation, phase } = props;
  if (!(validation instanceof SchemaValidation)) fail(scope, "validation", validation, "SchemaValidation.registry(registry) or SchemaValidation.json()");
  const registry = validation.registry;
  if (registry && !sameGateway(registry.gateway, props.virtualCluster.gateway)) {
    fail(scope, "validation", registry.node.path, "a schema registry of the virtual cluster's gateway");
  }
  oneOf<string>(scope, "failureMode", props.failureMode, phase === "produce" ? PRODUCE_FAILURE_MODES : CONSUME_FAILURE_MODES);
  oneOf<string>(scope, "keyValidationAction", props.keyValidationAction, VALIDATION_ACTIONS[phase]);
  oneOf<string>(scope, "valueValidationAction", props.valueValidationAction, VALIDATION_ACTIONS[phase]);
  if (props.validateKey === false && props.validateValue === false) {
    fail(scope, "validateValue", false, "true, or validateKey true: with neither, nothing is validated");
  }
  if (phase === "consume" && (props.keyValidationAction || props.valueValidationAction)) {
    Annotations.of(scope).addWarning(`${scope.node.path}: keyValidationAction and valueValidationAction are deprecated for consume policies; use failureMode`);
  }
  return {
    type: validation.type,
    fields: {
      schemaRegistry: registry && { id: registry.schemaRegistryId },
      failureMode: props.failureMode,
      validateKey: props.validateKey,
      validateValue: props.validateValue,
      keyValidationAction: props.keyValidationAction,
      valueValidationAction: props.valueValidationAction,
    },
  };
}
