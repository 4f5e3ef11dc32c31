// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayConsumePolicyDecryptFieldsConfig extends cdktf.TerraformMetaArguments {
  /**
  * A string containing the boolean expression that determines whether the policy is applied.
  * 
  * When the policy is applied as a child policy of schema_validation, the expression can also reference
  * `record.value` fields.
  * Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#condition KonnectEventGatewayConsumePolicyDecryptFields#condition}
  */
  readonly condition?: string;
  /**
  * The configuration of the decrypt parsed record fields policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#config KonnectEventGatewayConsumePolicyDecryptFields#config}
  */
  readonly config: KonnectEventGatewayConsumePolicyDecryptFieldsConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#description KonnectEventGatewayConsumePolicyDecryptFields#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#enabled KonnectEventGatewayConsumePolicyDecryptFields#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#gateway_id KonnectEventGatewayConsumePolicyDecryptFields#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#labels KonnectEventGatewayConsumePolicyDecryptFields#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#name KonnectEventGatewayConsumePolicyDecryptFields#name}
  */
  readonly name?: string;
  /**
  * The unique identifier of the parent schema validation policy. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#parent_policy_id KonnectEventGatewayConsumePolicyDecryptFields#parent_policy_id}
  */
  readonly parentPolicyId: string;
  /**
  * The ID of the Virtual Cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#virtual_cluster_id KonnectEventGatewayConsumePolicyDecryptFields#virtual_cluster_id}
  */
  readonly virtualClusterId: string;
}
export interface KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths {
  /**
  * A field selector. It can select nested fields and array entries.
  * 
  * Currently supported are exact matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#match KonnectEventGatewayConsumePolicyDecryptFields#match}
  */
  readonly match: string;
}

export function konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    match: cdktf.stringToTerraform(struct!.match),
  }
}


export function konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._match = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._match = value.match;
    }
  }

  // match - computed: false, optional: false, required: true
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }
}

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsOutputReference {
    return new KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#paths KonnectEventGatewayConsumePolicyDecryptFields#paths}
  */
  readonly paths: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths[] | cdktf.IResolvable;
}

export function konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    paths: cdktf.listMapper(konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsToTerraform, false)(struct!.paths),
  }
}


export function konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    paths: {
      value: cdktf.listMapperHcl(konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsToHclTerraform, false)(struct!.paths),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._paths?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.paths = this._paths?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._paths.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._paths.internalValue = value.paths;
    }
  }

  // paths - computed: false, optional: false, required: true
  private _paths = new KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPathsList(this, "paths", false);
  public get paths() {
    return this._paths;
  }
  public putPaths(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsPaths[] | cdktf.IResolvable) {
    this._paths.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathsInput() {
    return this._paths.internalValue;
  }
}
export interface KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws {
}

export function konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAwsToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAwsToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAwsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic {
}

export function konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStaticToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStaticToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStaticOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources {
  /**
  * A key source that uses an AWS KMS to find a symmetric key. Load KMS credentials from the environment.
  * 
  * See [aws docs](https://docs.aws.amazon.com/sdk-for-rust/latest/dg/credproviders.html#credproviders-default-credentials-provider-chain)
  * for more information about how credential retrieval.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#aws KonnectEventGatewayConsumePolicyDecryptFields#aws}
  */
  readonly aws?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws;
  /**
  * A key source that uses static symmetric keys.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#static KonnectEventGatewayConsumePolicyDecryptFields#static}
  */
  readonly static?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic;
}

export function konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aws: konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAwsToTerraform(struct!.aws),
    static: konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStaticToTerraform(struct!.static),
  }
}


export function konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aws: {
      value: konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAwsToHclTerraform(struct!.aws),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws",
    },
    static: {
      value: konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStaticToHclTerraform(struct!.static),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources | cdktf.IResolvable | undefined) {
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
  private _aws = new KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }
  public putAws(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesAws) {
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
  private _static = new KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStaticOutputReference(this, "static");
  public get static() {
    return this._static;
  }
  public putStatic(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesStatic) {
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

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesOutputReference {
    return new KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayConsumePolicyDecryptFieldsConfigA {
  /**
  * Selects fields of a parsed record for decryption.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#decrypt_fields KonnectEventGatewayConsumePolicyDecryptFields#decrypt_fields}
  */
  readonly decryptFields: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields;
  /**
  * Describes how to handle a failure in a policy applied to consumed records.
  * * `error` - the batch is not delivered to the client. Use sparingly: erroring on a batch causes clients to get stuck on the problematic offset and requires manual intervention to skip it.
  * * `skip` - the record is not delivered to the client.
  * * `passthrough` - passes the record to the client even though policy execution failed.
  * * `mark` - passes the record to the client but marks it with a `kong/policy-failure-<id>` header whose value is the reason for the policy failure (truncated to 512 characters).
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["error", "skip", "passthrough", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#failure_mode KonnectEventGatewayConsumePolicyDecryptFields#failure_mode}
  */
  readonly failureMode: string;
  /**
  * Describes how to find a symmetric key for decryption.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#key_sources KonnectEventGatewayConsumePolicyDecryptFields#key_sources}
  */
  readonly keySources: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources[] | cdktf.IResolvable;
}

export function konnectEventGatewayConsumePolicyDecryptFieldsConfigAToTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    decrypt_fields: konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsToTerraform(struct!.decryptFields),
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    key_sources: cdktf.listMapper(konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesToTerraform, false)(struct!.keySources),
  }
}


export function konnectEventGatewayConsumePolicyDecryptFieldsConfigAToHclTerraform(struct?: KonnectEventGatewayConsumePolicyDecryptFieldsConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    decrypt_fields: {
      value: konnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsToHclTerraform(struct!.decryptFields),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields",
    },
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    key_sources: {
      value: cdktf.listMapperHcl(konnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesToHclTerraform, false)(struct!.keySources),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayConsumePolicyDecryptFieldsConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayConsumePolicyDecryptFieldsConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._decryptFields?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.decryptFields = this._decryptFields?.internalValue;
    }
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._keySources?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.keySources = this._keySources?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._decryptFields.internalValue = undefined;
      this._failureMode = undefined;
      this._keySources.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._decryptFields.internalValue = value.decryptFields;
      this._failureMode = value.failureMode;
      this._keySources.internalValue = value.keySources;
    }
  }

  // decrypt_fields - computed: false, optional: false, required: true
  private _decryptFields = new KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFieldsOutputReference(this, "decrypt_fields");
  public get decryptFields() {
    return this._decryptFields;
  }
  public putDecryptFields(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigDecryptFields) {
    this._decryptFields.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get decryptFieldsInput() {
    return this._decryptFields.internalValue;
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
  private _keySources = new KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySourcesList(this, "key_sources", false);
  public get keySources() {
    return this._keySources;
  }
  public putKeySources(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigKeySources[] | cdktf.IResolvable) {
    this._keySources.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keySourcesInput() {
    return this._keySources.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields konnect_event_gateway_consume_policy_decrypt_fields}
*/
export class KonnectEventGatewayConsumePolicyDecryptFields extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_consume_policy_decrypt_fields";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayConsumePolicyDecryptFields resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayConsumePolicyDecryptFields to import
  * @param importFromId The id of the existing KonnectEventGatewayConsumePolicyDecryptFields that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayConsumePolicyDecryptFields to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_consume_policy_decrypt_fields", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_consume_policy_decrypt_fields konnect_event_gateway_consume_policy_decrypt_fields} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayConsumePolicyDecryptFieldsConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayConsumePolicyDecryptFieldsConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_consume_policy_decrypt_fields',
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
    this._parentPolicyId = config.parentPolicyId;
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
  private _config = new KonnectEventGatewayConsumePolicyDecryptFieldsConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayConsumePolicyDecryptFieldsConfigA) {
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

  // parent_policy_id - computed: false, optional: false, required: true
  private _parentPolicyId?: string; 
  public get parentPolicyId() {
    return this.getStringAttribute('parent_policy_id');
  }
  public set parentPolicyId(value: string) {
    this._parentPolicyId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get parentPolicyIdInput() {
    return this._parentPolicyId;
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
      config: konnectEventGatewayConsumePolicyDecryptFieldsConfigAToTerraform(this._config.internalValue),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      gateway_id: cdktf.stringToTerraform(this._gatewayId),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      parent_policy_id: cdktf.stringToTerraform(this._parentPolicyId),
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
        value: konnectEventGatewayConsumePolicyDecryptFieldsConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayConsumePolicyDecryptFieldsConfigA",
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
      parent_policy_id: {
        value: cdktf.stringToHclTerraform(this._parentPolicyId),
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
