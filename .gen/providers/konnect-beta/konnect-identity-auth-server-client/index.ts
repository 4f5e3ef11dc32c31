// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectIdentityAuthServerClientConfig extends cdktf.TerraformMetaArguments {
  /**
  * The duration of the minted token is valid for, in seconds. Default: 300
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#access_token_duration KonnectIdentityAuthServerClient#access_token_duration}
  */
  readonly accessTokenDuration?: number;
  /**
  * Specifies whether the client is allowed to request all scopes. Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#allow_all_scopes KonnectIdentityAuthServerClient#allow_all_scopes}
  */
  readonly allowAllScopes?: boolean | cdktf.IResolvable;
  /**
  * Specifies the scopes IDs that the client is allowed to request
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#allow_scopes KonnectIdentityAuthServerClient#allow_scopes}
  */
  readonly allowScopes?: string[];
  /**
  * The auth server ID
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#auth_server_id KonnectIdentityAuthServerClient#auth_server_id}
  */
  readonly authServerId: string;
  /**
  * Secret of the client - will be used when ID is also set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#client_secret KonnectIdentityAuthServerClient#client_secret}
  */
  readonly clientSecret?: string;
  /**
  * List of OAuth 2.0 grant types
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#grant_types KonnectIdentityAuthServerClient#grant_types}
  */
  readonly grantTypes: string[];
  /**
  * The OAuth 2.0 client ID. Requires replacement if changed.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#id KonnectIdentityAuthServerClient#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The duration of the minted token is valid for, in seconds. Default: 300
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#id_token_duration KonnectIdentityAuthServerClient#id_token_duration}
  */
  readonly idTokenDuration?: number;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#labels KonnectIdentityAuthServerClient#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * The URI of the login page where the user is redirected to authenticate in interactive flows. The login page must be secure (HTTPS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#login_uri KonnectIdentityAuthServerClient#login_uri}
  */
  readonly loginUri?: string;
  /**
  * The name of the client
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#name KonnectIdentityAuthServerClient#name}
  */
  readonly name: string;
  /**
  * The URIs that the client is allowed to redirect to after authentication in interactive flows. All redirect URIs must be absolute URIs, be secure (HTTPS), and must not include a fragment component.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#redirect_uris KonnectIdentityAuthServerClient#redirect_uris}
  */
  readonly redirectUris?: string[];
  /**
  * The duration of the minted refresh token is valid for, in seconds. Default: 2592000
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#refresh_token_duration KonnectIdentityAuthServerClient#refresh_token_duration}
  */
  readonly refreshTokenDuration?: number;
  /**
  * List of OAuth 2.0 response types
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#response_types KonnectIdentityAuthServerClient#response_types}
  */
  readonly responseTypes: string[];
  /**
  * Requested authentication method for OAuth 2.0 endpoints. possible known values include one of ["client_secret_post", "none"]; Default: "client_secret_post"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#token_endpoint_auth_method KonnectIdentityAuthServerClient#token_endpoint_auth_method}
  */
  readonly tokenEndpointAuthMethod?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client konnect_identity_auth_server_client}
*/
export class KonnectIdentityAuthServerClient extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_identity_auth_server_client";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectIdentityAuthServerClient resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectIdentityAuthServerClient to import
  * @param importFromId The id of the existing KonnectIdentityAuthServerClient that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectIdentityAuthServerClient to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_identity_auth_server_client", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_client konnect_identity_auth_server_client} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectIdentityAuthServerClientConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectIdentityAuthServerClientConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_identity_auth_server_client',
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
    this._accessTokenDuration = config.accessTokenDuration;
    this._allowAllScopes = config.allowAllScopes;
    this._allowScopes = config.allowScopes;
    this._authServerId = config.authServerId;
    this._clientSecret = config.clientSecret;
    this._grantTypes = config.grantTypes;
    this._id = config.id;
    this._idTokenDuration = config.idTokenDuration;
    this._labels = config.labels;
    this._loginUri = config.loginUri;
    this._name = config.name;
    this._redirectUris = config.redirectUris;
    this._refreshTokenDuration = config.refreshTokenDuration;
    this._responseTypes = config.responseTypes;
    this._tokenEndpointAuthMethod = config.tokenEndpointAuthMethod;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_token_duration - computed: true, optional: true, required: false
  private _accessTokenDuration?: number; 
  public get accessTokenDuration() {
    return this.getNumberAttribute('access_token_duration');
  }
  public set accessTokenDuration(value: number) {
    this._accessTokenDuration = value;
  }
  public resetAccessTokenDuration() {
    this._accessTokenDuration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTokenDurationInput() {
    return this._accessTokenDuration;
  }

  // allow_all_scopes - computed: true, optional: true, required: false
  private _allowAllScopes?: boolean | cdktf.IResolvable; 
  public get allowAllScopes() {
    return this.getBooleanAttribute('allow_all_scopes');
  }
  public set allowAllScopes(value: boolean | cdktf.IResolvable) {
    this._allowAllScopes = value;
  }
  public resetAllowAllScopes() {
    this._allowAllScopes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAllScopesInput() {
    return this._allowAllScopes;
  }

  // allow_scopes - computed: true, optional: true, required: false
  private _allowScopes?: string[]; 
  public get allowScopes() {
    return this.getListAttribute('allow_scopes');
  }
  public set allowScopes(value: string[]) {
    this._allowScopes = value;
  }
  public resetAllowScopes() {
    this._allowScopes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowScopesInput() {
    return this._allowScopes;
  }

  // auth_server_id - computed: false, optional: false, required: true
  private _authServerId?: string; 
  public get authServerId() {
    return this.getStringAttribute('auth_server_id');
  }
  public set authServerId(value: string) {
    this._authServerId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get authServerIdInput() {
    return this._authServerId;
  }

  // client_secret - computed: true, optional: true, required: false
  private _clientSecret?: string; 
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }
  public set clientSecret(value: string) {
    this._clientSecret = value;
  }
  public resetClientSecret() {
    this._clientSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // grant_types - computed: false, optional: false, required: true
  private _grantTypes?: string[]; 
  public get grantTypes() {
    return this.getListAttribute('grant_types');
  }
  public set grantTypes(value: string[]) {
    this._grantTypes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get grantTypesInput() {
    return this._grantTypes;
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

  // id_token_duration - computed: true, optional: true, required: false
  private _idTokenDuration?: number; 
  public get idTokenDuration() {
    return this.getNumberAttribute('id_token_duration');
  }
  public set idTokenDuration(value: number) {
    this._idTokenDuration = value;
  }
  public resetIdTokenDuration() {
    this._idTokenDuration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idTokenDurationInput() {
    return this._idTokenDuration;
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

  // login_uri - computed: false, optional: true, required: false
  private _loginUri?: string; 
  public get loginUri() {
    return this.getStringAttribute('login_uri');
  }
  public set loginUri(value: string) {
    this._loginUri = value;
  }
  public resetLoginUri() {
    this._loginUri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get loginUriInput() {
    return this._loginUri;
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

  // redirect_uris - computed: true, optional: true, required: false
  private _redirectUris?: string[]; 
  public get redirectUris() {
    return this.getListAttribute('redirect_uris');
  }
  public set redirectUris(value: string[]) {
    this._redirectUris = value;
  }
  public resetRedirectUris() {
    this._redirectUris = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get redirectUrisInput() {
    return this._redirectUris;
  }

  // refresh_token_duration - computed: true, optional: true, required: false
  private _refreshTokenDuration?: number; 
  public get refreshTokenDuration() {
    return this.getNumberAttribute('refresh_token_duration');
  }
  public set refreshTokenDuration(value: number) {
    this._refreshTokenDuration = value;
  }
  public resetRefreshTokenDuration() {
    this._refreshTokenDuration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get refreshTokenDurationInput() {
    return this._refreshTokenDuration;
  }

  // response_types - computed: false, optional: false, required: true
  private _responseTypes?: string[]; 
  public get responseTypes() {
    return this.getListAttribute('response_types');
  }
  public set responseTypes(value: string[]) {
    this._responseTypes = value;
  }
  // Temporarily expose input value. Use with caution.
  public get responseTypesInput() {
    return this._responseTypes;
  }

  // token_endpoint_auth_method - computed: true, optional: true, required: false
  private _tokenEndpointAuthMethod?: string; 
  public get tokenEndpointAuthMethod() {
    return this.getStringAttribute('token_endpoint_auth_method');
  }
  public set tokenEndpointAuthMethod(value: string) {
    this._tokenEndpointAuthMethod = value;
  }
  public resetTokenEndpointAuthMethod() {
    this._tokenEndpointAuthMethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenEndpointAuthMethodInput() {
    return this._tokenEndpointAuthMethod;
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
      access_token_duration: cdktf.numberToTerraform(this._accessTokenDuration),
      allow_all_scopes: cdktf.booleanToTerraform(this._allowAllScopes),
      allow_scopes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._allowScopes),
      auth_server_id: cdktf.stringToTerraform(this._authServerId),
      client_secret: cdktf.stringToTerraform(this._clientSecret),
      grant_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._grantTypes),
      id: cdktf.stringToTerraform(this._id),
      id_token_duration: cdktf.numberToTerraform(this._idTokenDuration),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      login_uri: cdktf.stringToTerraform(this._loginUri),
      name: cdktf.stringToTerraform(this._name),
      redirect_uris: cdktf.listMapper(cdktf.stringToTerraform, false)(this._redirectUris),
      refresh_token_duration: cdktf.numberToTerraform(this._refreshTokenDuration),
      response_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._responseTypes),
      token_endpoint_auth_method: cdktf.stringToTerraform(this._tokenEndpointAuthMethod),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_token_duration: {
        value: cdktf.numberToHclTerraform(this._accessTokenDuration),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      allow_all_scopes: {
        value: cdktf.booleanToHclTerraform(this._allowAllScopes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      allow_scopes: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._allowScopes),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      auth_server_id: {
        value: cdktf.stringToHclTerraform(this._authServerId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_secret: {
        value: cdktf.stringToHclTerraform(this._clientSecret),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      grant_types: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._grantTypes),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id_token_duration: {
        value: cdktf.numberToHclTerraform(this._idTokenDuration),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      labels: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._labels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      login_uri: {
        value: cdktf.stringToHclTerraform(this._loginUri),
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
      redirect_uris: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._redirectUris),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      refresh_token_duration: {
        value: cdktf.numberToHclTerraform(this._refreshTokenDuration),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      response_types: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._responseTypes),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      token_endpoint_auth_method: {
        value: cdktf.stringToHclTerraform(this._tokenEndpointAuthMethod),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
