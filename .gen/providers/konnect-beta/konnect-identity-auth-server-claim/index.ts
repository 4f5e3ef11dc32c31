// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectIdentityAuthServerClaimConfig extends cdktf.TerraformMetaArguments {
  /**
  * The auth server ID
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#auth_server_id KonnectIdentityAuthServerClaim#auth_server_id}
  */
  readonly authServerId: string;
  /**
  * Specifies whether the claim is enabled. If the claim is not enabled, it will not be included in the token or the '/userinfo' endpoint. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#enabled KonnectIdentityAuthServerClaim#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether to include the claim in all scopes. If the value is set to 'false' for a claim, the claim is only included in the scopes that explicitly list it. Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#include_in_all_scopes KonnectIdentityAuthServerClaim#include_in_all_scopes}
  */
  readonly includeInAllScopes?: boolean | cdktf.IResolvable;
  /**
  * Specifies the scopes IDs in which the claim is included
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#include_in_scopes KonnectIdentityAuthServerClaim#include_in_scopes}
  */
  readonly includeInScopes?: string[];
  /**
  * Specifies whether to include claim in the token. If the value is set to 'false' for a claim, the client instead uses the access token to get claims from the '/userinfo' endpoint. Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#include_in_token KonnectIdentityAuthServerClaim#include_in_token}
  */
  readonly includeInToken?: boolean | cdktf.IResolvable;
  /**
  * The name of the claim
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#name KonnectIdentityAuthServerClaim#name}
  */
  readonly name: string;
  /**
  * Specifies the value of the claim. It may contain a static value or a dynamic (templated) value. Static values which are valid JSON will result in a JSON object in the token claims.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#value KonnectIdentityAuthServerClaim#value}
  */
  readonly value: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim konnect_identity_auth_server_claim}
*/
export class KonnectIdentityAuthServerClaim extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_identity_auth_server_claim";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectIdentityAuthServerClaim resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectIdentityAuthServerClaim to import
  * @param importFromId The id of the existing KonnectIdentityAuthServerClaim that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectIdentityAuthServerClaim to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_identity_auth_server_claim", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_claim konnect_identity_auth_server_claim} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectIdentityAuthServerClaimConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectIdentityAuthServerClaimConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_identity_auth_server_claim',
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
    this._authServerId = config.authServerId;
    this._enabled = config.enabled;
    this._includeInAllScopes = config.includeInAllScopes;
    this._includeInScopes = config.includeInScopes;
    this._includeInToken = config.includeInToken;
    this._name = config.name;
    this._value = config.value;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // include_in_all_scopes - computed: true, optional: true, required: false
  private _includeInAllScopes?: boolean | cdktf.IResolvable; 
  public get includeInAllScopes() {
    return this.getBooleanAttribute('include_in_all_scopes');
  }
  public set includeInAllScopes(value: boolean | cdktf.IResolvable) {
    this._includeInAllScopes = value;
  }
  public resetIncludeInAllScopes() {
    this._includeInAllScopes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInAllScopesInput() {
    return this._includeInAllScopes;
  }

  // include_in_scopes - computed: true, optional: true, required: false
  private _includeInScopes?: string[]; 
  public get includeInScopes() {
    return this.getListAttribute('include_in_scopes');
  }
  public set includeInScopes(value: string[]) {
    this._includeInScopes = value;
  }
  public resetIncludeInScopes() {
    this._includeInScopes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInScopesInput() {
    return this._includeInScopes;
  }

  // include_in_token - computed: true, optional: true, required: false
  private _includeInToken?: boolean | cdktf.IResolvable; 
  public get includeInToken() {
    return this.getBooleanAttribute('include_in_token');
  }
  public set includeInToken(value: boolean | cdktf.IResolvable) {
    this._includeInToken = value;
  }
  public resetIncludeInToken() {
    this._includeInToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInTokenInput() {
    return this._includeInToken;
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

  // updated_at - computed: true, optional: false, required: false
  public get updatedAt() {
    return this.getStringAttribute('updated_at');
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      auth_server_id: cdktf.stringToTerraform(this._authServerId),
      enabled: cdktf.booleanToTerraform(this._enabled),
      include_in_all_scopes: cdktf.booleanToTerraform(this._includeInAllScopes),
      include_in_scopes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._includeInScopes),
      include_in_token: cdktf.booleanToTerraform(this._includeInToken),
      name: cdktf.stringToTerraform(this._name),
      value: cdktf.stringToTerraform(this._value),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      auth_server_id: {
        value: cdktf.stringToHclTerraform(this._authServerId),
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
      include_in_all_scopes: {
        value: cdktf.booleanToHclTerraform(this._includeInAllScopes),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      include_in_scopes: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._includeInScopes),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      include_in_token: {
        value: cdktf.booleanToHclTerraform(this._includeInToken),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      value: {
        value: cdktf.stringToHclTerraform(this._value),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
