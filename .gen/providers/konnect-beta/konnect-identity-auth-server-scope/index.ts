// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectIdentityAuthServerScopeConfig extends cdktf.TerraformMetaArguments {
  /**
  * The auth server ID
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope#auth_server_id KonnectIdentityAuthServerScope#auth_server_id}
  */
  readonly authServerId: string;
  /**
  * Specifies whether the scope is included by default in access tokens without being explicitly requested by the client. If the scope is not allowed by the client, it will not be included in the access token. Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope#default KonnectIdentityAuthServerScope#default}
  */
  readonly default?: boolean | cdktf.IResolvable;
  /**
  * Description of the scope
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope#description KonnectIdentityAuthServerScope#description}
  */
  readonly description?: string;
  /**
  * Specifies whether the scope is enabled. If the scope is not enabled, it cannot be requested by clients and will not be included in the access token. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope#enabled KonnectIdentityAuthServerScope#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether to include the scope in the metadata document. Default: false
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope#include_in_metadata KonnectIdentityAuthServerScope#include_in_metadata}
  */
  readonly includeInMetadata?: boolean | cdktf.IResolvable;
  /**
  * The name of the scope
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope#name KonnectIdentityAuthServerScope#name}
  */
  readonly name: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope konnect_identity_auth_server_scope}
*/
export class KonnectIdentityAuthServerScope extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_identity_auth_server_scope";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectIdentityAuthServerScope resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectIdentityAuthServerScope to import
  * @param importFromId The id of the existing KonnectIdentityAuthServerScope that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectIdentityAuthServerScope to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_identity_auth_server_scope", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server_scope konnect_identity_auth_server_scope} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectIdentityAuthServerScopeConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectIdentityAuthServerScopeConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_identity_auth_server_scope',
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
    this._default = config.default;
    this._description = config.description;
    this._enabled = config.enabled;
    this._includeInMetadata = config.includeInMetadata;
    this._name = config.name;
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

  // default - computed: true, optional: true, required: false
  private _default?: boolean | cdktf.IResolvable; 
  public get default() {
    return this.getBooleanAttribute('default');
  }
  public set default(value: boolean | cdktf.IResolvable) {
    this._default = value;
  }
  public resetDefault() {
    this._default = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultInput() {
    return this._default;
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

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // include_in_metadata - computed: true, optional: true, required: false
  private _includeInMetadata?: boolean | cdktf.IResolvable; 
  public get includeInMetadata() {
    return this.getBooleanAttribute('include_in_metadata');
  }
  public set includeInMetadata(value: boolean | cdktf.IResolvable) {
    this._includeInMetadata = value;
  }
  public resetIncludeInMetadata() {
    this._includeInMetadata = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeInMetadataInput() {
    return this._includeInMetadata;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      auth_server_id: cdktf.stringToTerraform(this._authServerId),
      default: cdktf.booleanToTerraform(this._default),
      description: cdktf.stringToTerraform(this._description),
      enabled: cdktf.booleanToTerraform(this._enabled),
      include_in_metadata: cdktf.booleanToTerraform(this._includeInMetadata),
      name: cdktf.stringToTerraform(this._name),
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
      default: {
        value: cdktf.booleanToHclTerraform(this._default),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
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
      include_in_metadata: {
        value: cdktf.booleanToHclTerraform(this._includeInMetadata),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
