// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayBackendClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#authentication KonnectEventGatewayBackendCluster#authentication}
  */
  readonly authentication: KonnectEventGatewayBackendClusterAuthentication;
  /**
  * A list of cluster bootstrap servers in the format address:port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#bootstrap_servers KonnectEventGatewayBackendCluster#bootstrap_servers}
  */
  readonly bootstrapServers: string[];
  /**
  * A human-readable description of the backend cluster. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#description KonnectEventGatewayBackendCluster#description}
  */
  readonly description?: string;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#gateway_id KonnectEventGatewayBackendCluster#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * If true, virtual clusters can have allow anonymous authentication and use this backend cluster.
  * This setting is not recommended for production use as it may create privilege escalation vulnerabilities.
  * Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#insecure_allow_anonymous_virtual_cluster_auth KonnectEventGatewayBackendCluster#insecure_allow_anonymous_virtual_cluster_auth}
  */
  readonly insecureAllowAnonymousVirtualClusterAuth?: boolean | cdktf.IResolvable;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#labels KonnectEventGatewayBackendCluster#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * The interval at which metadata is updated in seconds. Default: 60
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#metadata_update_interval_seconds KonnectEventGatewayBackendCluster#metadata_update_interval_seconds}
  */
  readonly metadataUpdateIntervalSeconds?: number;
  /**
  * The unique name of the backend cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#name KonnectEventGatewayBackendCluster#name}
  */
  readonly name: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#tls KonnectEventGatewayBackendCluster#tls}
  */
  readonly tls: KonnectEventGatewayBackendClusterTls;
}
export interface KonnectEventGatewayBackendClusterAuthenticationAnonymous {
}

export function konnectEventGatewayBackendClusterAuthenticationAnonymousToTerraform(struct?: KonnectEventGatewayBackendClusterAuthenticationAnonymous | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function konnectEventGatewayBackendClusterAuthenticationAnonymousToHclTerraform(struct?: KonnectEventGatewayBackendClusterAuthenticationAnonymous | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class KonnectEventGatewayBackendClusterAuthenticationAnonymousOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayBackendClusterAuthenticationAnonymous | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayBackendClusterAuthenticationAnonymous | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayBackendClusterAuthenticationSaslPlain {
  /**
  * A sensitive value containing the secret or a reference to a secret as a template string expression.
  * If the value is provided as plain text, it is encrypted at rest and omitted from API responses.
  * If provided as an expression, the expression itself is stored and returned by the API.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#password KonnectEventGatewayBackendCluster#password}
  */
  readonly password?: string;
  /**
  * A literal value or a reference to an existing secret as a template string expression.
  * The value is stored and returned by the API as-is, not treated as sensitive information.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#username KonnectEventGatewayBackendCluster#username}
  */
  readonly username?: string;
}

export function konnectEventGatewayBackendClusterAuthenticationSaslPlainToTerraform(struct?: KonnectEventGatewayBackendClusterAuthenticationSaslPlain | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function konnectEventGatewayBackendClusterAuthenticationSaslPlainToHclTerraform(struct?: KonnectEventGatewayBackendClusterAuthenticationSaslPlain | cdktf.IResolvable): any {
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

export class KonnectEventGatewayBackendClusterAuthenticationSaslPlainOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayBackendClusterAuthenticationSaslPlain | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayBackendClusterAuthenticationSaslPlain | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayBackendClusterAuthenticationSaslScram {
  /**
  * The algorithm used for SASL/SCRAM authentication. possible known values include one of ["sha256", "sha512"]; Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#algorithm KonnectEventGatewayBackendCluster#algorithm}
  */
  readonly algorithm?: string;
  /**
  * A sensitive value containing the secret or a reference to a secret as a template string expression.
  * If the value is provided as plain text, it is encrypted at rest and omitted from API responses.
  * If provided as an expression, the expression itself is stored and returned by the API.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#password KonnectEventGatewayBackendCluster#password}
  */
  readonly password?: string;
  /**
  * A literal value or a reference to an existing secret as a template string expression.
  * The value is stored and returned by the API as-is, not treated as sensitive information.
  * Not Null
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#username KonnectEventGatewayBackendCluster#username}
  */
  readonly username?: string;
}

export function konnectEventGatewayBackendClusterAuthenticationSaslScramToTerraform(struct?: KonnectEventGatewayBackendClusterAuthenticationSaslScram | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    algorithm: cdktf.stringToTerraform(struct!.algorithm),
    password: cdktf.stringToTerraform(struct!.password),
    username: cdktf.stringToTerraform(struct!.username),
  }
}


export function konnectEventGatewayBackendClusterAuthenticationSaslScramToHclTerraform(struct?: KonnectEventGatewayBackendClusterAuthenticationSaslScram | cdktf.IResolvable): any {
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

export class KonnectEventGatewayBackendClusterAuthenticationSaslScramOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayBackendClusterAuthenticationSaslScram | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._algorithm !== undefined) {
      hasAnyValues = true;
      internalValueResult.algorithm = this._algorithm;
    }
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

  public set internalValue(value: KonnectEventGatewayBackendClusterAuthenticationSaslScram | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._algorithm = undefined;
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
      this._algorithm = value.algorithm;
      this._password = value.password;
      this._username = value.username;
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
export interface KonnectEventGatewayBackendClusterAuthentication {
  /**
  * Anonymous authentication scheme for the backend cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#anonymous KonnectEventGatewayBackendCluster#anonymous}
  */
  readonly anonymous?: KonnectEventGatewayBackendClusterAuthenticationAnonymous;
  /**
  * SASL/PLAIN authentication scheme for the backend cluster without requiring sensitive password data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#sasl_plain KonnectEventGatewayBackendCluster#sasl_plain}
  */
  readonly saslPlain?: KonnectEventGatewayBackendClusterAuthenticationSaslPlain;
  /**
  * SASL/SCRAM authentication scheme for the backend cluster without requiring sensitive password data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#sasl_scram KonnectEventGatewayBackendCluster#sasl_scram}
  */
  readonly saslScram?: KonnectEventGatewayBackendClusterAuthenticationSaslScram;
}

export function konnectEventGatewayBackendClusterAuthenticationToTerraform(struct?: KonnectEventGatewayBackendClusterAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    anonymous: konnectEventGatewayBackendClusterAuthenticationAnonymousToTerraform(struct!.anonymous),
    sasl_plain: konnectEventGatewayBackendClusterAuthenticationSaslPlainToTerraform(struct!.saslPlain),
    sasl_scram: konnectEventGatewayBackendClusterAuthenticationSaslScramToTerraform(struct!.saslScram),
  }
}


export function konnectEventGatewayBackendClusterAuthenticationToHclTerraform(struct?: KonnectEventGatewayBackendClusterAuthentication | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    anonymous: {
      value: konnectEventGatewayBackendClusterAuthenticationAnonymousToHclTerraform(struct!.anonymous),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayBackendClusterAuthenticationAnonymous",
    },
    sasl_plain: {
      value: konnectEventGatewayBackendClusterAuthenticationSaslPlainToHclTerraform(struct!.saslPlain),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayBackendClusterAuthenticationSaslPlain",
    },
    sasl_scram: {
      value: konnectEventGatewayBackendClusterAuthenticationSaslScramToHclTerraform(struct!.saslScram),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayBackendClusterAuthenticationSaslScram",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayBackendClusterAuthenticationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayBackendClusterAuthentication | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._anonymous?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.anonymous = this._anonymous?.internalValue;
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

  public set internalValue(value: KonnectEventGatewayBackendClusterAuthentication | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._anonymous.internalValue = undefined;
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
      this._saslPlain.internalValue = value.saslPlain;
      this._saslScram.internalValue = value.saslScram;
    }
  }

  // anonymous - computed: false, optional: true, required: false
  private _anonymous = new KonnectEventGatewayBackendClusterAuthenticationAnonymousOutputReference(this, "anonymous");
  public get anonymous() {
    return this._anonymous;
  }
  public putAnonymous(value: KonnectEventGatewayBackendClusterAuthenticationAnonymous) {
    this._anonymous.internalValue = value;
  }
  public resetAnonymous() {
    this._anonymous.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anonymousInput() {
    return this._anonymous.internalValue;
  }

  // sasl_plain - computed: false, optional: true, required: false
  private _saslPlain = new KonnectEventGatewayBackendClusterAuthenticationSaslPlainOutputReference(this, "sasl_plain");
  public get saslPlain() {
    return this._saslPlain;
  }
  public putSaslPlain(value: KonnectEventGatewayBackendClusterAuthenticationSaslPlain) {
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
  private _saslScram = new KonnectEventGatewayBackendClusterAuthenticationSaslScramOutputReference(this, "sasl_scram");
  public get saslScram() {
    return this._saslScram;
  }
  public putSaslScram(value: KonnectEventGatewayBackendClusterAuthenticationSaslScram) {
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
export interface KonnectEventGatewayBackendClusterTlsClientIdentity {
  /**
  * A literal value or a reference to an existing secret as a template string expression.
  * The value is stored and returned by the API as-is, not treated as sensitive information.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#certificate KonnectEventGatewayBackendCluster#certificate}
  */
  readonly certificate: string;
  /**
  * A sensitive value containing the secret or a reference to a secret as a template string expression.
  * If the value is provided as plain text, it is encrypted at rest and omitted from API responses.
  * If provided as an expression, the expression itself is stored and returned by the API.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#key KonnectEventGatewayBackendCluster#key}
  */
  readonly key: string;
}

export function konnectEventGatewayBackendClusterTlsClientIdentityToTerraform(struct?: KonnectEventGatewayBackendClusterTlsClientIdentity | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    certificate: cdktf.stringToTerraform(struct!.certificate),
    key: cdktf.stringToTerraform(struct!.key),
  }
}


export function konnectEventGatewayBackendClusterTlsClientIdentityToHclTerraform(struct?: KonnectEventGatewayBackendClusterTlsClientIdentity | cdktf.IResolvable): any {
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

export class KonnectEventGatewayBackendClusterTlsClientIdentityOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayBackendClusterTlsClientIdentity | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayBackendClusterTlsClientIdentity | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayBackendClusterTls {
  /**
  * A literal value or a reference to an existing secret as a template string expression.
  * The value is stored and returned by the API as-is, not treated as sensitive information.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#ca_bundle KonnectEventGatewayBackendCluster#ca_bundle}
  */
  readonly caBundle?: string;
  /**
  * Client mTLS configuration.
  * 
  * **Requires a minimum runtime version of `1.1`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#client_identity KonnectEventGatewayBackendCluster#client_identity}
  */
  readonly clientIdentity?: KonnectEventGatewayBackendClusterTlsClientIdentity;
  /**
  * If true, TLS is enabled for connections to this backend cluster. If false, TLS is explicitly disabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#enabled KonnectEventGatewayBackendCluster#enabled}
  */
  readonly enabled: boolean | cdktf.IResolvable;
  /**
  * If true, skip certificate verification. It's not secure to use for production. Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#insecure_skip_verify KonnectEventGatewayBackendCluster#insecure_skip_verify}
  */
  readonly insecureSkipVerify?: boolean | cdktf.IResolvable;
  /**
  * List of supported TLS versions. Default: ["tls12","tls13"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#tls_versions KonnectEventGatewayBackendCluster#tls_versions}
  */
  readonly tlsVersions?: string[];
}

export function konnectEventGatewayBackendClusterTlsToTerraform(struct?: KonnectEventGatewayBackendClusterTls | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ca_bundle: cdktf.stringToTerraform(struct!.caBundle),
    client_identity: konnectEventGatewayBackendClusterTlsClientIdentityToTerraform(struct!.clientIdentity),
    enabled: cdktf.booleanToTerraform(struct!.enabled),
    insecure_skip_verify: cdktf.booleanToTerraform(struct!.insecureSkipVerify),
    tls_versions: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.tlsVersions),
  }
}


export function konnectEventGatewayBackendClusterTlsToHclTerraform(struct?: KonnectEventGatewayBackendClusterTls | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ca_bundle: {
      value: cdktf.stringToHclTerraform(struct!.caBundle),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_identity: {
      value: konnectEventGatewayBackendClusterTlsClientIdentityToHclTerraform(struct!.clientIdentity),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayBackendClusterTlsClientIdentity",
    },
    enabled: {
      value: cdktf.booleanToHclTerraform(struct!.enabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    insecure_skip_verify: {
      value: cdktf.booleanToHclTerraform(struct!.insecureSkipVerify),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    tls_versions: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.tlsVersions),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayBackendClusterTlsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayBackendClusterTls | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._caBundle !== undefined) {
      hasAnyValues = true;
      internalValueResult.caBundle = this._caBundle;
    }
    if (this._clientIdentity?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientIdentity = this._clientIdentity?.internalValue;
    }
    if (this._enabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.enabled = this._enabled;
    }
    if (this._insecureSkipVerify !== undefined) {
      hasAnyValues = true;
      internalValueResult.insecureSkipVerify = this._insecureSkipVerify;
    }
    if (this._tlsVersions !== undefined) {
      hasAnyValues = true;
      internalValueResult.tlsVersions = this._tlsVersions;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayBackendClusterTls | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._caBundle = undefined;
      this._clientIdentity.internalValue = undefined;
      this._enabled = undefined;
      this._insecureSkipVerify = undefined;
      this._tlsVersions = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._caBundle = value.caBundle;
      this._clientIdentity.internalValue = value.clientIdentity;
      this._enabled = value.enabled;
      this._insecureSkipVerify = value.insecureSkipVerify;
      this._tlsVersions = value.tlsVersions;
    }
  }

  // ca_bundle - computed: true, optional: true, required: false
  private _caBundle?: string; 
  public get caBundle() {
    return this.getStringAttribute('ca_bundle');
  }
  public set caBundle(value: string) {
    this._caBundle = value;
  }
  public resetCaBundle() {
    this._caBundle = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caBundleInput() {
    return this._caBundle;
  }

  // client_identity - computed: false, optional: true, required: false
  private _clientIdentity = new KonnectEventGatewayBackendClusterTlsClientIdentityOutputReference(this, "client_identity");
  public get clientIdentity() {
    return this._clientIdentity;
  }
  public putClientIdentity(value: KonnectEventGatewayBackendClusterTlsClientIdentity) {
    this._clientIdentity.internalValue = value;
  }
  public resetClientIdentity() {
    this._clientIdentity.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdentityInput() {
    return this._clientIdentity.internalValue;
  }

  // enabled - computed: false, optional: false, required: true
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // insecure_skip_verify - computed: true, optional: true, required: false
  private _insecureSkipVerify?: boolean | cdktf.IResolvable; 
  public get insecureSkipVerify() {
    return this.getBooleanAttribute('insecure_skip_verify');
  }
  public set insecureSkipVerify(value: boolean | cdktf.IResolvable) {
    this._insecureSkipVerify = value;
  }
  public resetInsecureSkipVerify() {
    this._insecureSkipVerify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureSkipVerifyInput() {
    return this._insecureSkipVerify;
  }

  // tls_versions - computed: true, optional: true, required: false
  private _tlsVersions?: string[]; 
  public get tlsVersions() {
    return this.getListAttribute('tls_versions');
  }
  public set tlsVersions(value: string[]) {
    this._tlsVersions = value;
  }
  public resetTlsVersions() {
    this._tlsVersions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsVersionsInput() {
    return this._tlsVersions;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster konnect_event_gateway_backend_cluster}
*/
export class KonnectEventGatewayBackendCluster extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_backend_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayBackendCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayBackendCluster to import
  * @param importFromId The id of the existing KonnectEventGatewayBackendCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayBackendCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_backend_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_backend_cluster konnect_event_gateway_backend_cluster} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayBackendClusterConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayBackendClusterConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_backend_cluster',
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
    this._authentication.internalValue = config.authentication;
    this._bootstrapServers = config.bootstrapServers;
    this._description = config.description;
    this._gatewayId = config.gatewayId;
    this._insecureAllowAnonymousVirtualClusterAuth = config.insecureAllowAnonymousVirtualClusterAuth;
    this._labels = config.labels;
    this._metadataUpdateIntervalSeconds = config.metadataUpdateIntervalSeconds;
    this._name = config.name;
    this._tls.internalValue = config.tls;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // authentication - computed: false, optional: false, required: true
  private _authentication = new KonnectEventGatewayBackendClusterAuthenticationOutputReference(this, "authentication");
  public get authentication() {
    return this._authentication;
  }
  public putAuthentication(value: KonnectEventGatewayBackendClusterAuthentication) {
    this._authentication.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get authenticationInput() {
    return this._authentication.internalValue;
  }

  // bootstrap_servers - computed: false, optional: false, required: true
  private _bootstrapServers?: string[]; 
  public get bootstrapServers() {
    return this.getListAttribute('bootstrap_servers');
  }
  public set bootstrapServers(value: string[]) {
    this._bootstrapServers = value;
  }
  // Temporarily expose input value. Use with caution.
  public get bootstrapServersInput() {
    return this._bootstrapServers;
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

  // insecure_allow_anonymous_virtual_cluster_auth - computed: true, optional: true, required: false
  private _insecureAllowAnonymousVirtualClusterAuth?: boolean | cdktf.IResolvable; 
  public get insecureAllowAnonymousVirtualClusterAuth() {
    return this.getBooleanAttribute('insecure_allow_anonymous_virtual_cluster_auth');
  }
  public set insecureAllowAnonymousVirtualClusterAuth(value: boolean | cdktf.IResolvable) {
    this._insecureAllowAnonymousVirtualClusterAuth = value;
  }
  public resetInsecureAllowAnonymousVirtualClusterAuth() {
    this._insecureAllowAnonymousVirtualClusterAuth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureAllowAnonymousVirtualClusterAuthInput() {
    return this._insecureAllowAnonymousVirtualClusterAuth;
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

  // metadata_update_interval_seconds - computed: true, optional: true, required: false
  private _metadataUpdateIntervalSeconds?: number; 
  public get metadataUpdateIntervalSeconds() {
    return this.getNumberAttribute('metadata_update_interval_seconds');
  }
  public set metadataUpdateIntervalSeconds(value: number) {
    this._metadataUpdateIntervalSeconds = value;
  }
  public resetMetadataUpdateIntervalSeconds() {
    this._metadataUpdateIntervalSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metadataUpdateIntervalSecondsInput() {
    return this._metadataUpdateIntervalSeconds;
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

  // tls - computed: false, optional: false, required: true
  private _tls = new KonnectEventGatewayBackendClusterTlsOutputReference(this, "tls");
  public get tls() {
    return this._tls;
  }
  public putTls(value: KonnectEventGatewayBackendClusterTls) {
    this._tls.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsInput() {
    return this._tls.internalValue;
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
      authentication: konnectEventGatewayBackendClusterAuthenticationToTerraform(this._authentication.internalValue),
      bootstrap_servers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._bootstrapServers),
      description: cdktf.stringToTerraform(this._description),
      gateway_id: cdktf.stringToTerraform(this._gatewayId),
      insecure_allow_anonymous_virtual_cluster_auth: cdktf.booleanToTerraform(this._insecureAllowAnonymousVirtualClusterAuth),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      metadata_update_interval_seconds: cdktf.numberToTerraform(this._metadataUpdateIntervalSeconds),
      name: cdktf.stringToTerraform(this._name),
      tls: konnectEventGatewayBackendClusterTlsToTerraform(this._tls.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      authentication: {
        value: konnectEventGatewayBackendClusterAuthenticationToHclTerraform(this._authentication.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayBackendClusterAuthentication",
      },
      bootstrap_servers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._bootstrapServers),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
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
      insecure_allow_anonymous_virtual_cluster_auth: {
        value: cdktf.booleanToHclTerraform(this._insecureAllowAnonymousVirtualClusterAuth),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      labels: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      metadata_update_interval_seconds: {
        value: cdktf.numberToHclTerraform(this._metadataUpdateIntervalSeconds),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tls: {
        value: konnectEventGatewayBackendClusterTlsToHclTerraform(this._tls.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayBackendClusterTls",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
