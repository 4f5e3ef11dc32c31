// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayListenerPolicyTlsServerConfig extends cdktf.TerraformMetaArguments {
  /**
  * The configuration of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#config KonnectEventGatewayListenerPolicyTlsServer#config}
  */
  readonly config: KonnectEventGatewayListenerPolicyTlsServerConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#description KonnectEventGatewayListenerPolicyTlsServer#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#enabled KonnectEventGatewayListenerPolicyTlsServer#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#gateway_id KonnectEventGatewayListenerPolicyTlsServer#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#labels KonnectEventGatewayListenerPolicyTlsServer#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * The ID of the Event Gateway Listener.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#listener_id KonnectEventGatewayListenerPolicyTlsServer#listener_id}
  */
  readonly listenerId: string;
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#name KonnectEventGatewayListenerPolicyTlsServer#name}
  */
  readonly name?: string;
}
export interface KonnectEventGatewayListenerPolicyTlsServerConfigCertificates {
  /**
  * A literal value or a reference to an existing secret as a template string expression.
  * The value is stored and returned by the API as-is, not treated as sensitive information.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#certificate KonnectEventGatewayListenerPolicyTlsServer#certificate}
  */
  readonly certificate: string;
  /**
  * A sensitive value containing the secret or a reference to a secret as a template string expression.
  * If the value is provided as plain text, it is encrypted at rest and omitted from API responses.
  * If provided as an expression, the expression itself is stored and returned by the API.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#key KonnectEventGatewayListenerPolicyTlsServer#key}
  */
  readonly key: string;
}

export function konnectEventGatewayListenerPolicyTlsServerConfigCertificatesToTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigCertificates | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    certificate: cdktf.stringToTerraform(struct!.certificate),
    key: cdktf.stringToTerraform(struct!.key),
  }
}


export function konnectEventGatewayListenerPolicyTlsServerConfigCertificatesToHclTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigCertificates | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    certificate: {
      value: cdktf.stringToHclTerraform(struct!.certificate),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
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

export class KonnectEventGatewayListenerPolicyTlsServerConfigCertificatesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayListenerPolicyTlsServerConfigCertificates | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._certificate !== undefined) {
      hasAnyValues = true;
      internalValueResult.certificate = this._certificate;
    }
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyTlsServerConfigCertificates | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._certificate = undefined;
      this._key = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._certificate = value.certificate;
      this._key = value.key;
    }
  }

  // certificate - computed: false, optional: false, required: true
  private _certificate?: string; 
  public get certificate() {
    return this.getStringAttribute('certificate');
  }
  public set certificate(value: string) {
    this._certificate = value;
  }
  // Temporarily expose input value. Use with caution.
  public get certificateInput() {
    return this._certificate;
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }
}

export class KonnectEventGatewayListenerPolicyTlsServerConfigCertificatesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayListenerPolicyTlsServerConfigCertificates[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayListenerPolicyTlsServerConfigCertificatesOutputReference {
    return new KonnectEventGatewayListenerPolicyTlsServerConfigCertificatesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles {
  /**
  * The unique identifier of the TLS trust bundle.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#id KonnectEventGatewayListenerPolicyTlsServer#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesToTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesToHclTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles | cdktf.IResolvable): any {
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

export class KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles | cdktf.IResolvable | undefined) {
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

export class KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesList extends cdktf.ComplexList {
  public internalValue? : KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles[] | cdktf.IResolvable

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
  public get(index: number): KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesOutputReference {
    return new KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication {
  /**
  * * required - Reject TLS connections without a valid client certificate.
  * * requested - Request a client certificate during the TLS handshake, but allow connections without one (falls back to other configured authentication methods). If a certificate is presented but cannot be verified, the connection is closed.
  * possible known values include one of ["required", "requested"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#mode KonnectEventGatewayListenerPolicyTlsServer#mode}
  */
  readonly mode: string;
  /**
  * An expression that extracts a principal identifier from a verified client certificate.
  * This expression must evaluate to a string.
  * 
  * **Requires a minimum runtime version of `1.1`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#principal_mapping KonnectEventGatewayListenerPolicyTlsServer#principal_mapping}
  */
  readonly principalMapping?: string;
  /**
  * TLS trust bundles contain CA certificate bundles used to verify client certificates.
  * All bundles are merged into a single trust store; a client certificate is accepted if it
  * chains to any trusted CA across all bundles.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#tls_trust_bundles KonnectEventGatewayListenerPolicyTlsServer#tls_trust_bundles}
  */
  readonly tlsTrustBundles: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles[] | cdktf.IResolvable;
}

export function konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationToTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mode: cdktf.stringToTerraform(struct!.mode),
    principal_mapping: cdktf.stringToTerraform(struct!.principalMapping),
    tls_trust_bundles: cdktf.listMapper(konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesToTerraform, false)(struct!.tlsTrustBundles),
  }
}


export function konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationToHclTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mode: {
      value: cdktf.stringToHclTerraform(struct!.mode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    principal_mapping: {
      value: cdktf.stringToHclTerraform(struct!.principalMapping),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tls_trust_bundles: {
      value: cdktf.listMapperHcl(konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesToHclTerraform, false)(struct!.tlsTrustBundles),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mode !== undefined) {
      hasAnyValues = true;
      internalValueResult.mode = this._mode;
    }
    if (this._principalMapping !== undefined) {
      hasAnyValues = true;
      internalValueResult.principalMapping = this._principalMapping;
    }
    if (this._tlsTrustBundles?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tlsTrustBundles = this._tlsTrustBundles?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._mode = undefined;
      this._principalMapping = undefined;
      this._tlsTrustBundles.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._mode = value.mode;
      this._principalMapping = value.principalMapping;
      this._tlsTrustBundles.internalValue = value.tlsTrustBundles;
    }
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

  // principal_mapping - computed: false, optional: true, required: false
  private _principalMapping?: string; 
  public get principalMapping() {
    return this.getStringAttribute('principal_mapping');
  }
  public set principalMapping(value: string) {
    this._principalMapping = value;
  }
  public resetPrincipalMapping() {
    this._principalMapping = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get principalMappingInput() {
    return this._principalMapping;
  }

  // tls_trust_bundles - computed: false, optional: false, required: true
  private _tlsTrustBundles = new KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundlesList(this, "tls_trust_bundles", false);
  public get tlsTrustBundles() {
    return this._tlsTrustBundles;
  }
  public putTlsTrustBundles(value: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationTlsTrustBundles[] | cdktf.IResolvable) {
    this._tlsTrustBundles.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsTrustBundlesInput() {
    return this._tlsTrustBundles.internalValue;
  }
}
export interface KonnectEventGatewayListenerPolicyTlsServerConfigVersions {
  /**
  * Maximum TLS version to use. possible known values include one of ["TLSv1.2", "TLSv1.3"]; Default: "TLSv1.3"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#max KonnectEventGatewayListenerPolicyTlsServer#max}
  */
  readonly max?: string;
  /**
  * Minimum TLS version to use. possible known values include one of ["TLSv1.2", "TLSv1.3"]; Default: "TLSv1.2"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#min KonnectEventGatewayListenerPolicyTlsServer#min}
  */
  readonly min?: string;
}

export function konnectEventGatewayListenerPolicyTlsServerConfigVersionsToTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigVersions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    max: cdktf.stringToTerraform(struct!.max),
    min: cdktf.stringToTerraform(struct!.min),
  }
}


export function konnectEventGatewayListenerPolicyTlsServerConfigVersionsToHclTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigVersions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    max: {
      value: cdktf.stringToHclTerraform(struct!.max),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    min: {
      value: cdktf.stringToHclTerraform(struct!.min),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayListenerPolicyTlsServerConfigVersionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyTlsServerConfigVersions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._max !== undefined) {
      hasAnyValues = true;
      internalValueResult.max = this._max;
    }
    if (this._min !== undefined) {
      hasAnyValues = true;
      internalValueResult.min = this._min;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyTlsServerConfigVersions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._max = undefined;
      this._min = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._max = value.max;
      this._min = value.min;
    }
  }

  // max - computed: true, optional: true, required: false
  private _max?: string; 
  public get max() {
    return this.getStringAttribute('max');
  }
  public set max(value: string) {
    this._max = value;
  }
  public resetMax() {
    this._max = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxInput() {
    return this._max;
  }

  // min - computed: true, optional: true, required: false
  private _min?: string; 
  public get min() {
    return this.getStringAttribute('min');
  }
  public set min(value: string) {
    this._min = value;
  }
  public resetMin() {
    this._min = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minInput() {
    return this._min;
  }
}
export interface KonnectEventGatewayListenerPolicyTlsServerConfigA {
  /**
  * If false, only TLS connections are allowed. If true, both TLS and plaintext connections are allowed. Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#allow_plaintext KonnectEventGatewayListenerPolicyTlsServer#allow_plaintext}
  */
  readonly allowPlaintext?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#certificates KonnectEventGatewayListenerPolicyTlsServer#certificates}
  */
  readonly certificates: KonnectEventGatewayListenerPolicyTlsServerConfigCertificates[] | cdktf.IResolvable;
  /**
  * Configures mutual TLS (mTLS) client certificate verification. When set, the gateway
  * requests or requires clients to present a certificate during the TLS handshake.
  * 
  * **Requires a minimum runtime version of `1.1`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#client_authentication KonnectEventGatewayListenerPolicyTlsServer#client_authentication}
  */
  readonly clientAuthentication?: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication;
  /**
  * A range of TLS versions.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#versions KonnectEventGatewayListenerPolicyTlsServer#versions}
  */
  readonly versions?: KonnectEventGatewayListenerPolicyTlsServerConfigVersions;
}

export function konnectEventGatewayListenerPolicyTlsServerConfigAToTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allow_plaintext: cdktf.booleanToTerraform(struct!.allowPlaintext),
    certificates: cdktf.listMapper(konnectEventGatewayListenerPolicyTlsServerConfigCertificatesToTerraform, false)(struct!.certificates),
    client_authentication: konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationToTerraform(struct!.clientAuthentication),
    versions: konnectEventGatewayListenerPolicyTlsServerConfigVersionsToTerraform(struct!.versions),
  }
}


export function konnectEventGatewayListenerPolicyTlsServerConfigAToHclTerraform(struct?: KonnectEventGatewayListenerPolicyTlsServerConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allow_plaintext: {
      value: cdktf.booleanToHclTerraform(struct!.allowPlaintext),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    certificates: {
      value: cdktf.listMapperHcl(konnectEventGatewayListenerPolicyTlsServerConfigCertificatesToHclTerraform, false)(struct!.certificates),
      isBlock: true,
      type: "list",
      storageClassType: "KonnectEventGatewayListenerPolicyTlsServerConfigCertificatesList",
    },
    client_authentication: {
      value: konnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationToHclTerraform(struct!.clientAuthentication),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication",
    },
    versions: {
      value: konnectEventGatewayListenerPolicyTlsServerConfigVersionsToHclTerraform(struct!.versions),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayListenerPolicyTlsServerConfigVersions",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayListenerPolicyTlsServerConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyTlsServerConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowPlaintext !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowPlaintext = this._allowPlaintext;
    }
    if (this._certificates?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.certificates = this._certificates?.internalValue;
    }
    if (this._clientAuthentication?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientAuthentication = this._clientAuthentication?.internalValue;
    }
    if (this._versions?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.versions = this._versions?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyTlsServerConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._allowPlaintext = undefined;
      this._certificates.internalValue = undefined;
      this._clientAuthentication.internalValue = undefined;
      this._versions.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._allowPlaintext = value.allowPlaintext;
      this._certificates.internalValue = value.certificates;
      this._clientAuthentication.internalValue = value.clientAuthentication;
      this._versions.internalValue = value.versions;
    }
  }

  // allow_plaintext - computed: true, optional: true, required: false
  private _allowPlaintext?: boolean | cdktf.IResolvable; 
  public get allowPlaintext() {
    return this.getBooleanAttribute('allow_plaintext');
  }
  public set allowPlaintext(value: boolean | cdktf.IResolvable) {
    this._allowPlaintext = value;
  }
  public resetAllowPlaintext() {
    this._allowPlaintext = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowPlaintextInput() {
    return this._allowPlaintext;
  }

  // certificates - computed: false, optional: false, required: true
  private _certificates = new KonnectEventGatewayListenerPolicyTlsServerConfigCertificatesList(this, "certificates", false);
  public get certificates() {
    return this._certificates;
  }
  public putCertificates(value: KonnectEventGatewayListenerPolicyTlsServerConfigCertificates[] | cdktf.IResolvable) {
    this._certificates.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get certificatesInput() {
    return this._certificates.internalValue;
  }

  // client_authentication - computed: false, optional: true, required: false
  private _clientAuthentication = new KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthenticationOutputReference(this, "client_authentication");
  public get clientAuthentication() {
    return this._clientAuthentication;
  }
  public putClientAuthentication(value: KonnectEventGatewayListenerPolicyTlsServerConfigClientAuthentication) {
    this._clientAuthentication.internalValue = value;
  }
  public resetClientAuthentication() {
    this._clientAuthentication.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientAuthenticationInput() {
    return this._clientAuthentication.internalValue;
  }

  // versions - computed: false, optional: true, required: false
  private _versions = new KonnectEventGatewayListenerPolicyTlsServerConfigVersionsOutputReference(this, "versions");
  public get versions() {
    return this._versions;
  }
  public putVersions(value: KonnectEventGatewayListenerPolicyTlsServerConfigVersions) {
    this._versions.internalValue = value;
  }
  public resetVersions() {
    this._versions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionsInput() {
    return this._versions.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server konnect_event_gateway_listener_policy_tls_server}
*/
export class KonnectEventGatewayListenerPolicyTlsServer extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_listener_policy_tls_server";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayListenerPolicyTlsServer resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayListenerPolicyTlsServer to import
  * @param importFromId The id of the existing KonnectEventGatewayListenerPolicyTlsServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayListenerPolicyTlsServer to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_listener_policy_tls_server", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_tls_server konnect_event_gateway_listener_policy_tls_server} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayListenerPolicyTlsServerConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayListenerPolicyTlsServerConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_listener_policy_tls_server',
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
    this._config.internalValue = config.config;
    this._description = config.description;
    this._enabled = config.enabled;
    this._gatewayId = config.gatewayId;
    this._labels = config.labels;
    this._listenerId = config.listenerId;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // config - computed: false, optional: false, required: true
  private _config = new KonnectEventGatewayListenerPolicyTlsServerConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayListenerPolicyTlsServerConfigA) {
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

  // listener_id - computed: false, optional: false, required: true
  private _listenerId?: string; 
  public get listenerId() {
    return this.getStringAttribute('listener_id');
  }
  public set listenerId(value: string) {
    this._listenerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get listenerIdInput() {
    return this._listenerId;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      config: konnectEventGatewayListenerPolicyTlsServerConfigAToTerraform(this._config.internalValue),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      gateway_id: cdktf.stringToTerraform(this._gatewayId),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      listener_id: cdktf.stringToTerraform(this._listenerId),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      config: {
        value: konnectEventGatewayListenerPolicyTlsServerConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayListenerPolicyTlsServerConfigA",
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
      listener_id: {
        value: cdktf.stringToHclTerraform(this._listenerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
