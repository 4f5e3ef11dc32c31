// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayListenerConfig extends cdktf.TerraformMetaArguments {
  /**
  * Which address or addresses to listen on.
  * `0.0.0.0` means all addresses on the host.
  * `::` means all addresses on the host in IPv6.
  * 
  *   If `0.0.0.0` or `::` is used, there can't be other extra addresses defined.
  *   WARNING: there are use cases where listening on all addresses is insecure. So use this with caution.
  * 
  *   `localhost` means only the localhost ipv4 address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener#addresses KonnectEventGatewayListener#addresses}
  */
  readonly addresses: string[];
  /**
  * A human-readable description of the listener. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener#description KonnectEventGatewayListener#description}
  */
  readonly description?: string;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener#gateway_id KonnectEventGatewayListener#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener#labels KonnectEventGatewayListener#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * The unique name of the listener.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener#name KonnectEventGatewayListener#name}
  */
  readonly name: string;
  /**
  * Which port or ports to listen on.
  * There can be multiple ways to define ports:
  *   - as a single port, e.g. 9092
  *   - as a range of ports, e.g. 9092-9094
  * 
  * It's possible to combine both, e.g. [9092, "9093-9095", 9096].
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener#ports KonnectEventGatewayListener#ports}
  */
  readonly ports: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener konnect_event_gateway_listener}
*/
export class KonnectEventGatewayListener extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_listener";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayListener resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayListener to import
  * @param importFromId The id of the existing KonnectEventGatewayListener that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayListener to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_listener", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener konnect_event_gateway_listener} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayListenerConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayListenerConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_listener',
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
    this._addresses = config.addresses;
    this._description = config.description;
    this._gatewayId = config.gatewayId;
    this._labels = config.labels;
    this._name = config.name;
    this._ports = config.ports;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // addresses - computed: false, optional: false, required: true
  private _addresses?: string[]; 
  public get addresses() {
    return this.getListAttribute('addresses');
  }
  public set addresses(value: string[]) {
    this._addresses = value;
  }
  // Temporarily expose input value. Use with caution.
  public get addressesInput() {
    return this._addresses;
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

  // ports - computed: false, optional: false, required: true
  private _ports?: string[]; 
  public get ports() {
    return this.getListAttribute('ports');
  }
  public set ports(value: string[]) {
    this._ports = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portsInput() {
    return this._ports;
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
      addresses: cdktf.listMapper(cdktf.stringToTerraform, false)(this._addresses),
      description: cdktf.stringToTerraform(this._description),
      gateway_id: cdktf.stringToTerraform(this._gatewayId),
      labels: cdktf.hashMapper(cdktf.stringToTerraform)(this._labels),
      name: cdktf.stringToTerraform(this._name),
      ports: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ports),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      addresses: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._addresses),
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
      ports: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ports),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
