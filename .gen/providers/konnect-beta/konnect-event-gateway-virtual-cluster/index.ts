// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayVirtualClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Configures whether or not ACL policies are enforced on the gateway.
  * - `enforce_on_gateway` means the gateway enforces its own ACL policies for this virtual cluster
  *   and does not forward ACL-related commands to the backend cluster.
  *   Note that if there are no ACL policies configured, all access is denied.
  * - `passthrough` tells the gateway to forward all ACL-related commands.
  * possible known values include one of ["enforce_on_gateway", "passthrough"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#acl_mode KonnectEventGatewayVirtualCluster#acl_mode}
  */
  readonly aclMode: string;
  /**
  * How to handle authentication from clients.
  * 
  * It tries to authenticate with every rule sequentially one by one.
  * It succeeds on the first match, and fails if no rule matches.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#authentication KonnectEventGatewayVirtualCluster#authentication}
  */
  readonly authentication: KonnectEventGatewayVirtualClusterAuthentication[] | cdktf.IResolvable;
  /**
  * A human-readable description of the virtual cluster. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#description KonnectEventGatewayVirtualCluster#description}
  */
  readonly description?: string;
  /**
  * The backend cluster associated with the virtual cluster.
  * 
  * Either `id` or `name` must be provided. Following changes to the backend cluster name won't affect the
  * reference, as the system will create the entities relationship by `id`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#destination KonnectEventGatewayVirtualCluster#destination}
  */
  readonly destination: KonnectEventGatewayVirtualClusterDestination;
  /**
  * The DNS label used in the bootstrap server URL to identify the virtual cluster when using SNI routing.
  * The format follows the RFC1035: 1-63 chars, lowercase alphanumeric or '-', must start and end with an alphanumeric character.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#dns_label KonnectEventGatewayVirtualCluster#dns_label}
  */
  readonly dnsLabel: string;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#gateway_id KonnectEventGatewayVirtualCluster#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#labels KonnectEventGatewayVirtualCluster#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * The name of the virtual cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#name KonnectEventGatewayVirtualCluster#name}
  */
  readonly name: string;
  /**
  * Namespace allows to implement multitenancy using a single backend cluster.
  * It allows to either hide or enforce a static prefix on resources (topics, consumer group IDs, transaction IDs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#namespace KonnectEventGatewayVirtualCluster#namespace}
  */
  readonly namespace?: KonnectEventGatewayVirtualClusterNamespace;
  /**
  * **Pre-release Feature**
  * This feature is currently in beta and is subject to change.
  * 
  * Topic aliases allow exposing backend topics under additional names.
  * An alias creates a new entry point to the same physical data.
  * The alias `topic` field references namespace-visible names (if namespace is configured).
  * Aliases are independent of namespace and can be used without it.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#topic_aliases KonnectEventGatewayVirtualCluster#topic_aliases}
  */
  readonly topicAliases?: KonnectEventGatewayVirtualClusterTopicAliases[] | cdktf.IResolvable;
}
export interface KonnectEventGatewayVirtualClusterAuthenticationAnonymous {
}

export function konnectEventGatewayVirtualClusterAuthenticationAnonymousToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationAnonymous | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationAnonymousToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationAnonymous | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class KonnectEventGatewayVirtualClusterAuthenticationAnonymousOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationAnonymous | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationAnonymous | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy {
  /**
  * The metadata key in Kong Identity to match the authenticated identity against.
  * Value for the lookup is a `username` in case of `sasl_plain` or `sasl_scram`.
  * In case of `client_certificate` it's a principal mapped by the listener TLSServer policy.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#key KonnectEventGatewayVirtualCluster#key}
  */
  readonly key?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchByToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchByToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchByOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
    }
  }

  // key - computed: true, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal {
  /**
  * Kong Identity directory to use for principal lookup. Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#directory KonnectEventGatewayVirtualCluster#directory}
  */
  readonly directory?: string;
  /**
  * Behavior when the Kong Identity principal lookup fails.
  * * `error` - fail the authentication if the principal lookup fails.
  * * `ignore` - proceed without principal metadata if the lookup fails.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["error", "ignore"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#failure_mode KonnectEventGatewayVirtualCluster#failure_mode}
  */
  readonly failureMode?: string;
  /**
  * Defines how to look up the principal in Kong Identity.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#fetch_by KonnectEventGatewayVirtualCluster#fetch_by}
  */
  readonly fetchBy?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy;
}

export function konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    directory: cdktf.stringToTerraform(struct!.directory),
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    fetch_by: konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchByToTerraform(struct!.fetchBy),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    directory: {
      value: cdktf.stringToHclTerraform(struct!.directory),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fetch_by: {
      value: konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchByToHclTerraform(struct!.fetchBy),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._directory !== undefined) {
      hasAnyValues = true;
      internalValueResult.directory = this._directory;
    }
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._fetchBy?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fetchBy = this._fetchBy?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._directory = undefined;
      this._failureMode = undefined;
      this._fetchBy.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._directory = value.directory;
      this._failureMode = value.failureMode;
      this._fetchBy.internalValue = value.fetchBy;
    }
  }

  // directory - computed: true, optional: true, required: false
  private _directory?: string; 
  public get directory() {
    return this.getStringAttribute('directory');
  }
  public set directory(value: string) {
    this._directory = value;
  }
  public resetDirectory() {
    this._directory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directoryInput() {
    return this._directory;
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

  // fetch_by - computed: false, optional: true, required: false
  private _fetchBy = new KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchByOutputReference(this, "fetch_by");
  public get fetchBy() {
    return this._fetchBy;
  }
  public putFetchBy(value: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalFetchBy) {
    this._fetchBy.internalValue = value;
  }
  public resetFetchBy() {
    this._fetchBy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fetchByInput() {
    return this._fetchBy.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationClientCertificate {
  /**
  * Fetches principal metadata from Kong Identity after successful authentication.
  * The principal is looked up by a custom key matched against the authenticated identity.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#fetch_kong_identity_principal KonnectEventGatewayVirtualCluster#fetch_kong_identity_principal}
  */
  readonly fetchKongIdentityPrincipal?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal;
}

export function konnectEventGatewayVirtualClusterAuthenticationClientCertificateToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificate | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    fetch_kong_identity_principal: konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalToTerraform(struct!.fetchKongIdentityPrincipal),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationClientCertificateToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificate | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    fetch_kong_identity_principal: {
      value: konnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalToHclTerraform(struct!.fetchKongIdentityPrincipal),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationClientCertificateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationClientCertificate | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fetchKongIdentityPrincipal?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fetchKongIdentityPrincipal = this._fetchKongIdentityPrincipal?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationClientCertificate | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fetchKongIdentityPrincipal.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fetchKongIdentityPrincipal.internalValue = value.fetchKongIdentityPrincipal;
    }
  }

  // fetch_kong_identity_principal - computed: false, optional: true, required: false
  private _fetchKongIdentityPrincipal = new KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipalOutputReference(this, "fetch_kong_identity_principal");
  public get fetchKongIdentityPrincipal() {
    return this._fetchKongIdentityPrincipal;
  }
  public putFetchKongIdentityPrincipal(value: KonnectEventGatewayVirtualClusterAuthenticationClientCertificateFetchKongIdentityPrincipal) {
    this._fetchKongIdentityPrincipal.internalValue = value;
  }
  public resetFetchKongIdentityPrincipal() {
    this._fetchKongIdentityPrincipal.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fetchKongIdentityPrincipalInput() {
    return this._fetchKongIdentityPrincipal.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping {
  /**
  * Maps the scope claim.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#scope KonnectEventGatewayVirtualCluster#scope}
  */
  readonly scope?: string;
  /**
  * Maps the subject claim.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#sub KonnectEventGatewayVirtualCluster#sub}
  */
  readonly sub?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMappingToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    scope: cdktf.stringToTerraform(struct!.scope),
    sub: cdktf.stringToTerraform(struct!.sub),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMappingToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    scope: {
      value: cdktf.stringToHclTerraform(struct!.scope),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sub: {
      value: cdktf.stringToHclTerraform(struct!.sub),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._scope !== undefined) {
      hasAnyValues = true;
      internalValueResult.scope = this._scope;
    }
    if (this._sub !== undefined) {
      hasAnyValues = true;
      internalValueResult.sub = this._sub;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._scope = undefined;
      this._sub = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._scope = value.scope;
      this._sub = value.sub;
    }
  }

  // scope - computed: true, optional: true, required: false
  private _scope?: string; 
  public get scope() {
    return this.getStringAttribute('scope');
  }
  public set scope(value: string) {
    this._scope = value;
  }
  public resetScope() {
    this._scope = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope;
  }

  // sub - computed: true, optional: true, required: false
  private _sub?: string; 
  public get sub() {
    return this.getStringAttribute('sub');
  }
  public set sub(value: string) {
    this._sub = value;
  }
  public resetSub() {
    this._sub = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subInput() {
    return this._sub;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal {
  /**
  * Kong Identity directory to use for principal lookup. Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#directory KonnectEventGatewayVirtualCluster#directory}
  */
  readonly directory?: string;
  /**
  * Behavior when the Kong Identity principal lookup fails.
  * * `error` - fail the authentication if the principal lookup fails.
  * * `ignore` - proceed without principal metadata if the lookup fails.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["error", "ignore"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#failure_mode KonnectEventGatewayVirtualCluster#failure_mode}
  */
  readonly failureMode?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipalToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    directory: cdktf.stringToTerraform(struct!.directory),
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipalToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    directory: {
      value: cdktf.stringToHclTerraform(struct!.directory),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
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

export class KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipalOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._directory !== undefined) {
      hasAnyValues = true;
      internalValueResult.directory = this._directory;
    }
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._directory = undefined;
      this._failureMode = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._directory = value.directory;
      this._failureMode = value.failureMode;
    }
  }

  // directory - computed: true, optional: true, required: false
  private _directory?: string; 
  public get directory() {
    return this.getStringAttribute('directory');
  }
  public set directory(value: string) {
    this._directory = value;
  }
  public resetDirectory() {
    this._directory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directoryInput() {
    return this._directory;
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
}
export interface KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks {
  /**
  * Duration after which the gateway will fetch and cache JWKS. Default: "1h"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#cache_expiration KonnectEventGatewayVirtualCluster#cache_expiration}
  */
  readonly cacheExpiration?: string;
  /**
  * URL for JWKS endpoint. Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#endpoint KonnectEventGatewayVirtualCluster#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Total time from establishing connection to receive a response from JWKS endpoint. Default: "10s"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#timeout KonnectEventGatewayVirtualCluster#timeout}
  */
  readonly timeout?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerJwksToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cache_expiration: cdktf.stringToTerraform(struct!.cacheExpiration),
    endpoint: cdktf.stringToTerraform(struct!.endpoint),
    timeout: cdktf.stringToTerraform(struct!.timeout),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerJwksToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cache_expiration: {
      value: cdktf.stringToHclTerraform(struct!.cacheExpiration),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    endpoint: {
      value: cdktf.stringToHclTerraform(struct!.endpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    timeout: {
      value: cdktf.stringToHclTerraform(struct!.timeout),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwksOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cacheExpiration !== undefined) {
      hasAnyValues = true;
      internalValueResult.cacheExpiration = this._cacheExpiration;
    }
    if (this._endpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoint = this._endpoint;
    }
    if (this._timeout !== undefined) {
      hasAnyValues = true;
      internalValueResult.timeout = this._timeout;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cacheExpiration = undefined;
      this._endpoint = undefined;
      this._timeout = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cacheExpiration = value.cacheExpiration;
      this._endpoint = value.endpoint;
      this._timeout = value.timeout;
    }
  }

  // cache_expiration - computed: true, optional: true, required: false
  private _cacheExpiration?: string; 
  public get cacheExpiration() {
    return this.getStringAttribute('cache_expiration');
  }
  public set cacheExpiration(value: string) {
    this._cacheExpiration = value;
  }
  public resetCacheExpiration() {
    this._cacheExpiration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cacheExpirationInput() {
    return this._cacheExpiration;
  }

  // endpoint - computed: true, optional: true, required: false
  private _endpoint?: string; 
  public get endpoint() {
    return this.getStringAttribute('endpoint');
  }
  public set endpoint(value: string) {
    this._endpoint = value;
  }
  public resetEndpoint() {
    this._endpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // timeout - computed: true, optional: true, required: false
  private _timeout?: string; 
  public get timeout() {
    return this.getStringAttribute('timeout');
  }
  public set timeout(value: string) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences {
  /**
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#name KonnectEventGatewayVirtualCluster#name}
  */
  readonly name?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences | cdktf.IResolvable): any {
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

export class KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences | cdktf.IResolvable | undefined) {
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
}

export class KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesOutputReference {
    return new KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate {
  /**
  * List of expected audience values. One of them has to match the audience claim in the token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#audiences KonnectEventGatewayVirtualCluster#audiences}
  */
  readonly audiences?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences[] | cdktf.IResolvable;
  /**
  * Expected token issuer in the token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#issuer KonnectEventGatewayVirtualCluster#issuer}
  */
  readonly issuer?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    audiences: cdktf.listMapper(konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesToTerraform, false)(struct!.audiences),
    issuer: cdktf.stringToTerraform(struct!.issuer),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    audiences: {
      value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesToHclTerraform, false)(struct!.audiences),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesList",
    },
    issuer: {
      value: cdktf.stringToHclTerraform(struct!.issuer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._audiences?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.audiences = this._audiences?.internalValue;
    }
    if (this._issuer !== undefined) {
      hasAnyValues = true;
      internalValueResult.issuer = this._issuer;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._audiences.internalValue = undefined;
      this._issuer = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._audiences.internalValue = value.audiences;
      this._issuer = value.issuer;
    }
  }

  // audiences - computed: true, optional: true, required: false
  private _audiences = new KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiencesList(this, "audiences", false);
  public get audiences() {
    return this._audiences;
  }
  public putAudiences(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateAudiences[] | cdktf.IResolvable) {
    this._audiences.internalValue = value;
  }
  public resetAudiences() {
    this._audiences.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get audiencesInput() {
    return this._audiences.internalValue;
  }

  // issuer - computed: true, optional: true, required: false
  private _issuer?: string; 
  public get issuer() {
    return this.getStringAttribute('issuer');
  }
  public set issuer(value: string) {
    this._issuer = value;
  }
  public resetIssuer() {
    this._issuer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issuerInput() {
    return this._issuer;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationOauthBearer {
  /**
  * Maps JWT claims in the case when sub and scope are presented as different claims in your JWT token.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#claims_mapping KonnectEventGatewayVirtualCluster#claims_mapping}
  */
  readonly claimsMapping?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping;
  /**
  * Fetches principal metadata from Kong Identity after successful OAUTHBEARER authentication.
  * The principal is looked up by the iss and sub claims from the JWT token.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#fetch_kong_identity_principal KonnectEventGatewayVirtualCluster#fetch_kong_identity_principal}
  */
  readonly fetchKongIdentityPrincipal?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal;
  /**
  * JSON Web Key Set configuration for verifying token signatures.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#jwks KonnectEventGatewayVirtualCluster#jwks}
  */
  readonly jwks?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks;
  /**
  * Methods to mediate authentication:
  * * passthrough - pass authentication from the client through proxy to the backend cluster without any kind of
  *   validation
  * * validate_forward - pass authentication from the client through proxy to the backend cluster.
  *   Proxy does the validation before forwarding it to the client.
  * * terminate - terminate authentication at the proxy level and originate authentication to the backend cluster
  *   using the configuration defined at BackendCluster's authentication.
  *   SASL auth is not originated if authentication on the backend_cluster is not configured.
  * possible known values include one of ["passthrough", "validate_forward", "terminate"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#mediation KonnectEventGatewayVirtualCluster#mediation}
  */
  readonly mediation?: string;
  /**
  * Validation rules.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#validate KonnectEventGatewayVirtualCluster#validate}
  */
  readonly validate?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate;
}

export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    claims_mapping: konnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMappingToTerraform(struct!.claimsMapping),
    fetch_kong_identity_principal: konnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipalToTerraform(struct!.fetchKongIdentityPrincipal),
    jwks: konnectEventGatewayVirtualClusterAuthenticationOauthBearerJwksToTerraform(struct!.jwks),
    mediation: cdktf.stringToTerraform(struct!.mediation),
    validate: konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateToTerraform(struct!.validate),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationOauthBearerToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearer | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    claims_mapping: {
      value: konnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMappingToHclTerraform(struct!.claimsMapping),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping",
    },
    fetch_kong_identity_principal: {
      value: konnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipalToHclTerraform(struct!.fetchKongIdentityPrincipal),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal",
    },
    jwks: {
      value: konnectEventGatewayVirtualClusterAuthenticationOauthBearerJwksToHclTerraform(struct!.jwks),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks",
    },
    mediation: {
      value: cdktf.stringToHclTerraform(struct!.mediation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    validate: {
      value: konnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateToHclTerraform(struct!.validate),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationOauthBearerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationOauthBearer | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._claimsMapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.claimsMapping = this._claimsMapping?.internalValue;
    }
    if (this._fetchKongIdentityPrincipal?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fetchKongIdentityPrincipal = this._fetchKongIdentityPrincipal?.internalValue;
    }
    if (this._jwks?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.jwks = this._jwks?.internalValue;
    }
    if (this._mediation !== undefined) {
      hasAnyValues = true;
      internalValueResult.mediation = this._mediation;
    }
    if (this._validate?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.validate = this._validate?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearer | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._claimsMapping.internalValue = undefined;
      this._fetchKongIdentityPrincipal.internalValue = undefined;
      this._jwks.internalValue = undefined;
      this._mediation = undefined;
      this._validate.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._claimsMapping.internalValue = value.claimsMapping;
      this._fetchKongIdentityPrincipal.internalValue = value.fetchKongIdentityPrincipal;
      this._jwks.internalValue = value.jwks;
      this._mediation = value.mediation;
      this._validate.internalValue = value.validate;
    }
  }

  // claims_mapping - computed: true, optional: true, required: false
  private _claimsMapping = new KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMappingOutputReference(this, "claims_mapping");
  public get claimsMapping() {
    return this._claimsMapping;
  }
  public putClaimsMapping(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerClaimsMapping) {
    this._claimsMapping.internalValue = value;
  }
  public resetClaimsMapping() {
    this._claimsMapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get claimsMappingInput() {
    return this._claimsMapping.internalValue;
  }

  // fetch_kong_identity_principal - computed: false, optional: true, required: false
  private _fetchKongIdentityPrincipal = new KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipalOutputReference(this, "fetch_kong_identity_principal");
  public get fetchKongIdentityPrincipal() {
    return this._fetchKongIdentityPrincipal;
  }
  public putFetchKongIdentityPrincipal(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerFetchKongIdentityPrincipal) {
    this._fetchKongIdentityPrincipal.internalValue = value;
  }
  public resetFetchKongIdentityPrincipal() {
    this._fetchKongIdentityPrincipal.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fetchKongIdentityPrincipalInput() {
    return this._fetchKongIdentityPrincipal.internalValue;
  }

  // jwks - computed: true, optional: true, required: false
  private _jwks = new KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwksOutputReference(this, "jwks");
  public get jwks() {
    return this._jwks;
  }
  public putJwks(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerJwks) {
    this._jwks.internalValue = value;
  }
  public resetJwks() {
    this._jwks.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get jwksInput() {
    return this._jwks.internalValue;
  }

  // mediation - computed: true, optional: true, required: false
  private _mediation?: string; 
  public get mediation() {
    return this.getStringAttribute('mediation');
  }
  public set mediation(value: string) {
    this._mediation = value;
  }
  public resetMediation() {
    this._mediation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mediationInput() {
    return this._mediation;
  }

  // validate - computed: true, optional: true, required: false
  private _validate = new KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidateOutputReference(this, "validate");
  public get validate() {
    return this._validate;
  }
  public putValidate(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearerValidate) {
    this._validate.internalValue = value;
  }
  public resetValidate() {
    this._validate.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateInput() {
    return this._validate.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy {
  /**
  * The metadata key in Kong Identity to match the authenticated identity against.
  * Value for the lookup is a `username` in case of `sasl_plain` or `sasl_scram`.
  * In case of `client_certificate` it's a principal mapped by the listener TLSServer policy.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#key KonnectEventGatewayVirtualCluster#key}
  */
  readonly key?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchByToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchByToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchByOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
    }
  }

  // key - computed: true, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal {
  /**
  * Kong Identity directory to use for principal lookup. Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#directory KonnectEventGatewayVirtualCluster#directory}
  */
  readonly directory?: string;
  /**
  * Behavior when the Kong Identity principal lookup fails.
  * * `error` - fail the authentication if the principal lookup fails.
  * * `ignore` - proceed without principal metadata if the lookup fails.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["error", "ignore"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#failure_mode KonnectEventGatewayVirtualCluster#failure_mode}
  */
  readonly failureMode?: string;
  /**
  * Defines how to look up the principal in Kong Identity.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#fetch_by KonnectEventGatewayVirtualCluster#fetch_by}
  */
  readonly fetchBy?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy;
}

export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    directory: cdktf.stringToTerraform(struct!.directory),
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    fetch_by: konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchByToTerraform(struct!.fetchBy),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    directory: {
      value: cdktf.stringToHclTerraform(struct!.directory),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fetch_by: {
      value: konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchByToHclTerraform(struct!.fetchBy),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._directory !== undefined) {
      hasAnyValues = true;
      internalValueResult.directory = this._directory;
    }
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._fetchBy?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fetchBy = this._fetchBy?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._directory = undefined;
      this._failureMode = undefined;
      this._fetchBy.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._directory = value.directory;
      this._failureMode = value.failureMode;
      this._fetchBy.internalValue = value.fetchBy;
    }
  }

  // directory - computed: true, optional: true, required: false
  private _directory?: string; 
  public get directory() {
    return this.getStringAttribute('directory');
  }
  public set directory(value: string) {
    this._directory = value;
  }
  public resetDirectory() {
    this._directory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directoryInput() {
    return this._directory;
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

  // fetch_by - computed: false, optional: true, required: false
  private _fetchBy = new KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchByOutputReference(this, "fetch_by");
  public get fetchBy() {
    return this._fetchBy;
  }
  public putFetchBy(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalFetchBy) {
    this._fetchBy.internalValue = value;
  }
  public resetFetchBy() {
    this._fetchBy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fetchByInput() {
    return this._fetchBy.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals {
  /**
  * A sensitive value containing the secret or a reference to a secret as a template string expression.
  * If the value is provided as plain text, it is encrypted at rest and omitted from API responses.
  * If provided as an expression, the expression itself is stored and returned by the API.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#password KonnectEventGatewayVirtualCluster#password}
  */
  readonly password?: string;
  /**
  * A literal value or a reference to an existing secret as a template string expression.
  * The value is stored and returned by the API as-is, not treated as sensitive information.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#username KonnectEventGatewayVirtualCluster#username}
  */
  readonly username?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    password: {
      value: cdktf.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._password = undefined;
      this._username = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._password = value.password;
      this._username = value.username;
    }
  }

  // password - computed: true, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // username - computed: true, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsOutputReference {
    return new KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationSaslPlain {
  /**
  * Fetches principal metadata from Kong Identity after successful authentication.
  * The principal is looked up by a custom key matched against the authenticated identity.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#fetch_kong_identity_principal KonnectEventGatewayVirtualCluster#fetch_kong_identity_principal}
  */
  readonly fetchKongIdentityPrincipal?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal;
  /**
  * The mediation type for SASL/PLAIN authentication. possible known values include one of ["passthrough", "terminate"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#mediation KonnectEventGatewayVirtualCluster#mediation}
  */
  readonly mediation?: string;
  /**
  * List of principals to be able to authenticate with, used with `terminate` mediation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#principals KonnectEventGatewayVirtualCluster#principals}
  */
  readonly principals?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals[] | cdktf.IResolvable;
}

export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlain | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    fetch_kong_identity_principal: konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalToTerraform(struct!.fetchKongIdentityPrincipal),
    mediation: cdktf.stringToTerraform(struct!.mediation),
    principals: cdktf.listMapper(konnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsToTerraform, false)(struct!.principals),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationSaslPlainToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlain | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    fetch_kong_identity_principal: {
      value: konnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalToHclTerraform(struct!.fetchKongIdentityPrincipal),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal",
    },
    mediation: {
      value: cdktf.stringToHclTerraform(struct!.mediation),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    principals: {
      value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsToHclTerraform, false)(struct!.principals),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslPlainOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationSaslPlain | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fetchKongIdentityPrincipal?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fetchKongIdentityPrincipal = this._fetchKongIdentityPrincipal?.internalValue;
    }
    if (this._mediation !== undefined) {
      hasAnyValues = true;
      internalValueResult.mediation = this._mediation;
    }
    if (this._principals?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.principals = this._principals?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlain | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fetchKongIdentityPrincipal.internalValue = undefined;
      this._mediation = undefined;
      this._principals.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fetchKongIdentityPrincipal.internalValue = value.fetchKongIdentityPrincipal;
      this._mediation = value.mediation;
      this._principals.internalValue = value.principals;
    }
  }

  // fetch_kong_identity_principal - computed: false, optional: true, required: false
  private _fetchKongIdentityPrincipal = new KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipalOutputReference(this, "fetch_kong_identity_principal");
  public get fetchKongIdentityPrincipal() {
    return this._fetchKongIdentityPrincipal;
  }
  public putFetchKongIdentityPrincipal(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainFetchKongIdentityPrincipal) {
    this._fetchKongIdentityPrincipal.internalValue = value;
  }
  public resetFetchKongIdentityPrincipal() {
    this._fetchKongIdentityPrincipal.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fetchKongIdentityPrincipalInput() {
    return this._fetchKongIdentityPrincipal.internalValue;
  }

  // mediation - computed: true, optional: true, required: false
  private _mediation?: string; 
  public get mediation() {
    return this.getStringAttribute('mediation');
  }
  public set mediation(value: string) {
    this._mediation = value;
  }
  public resetMediation() {
    this._mediation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mediationInput() {
    return this._mediation;
  }

  // principals - computed: false, optional: true, required: false
  private _principals = new KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipalsList(this, "principals", false);
  public get principals() {
    return this._principals;
  }
  public putPrincipals(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlainPrincipals[] | cdktf.IResolvable) {
    this._principals.internalValue = value;
  }
  public resetPrincipals() {
    this._principals.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get principalsInput() {
    return this._principals.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy {
  /**
  * The metadata key in Kong Identity to match the authenticated identity against.
  * Value for the lookup is a `username` in case of `sasl_plain` or `sasl_scram`.
  * In case of `client_certificate` it's a principal mapped by the listener TLSServer policy.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#key KonnectEventGatewayVirtualCluster#key}
  */
  readonly key?: string;
}

export function konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchByToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchByToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchByOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._key = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._key = value.key;
    }
  }

  // key - computed: true, optional: true, required: false
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  public resetKey() {
    this._key = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal {
  /**
  * Kong Identity directory to use for principal lookup. Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#directory KonnectEventGatewayVirtualCluster#directory}
  */
  readonly directory?: string;
  /**
  * Behavior when the Kong Identity principal lookup fails.
  * * `error` - fail the authentication if the principal lookup fails.
  * * `ignore` - proceed without principal metadata if the lookup fails.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * possible known values include one of ["error", "ignore"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#failure_mode KonnectEventGatewayVirtualCluster#failure_mode}
  */
  readonly failureMode?: string;
  /**
  * Defines how to look up the principal in Kong Identity.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#fetch_by KonnectEventGatewayVirtualCluster#fetch_by}
  */
  readonly fetchBy?: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy;
}

export function konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    directory: cdktf.stringToTerraform(struct!.directory),
    failure_mode: cdktf.stringToTerraform(struct!.failureMode),
    fetch_by: konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchByToTerraform(struct!.fetchBy),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    directory: {
      value: cdktf.stringToHclTerraform(struct!.directory),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    failure_mode: {
      value: cdktf.stringToHclTerraform(struct!.failureMode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fetch_by: {
      value: konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchByToHclTerraform(struct!.fetchBy),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._directory !== undefined) {
      hasAnyValues = true;
      internalValueResult.directory = this._directory;
    }
    if (this._failureMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.failureMode = this._failureMode;
    }
    if (this._fetchBy?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fetchBy = this._fetchBy?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._directory = undefined;
      this._failureMode = undefined;
      this._fetchBy.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._directory = value.directory;
      this._failureMode = value.failureMode;
      this._fetchBy.internalValue = value.fetchBy;
    }
  }

  // directory - computed: true, optional: true, required: false
  private _directory?: string; 
  public get directory() {
    return this.getStringAttribute('directory');
  }
  public set directory(value: string) {
    this._directory = value;
  }
  public resetDirectory() {
    this._directory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directoryInput() {
    return this._directory;
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

  // fetch_by - computed: false, optional: true, required: false
  private _fetchBy = new KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchByOutputReference(this, "fetch_by");
  public get fetchBy() {
    return this._fetchBy;
  }
  public putFetchBy(value: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalFetchBy) {
    this._fetchBy.internalValue = value;
  }
  public resetFetchBy() {
    this._fetchBy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fetchByInput() {
    return this._fetchBy.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthenticationSaslScram {
  /**
  * The algorithm used for SASL/SCRAM authentication. possible known values include one of ["sha256", "sha512"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#algorithm KonnectEventGatewayVirtualCluster#algorithm}
  */
  readonly algorithm?: string;
  /**
  * Fetches principal metadata from Kong Identity after successful authentication.
  * The principal is looked up by a custom key matched against the authenticated identity.
  * 
  * **Requires a minimum runtime version of `1.2`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#fetch_kong_identity_principal KonnectEventGatewayVirtualCluster#fetch_kong_identity_principal}
  */
  readonly fetchKongIdentityPrincipal?: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal;
}

export function konnectEventGatewayVirtualClusterAuthenticationSaslScramToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslScram | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    algorithm: cdktf.stringToTerraform(struct!.algorithm),
    fetch_kong_identity_principal: konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalToTerraform(struct!.fetchKongIdentityPrincipal),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationSaslScramToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthenticationSaslScram | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    algorithm: {
      value: cdktf.stringToHclTerraform(struct!.algorithm),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    fetch_kong_identity_principal: {
      value: konnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalToHclTerraform(struct!.fetchKongIdentityPrincipal),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationSaslScramOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthenticationSaslScram | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._algorithm !== undefined) {
      hasAnyValues = true;
      internalValueResult.algorithm = this._algorithm;
    }
    if (this._fetchKongIdentityPrincipal?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.fetchKongIdentityPrincipal = this._fetchKongIdentityPrincipal?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthenticationSaslScram | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._algorithm = undefined;
      this._fetchKongIdentityPrincipal.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._algorithm = value.algorithm;
      this._fetchKongIdentityPrincipal.internalValue = value.fetchKongIdentityPrincipal;
    }
  }

  // algorithm - computed: true, optional: true, required: false
  private _algorithm?: string; 
  public get algorithm() {
    return this.getStringAttribute('algorithm');
  }
  public set algorithm(value: string) {
    this._algorithm = value;
  }
  public resetAlgorithm() {
    this._algorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get algorithmInput() {
    return this._algorithm;
  }

  // fetch_kong_identity_principal - computed: false, optional: true, required: false
  private _fetchKongIdentityPrincipal = new KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipalOutputReference(this, "fetch_kong_identity_principal");
  public get fetchKongIdentityPrincipal() {
    return this._fetchKongIdentityPrincipal;
  }
  public putFetchKongIdentityPrincipal(value: KonnectEventGatewayVirtualClusterAuthenticationSaslScramFetchKongIdentityPrincipal) {
    this._fetchKongIdentityPrincipal.internalValue = value;
  }
  public resetFetchKongIdentityPrincipal() {
    this._fetchKongIdentityPrincipal.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fetchKongIdentityPrincipalInput() {
    return this._fetchKongIdentityPrincipal.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterAuthentication {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#anonymous KonnectEventGatewayVirtualCluster#anonymous}
  */
  readonly anonymous?: KonnectEventGatewayVirtualClusterAuthenticationAnonymous;
  /**
  * Client certificate (mTLS) authentication scheme for the virtual cluster.
  * 
  * **Requires a minimum runtime version of `1.1`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#client_certificate KonnectEventGatewayVirtualCluster#client_certificate}
  */
  readonly clientCertificate?: KonnectEventGatewayVirtualClusterAuthenticationClientCertificate;
  /**
  * Oauth Bearer authentication scheme for the virtual cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#oauth_bearer KonnectEventGatewayVirtualCluster#oauth_bearer}
  */
  readonly oauthBearer?: KonnectEventGatewayVirtualClusterAuthenticationOauthBearer;
  /**
  * SASL/PLAIN authentication scheme for the virtual cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#sasl_plain KonnectEventGatewayVirtualCluster#sasl_plain}
  */
  readonly saslPlain?: KonnectEventGatewayVirtualClusterAuthenticationSaslPlain;
  /**
  * SASL/SCRAM authentication scheme for the virtual cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#sasl_scram KonnectEventGatewayVirtualCluster#sasl_scram}
  */
  readonly saslScram?: KonnectEventGatewayVirtualClusterAuthenticationSaslScram;
}

export function konnectEventGatewayVirtualClusterAuthenticationToTerraform(struct?: KonnectEventGatewayVirtualClusterAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    anonymous: konnectEventGatewayVirtualClusterAuthenticationAnonymousToTerraform(struct!.anonymous),
    client_certificate: konnectEventGatewayVirtualClusterAuthenticationClientCertificateToTerraform(struct!.clientCertificate),
    oauth_bearer: konnectEventGatewayVirtualClusterAuthenticationOauthBearerToTerraform(struct!.oauthBearer),
    sasl_plain: konnectEventGatewayVirtualClusterAuthenticationSaslPlainToTerraform(struct!.saslPlain),
    sasl_scram: konnectEventGatewayVirtualClusterAuthenticationSaslScramToTerraform(struct!.saslScram),
  }
}


export function konnectEventGatewayVirtualClusterAuthenticationToHclTerraform(struct?: KonnectEventGatewayVirtualClusterAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    anonymous: {
      value: konnectEventGatewayVirtualClusterAuthenticationAnonymousToHclTerraform(struct!.anonymous),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationAnonymous",
    },
    client_certificate: {
      value: konnectEventGatewayVirtualClusterAuthenticationClientCertificateToHclTerraform(struct!.clientCertificate),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationClientCertificate",
    },
    oauth_bearer: {
      value: konnectEventGatewayVirtualClusterAuthenticationOauthBearerToHclTerraform(struct!.oauthBearer),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationOauthBearer",
    },
    sasl_plain: {
      value: konnectEventGatewayVirtualClusterAuthenticationSaslPlainToHclTerraform(struct!.saslPlain),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationSaslPlain",
    },
    sasl_scram: {
      value: konnectEventGatewayVirtualClusterAuthenticationSaslScramToHclTerraform(struct!.saslScram),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationSaslScram",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterAuthenticationOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterAuthentication | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._anonymous?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.anonymous = this._anonymous?.internalValue;
    }
    if (this._clientCertificate?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientCertificate = this._clientCertificate?.internalValue;
    }
    if (this._oauthBearer?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.oauthBearer = this._oauthBearer?.internalValue;
    }
    if (this._saslPlain?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.saslPlain = this._saslPlain?.internalValue;
    }
    if (this._saslScram?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.saslScram = this._saslScram?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterAuthentication | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._anonymous.internalValue = undefined;
      this._clientCertificate.internalValue = undefined;
      this._oauthBearer.internalValue = undefined;
      this._saslPlain.internalValue = undefined;
      this._saslScram.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._anonymous.internalValue = value.anonymous;
      this._clientCertificate.internalValue = value.clientCertificate;
      this._oauthBearer.internalValue = value.oauthBearer;
      this._saslPlain.internalValue = value.saslPlain;
      this._saslScram.internalValue = value.saslScram;
    }
  }

  // anonymous - computed: false, optional: true, required: false
  private _anonymous = new KonnectEventGatewayVirtualClusterAuthenticationAnonymousOutputReference(this, "anonymous");
  public get anonymous() {
    return this._anonymous;
  }
  public putAnonymous(value: KonnectEventGatewayVirtualClusterAuthenticationAnonymous) {
    this._anonymous.internalValue = value;
  }
  public resetAnonymous() {
    this._anonymous.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anonymousInput() {
    return this._anonymous.internalValue;
  }

  // client_certificate - computed: false, optional: true, required: false
  private _clientCertificate = new KonnectEventGatewayVirtualClusterAuthenticationClientCertificateOutputReference(this, "client_certificate");
  public get clientCertificate() {
    return this._clientCertificate;
  }
  public putClientCertificate(value: KonnectEventGatewayVirtualClusterAuthenticationClientCertificate) {
    this._clientCertificate.internalValue = value;
  }
  public resetClientCertificate() {
    this._clientCertificate.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientCertificateInput() {
    return this._clientCertificate.internalValue;
  }

  // oauth_bearer - computed: false, optional: true, required: false
  private _oauthBearer = new KonnectEventGatewayVirtualClusterAuthenticationOauthBearerOutputReference(this, "oauth_bearer");
  public get oauthBearer() {
    return this._oauthBearer;
  }
  public putOauthBearer(value: KonnectEventGatewayVirtualClusterAuthenticationOauthBearer) {
    this._oauthBearer.internalValue = value;
  }
  public resetOauthBearer() {
    this._oauthBearer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get oauthBearerInput() {
    return this._oauthBearer.internalValue;
  }

  // sasl_plain - computed: false, optional: true, required: false
  private _saslPlain = new KonnectEventGatewayVirtualClusterAuthenticationSaslPlainOutputReference(this, "sasl_plain");
  public get saslPlain() {
    return this._saslPlain;
  }
  public putSaslPlain(value: KonnectEventGatewayVirtualClusterAuthenticationSaslPlain) {
    this._saslPlain.internalValue = value;
  }
  public resetSaslPlain() {
    this._saslPlain.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get saslPlainInput() {
    return this._saslPlain.internalValue;
  }

  // sasl_scram - computed: false, optional: true, required: false
  private _saslScram = new KonnectEventGatewayVirtualClusterAuthenticationSaslScramOutputReference(this, "sasl_scram");
  public get saslScram() {
    return this._saslScram;
  }
  public putSaslScram(value: KonnectEventGatewayVirtualClusterAuthenticationSaslScram) {
    this._saslScram.internalValue = value;
  }
  public resetSaslScram() {
    this._saslScram.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get saslScramInput() {
    return this._saslScram.internalValue;
  }
}

export class KonnectEventGatewayVirtualClusterAuthenticationList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterAuthentication[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterAuthenticationOutputReference {
    return new KonnectEventGatewayVirtualClusterAuthenticationOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayVirtualClusterDestination {
  /**
  * The unique identifier of the backend cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#id KonnectEventGatewayVirtualCluster#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

export function konnectEventGatewayVirtualClusterDestinationToTerraform(struct?: KonnectEventGatewayVirtualClusterDestination | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function konnectEventGatewayVirtualClusterDestinationToHclTerraform(struct?: KonnectEventGatewayVirtualClusterDestination | cdktf.IResolvable): any {
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

export class KonnectEventGatewayVirtualClusterDestinationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterDestination | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayVirtualClusterDestination | cdktf.IResolvable | undefined) {
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

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // name - computed: true, optional: false, required: false
  public get name() {
    return this.getStringAttribute('name');
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct {
  /**
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#value KonnectEventGatewayVirtualCluster#value}
  */
  readonly value?: string;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._value = value.value;
    }
  }

  // value - computed: true, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructOutputReference {
    return new KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#exact_list KonnectEventGatewayVirtualCluster#exact_list}
  */
  readonly exactList?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct[] | cdktf.IResolvable;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStructToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    exact_list: cdktf.listMapper(konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructToTerraform, false)(struct!.exactList),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStructToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    exact_list: {
      value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructToHclTerraform, false)(struct!.exactList),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStructOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._exactList?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.exactList = this._exactList?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._exactList.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._exactList.internalValue = value.exactList;
    }
  }

  // exact_list - computed: true, optional: true, required: false
  private _exactList = new KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStructList(this, "exact_list", false);
  public get exactList() {
    return this._exactList;
  }
  public putExactList(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListExactListStruct[] | cdktf.IResolvable) {
    this._exactList.internalValue = value;
  }
  public resetExactList() {
    this._exactList.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exactListInput() {
    return this._exactList.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob {
  /**
  * Expose any id that matches this glob pattern (e.g., `my_id_*`). Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#glob KonnectEventGatewayVirtualCluster#glob}
  */
  readonly glob?: string;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlobToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    glob: cdktf.stringToTerraform(struct!.glob),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlobToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    glob: {
      value: cdktf.stringToHclTerraform(struct!.glob),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlobOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._glob !== undefined) {
      hasAnyValues = true;
      internalValueResult.glob = this._glob;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._glob = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._glob = value.glob;
    }
  }

  // glob - computed: true, optional: true, required: false
  private _glob?: string; 
  public get glob() {
    return this.getStringAttribute('glob');
  }
  public set glob(value: string) {
    this._glob = value;
  }
  public resetGlob() {
    this._glob = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get globInput() {
    return this._glob;
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#exact_list KonnectEventGatewayVirtualCluster#exact_list}
  */
  readonly exactList?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#glob KonnectEventGatewayVirtualCluster#glob}
  */
  readonly glob?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    exact_list: konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStructToTerraform(struct!.exactList),
    glob: konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlobToTerraform(struct!.glob),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    exact_list: {
      value: konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStructToHclTerraform(struct!.exactList),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct",
    },
    glob: {
      value: konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlobToHclTerraform(struct!.glob),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._exactList?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.exactList = this._exactList?.internalValue;
    }
    if (this._glob?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.glob = this._glob?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._exactList.internalValue = undefined;
      this._glob.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._exactList.internalValue = value.exactList;
      this._glob.internalValue = value.glob;
    }
  }

  // exact_list - computed: true, optional: true, required: false
  private _exactList = new KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStructOutputReference(this, "exact_list");
  public get exactList() {
    return this._exactList;
  }
  public putExactList(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsExactListStruct) {
    this._exactList.internalValue = value;
  }
  public resetExactList() {
    this._exactList.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exactListInput() {
    return this._exactList.internalValue;
  }

  // glob - computed: true, optional: true, required: false
  private _glob = new KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlobOutputReference(this, "glob");
  public get glob() {
    return this._glob;
  }
  public putGlob(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsGlob) {
    this._glob.internalValue = value;
  }
  public resetGlob() {
    this._glob.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get globInput() {
    return this._glob.internalValue;
  }
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsOutputReference {
    return new KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct {
  /**
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#backend KonnectEventGatewayVirtualCluster#backend}
  */
  readonly backend?: string;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    backend: cdktf.stringToTerraform(struct!.backend),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    backend: {
      value: cdktf.stringToHclTerraform(struct!.backend),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._backend !== undefined) {
      hasAnyValues = true;
      internalValueResult.backend = this._backend;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._backend = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._backend = value.backend;
    }
  }

  // backend - computed: true, optional: true, required: false
  private _backend?: string; 
  public get backend() {
    return this.getStringAttribute('backend');
  }
  public set backend(value: string) {
    this._backend = value;
  }
  public resetBackend() {
    this._backend = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get backendInput() {
    return this._backend;
  }
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructOutputReference {
    return new KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct {
  /**
  * How to inform the user about conflicts where multiple backend topics would map to the same virtual topic name.
  * * warn - log in the Event Gateway logs. Additionally, it sets knep_namespace_topic_conflict to 1.
  * * ignore - do not do anything. It does not cause knep_namespace_topic_conflict metric to be set to 1.
  * possible known values include one of ["warn", "ignore"]; Default: "warn"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#conflict KonnectEventGatewayVirtualCluster#conflict}
  */
  readonly conflict?: string;
  /**
  * Explicit allow-list of backend topic names.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#exact_list KonnectEventGatewayVirtualCluster#exact_list}
  */
  readonly exactList?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct[] | cdktf.IResolvable;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStructToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    conflict: cdktf.stringToTerraform(struct!.conflict),
    exact_list: cdktf.listMapper(konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructToTerraform, false)(struct!.exactList),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStructToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    conflict: {
      value: cdktf.stringToHclTerraform(struct!.conflict),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    exact_list: {
      value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructToHclTerraform, false)(struct!.exactList),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStructOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._conflict !== undefined) {
      hasAnyValues = true;
      internalValueResult.conflict = this._conflict;
    }
    if (this._exactList?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.exactList = this._exactList?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._conflict = undefined;
      this._exactList.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._conflict = value.conflict;
      this._exactList.internalValue = value.exactList;
    }
  }

  // conflict - computed: true, optional: true, required: false
  private _conflict?: string; 
  public get conflict() {
    return this.getStringAttribute('conflict');
  }
  public set conflict(value: string) {
    this._conflict = value;
  }
  public resetConflict() {
    this._conflict = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conflictInput() {
    return this._conflict;
  }

  // exact_list - computed: true, optional: true, required: false
  private _exactList = new KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStructList(this, "exact_list", false);
  public get exactList() {
    return this._exactList;
  }
  public putExactList(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListExactListStruct[] | cdktf.IResolvable) {
    this._exactList.internalValue = value;
  }
  public resetExactList() {
    this._exactList.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exactListInput() {
    return this._exactList.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob {
  /**
  * How to inform the user about conflicts where multiple backend topics would map to the same virtual topic name.
  * * warn - log in the Event Gateway logs. Additionally, it sets knep_namespace_topic_conflict to 1.
  * * ignore - do not do anything. It does not cause knep_namespace_topic_conflict metric to be set to 1.
  * possible known values include one of ["warn", "ignore"]; Default: "warn"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#conflict KonnectEventGatewayVirtualCluster#conflict}
  */
  readonly conflict?: string;
  /**
  * Expose any backend topic that matches this glob pattern (e.g., `operations_data_*`). Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#glob KonnectEventGatewayVirtualCluster#glob}
  */
  readonly glob?: string;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlobToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    conflict: cdktf.stringToTerraform(struct!.conflict),
    glob: cdktf.stringToTerraform(struct!.glob),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlobToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    conflict: {
      value: cdktf.stringToHclTerraform(struct!.conflict),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    glob: {
      value: cdktf.stringToHclTerraform(struct!.glob),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlobOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._conflict !== undefined) {
      hasAnyValues = true;
      internalValueResult.conflict = this._conflict;
    }
    if (this._glob !== undefined) {
      hasAnyValues = true;
      internalValueResult.glob = this._glob;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._conflict = undefined;
      this._glob = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._conflict = value.conflict;
      this._glob = value.glob;
    }
  }

  // conflict - computed: true, optional: true, required: false
  private _conflict?: string; 
  public get conflict() {
    return this.getStringAttribute('conflict');
  }
  public set conflict(value: string) {
    this._conflict = value;
  }
  public resetConflict() {
    this._conflict = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conflictInput() {
    return this._conflict;
  }

  // glob - computed: true, optional: true, required: false
  private _glob?: string; 
  public get glob() {
    return this.getStringAttribute('glob');
  }
  public set glob(value: string) {
    this._glob = value;
  }
  public resetGlob() {
    this._glob = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get globInput() {
    return this._glob;
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#exact_list KonnectEventGatewayVirtualCluster#exact_list}
  */
  readonly exactList?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#glob KonnectEventGatewayVirtualCluster#glob}
  */
  readonly glob?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    exact_list: konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStructToTerraform(struct!.exactList),
    glob: konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlobToTerraform(struct!.glob),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    exact_list: {
      value: konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStructToHclTerraform(struct!.exactList),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct",
    },
    glob: {
      value: konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlobToHclTerraform(struct!.glob),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._exactList?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.exactList = this._exactList?.internalValue;
    }
    if (this._glob?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.glob = this._glob?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._exactList.internalValue = undefined;
      this._glob.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._exactList.internalValue = value.exactList;
      this._glob.internalValue = value.glob;
    }
  }

  // exact_list - computed: true, optional: true, required: false
  private _exactList = new KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStructOutputReference(this, "exact_list");
  public get exactList() {
    return this._exactList;
  }
  public putExactList(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsExactListStruct) {
    this._exactList.internalValue = value;
  }
  public resetExactList() {
    this._exactList.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exactListInput() {
    return this._exactList.internalValue;
  }

  // glob - computed: true, optional: true, required: false
  private _glob = new KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlobOutputReference(this, "glob");
  public get glob() {
    return this._glob;
  }
  public putGlob(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsGlob) {
    this._glob.internalValue = value;
  }
  public resetGlob() {
    this._glob.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get globInput() {
    return this._glob.internalValue;
  }
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsOutputReference {
    return new KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayVirtualClusterNamespaceAdditional {
  /**
  * Consumer group IDs to expose even if they don't start with the namespace prefix.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#consumer_groups KonnectEventGatewayVirtualCluster#consumer_groups}
  */
  readonly consumerGroups?: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups[] | cdktf.IResolvable;
  /**
  * Additional backend topics to expose even if they don't match the namespace prefix.
  * The topics are not affected by the hide/enforce prefix mode.
  * If the client tries to create a topic that matches this list, the request is rejected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#topics KonnectEventGatewayVirtualCluster#topics}
  */
  readonly topics?: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics[] | cdktf.IResolvable;
}

export function konnectEventGatewayVirtualClusterNamespaceAdditionalToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditional | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    consumer_groups: cdktf.listMapper(konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsToTerraform, false)(struct!.consumerGroups),
    topics: cdktf.listMapper(konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsToTerraform, false)(struct!.topics),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceAdditionalToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespaceAdditional | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    consumer_groups: {
      value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsToHclTerraform, false)(struct!.consumerGroups),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsList",
    },
    topics: {
      value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterNamespaceAdditionalTopicsToHclTerraform, false)(struct!.topics),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceAdditionalOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespaceAdditional | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._consumerGroups?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.consumerGroups = this._consumerGroups?.internalValue;
    }
    if (this._topics?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.topics = this._topics?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespaceAdditional | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._consumerGroups.internalValue = undefined;
      this._topics.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._consumerGroups.internalValue = value.consumerGroups;
      this._topics.internalValue = value.topics;
    }
  }

  // consumer_groups - computed: true, optional: true, required: false
  private _consumerGroups = new KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroupsList(this, "consumer_groups", false);
  public get consumerGroups() {
    return this._consumerGroups;
  }
  public putConsumerGroups(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalConsumerGroups[] | cdktf.IResolvable) {
    this._consumerGroups.internalValue = value;
  }
  public resetConsumerGroups() {
    this._consumerGroups.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get consumerGroupsInput() {
    return this._consumerGroups.internalValue;
  }

  // topics - computed: true, optional: true, required: false
  private _topics = new KonnectEventGatewayVirtualClusterNamespaceAdditionalTopicsList(this, "topics", false);
  public get topics() {
    return this._topics;
  }
  public putTopics(value: KonnectEventGatewayVirtualClusterNamespaceAdditionalTopics[] | cdktf.IResolvable) {
    this._topics.internalValue = value;
  }
  public resetTopics() {
    this._topics.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicsInput() {
    return this._topics.internalValue;
  }
}
export interface KonnectEventGatewayVirtualClusterNamespace {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#additional KonnectEventGatewayVirtualCluster#additional}
  */
  readonly additional?: KonnectEventGatewayVirtualClusterNamespaceAdditional;
  /**
  * * hide_prefix - the configured prefix is hidden from clients for topics and IDs when reading.
  *   Created resources are written with the prefix on the backend cluster.
  * * enforce_prefix - the configured prefix remains visible to clients.
  *   Created resources must include the prefix or the request will fail.
  * possible known values include one of ["hide_prefix", "enforce_prefix"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#mode KonnectEventGatewayVirtualCluster#mode}
  */
  readonly mode: string;
  /**
  * The namespace is differentiated by this chosen prefix.
  * For example, if the prefix is set to "analytics_" the topic named "analytics_user_clicks" is available to the clients
  * of the virtual cluster. Topics without the prefix will be ignored unless added via `additional.topics`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#prefix KonnectEventGatewayVirtualCluster#prefix}
  */
  readonly prefix: string;
}

export function konnectEventGatewayVirtualClusterNamespaceToTerraform(struct?: KonnectEventGatewayVirtualClusterNamespace | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    additional: konnectEventGatewayVirtualClusterNamespaceAdditionalToTerraform(struct!.additional),
    mode: cdktf.stringToTerraform(struct!.mode),
    prefix: cdktf.stringToTerraform(struct!.prefix),
  }
}


export function konnectEventGatewayVirtualClusterNamespaceToHclTerraform(struct?: KonnectEventGatewayVirtualClusterNamespace | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    additional: {
      value: konnectEventGatewayVirtualClusterNamespaceAdditionalToHclTerraform(struct!.additional),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayVirtualClusterNamespaceAdditional",
    },
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    prefix: {
      value: cdktf.stringToHclTerraform(struct!.prefix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterNamespaceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayVirtualClusterNamespace | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._additional?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.additional = this._additional?.internalValue;
    }
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._prefix !== undefined) {
      hasAnyValues = true;
      internalValueResult.prefix = this._prefix;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterNamespace | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._additional.internalValue = undefined;
      this._mode = undefined;
      this._prefix = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._additional.internalValue = value.additional;
      this._mode = value.mode;
      this._prefix = value.prefix;
    }
  }

  // additional - computed: false, optional: true, required: false
  private _additional = new KonnectEventGatewayVirtualClusterNamespaceAdditionalOutputReference(this, "additional");
  public get additional() {
    return this._additional;
  }
  public putAdditional(value: KonnectEventGatewayVirtualClusterNamespaceAdditional) {
    this._additional.internalValue = value;
  }
  public resetAdditional() {
    this._additional.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get additionalInput() {
    return this._additional.internalValue;
  }

  // mode - computed: false, optional: false, required: true
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // prefix - computed: false, optional: false, required: true
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }
}
export interface KonnectEventGatewayVirtualClusterTopicAliases {
  /**
  * The client-visible topic name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#alias KonnectEventGatewayVirtualCluster#alias}
  */
  readonly alias: string;
  /**
  * How to handle conflicts where an alias shadows a physical topic.
  * * warn - activate the alias but log a warning and set the conflict metric to 1.
  * * ignore - activate the alias silently.
  * possible known values include one of ["warn", "ignore"]; Default: "warn"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#conflict KonnectEventGatewayVirtualCluster#conflict}
  */
  readonly conflict?: string;
  /**
  * CEL expression evaluated against the connection's auth context.
  * If omitted or empty, the alias is active for all connections.
  * Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#match KonnectEventGatewayVirtualCluster#match}
  */
  readonly match?: string;
  /**
  * The namespace-visible topic name this alias resolves to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#topic KonnectEventGatewayVirtualCluster#topic}
  */
  readonly topic: string;
}

export function konnectEventGatewayVirtualClusterTopicAliasesToTerraform(struct?: KonnectEventGatewayVirtualClusterTopicAliases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    alias: cdktf.stringToTerraform(struct!.alias),
    conflict: cdktf.stringToTerraform(struct!.conflict),
    match: cdktf.stringToTerraform(struct!.match),
    topic: cdktf.stringToTerraform(struct!.topic),
  }
}


export function konnectEventGatewayVirtualClusterTopicAliasesToHclTerraform(struct?: KonnectEventGatewayVirtualClusterTopicAliases | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    alias: {
      value: cdktf.stringToHclTerraform(struct!.alias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    conflict: {
      value: cdktf.stringToHclTerraform(struct!.conflict),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    match: {
      value: cdktf.stringToHclTerraform(struct!.match),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    topic: {
      value: cdktf.stringToHclTerraform(struct!.topic),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayVirtualClusterTopicAliasesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayVirtualClusterTopicAliases | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._alias !== undefined) {
      hasAnyValues = true;
      internalValueResult.alias = this._alias;
    }
    if (this._conflict !== undefined) {
      hasAnyValues = true;
      internalValueResult.conflict = this._conflict;
    }
    if (this._match !== undefined) {
      hasAnyValues = true;
      internalValueResult.match = this._match;
    }
    if (this._topic !== undefined) {
      hasAnyValues = true;
      internalValueResult.topic = this._topic;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayVirtualClusterTopicAliases | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._alias = undefined;
      this._conflict = undefined;
      this._match = undefined;
      this._topic = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._alias = value.alias;
      this._conflict = value.conflict;
      this._match = value.match;
      this._topic = value.topic;
    }
  }

  // alias - computed: false, optional: false, required: true
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // conflict - computed: true, optional: true, required: false
  private _conflict?: string; 
  public get conflict() {
    return this.getStringAttribute('conflict');
  }
  public set conflict(value: string) {
    this._conflict = value;
  }
  public resetConflict() {
    this._conflict = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get conflictInput() {
    return this._conflict;
  }

  // match - computed: true, optional: true, required: false
  private _match?: string; 
  public get match() {
    return this.getStringAttribute('match');
  }
  public set match(value: string) {
    this._match = value;
  }
  public resetMatch() {
    this._match = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchInput() {
    return this._match;
  }

  // topic - computed: false, optional: false, required: true
  private _topic?: string; 
  public get topic() {
    return this.getStringAttribute('topic');
  }
  public set topic(value: string) {
    this._topic = value;
  }
  // Temporarily expose input value. Use with caution.
  public get topicInput() {
    return this._topic;
  }
}

export class KonnectEventGatewayVirtualClusterTopicAliasesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayVirtualClusterTopicAliases[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayVirtualClusterTopicAliasesOutputReference {
    return new KonnectEventGatewayVirtualClusterTopicAliasesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster konnect_event_gateway_virtual_cluster}
*/
export class KonnectEventGatewayVirtualCluster extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_virtual_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayVirtualCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayVirtualCluster to import
  * @param importFromId The id of the existing KonnectEventGatewayVirtualCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayVirtualCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_virtual_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_virtual_cluster konnect_event_gateway_virtual_cluster} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayVirtualClusterConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayVirtualClusterConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_virtual_cluster',
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
    this._aclMode = config.aclMode;
    this._authentication.internalValue = config.authentication;
    this._description = config.description;
    this._destination.internalValue = config.destination;
    this._dnsLabel = config.dnsLabel;
    this._gatewayId = config.gatewayId;
    this._labels = config.labels;
    this._name = config.name;
    this._namespace.internalValue = config.namespace;
    this._topicAliases.internalValue = config.topicAliases;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // acl_mode - computed: false, optional: false, required: true
  private _aclMode?: string; 
  public get aclMode() {
    return this.getStringAttribute('acl_mode');
  }
  public set aclMode(value: string) {
    this._aclMode = value;
  }
  // Temporarily expose input value. Use with caution.
  public get aclModeInput() {
    return this._aclMode;
  }

  // authentication - computed: false, optional: false, required: true
  private _authentication = new KonnectEventGatewayVirtualClusterAuthenticationList(this, "authentication", false);
  public get authentication() {
    return this._authentication;
  }
  public putAuthentication(value: KonnectEventGatewayVirtualClusterAuthentication[] | cdktf.IResolvable) {
    this._authentication.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationInput() {
    return this._authentication.internalValue;
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

  // destination - computed: false, optional: false, required: true
  private _destination = new KonnectEventGatewayVirtualClusterDestinationOutputReference(this, "destination");
  public get destination() {
    return this._destination;
  }
  public putDestination(value: KonnectEventGatewayVirtualClusterDestination) {
    this._destination.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationInput() {
    return this._destination.internalValue;
  }

  // dns_label - computed: false, optional: false, required: true
  private _dnsLabel?: string; 
  public get dnsLabel() {
    return this.getStringAttribute('dns_label');
  }
  public set dnsLabel(value: string) {
    this._dnsLabel = value;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsLabelInput() {
    return this._dnsLabel;
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

  // namespace - computed: false, optional: true, required: false
  private _namespace = new KonnectEventGatewayVirtualClusterNamespaceOutputReference(this, "namespace");
  public get namespace() {
    return this._namespace;
  }
  public putNamespace(value: KonnectEventGatewayVirtualClusterNamespace) {
    this._namespace.internalValue = value;
  }
  public resetNamespace() {
    this._namespace.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace.internalValue;
  }

  // topic_aliases - computed: false, optional: true, required: false
  private _topicAliases = new KonnectEventGatewayVirtualClusterTopicAliasesList(this, "topic_aliases", false);
  public get topicAliases() {
    return this._topicAliases;
  }
  public putTopicAliases(value: KonnectEventGatewayVirtualClusterTopicAliases[] | cdktf.IResolvable) {
    this._topicAliases.internalValue = value;
  }
  public resetTopicAliases() {
    this._topicAliases.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get topicAliasesInput() {
    return this._topicAliases.internalValue;
  }

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      acl_mode: cdktf.stringToTerraform(this._aclMode),
      authentication: cdktf.listMapper(konnectEventGatewayVirtualClusterAuthenticationToTerraform, false)(this._authentication.internalValue),
      description: cdktf.stringToTerraform(this._description),
      destination: konnectEventGatewayVirtualClusterDestinationToTerraform(this._destination.internalValue),
      dns_label: cdktf.stringToTerraform(this._dnsLabel),
      gateway_id: cdktf.stringToTerraform(this._gatewayId),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      namespace: konnectEventGatewayVirtualClusterNamespaceToTerraform(this._namespace.internalValue),
      topic_aliases: cdktf.listMapper(konnectEventGatewayVirtualClusterTopicAliasesToTerraform, false)(this._topicAliases.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      acl_mode: {
        value: cdktf.stringToHclTerraform(this._aclMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      authentication: {
        value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterAuthenticationToHclTerraform, false)(this._authentication.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KonnectEventGatewayVirtualClusterAuthenticationList",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      destination: {
        value: konnectEventGatewayVirtualClusterDestinationToHclTerraform(this._destination.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayVirtualClusterDestination",
      },
      dns_label: {
        value: cdktf.stringToHclTerraform(this._dnsLabel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      namespace: {
        value: konnectEventGatewayVirtualClusterNamespaceToHclTerraform(this._namespace.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayVirtualClusterNamespace",
      },
      topic_aliases: {
        value: cdktf.listMapperHcl(konnectEventGatewayVirtualClusterTopicAliasesToHclTerraform, false)(this._topicAliases.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "KonnectEventGatewayVirtualClusterTopicAliasesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
