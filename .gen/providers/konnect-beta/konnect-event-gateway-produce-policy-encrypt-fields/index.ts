// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayProducePolicyEncryptFieldsConfig extends cdktf.TerraformMetaArguments {
  /**
  * A string containing the boolean expression that determines whether the policy is applied.
  * 
  * When the policy is applied as a child policy of schema_validation, the expression can also reference
  * `record.value` fields.
  * Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#condition KonnectEventGatewayProducePolicyEncryptFields#condition}
  */
  readonly condition?: string;
  /**
  * The configuration of the encrypt parsed record policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#config KonnectEventGatewayProducePolicyEncryptFields#config}
  */
  readonly config: KonnectEventGatewayProducePolicyEncryptFieldsConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#description KonnectEventGatewayProducePolicyEncryptFields#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#enabled KonnectEventGatewayProducePolicyEncryptFields#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#gateway_id KonnectEventGatewayProducePolicyEncryptFields#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#labels KonnectEventGatewayProducePolicyEncryptFields#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#name KonnectEventGatewayProducePolicyEncryptFields#name}
  */
  readonly name?: string;
  /**
  * The unique identifier of the parent schema validation policy. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#parent_policy_id KonnectEventGatewayProducePolicyEncryptFields#parent_policy_id}
  */
  readonly parentPolicyId: string;
  /**
  * The ID of the Virtual Cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#virtual_cluster_id KonnectEventGatewayProducePolicyEncryptFields#virtual_cluster_id}
  */
  readonly virtualClusterId: string;
}
export interface KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws {
  /**
  * The AWS KMS key ARN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#arn KonnectEventGatewayProducePolicyEncryptFields#arn}
  */
  readonly arn: string;
}

export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAwsToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    arn: cdktf.stringToTerraform(struct!.arn),
  }
}


export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAwsToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    arn: {
      value: cdktf.stringToHclTerraform(struct!.arn),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAwsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._arn !== undefined) {
      hasAnyValues = true;
      internalValueResult.arn = this._arn;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._arn = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._arn = value.arn;
    }
  }

  // arn - computed: false, optional: false, required: true
  private _arn?: string; 
  public get arn() {
    return this.getStringAttribute('arn');
  }
  public set arn(value: string) {
    this._arn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get arnInput() {
    return this._arn;
  }
}
export interface KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey {
  /**
  * The ID of the static key defined in the key source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#id KonnectEventGatewayProducePolicyEncryptFields#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKeyToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKeyToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey | cdktf.IResolvable): any {
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

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic {
  /**
  * A static encryption key reference by ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#key KonnectEventGatewayProducePolicyEncryptFields#key}
  */
  readonly key: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey;
}

export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKeyToTerraform(struct!.key),
  }
}


export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKeyToHclTerraform(struct!.key),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key.internalValue = value.key;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key = new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKeyOutputReference(this, "key");
  public get key() {
    return this._key;
  }
  public putKey(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticKey) {
    this._key.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key.internalValue;
  }
}
export interface KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey {
  /**
  * The AWS KMS key to use for encryption.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#aws KonnectEventGatewayProducePolicyEncryptFields#aws}
  */
  readonly aws?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws;
  /**
  * A static encryption key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#static KonnectEventGatewayProducePolicyEncryptFields#static}
  */
  readonly static?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic;
}

export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aws: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAwsToTerraform(struct!.aws),
    static: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticToTerraform(struct!.static),
  }
}


export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aws: {
      value: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAwsToHclTerraform(struct!.aws),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws",
    },
    static: {
      value: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticToHclTerraform(struct!.static),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey | cdktf.IResolvable | undefined) {
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
  private _aws = new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }
  public putAws(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyAws) {
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
  private _static = new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStaticOutputReference(this, "static");
  public get static() {
    return this._static;
  }
  public putStatic(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyStatic) {
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
export interface KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths {
  /**
  * A field selector. It can select nested fields and array entries.
  * 
  * Currently supported are exact matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#match KonnectEventGatewayProducePolicyEncryptFields#match}
  */
  readonly match: string;
}

export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    match: cdktf.stringToTerraform(struct!.match),
  }
}


export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths | cdktf.IResolvable): any {
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

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths | cdktf.IResolvable | undefined) {
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

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsOutputReference {
    return new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields {
  /**
  * The key to use for encryption.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#encryption_key KonnectEventGatewayProducePolicyEncryptFields#encryption_key}
  */
  readonly encryptionKey: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#paths KonnectEventGatewayProducePolicyEncryptFields#paths}
  */
  readonly paths: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths[] | cdktf.IResolvable;
}

export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    encryption_key: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyToTerraform(struct!.encryptionKey),
    paths: cdktf.listMapper(konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsToTerraform, false)(struct!.paths),
  }
}


export function konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    encryption_key: {
      value: konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyToHclTerraform(struct!.encryptionKey),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey",
    },
    paths: {
      value: cdktf.listMapperHcl(konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsToHclTerraform, false)(struct!.paths),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._encryptionKey?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.encryptionKey = this._encryptionKey?.internalValue;
    }
    if (this._paths?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.paths = this._paths?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._encryptionKey.internalValue = undefined;
      this._paths.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._encryptionKey.internalValue = value.encryptionKey;
      this._paths.internalValue = value.paths;
    }
  }

  // encryption_key - computed: false, optional: false, required: true
  private _encryptionKey = new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKeyOutputReference(this, "encryption_key");
  public get encryptionKey() {
    return this._encryptionKey;
  }
  public putEncryptionKey(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsEncryptionKey) {
    this._encryptionKey.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyInput() {
    return this._encryptionKey.internalValue;
  }

  // paths - computed: false, optional: false, required: true
  private _paths = new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPathsList(this, "paths", false);
  public get paths() {
    return this._paths;
  }
  public putPaths(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsPaths[] | cdktf.IResolvable) {
    this._paths.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathsInput() {
    return this._paths.internalValue;
  }
}

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsOutputReference {
    return new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayProducePolicyEncryptFieldsConfigA {
  /**
  * Selects which fields to encrypt and with what keys.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#encrypt_fields KonnectEventGatewayProducePolicyEncryptFields#encrypt_fields}
  */
  readonly encryptFields: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields[] | cdktf.IResolvable;
  /**
  * Describes how to handle a failure in a policy applied to produced records.
  * * `reject` - rejects the record batch.
  * * `passthrough` - passes the record silently to the backend cluster even though policy execution failed.
  * * `mark` - passes the record to the backend cluster but marks it with a `kong/policy-failure-<id>` header whose value is the reason for the policy failure (truncated to 512 characters).
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["reject", "passthrough", "mark"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#failure_mode KonnectEventGatewayProducePolicyEncryptFields#failure_mode}
  */
  readonly failureMode: string;
}

export function konnectEventGatewayProducePolicyEncryptFieldsConfigAToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    encrypt_fields: cdktf.listMapper(konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsToTerraform, false)(struct!.encryptFields),
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
  }
}


export function konnectEventGatewayProducePolicyEncryptFieldsConfigAToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptFieldsConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    encrypt_fields: {
      value: cdktf.listMapperHcl(konnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsToHclTerraform, false)(struct!.encryptFields),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsList",
    },
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicyEncryptFieldsConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptFieldsConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._encryptFields?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.encryptFields = this._encryptFields?.internalValue;
    }
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._encryptFields.internalValue = undefined;
      this._failureMode = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._encryptFields.internalValue = value.encryptFields;
      this._failureMode = value.failureMode;
    }
  }

  // encrypt_fields - computed: false, optional: false, required: true
  private _encryptFields = new KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFieldsList(this, "encrypt_fields", false);
  public get encryptFields() {
    return this._encryptFields;
  }
  public putEncryptFields(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigEncryptFields[] | cdktf.IResolvable) {
    this._encryptFields.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptFieldsInput() {
    return this._encryptFields.internalValue;
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
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields konnect_event_gateway_produce_policy_encrypt_fields}
*/
export class KonnectEventGatewayProducePolicyEncryptFields extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_produce_policy_encrypt_fields";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayProducePolicyEncryptFields resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayProducePolicyEncryptFields to import
  * @param importFromId The id of the existing KonnectEventGatewayProducePolicyEncryptFields that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayProducePolicyEncryptFields to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_produce_policy_encrypt_fields", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt_fields konnect_event_gateway_produce_policy_encrypt_fields} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayProducePolicyEncryptFieldsConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayProducePolicyEncryptFieldsConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_produce_policy_encrypt_fields',
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
  private _config = new KonnectEventGatewayProducePolicyEncryptFieldsConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayProducePolicyEncryptFieldsConfigA) {
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
      config: konnectEventGatewayProducePolicyEncryptFieldsConfigAToTerraform(this._config.internalValue),
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
        value: konnectEventGatewayProducePolicyEncryptFieldsConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayProducePolicyEncryptFieldsConfigA",
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
