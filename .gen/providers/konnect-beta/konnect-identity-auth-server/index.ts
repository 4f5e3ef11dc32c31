// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectIdentityAuthServerConfig extends cdktf.TerraformMetaArguments {
  /**
  * The recipients that the tokens are intended for. This becomes the 'aud' claim in an access token
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#audience KonnectIdentityAuthServer#audience}
  */
  readonly audience: string;
  /**
  * The default access token duration, in seconds, applied to DCR clients registered against this auth server. Default: 300
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#dcr_default_access_token_duration KonnectIdentityAuthServer#dcr_default_access_token_duration}
  */
  readonly dcrDefaultAccessTokenDuration?: number;
  /**
  * The description of the auth server
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#description KonnectIdentityAuthServer#description}
  */
  readonly description?: string;
  /**
  * If true, delete the specified auth server and all its associated resources. If false, only allow deletion if no clients, scopes or claims are associated with the auth server. Default: "false"; must be one of ["true", "false"]
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#force_destroy KonnectIdentityAuthServer#force_destroy}
  */
  readonly forceDestroy?: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#labels KonnectIdentityAuthServer#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * The name of the auth server
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#name KonnectIdentityAuthServer#name}
  */
  readonly name: string;
  /**
  * Algorithm used in the key signing process. possible known values include one of ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"]; Default: "RS256"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#signing_algorithm KonnectIdentityAuthServer#signing_algorithm}
  */
  readonly signingAlgorithm?: string;
  /**
  * A list or trusted origins to apply the CORS header on for the auth server
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#trusted_origins KonnectIdentityAuthServer#trusted_origins}
  */
  readonly trustedOrigins?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server konnect_identity_auth_server}
*/
export class KonnectIdentityAuthServer extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_identity_auth_server";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectIdentityAuthServer resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectIdentityAuthServer to import
  * @param importFromId The id of the existing KonnectIdentityAuthServer that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectIdentityAuthServer to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_identity_auth_server", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_identity_auth_server konnect_identity_auth_server} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectIdentityAuthServerConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectIdentityAuthServerConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_identity_auth_server',
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
    this._audience = config.audience;
    this._dcrDefaultAccessTokenDuration = config.dcrDefaultAccessTokenDuration;
    this._description = config.description;
    this._forceDestroy = config.forceDestroy;
    this._labels = config.labels;
    this._name = config.name;
    this._signingAlgorithm = config.signingAlgorithm;
    this._trustedOrigins = config.trustedOrigins;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // audience - computed: false, optional: false, required: true
  private _audience?: string; 
  public get audience() {
    return this.getStringAttribute('audience');
  }
  public set audience(value: string) {
    this._audience = value;
  }
  // Temporarily expose input value. Use with caution.
  public get audienceInput() {
    return this._audience;
  }

  // created_at - computed: true, optional: false, required: false
  public get createdAt() {
    return this.getStringAttribute('created_at');
  }

  // dcr_default_access_token_duration - computed: true, optional: true, required: false
  private _dcrDefaultAccessTokenDuration?: number; 
  public get dcrDefaultAccessTokenDuration() {
    return this.getNumberAttribute('dcr_default_access_token_duration');
  }
  public set dcrDefaultAccessTokenDuration(value: number) {
    this._dcrDefaultAccessTokenDuration = value;
  }
  public resetDcrDefaultAccessTokenDuration() {
    this._dcrDefaultAccessTokenDuration = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dcrDefaultAccessTokenDurationInput() {
    return this._dcrDefaultAccessTokenDuration;
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

  // force_destroy - computed: true, optional: true, required: false
  private _forceDestroy?: string; 
  public get forceDestroy() {
    return this.getStringAttribute('force_destroy');
  }
  public set forceDestroy(value: string) {
    this._forceDestroy = value;
  }
  public resetForceDestroy() {
    this._forceDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceDestroyInput() {
    return this._forceDestroy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // issuer - computed: true, optional: false, required: false
  public get issuer() {
    return this.getStringAttribute('issuer');
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

  // metadata_uri - computed: true, optional: false, required: false
  public get metadataUri() {
    return this.getStringAttribute('metadata_uri');
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

  // signing_algorithm - computed: true, optional: true, required: false
  private _signingAlgorithm?: string; 
  public get signingAlgorithm() {
    return this.getStringAttribute('signing_algorithm');
  }
  public set signingAlgorithm(value: string) {
    this._signingAlgorithm = value;
  }
  public resetSigningAlgorithm() {
    this._signingAlgorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signingAlgorithmInput() {
    return this._signingAlgorithm;
  }

  // trusted_origins - computed: true, optional: true, required: false
  private _trustedOrigins?: string[]; 
  public get trustedOrigins() {
    return this.getListAttribute('trusted_origins');
  }
  public set trustedOrigins(value: string[]) {
    this._trustedOrigins = value;
  }
  public resetTrustedOrigins() {
    this._trustedOrigins = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get trustedOriginsInput() {
    return this._trustedOrigins;
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
      audience: cdktf.stringToTerraform(this._audience),
      dcr_default_access_token_duration: cdktf.numberToTerraform(this._dcrDefaultAccessTokenDuration),
      description: cdktf.stringToTerraform(this._description),
      force_destroy: cdktf.stringToTerraform(this._forceDestroy),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      signing_algorithm: cdktf.stringToTerraform(this._signingAlgorithm),
      trusted_origins: cdktf.listMapper(cdktf.stringToTerraform, false)(this._trustedOrigins),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      audience: {
        value: cdktf.stringToHclTerraform(this._audience),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dcr_default_access_token_duration: {
        value: cdktf.numberToHclTerraform(this._dcrDefaultAccessTokenDuration),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force_destroy: {
        value: cdktf.stringToHclTerraform(this._forceDestroy),
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
      signing_algorithm: {
        value: cdktf.stringToHclTerraform(this._signingAlgorithm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      trusted_origins: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._trustedOrigins),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
