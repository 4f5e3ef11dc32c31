// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayProducePolicyEncryptConfig extends cdktf.TerraformMetaArguments {
  /**
  * A string containing the boolean expression that determines whether the policy is applied. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#condition KonnectEventGatewayProducePolicyEncrypt#condition}
  */
  readonly condition?: string;
  /**
  * The configuration of the encrypt policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#config KonnectEventGatewayProducePolicyEncrypt#config}
  */
  readonly config: KonnectEventGatewayProducePolicyEncryptConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#description KonnectEventGatewayProducePolicyEncrypt#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#enabled KonnectEventGatewayProducePolicyEncrypt#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#gateway_id KonnectEventGatewayProducePolicyEncrypt#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#labels KonnectEventGatewayProducePolicyEncrypt#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#name KonnectEventGatewayProducePolicyEncrypt#name}
  */
  readonly name?: string;
  /**
  * The ID of the Virtual Cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#virtual_cluster_id KonnectEventGatewayProducePolicyEncrypt#virtual_cluster_id}
  */
  readonly virtualClusterId: string;
}
export interface KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws {
  /**
  * The AWS KMS key ARN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#arn KonnectEventGatewayProducePolicyEncrypt#arn}
  */
  readonly arn: string;
}

export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAwsToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    arn: cdktf.stringToTerraform(struct!.arn),
  }
}


export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAwsToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws | cdktf.IResolvable): any {
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

export class KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAwsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey {
  /**
  * The ID of the static key defined in the key source.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#id KonnectEventGatewayProducePolicyEncrypt#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKeyToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKeyToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey | cdktf.IResolvable): any {
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

export class KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic {
  /**
  * A static encryption key reference by ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#key KonnectEventGatewayProducePolicyEncrypt#key}
  */
  readonly key: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey;
}

export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKeyToTerraform(struct!.key),
  }
}


export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKeyToHclTerraform(struct!.key),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic | cdktf.IResolvable | undefined) {
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
  private _key = new KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKeyOutputReference(this, "key");
  public get key() {
    return this._key;
  }
  public putKey(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticKey) {
    this._key.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key.internalValue;
  }
}
export interface KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey {
  /**
  * The AWS KMS key to use for encryption.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#aws KonnectEventGatewayProducePolicyEncrypt#aws}
  */
  readonly aws?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws;
  /**
  * A static encryption key.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#static KonnectEventGatewayProducePolicyEncrypt#static}
  */
  readonly static?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic;
}

export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aws: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAwsToTerraform(struct!.aws),
    static: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticToTerraform(struct!.static),
  }
}


export function konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aws: {
      value: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAwsToHclTerraform(struct!.aws),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws",
    },
    static: {
      value: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticToHclTerraform(struct!.static),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey | cdktf.IResolvable | undefined) {
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
  private _aws = new KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAwsOutputReference(this, "aws");
  public get aws() {
    return this._aws;
  }
  public putAws(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyAws) {
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
  private _static = new KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStaticOutputReference(this, "static");
  public get static() {
    return this._static;
  }
  public putStatic(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyStatic) {
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
export interface KonnectEventGatewayProducePolicyEncryptConfigA {
  /**
  * The key to use for encryption.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#encryption_key KonnectEventGatewayProducePolicyEncrypt#encryption_key}
  */
  readonly encryptionKey: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey;
  /**
  * Describes how to handle failing encryption or decryption.
  * Use `error` if the record should be rejected if encryption or decryption fails.
  * Use `passthrough` to ignore encryption or decryption failure and continue proxying the record.
  * possible known values include one of ["error", "passthrough"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#failure_mode KonnectEventGatewayProducePolicyEncrypt#failure_mode}
  */
  readonly failureMode: string;
  /**
  * Describes the parts of a record to encrypt.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#part_of_record KonnectEventGatewayProducePolicyEncrypt#part_of_record}
  */
  readonly partOfRecord: string[];
}

export function konnectEventGatewayProducePolicyEncryptConfigAToTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    encryption_key: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyToTerraform(struct!.encryptionKey),
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    part_of_record: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.partOfRecord),
  }
}


export function konnectEventGatewayProducePolicyEncryptConfigAToHclTerraform(struct?: KonnectEventGatewayProducePolicyEncryptConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    encryption_key: {
      value: konnectEventGatewayProducePolicyEncryptConfigEncryptionKeyToHclTerraform(struct!.encryptionKey),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey",
    },
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
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

export class KonnectEventGatewayProducePolicyEncryptConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayProducePolicyEncryptConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._encryptionKey?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.encryptionKey = this._encryptionKey?.internalValue;
    }
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._partOfRecord !== undefined) {
      hasAnyValues = true;
      internalValueResult.partOfRecord = this._partOfRecord;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayProducePolicyEncryptConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._encryptionKey.internalValue = undefined;
      this._failureMode = undefined;
      this._partOfRecord = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._encryptionKey.internalValue = value.encryptionKey;
      this._failureMode = value.failureMode;
      this._partOfRecord = value.partOfRecord;
    }
  }

  // encryption_key - computed: false, optional: false, required: true
  private _encryptionKey = new KonnectEventGatewayProducePolicyEncryptConfigEncryptionKeyOutputReference(this, "encryption_key");
  public get encryptionKey() {
    return this._encryptionKey;
  }
  public putEncryptionKey(value: KonnectEventGatewayProducePolicyEncryptConfigEncryptionKey) {
    this._encryptionKey.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyInput() {
    return this._encryptionKey.internalValue;
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
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt konnect_event_gateway_produce_policy_encrypt}
*/
export class KonnectEventGatewayProducePolicyEncrypt extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_produce_policy_encrypt";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayProducePolicyEncrypt resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayProducePolicyEncrypt to import
  * @param importFromId The id of the existing KonnectEventGatewayProducePolicyEncrypt that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayProducePolicyEncrypt to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_produce_policy_encrypt", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_produce_policy_encrypt konnect_event_gateway_produce_policy_encrypt} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayProducePolicyEncryptConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayProducePolicyEncryptConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_produce_policy_encrypt',
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
  private _config = new KonnectEventGatewayProducePolicyEncryptConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayProducePolicyEncryptConfigA) {
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
      config: konnectEventGatewayProducePolicyEncryptConfigAToTerraform(this._config.internalValue),
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
        value: konnectEventGatewayProducePolicyEncryptConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayProducePolicyEncryptConfigA",
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
