import { Annotations } from "cdktf";
import { Construct, IConstruct } from "constructs";
import {
  konnectEventGatewayConsumePolicyModifyHeaders as consumeGen,
  konnectEventGatewayProducePolicyModifyHeaders as produceGen,
} from "../.gen/providers/konnect-beta";
import { Condition, renderCondition } from "./condition";
import { IRecordPolicy, parentPolicyId, RecordPolicyCommonOptions, RecordPolicyPhase } from "./policy";
import { escapeTemplate } from "./text";
import { check, fail, NameRegistry, nonEmpty, oneOf, unresolved, validateCommon } from "./validation";
import type { IVirtualCluster } from "./virtual-cluster";
import { policyResourceBase } from "./policy-common";

/** Kong reserves headers starting with this for the gateway's own use (app/_references/event-gateway/.../headers.md). */
export const RESERVED_HEADER_PREFIX = "kong/";

/** One step of a modify-headers policy; the steps run in order. */
export class HeaderAction {
  /** Sets a header (replacing its value if the record has it). */
  public static set(key: string, value: string): HeaderAction {
    return new HeaderAction("set", key, value);
  }

  /** Removes a header. */
  public static remove(key: string): HeaderAction {
    return new HeaderAction("remove", key, undefined);
  }

  private constructor(
    public readonly op: "set" | "remove",
    public readonly key: string,
    public readonly value: string | undefined,
  ) {}
}

export interface ModifyHeadersPolicyOptions extends RecordPolicyCommonOptions {
  /** On records as clients produce them, or as they consume them. @default the parent's phase (required without a parent) */
  readonly phase?: RecordPolicyPhase;
  /** The headers to set and remove, in order (at least one), e.g. `[HeaderAction.remove("debug"), HeaderAction.set("origin", "gateway")]`. */
  readonly actions: HeaderAction[];
  /** Which records to change. @default every record */
  readonly condition?: Condition;
  /**
   * A schema validation policy (of the same phase) to nest this one in: the condition then sees the parsed record
   * (`record.value.*`).
   * @default none: a top-level policy of the virtual cluster
   */
  readonly parent?: IRecordPolicy;
}

export interface ModifyHeadersPolicyProps extends ModifyHeadersPolicyOptions {
  readonly virtualCluster: IVirtualCluster;
}

/**
 * Sets and removes record headers (`konnect_event_gateway_produce_policy_modify_headers` or
 * `konnect_event_gateway_consume_policy_modify_headers`).
 */
export class ModifyHeadersPolicy extends Construct implements IRecordPolicy {
  public readonly name: string;
  public readonly policyId: string;
  public readonly virtualCluster: IVirtualCluster;
  public readonly phase: RecordPolicyPhase;
  public readonly policyType = "modify_headers";
  /** The generated resource (escape hatch). */
  public readonly resource: produceGen.KonnectEventGatewayProducePolicyModifyHeaders | consumeGen.KonnectEventGatewayConsumePolicyModifyHeaders;

  constructor(scope: Construct, id: string, props: ModifyHeadersPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.virtualCluster = props.virtualCluster;
    const phase = props.phase ?? props.parent?.phase;
    if (phase === undefined) fail(this, "phase", undefined, "produce or consume (or a parent to take it from)");
    oneOf(this, "phase", phase, ["produce", "consume"]);
    this.phase = phase;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.virtualCluster, "this virtual cluster").claim(this, "policies", this.name);
    const parentId = parentPolicyId(this, props.parent, this);
    const actions = renderActions(this, props.actions);
    const config = {
      ...policyResourceBase(this, props.virtualCluster, props),
      name: this.name,
      condition: renderCondition(this, props.condition, { phase, schemaValidation: parentId !== undefined }),
      parentPolicyId: parentId,
      config: { actions },
    };
    this.resource =
      phase === "produce"
        ? new produceGen.KonnectEventGatewayProducePolicyModifyHeaders(this, "Default", config)
        : new consumeGen.KonnectEventGatewayConsumePolicyModifyHeaders(this, "Default", config);
    this.policyId = this.resource.id;
  }
}

function renderActions(scope: IConstruct, actions: HeaderAction[]): produceGen.KonnectEventGatewayProducePolicyModifyHeadersConfigActions[] {
  if (unresolved(actions)) fail(scope, "actions", actions, "a list of HeaderAction.set() and HeaderAction.remove() written here");
  check(scope, actions.length > 0, "actions", actions, "at least one HeaderAction.set() or HeaderAction.remove()");
  return actions.map((a, i) => {
    if (!(a instanceof HeaderAction)) fail(scope, `actions[${i}]`, a, "HeaderAction.set(key, value) or HeaderAction.remove(key)");
    nonEmpty(scope, `actions[${i}].key`, a.key);
    if (!unresolved(a.key) && a.key.startsWith(RESERVED_HEADER_PREFIX)) {
      Annotations.of(scope).addWarning(
        `${scope.node.path}: actions[${i}] ${a.op}s header "${a.key}": headers starting with ${RESERVED_HEADER_PREFIX} are reserved for the gateway's own use`,
      );
    }
    // Literal keys and values reach Kong as written: escaped, Terraform does not read `${...}` in them.
    const literal = (text: string) => (unresolved(text) ? text : escapeTemplate(text));
    return a.op === "set" ? { set: { key: literal(a.key), value: literal(a.value!) } } : { remove: { key: literal(a.key) } };
  });
}
