// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayConsumePolicyDecryptConfig extends cdktf.TerraformMetaArguments {
  /**
  * A string containing the boolean expression that determines whether the policy is applied. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#condition KonnectEventGatewayConsumePolicyDecrypt#condition}
  */
  readonly condition?: string;
  /**
  * The configuration of the decrypt policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#config KonnectEventGatewayConsumePolicyDecrypt#config}
  */
  readonly config: KonnectEventGatewayConsumePolicyDecryptConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#description KonnectEventGatewayConsumePolicyDecrypt#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#enabled KonnectEventGatewayConsumePolicyDecrypt#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#gateway_id KonnectEventGatewayConsumePolicyDecrypt#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#labels KonnectEventGatewayConsumePolicyDecrypt#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#name KonnectEventGatewayConsumePolicyDecrypt#name}
  */
  readonly name?: string;
  /**
  * The ID of the Virtual Cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#virtual_cluster_id KonnectEventGatewayConsumePolicyDecrypt#virtual_cluster_id}
  */
  readonly virtualClusterId: string;
}
export interface KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws {
}

export function konnectEventGatewayConsumePolicyDecryptConfigKeySourcesAwsToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function konnectEventGatewayConsumePolicyDecryptConfigKeySourcesAwsToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAwsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic {
}

export function konnectEventGatewayConsumePolicyDecryptConfigKeySourcesStaticToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function konnectEventGatewayConsumePolicyDecryptConfigKeySourcesStaticToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStaticOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
    }
  }
}
export interface KonnectEventGatewayConsumePolicyDecryptConfigKeySources {
  /**
  * A key source that uses an AWS KMS to find a symmetric key. Load KMS credentials from the environment.
  * 
  * See [aws docs](https://docs.aws.amazon.com/sdk-for-rust/latest/dg/credproviders.html#credproviders-default-credentials-provider-chain)
  * for more information about how credential retrieval.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#aws KonnectEventGatewayConsumePolicyDecrypt#aws}
  */
  readonly aws?: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws;
  /**
  * A key source that uses static symmetric keys.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#static KonnectEventGatewayConsumePolicyDecrypt#static}
  */
  readonly static?: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic;
}

export function konnectEventGatewayConsumePolicyDecryptConfigKeySourcesToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigKeySources | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aws: konnectEventGatewayConsumePolicyDecryptConfigKeySourcesAwsToTerraform(struct!.aws),
    static: konnectEventGatewayConsumePolicyDecryptConfigKeySourcesStaticToTerraform(struct!.static),
  }
}


export function konnectEventGatewayConsumePolicyDecryptConfigKeySourcesToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigKeySources | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aws: {
      value: konnectEventGatewayConsumePolicyDecryptConfigKeySourcesAwsToHclTerraform(struct!.aws),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws",
    },
    static: {
      value: konnectEventGatewayConsumePolicyDecryptConfigKeySourcesStaticToHclTerraform(struct!.static),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptConfigKeySources | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aws?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.aws = this._aws?.internalValue;
    }
    if (this._static?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.static = this._static?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptConfigKeySources | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aws.internalValue = undefined;
      this._static.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aws.internalValue = value.aws;
      this._static.internalValue = value.static;
    }
  }

  // aws - computed: false, optional: true, required: false
  private _aws = new KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }
  public putAws(value: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesAws) {
    this._aws.internalValue = value;
  }
  public resetAws() {
    this._aws.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsInput() {
    return this._aws.internalValue;
  }

  // static - computed: false, optional: true, required: false
  private _static = new KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStaticOutputReference(this, "static");
  public get static() {
    return this._static;
  }
  public putStatic(value: KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesStatic) {
    this._static.internalValue = value;
  }
  public resetStatic() {
    this._static.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get staticInput() {
    return this._static.internalValue;
  }
}

export class KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayConsumePolicyDecryptConfigKeySources[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesOutputReference {
    return new KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayConsumePolicyDecryptConfigA {
  /**
  * Describes how to handle failing encryption or decryption.
  * Use `error` if the record should be rejected if encryption or decryption fails.
  * Use `passthrough` to ignore encryption or decryption failure and continue proxying the record.
  * possible known values include one of ["error", "passthrough"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#failure_mode KonnectEventGatewayConsumePolicyDecrypt#failure_mode}
  */
  readonly failureMode: string;
  /**
  * Describes how to find a symmetric key for decryption.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#key_sources KonnectEventGatewayConsumePolicyDecrypt#key_sources}
  */
  readonly keySources: KonnectEventGatewayConsumePolicyDecryptConfigKeySources[] | cdktf.IResolvable;
  /**
  * Describes the parts of a record to decrypt.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#part_of_record KonnectEventGatewayConsumePolicyDecrypt#part_of_record}
  */
  readonly partOfRecord: string[];
}

export function konnectEventGatewayConsumePolicyDecryptConfigAToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    key_sources: cdktf.listMapper(konnectEventGatewayConsumePolicyDecryptConfigKeySourcesToTerraform, false)(struct!.keySources),
    part_of_record: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.partOfRecord),
  }
}


export function konnectEventGatewayConsumePolicyDecryptConfigAToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptConfigA | cdktf.IResolvable): any {
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
    key_sources: {
      value: cdktf.listMapperHcl(konnectEventGatewayConsumePolicyDecryptConfigKeySourcesToHclTerraform, false)(struct!.keySources),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesList",
    },
    part_of_record: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.partOfRecord),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayConsumePolicyDecryptConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._keySources?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.keySources = this._keySources?.internalValue;
    }
    if (this._partOfRecord !== undefined) {
      hasAnyValues = true;
      internalValueResult.partOfRecord = this._partOfRecord;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._failureMode = undefined;
      this._keySources.internalValue = undefined;
      this._partOfRecord = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._failureMode = value.failureMode;
      this._keySources.internalValue = value.keySources;
      this._partOfRecord = value.partOfRecord;
    }
  }

  // failure_mode - computed: false, optional: false, required: true
  private _failureMode?: string; 
  public get failureMode() {
    return this.getStringAttribute('failure_mode');
  }
  public set failureMode(value: string) {
    this._failureMode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get failureModeInput() {
    return this._failureMode;
  }

  // key_sources - computed: false, optional: false, required: true
  private _keySources = new KonnectEventGatewayConsumePolicyDecryptConfigKeySourcesList(this, "key_sources", false);
  public get keySources() {
    return this._keySources;
  }
  public putKeySources(value: KonnectEventGatewayConsumePolicyDecryptConfigKeySources[] | cdktf.IResolvable) {
    this._keySources.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keySourcesInput() {
    return this._keySources.internalValue;
  }

  // part_of_record - computed: false, optional: false, required: true
  private _partOfRecord?: string[]; 
  public get partOfRecord() {
    return this.getListAttribute('part_of_record');
  }
  public set partOfRecord(value: string[]) {
    this._partOfRecord = value;
  }
  // Temporarily expose input value. Use with caution.
  public get partOfRecordInput() {
    return this._partOfRecord;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt konnect_event_gateway_consume_policy_decrypt}
*/
export class KonnectEventGatewayConsumePolicyDecrypt extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_consume_policy_decrypt";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayConsumePolicyDecrypt resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayConsumePolicyDecrypt to import
  * @param importFromId The id of the existing KonnectEventGatewayConsumePolicyDecrypt that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayConsumePolicyDecrypt to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_consume_policy_decrypt", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt konnect_event_gateway_consume_policy_decrypt} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayConsumePolicyDecryptConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayConsumePolicyDecryptConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_consume_policy_decrypt',
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
  private _config = new KonnectEventGatewayConsumePolicyDecryptConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayConsumePolicyDecryptConfigA) {
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
      config: konnectEventGatewayConsumePolicyDecryptConfigAToTerraform(this._config.internalValue),
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
        value: konnectEventGatewayConsumePolicyDecryptConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayConsumePolicyDecryptConfigA",
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
