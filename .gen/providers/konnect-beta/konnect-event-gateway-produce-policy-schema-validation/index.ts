// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayProducePolicySchemaValidationConfig extends cdktf.TerraformMetaArguments {
  /**
  * A string containing the boolean expression that determines whether the policy is applied. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#condition KonnectEventGatewayProducePolicySchemaValidation#condition}
  */
  readonly condition?: string;
  /**
  * The configuration of the produce schema validation policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#config KonnectEventGatewayProducePolicySchemaValidation#config}
  */
  readonly config: KonnectEventGatewayProducePolicySchemaValidationConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#description KonnectEventGatewayProducePolicySchemaValidation#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#enabled KonnectEventGatewayProducePolicySchemaValidation#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#gateway_id KonnectEventGatewayProducePolicySchemaValidation#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#labels KonnectEventGatewayProducePolicySchemaValidation#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#name KonnectEventGatewayProducePolicySchemaValidation#name}
  */
  readonly name?: string;
  /**
  * The ID of the Virtual Cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#virtual_cluster_id KonnectEventGatewayProducePolicySchemaValidation#virtual_cluster_id}
  */
  readonly virtualClusterId: string;
}
export interface KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry {
  /**
  * The unique identifier of the schema registry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#id KonnectEventGatewayProducePolicySchemaValidation#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistryToTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistryToHclTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry {
  /**
  * Describes how to handle a failure in a policy applied to produced records.
  * * `reject` - rejects the record batch.
  * * `passthrough` - passes the record silently to the backend cluster even though policy execution failed.
  * * `mark` - passes the record to the backend cluster but marks it with a `kong/policy-failure-<id>` header whose value is the reason for the policy failure (truncated to 512 characters).
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["reject", "passthrough", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#failure_mode KonnectEventGatewayProducePolicySchemaValidation#failure_mode}
  */
  readonly failureMode?: string;
  /**
  * Defines a behavior when record key is not valid.
  * * reject - rejects a batch for topic partition. Only available for produce.
  * * mark - marks a record with kong/server header and client ID value
  *   to help to identify the clients violating schema.
  * possible known values include one of ["reject", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#key_validation_action KonnectEventGatewayProducePolicySchemaValidation#key_validation_action}
  */
  readonly keyValidationAction?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#schema_registry KonnectEventGatewayProducePolicySchemaValidation#schema_registry}
  */
  readonly schemaRegistry?: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry;
  /**
  * If true, validate the record key.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#validate_key KonnectEventGatewayProducePolicySchemaValidation#validate_key}
  */
  readonly validateKey?: boolean | cdktf.IResolvable;
  /**
  * If true, validate the record value.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#validate_value KonnectEventGatewayProducePolicySchemaValidation#validate_value}
  */
  readonly validateValue?: boolean | cdktf.IResolvable;
  /**
  * Defines a behavior when record value is not valid.
  * * reject - rejects a batch for topic partition. Only available for produce.
  * * mark - marks a record with kong/server header and client ID value
  *   to help to identify the clients violating schema.
  * possible known values include one of ["reject", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#value_validation_action KonnectEventGatewayProducePolicySchemaValidation#value_validation_action}
  */
  readonly valueValidationAction?: string;
}

export function konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistryToTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    key_validation_action: cdktf.stringToTerraform(struct!.keyValidationAction),
    schema_registry: konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistryToTerraform(struct!.schemaRegistry),
    validate_key: cdktf.booleanToTerraform(struct!.validateKey),
    validate_value: cdktf.booleanToTerraform(struct!.validateValue),
    value_validation_action: cdktf.stringToTerraform(struct!.valueValidationAction),
  }
}


export function konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistryToHclTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_validation_action: {
      value: cdktf.stringToHclTerraform(struct!.keyValidationAction),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    schema_registry: {
      value: konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistryToHclTerraform(struct!.schemaRegistry),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry",
    },
    validate_key: {
      value: cdktf.booleanToHclTerraform(struct!.validateKey),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    validate_value: {
      value: cdktf.booleanToHclTerraform(struct!.validateValue),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    value_validation_action: {
      value: cdktf.stringToHclTerraform(struct!.valueValidationAction),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._keyValidationAction !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyValidationAction = this._keyValidationAction;
    }
    if (this._schemaRegistry?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.schemaRegistry = this._schemaRegistry?.internalValue;
    }
    if (this._validateKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.validateKey = this._validateKey;
    }
    if (this._validateValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.validateValue = this._validateValue;
    }
    if (this._valueValidationAction !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueValidationAction = this._valueValidationAction;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._failureMode = undefined;
      this._keyValidationAction = undefined;
      this._schemaRegistry.internalValue = undefined;
      this._validateKey = undefined;
      this._validateValue = undefined;
      this._valueValidationAction = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._failureMode = value.failureMode;
      this._keyValidationAction = value.keyValidationAction;
      this._schemaRegistry.internalValue = value.schemaRegistry;
      this._validateKey = value.validateKey;
      this._validateValue = value.validateValue;
      this._valueValidationAction = value.valueValidationAction;
    }
  }

  // failure_mode - computed: false, optional: true, required: false
  private _failureMode?: string; 
  public get failureMode() {
    return this.getStringAttribute('failure_mode');
  }
  public set failureMode(value: string) {
    this._failureMode = value;
  }
  public resetFailureMode() {
    this._failureMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failureModeInput() {
    return this._failureMode;
  }

  // key_validation_action - computed: false, optional: true, required: false
  private _keyValidationAction?: string; 
  public get keyValidationAction() {
    return this.getStringAttribute('key_validation_action');
  }
  public set keyValidationAction(value: string) {
    this._keyValidationAction = value;
  }
  public resetKeyValidationAction() {
    this._keyValidationAction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyValidationActionInput() {
    return this._keyValidationAction;
  }

  // schema_registry - computed: false, optional: true, required: false
  private _schemaRegistry = new KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistryOutputReference(this, "schema_registry");
  public get schemaRegistry() {
    return this._schemaRegistry;
  }
  public putSchemaRegistry(value: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistrySchemaRegistry) {
    this._schemaRegistry.internalValue = value;
  }
  public resetSchemaRegistry() {
    this._schemaRegistry.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaRegistryInput() {
    return this._schemaRegistry.internalValue;
  }

  // validate_key - computed: false, optional: true, required: false
  private _validateKey?: boolean | cdktf.IResolvable; 
  public get validateKey() {
    return this.getBooleanAttribute('validate_key');
  }
  public set validateKey(value: boolean | cdktf.IResolvable) {
    this._validateKey = value;
  }
  public resetValidateKey() {
    this._validateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateKeyInput() {
    return this._validateKey;
  }

  // validate_value - computed: false, optional: true, required: false
  private _validateValue?: boolean | cdktf.IResolvable; 
  public get validateValue() {
    return this.getBooleanAttribute('validate_value');
  }
  public set validateValue(value: boolean | cdktf.IResolvable) {
    this._validateValue = value;
  }
  public resetValidateValue() {
    this._validateValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateValueInput() {
    return this._validateValue;
  }

  // value_validation_action - computed: false, optional: true, required: false
  private _valueValidationAction?: string; 
  public get valueValidationAction() {
    return this.getStringAttribute('value_validation_action');
  }
  public set valueValidationAction(value: string) {
    this._valueValidationAction = value;
  }
  public resetValueValidationAction() {
    this._valueValidationAction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueValidationActionInput() {
    return this._valueValidationAction;
  }
}
export interface KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry {
  /**
  * The unique identifier of the schema registry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#id KonnectEventGatewayProducePolicySchemaValidation#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function konnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistryToTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function konnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistryToHclTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistryOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._id = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface KonnectEventGatewayProducePolicySchemaValidationConfigJson {
  /**
  * Describes how to handle a failure in a policy applied to produced records.
  * * `reject` - rejects the record batch.
  * * `passthrough` - passes the record silently to the backend cluster even though policy execution failed.
  * * `mark` - passes the record to the backend cluster but marks it with a `kong/policy-failure-<id>` header whose value is the reason for the policy failure (truncated to 512 characters).
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["reject", "passthrough", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#failure_mode KonnectEventGatewayProducePolicySchemaValidation#failure_mode}
  */
  readonly failureMode?: string;
  /**
  * Defines a behavior when record key is not valid.
  * * reject - rejects a batch for topic partition. Only available for produce.
  * * mark - marks a record with kong/server header and client ID value
  *   to help to identify the clients violating schema.
  * possible known values include one of ["reject", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#key_validation_action KonnectEventGatewayProducePolicySchemaValidation#key_validation_action}
  */
  readonly keyValidationAction?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#schema_registry KonnectEventGatewayProducePolicySchemaValidation#schema_registry}
  */
  readonly schemaRegistry?: KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry;
  /**
  * If true, validate the record key.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#validate_key KonnectEventGatewayProducePolicySchemaValidation#validate_key}
  */
  readonly validateKey?: boolean | cdktf.IResolvable;
  /**
  * If true, validate the record value.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#validate_value KonnectEventGatewayProducePolicySchemaValidation#validate_value}
  */
  readonly validateValue?: boolean | cdktf.IResolvable;
  /**
  * Defines a behavior when record value is not valid.
  * * reject - rejects a batch for topic partition. Only available for produce.
  * * mark - marks a record with kong/server header and client ID value
  *   to help to identify the clients violating schema.
  * possible known values include one of ["reject", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#value_validation_action KonnectEventGatewayProducePolicySchemaValidation#value_validation_action}
  */
  readonly valueValidationAction?: string;
}

export function konnectEventGatewayProducePolicySchemaValidationConfigJsonToTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigJson | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    key_validation_action: cdktf.stringToTerraform(struct!.keyValidationAction),
    schema_registry: konnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistryToTerraform(struct!.schemaRegistry),
    validate_key: cdktf.booleanToTerraform(struct!.validateKey),
    validate_value: cdktf.booleanToTerraform(struct!.validateValue),
    value_validation_action: cdktf.stringToTerraform(struct!.valueValidationAction),
  }
}


export function konnectEventGatewayProducePolicySchemaValidationConfigJsonToHclTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigJson | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_validation_action: {
      value: cdktf.stringToHclTerraform(struct!.keyValidationAction),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    schema_registry: {
      value: konnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistryToHclTerraform(struct!.schemaRegistry),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry",
    },
    validate_key: {
      value: cdktf.booleanToHclTerraform(struct!.validateKey),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    validate_value: {
      value: cdktf.booleanToHclTerraform(struct!.validateValue),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    value_validation_action: {
      value: cdktf.stringToHclTerraform(struct!.valueValidationAction),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicySchemaValidationConfigJsonOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicySchemaValidationConfigJson | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._keyValidationAction !== undefined) {
      hasAnyValues = true;
      internalValueResult.keyValidationAction = this._keyValidationAction;
    }
    if (this._schemaRegistry?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.schemaRegistry = this._schemaRegistry?.internalValue;
    }
    if (this._validateKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.validateKey = this._validateKey;
    }
    if (this._validateValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.validateValue = this._validateValue;
    }
    if (this._valueValidationAction !== undefined) {
      hasAnyValues = true;
      internalValueResult.valueValidationAction = this._valueValidationAction;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicySchemaValidationConfigJson | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._failureMode = undefined;
      this._keyValidationAction = undefined;
      this._schemaRegistry.internalValue = undefined;
      this._validateKey = undefined;
      this._validateValue = undefined;
      this._valueValidationAction = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._failureMode = value.failureMode;
      this._keyValidationAction = value.keyValidationAction;
      this._schemaRegistry.internalValue = value.schemaRegistry;
      this._validateKey = value.validateKey;
      this._validateValue = value.validateValue;
      this._valueValidationAction = value.valueValidationAction;
    }
  }

  // failure_mode - computed: false, optional: true, required: false
  private _failureMode?: string; 
  public get failureMode() {
    return this.getStringAttribute('failure_mode');
  }
  public set failureMode(value: string) {
    this._failureMode = value;
  }
  public resetFailureMode() {
    this._failureMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failureModeInput() {
    return this._failureMode;
  }

  // key_validation_action - computed: false, optional: true, required: false
  private _keyValidationAction?: string; 
  public get keyValidationAction() {
    return this.getStringAttribute('key_validation_action');
  }
  public set keyValidationAction(value: string) {
    this._keyValidationAction = value;
  }
  public resetKeyValidationAction() {
    this._keyValidationAction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyValidationActionInput() {
    return this._keyValidationAction;
  }

  // schema_registry - computed: false, optional: true, required: false
  private _schemaRegistry = new KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistryOutputReference(this, "schema_registry");
  public get schemaRegistry() {
    return this._schemaRegistry;
  }
  public putSchemaRegistry(value: KonnectEventGatewayProducePolicySchemaValidationConfigJsonSchemaRegistry) {
    this._schemaRegistry.internalValue = value;
  }
  public resetSchemaRegistry() {
    this._schemaRegistry.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get schemaRegistryInput() {
    return this._schemaRegistry.internalValue;
  }

  // validate_key - computed: false, optional: true, required: false
  private _validateKey?: boolean | cdktf.IResolvable; 
  public get validateKey() {
    return this.getBooleanAttribute('validate_key');
  }
  public set validateKey(value: boolean | cdktf.IResolvable) {
    this._validateKey = value;
  }
  public resetValidateKey() {
    this._validateKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateKeyInput() {
    return this._validateKey;
  }

  // validate_value - computed: false, optional: true, required: false
  private _validateValue?: boolean | cdktf.IResolvable; 
  public get validateValue() {
    return this.getBooleanAttribute('validate_value');
  }
  public set validateValue(value: boolean | cdktf.IResolvable) {
    this._validateValue = value;
  }
  public resetValidateValue() {
    this._validateValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateValueInput() {
    return this._validateValue;
  }

  // value_validation_action - computed: false, optional: true, required: false
  private _valueValidationAction?: string; 
  public get valueValidationAction() {
    return this.getStringAttribute('value_validation_action');
  }
  public set valueValidationAction(value: string) {
    this._valueValidationAction = value;
  }
  public resetValueValidationAction() {
    this._valueValidationAction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueValidationActionInput() {
    return this._valueValidationAction;
  }
}
export interface KonnectEventGatewayProducePolicySchemaValidationConfigA {
  /**
  * The configuration of the produce schema validation policy when using a schema registry.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#confluent_schema_registry KonnectEventGatewayProducePolicySchemaValidation#confluent_schema_registry}
  */
  readonly confluentSchemaRegistry?: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry;
  /**
  * The configuration of the produce schema validation policy when using JSON parsing without schema.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#json KonnectEventGatewayProducePolicySchemaValidation#json}
  */
  readonly json?: KonnectEventGatewayProducePolicySchemaValidationConfigJson;
}

export function konnectEventGatewayProducePolicySchemaValidationConfigAToTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    confluent_schema_registry: konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistryToTerraform(struct!.confluentSchemaRegistry),
    json: konnectEventGatewayProducePolicySchemaValidationConfigJsonToTerraform(struct!.json),
  }
}


export function konnectEventGatewayProducePolicySchemaValidationConfigAToHclTerraform(struct?: KonnectEventGatewayProducePolicySchemaValidationConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    confluent_schema_registry: {
      value: konnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistryToHclTerraform(struct!.confluentSchemaRegistry),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry",
    },
    json: {
      value: konnectEventGatewayProducePolicySchemaValidationConfigJsonToHclTerraform(struct!.json),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicySchemaValidationConfigJson",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicySchemaValidationConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicySchemaValidationConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._confluentSchemaRegistry?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.confluentSchemaRegistry = this._confluentSchemaRegistry?.internalValue;
    }
    if (this._json?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.json = this._json?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicySchemaValidationConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._confluentSchemaRegistry.internalValue = undefined;
      this._json.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._confluentSchemaRegistry.internalValue = value.confluentSchemaRegistry;
      this._json.internalValue = value.json;
    }
  }

  // confluent_schema_registry - computed: false, optional: true, required: false
  private _confluentSchemaRegistry = new KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistryOutputReference(this, "confluent_schema_registry");
  public get confluentSchemaRegistry() {
    return this._confluentSchemaRegistry;
  }
  public putConfluentSchemaRegistry(value: KonnectEventGatewayProducePolicySchemaValidationConfigConfluentSchemaRegistry) {
    this._confluentSchemaRegistry.internalValue = value;
  }
  public resetConfluentSchemaRegistry() {
    this._confluentSchemaRegistry.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get confluentSchemaRegistryInput() {
    return this._confluentSchemaRegistry.internalValue;
  }

  // json - computed: false, optional: true, required: false
  private _json = new KonnectEventGatewayProducePolicySchemaValidationConfigJsonOutputReference(this, "json");
  public get json() {
    return this._json;
  }
  public putJson(value: KonnectEventGatewayProducePolicySchemaValidationConfigJson) {
    this._json.internalValue = value;
  }
  public resetJson() {
    this._json.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jsonInput() {
    return this._json.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation konnect_event_gateway_produce_policy_schema_validation}
*/
export class KonnectEventGatewayProducePolicySchemaValidation extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_produce_policy_schema_validation";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayProducePolicySchemaValidation resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayProducePolicySchemaValidation to import
  * @param importFromId The id of the existing KonnectEventGatewayProducePolicySchemaValidation that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayProducePolicySchemaValidation to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_produce_policy_schema_validation", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_schema_validation konnect_event_gateway_produce_policy_schema_validation} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayProducePolicySchemaValidationConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayProducePolicySchemaValidationConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_produce_policy_schema_validation',
      terraformGeneratorMetadata: {
        providerName: 'konnect-beta',
        providerVersion: '0.19.0',
        providerVersionConstraint: '0.19.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._condition = config.condition;
    this._config.internalValue = config.config;
    this._description = config.description;
    this._enabled = config.enabled;
    this._gatewayId = config.gatewayId;
    this._labels = config.labels;
    this._name = config.name;
    this._virtualClusterId = config.virtualClusterId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // condition - computed: true, optional: true, required: false
  private _condition?: string; 
  public get condition() {
    return this.getStringAttribute('condition');
  }
  public set condition(value: string) {
    this._condition = value;
  }
  public resetCondition() {
    this._condition = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conditionInput() {
    return this._condition;
  }

  // config - computed: false, optional: false, required: true
  private _config = new KonnectEventGatewayProducePolicySchemaValidationConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayProducePolicySchemaValidationConfigA) {
    this._config.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get configInput() {
    return this._config.internalValue;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // gateway_id - computed: false, optional: false, required: true
  private _gatewayId?: string; 
  public get gatewayId() {
    return this.getStringAttribute('gateway_id');
  }
  public set gatewayId(value: string) {
    this._gatewayId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayIdInput() {
    return this._gatewayId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // labels - computed: true, optional: true, required: false
  private _labels?: { [key: string]: string }; 
  public get labels() {
    return this.getStringMapAttribute('labels');
  }
  public set labels(value: { [key: string]: string }) {
    this._labels = value;
  }
  public resetLabels() {
    this._labels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelsInput() {
    return this._labels;
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // parent_policy_id - computed: true, optional: false, required: false
  public get parentPolicyId() {
    return this.getStringAttribute('parent_policy_id');
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // virtual_cluster_id - computed: false, optional: false, required: true
  private _virtualClusterId?: string; 
  public get virtualClusterId() {
    return this.getStringAttribute('virtual_cluster_id');
  }
  public set virtualClusterId(value: string) {
    this._virtualClusterId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get virtualClusterIdInput() {
    return this._virtualClusterId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      condition: cdktf.stringToTerraform(this._condition),
      config: konnectEventGatewayProducePolicySchemaValidationConfigAToTerraform(this._config.internalValue),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      gateway_id: cdktf.stringToTerraform(this._gatewayId),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      virtual_cluster_id: cdktf.stringToTerraform(this._virtualClusterId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      condition: {
        value: cdktf.stringToHclTerraform(this._condition),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      config: {
        value: konnectEventGatewayProducePolicySchemaValidationConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayProducePolicySchemaValidationConfigA",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      gateway_id: {
        value: cdktf.stringToHclTerraform(this._gatewayId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      labels: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      virtual_cluster_id: {
        value: cdktf.stringToHclTerraform(this._virtualClusterId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
