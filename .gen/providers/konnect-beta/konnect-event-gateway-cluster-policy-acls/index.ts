// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayClusterPolicyAclsConfig extends cdktf.TerraformMetaArguments {
  /**
  * A string containing the boolean expression that determines whether the policy is applied. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#condition KonnectEventGatewayClusterPolicyAcls#condition}
  */
  readonly condition?: string;
  /**
  * Apply ACLs to virtual cluster traffic.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#config KonnectEventGatewayClusterPolicyAcls#config}
  */
  readonly config: KonnectEventGatewayClusterPolicyAclsConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#description KonnectEventGatewayClusterPolicyAcls#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#enabled KonnectEventGatewayClusterPolicyAcls#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#gateway_id KonnectEventGatewayClusterPolicyAcls#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#labels KonnectEventGatewayClusterPolicyAcls#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#name KonnectEventGatewayClusterPolicyAcls#name}
  */
  readonly name?: string;
  /**
  * The ID of the Virtual Cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#virtual_cluster_id KonnectEventGatewayClusterPolicyAcls#virtual_cluster_id}
  */
  readonly virtualClusterId: string;
}
export interface KonnectEventGatewayClusterPolicyAclsConfigRulesOperations {
  /**
  * possible known values include one of ["all", "alter", "alter_configs", "create", "delete", "describe", "describe_configs", "idempotent_write", "read", "write"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#name KonnectEventGatewayClusterPolicyAcls#name}
  */
  readonly name: string;
}

export function konnectEventGatewayClusterPolicyAclsConfigRulesOperationsToTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigRulesOperations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function konnectEventGatewayClusterPolicyAclsConfigRulesOperationsToHclTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigRulesOperations | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayClusterPolicyAclsConfigRulesOperationsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayClusterPolicyAclsConfigRulesOperations | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayClusterPolicyAclsConfigRulesOperations | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
    }
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }
}

export class KonnectEventGatewayClusterPolicyAclsConfigRulesOperationsList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayClusterPolicyAclsConfigRulesOperations[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayClusterPolicyAclsConfigRulesOperationsOutputReference {
    return new KonnectEventGatewayClusterPolicyAclsConfigRulesOperationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames {
  /**
  * Currently supported are exact matches and globs.
  * All `*` characters are interpreted as globs, i.e. they match zero or more of any character.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#match KonnectEventGatewayClusterPolicyAcls#match}
  */
  readonly match: string;
}

export function konnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesToTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    match: cdktf.stringToTerraform(struct!.match),
  }
}


export function konnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesToHclTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames | cdktf.IResolvable): any {
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

export class KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames | cdktf.IResolvable | undefined) {
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

export class KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesOutputReference {
    return new KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayClusterPolicyAclsConfigRules {
  /**
  * How to handle the request if the rule matches. possible known values include one of ["allow", "deny"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#action KonnectEventGatewayClusterPolicyAcls#action}
  */
  readonly action: string;
  /**
  * Types of Kafka operations to match against. Note that not every operation can apply to every resource type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#operations KonnectEventGatewayClusterPolicyAcls#operations}
  */
  readonly operations: KonnectEventGatewayClusterPolicyAclsConfigRulesOperations[] | cdktf.IResolvable;
  /**
  * If any of these entries match, the resource name matches for this rule. A maximum of 50 entries are allowed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#resource_names KonnectEventGatewayClusterPolicyAcls#resource_names}
  */
  readonly resourceNames: KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames[] | cdktf.IResolvable;
  /**
  * This rule applies to access only for type of resource. possible known values include one of ["topic", "group", "transactional_id", "cluster"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#resource_type KonnectEventGatewayClusterPolicyAcls#resource_type}
  */
  readonly resourceType: string;
}

export function konnectEventGatewayClusterPolicyAclsConfigRulesToTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
    operations: cdktf.listMapper(konnectEventGatewayClusterPolicyAclsConfigRulesOperationsToTerraform, false)(struct!.operations),
    resource_names: cdktf.listMapper(konnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesToTerraform, false)(struct!.resourceNames),
    resource_type: cdktf.stringToTerraform(struct!.resourceType),
  }
}


export function konnectEventGatewayClusterPolicyAclsConfigRulesToHclTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operations: {
      value: cdktf.listMapperHcl(konnectEventGatewayClusterPolicyAclsConfigRulesOperationsToHclTerraform, false)(struct!.operations),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayClusterPolicyAclsConfigRulesOperationsList",
    },
    resource_names: {
      value: cdktf.listMapperHcl(konnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesToHclTerraform, false)(struct!.resourceNames),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesList",
    },
    resource_type: {
      value: cdktf.stringToHclTerraform(struct!.resourceType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayClusterPolicyAclsConfigRulesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayClusterPolicyAclsConfigRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    if (this._operations?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.operations = this._operations?.internalValue;
    }
    if (this._resourceNames?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceNames = this._resourceNames?.internalValue;
    }
    if (this._resourceType !== undefined) {
      hasAnyValues = true;
      internalValueResult.resourceType = this._resourceType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayClusterPolicyAclsConfigRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._action = undefined;
      this._operations.internalValue = undefined;
      this._resourceNames.internalValue = undefined;
      this._resourceType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._action = value.action;
      this._operations.internalValue = value.operations;
      this._resourceNames.internalValue = value.resourceNames;
      this._resourceType = value.resourceType;
    }
  }

  // action - computed: false, optional: false, required: true
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // operations - computed: false, optional: false, required: true
  private _operations = new KonnectEventGatewayClusterPolicyAclsConfigRulesOperationsList(this, "operations", false);
  public get operations() {
    return this._operations;
  }
  public putOperations(value: KonnectEventGatewayClusterPolicyAclsConfigRulesOperations[] | cdktf.IResolvable) {
    this._operations.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get operationsInput() {
    return this._operations.internalValue;
  }

  // resource_names - computed: false, optional: false, required: true
  private _resourceNames = new KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNamesList(this, "resource_names", false);
  public get resourceNames() {
    return this._resourceNames;
  }
  public putResourceNames(value: KonnectEventGatewayClusterPolicyAclsConfigRulesResourceNames[] | cdktf.IResolvable) {
    this._resourceNames.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceNamesInput() {
    return this._resourceNames.internalValue;
  }

  // resource_type - computed: false, optional: false, required: true
  private _resourceType?: string; 
  public get resourceType() {
    return this.getStringAttribute('resource_type');
  }
  public set resourceType(value: string) {
    this._resourceType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceTypeInput() {
    return this._resourceType;
  }
}

export class KonnectEventGatewayClusterPolicyAclsConfigRulesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayClusterPolicyAclsConfigRules[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayClusterPolicyAclsConfigRulesOutputReference {
    return new KonnectEventGatewayClusterPolicyAclsConfigRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayClusterPolicyAclsConfigA {
  /**
  * Every ACL rule in this list applies independently.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#rules KonnectEventGatewayClusterPolicyAcls#rules}
  */
  readonly rules: KonnectEventGatewayClusterPolicyAclsConfigRules[] | cdktf.IResolvable;
}

export function konnectEventGatewayClusterPolicyAclsConfigAToTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    rules: cdktf.listMapper(konnectEventGatewayClusterPolicyAclsConfigRulesToTerraform, false)(struct!.rules),
  }
}


export function konnectEventGatewayClusterPolicyAclsConfigAToHclTerraform(struct?: KonnectEventGatewayClusterPolicyAclsConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    rules: {
      value: cdktf.listMapperHcl(konnectEventGatewayClusterPolicyAclsConfigRulesToHclTerraform, false)(struct!.rules),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayClusterPolicyAclsConfigRulesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayClusterPolicyAclsConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayClusterPolicyAclsConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._rules?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.rules = this._rules?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayClusterPolicyAclsConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._rules.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._rules.internalValue = value.rules;
    }
  }

  // rules - computed: false, optional: false, required: true
  private _rules = new KonnectEventGatewayClusterPolicyAclsConfigRulesList(this, "rules", false);
  public get rules() {
    return this._rules;
  }
  public putRules(value: KonnectEventGatewayClusterPolicyAclsConfigRules[] | cdktf.IResolvable) {
    this._rules.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rulesInput() {
    return this._rules.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls konnect_event_gateway_cluster_policy_acls}
*/
export class KonnectEventGatewayClusterPolicyAcls extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_cluster_policy_acls";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayClusterPolicyAcls resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayClusterPolicyAcls to import
  * @param importFromId The id of the existing KonnectEventGatewayClusterPolicyAcls that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayClusterPolicyAcls to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_cluster_policy_acls", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_cluster_policy_acls konnect_event_gateway_cluster_policy_acls} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayClusterPolicyAclsConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayClusterPolicyAclsConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_cluster_policy_acls',
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
  private _config = new KonnectEventGatewayClusterPolicyAclsConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayClusterPolicyAclsConfigA) {
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
      config: konnectEventGatewayClusterPolicyAclsConfigAToTerraform(this._config.internalValue),
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
        value: konnectEventGatewayClusterPolicyAclsConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayClusterPolicyAclsConfigA",
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
