// https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfig extends cdktf.TerraformMetaArguments {
  /**
  * The configuration of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#config KonnectEventGatewayListenerPolicyForwardToVirtualCluster#config}
  */
  readonly config: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA;
  /**
  * A human-readable description of the policy. Default: ""
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#description KonnectEventGatewayListenerPolicyForwardToVirtualCluster#description}
  */
  readonly description?: string;
  /**
  * Whether the policy is enabled. Default: true
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#enabled KonnectEventGatewayListenerPolicyForwardToVirtualCluster#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * The UUID of your Gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#gateway_id KonnectEventGatewayListenerPolicyForwardToVirtualCluster#gateway_id}
  */
  readonly gatewayId: string;
  /**
  * Labels store metadata of an entity that can be used for filtering an entity list or for searching across entity types. 
  * 
  * Keys must be of length 1-63 characters, and cannot start with "kong", "konnect", "mesh", "kic", or "_".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#labels KonnectEventGatewayListenerPolicyForwardToVirtualCluster#labels}
  */
  readonly labels?: { [key: string]: string };
  /**
  * The ID of the Event Gateway Listener.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#listener_id KonnectEventGatewayListenerPolicyForwardToVirtualCluster#listener_id}
  */
  readonly listenerId: string;
  /**
  * A unique user-defined name of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#name KonnectEventGatewayListenerPolicyForwardToVirtualCluster#name}
  */
  readonly name?: string;
}
export interface KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination {
  /**
  * The unique identifier of the virtual cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#id KonnectEventGatewayListenerPolicyForwardToVirtualCluster#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestinationToTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestinationToHclTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination | cdktf.IResolvable): any {
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

export class KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestinationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination | cdktf.IResolvable | undefined {
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

  public set internalValue(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination | cdktf.IResolvable | undefined) {
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
export interface KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping {
  /**
  * Virtual brokers are advertised to clients using this host. Any kind of host supported by kafka can be used. If not defined, it's listen_address. If listen_address is `0.0.0.0` it's the destination IP of the TCP connection.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#advertised_host KonnectEventGatewayListenerPolicyForwardToVirtualCluster#advertised_host}
  */
  readonly advertisedHost: string;
  /**
  * If set to `at_start`, the first port will be used as a bootstrap port.
  * It provides a stable endpoint to use as the bootstrap server for clients, regardless of broker
  * IDs in the cluster.
  * 
  * Additionally, it offsets all ports by one, so for example, if there are 3 brokers (id=1, id=2, id=3)
  * then we will use 4 ports: 9092 (bootstrap), 9093 (id=1), 9094 (id=2), 9095 (id=3)
  * With `none` we will use 3 ports: 9092 (id=1), 9093 (id=2), 9094 (id=3).
  * possible known values include one of ["none", "at_start"]; Default: "at_start"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#bootstrap_port KonnectEventGatewayListenerPolicyForwardToVirtualCluster#bootstrap_port}
  */
  readonly bootstrapPort?: string;
  /**
  * Reference a virtual cluster by its unique identifier.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#destination KonnectEventGatewayListenerPolicyForwardToVirtualCluster#destination}
  */
  readonly destination: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination;
  /**
  * The lowest broker node ID in the cluster. Default: 0
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#min_broker_id KonnectEventGatewayListenerPolicyForwardToVirtualCluster#min_broker_id}
  */
  readonly minBrokerId?: number;
}

export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingToTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    advertised_host: cdktf.stringToTerraform(struct!.advertisedHost),
    bootstrap_port: cdktf.stringToTerraform(struct!.bootstrapPort),
    destination: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestinationToTerraform(struct!.destination),
    min_broker_id: cdktf.numberToTerraform(struct!.minBrokerId),
  }
}


export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingToHclTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    advertised_host: {
      value: cdktf.stringToHclTerraform(struct!.advertisedHost),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    bootstrap_port: {
      value: cdktf.stringToHclTerraform(struct!.bootstrapPort),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    destination: {
      value: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestinationToHclTerraform(struct!.destination),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination",
    },
    min_broker_id: {
      value: cdktf.numberToHclTerraform(struct!.minBrokerId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._advertisedHost !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertisedHost = this._advertisedHost;
    }
    if (this._bootstrapPort !== undefined) {
      hasAnyValues = true;
      internalValueResult.bootstrapPort = this._bootstrapPort;
    }
    if (this._destination?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.destination = this._destination?.internalValue;
    }
    if (this._minBrokerId !== undefined) {
      hasAnyValues = true;
      internalValueResult.minBrokerId = this._minBrokerId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._advertisedHost = undefined;
      this._bootstrapPort = undefined;
      this._destination.internalValue = undefined;
      this._minBrokerId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._advertisedHost = value.advertisedHost;
      this._bootstrapPort = value.bootstrapPort;
      this._destination.internalValue = value.destination;
      this._minBrokerId = value.minBrokerId;
    }
  }

  // advertised_host - computed: false, optional: false, required: true
  private _advertisedHost?: string; 
  public get advertisedHost() {
    return this.getStringAttribute('advertised_host');
  }
  public set advertisedHost(value: string) {
    this._advertisedHost = value;
  }
  // Temporarily expose input value. Use with caution.
  public get advertisedHostInput() {
    return this._advertisedHost;
  }

  // bootstrap_port - computed: true, optional: true, required: false
  private _bootstrapPort?: string; 
  public get bootstrapPort() {
    return this.getStringAttribute('bootstrap_port');
  }
  public set bootstrapPort(value: string) {
    this._bootstrapPort = value;
  }
  public resetBootstrapPort() {
    this._bootstrapPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootstrapPortInput() {
    return this._bootstrapPort;
  }

  // destination - computed: false, optional: false, required: true
  private _destination = new KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestinationOutputReference(this, "destination");
  public get destination() {
    return this._destination;
  }
  public putDestination(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingDestination) {
    this._destination.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationInput() {
    return this._destination.internalValue;
  }

  // min_broker_id - computed: true, optional: true, required: false
  private _minBrokerId?: number; 
  public get minBrokerId() {
    return this.getNumberAttribute('min_broker_id');
  }
  public set minBrokerId(value: number) {
    this._minBrokerId = value;
  }
  public resetMinBrokerId() {
    this._minBrokerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minBrokerIdInput() {
    return this._minBrokerId;
  }
}
export interface KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat {
  /**
  * possible known values include one of ["per_cluster_suffix", "shared_suffix"]; Default: "per_cluster_suffix"
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#type KonnectEventGatewayListenerPolicyForwardToVirtualCluster#type}
  */
  readonly type?: string;
}

export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormatToTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormatToHclTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormatOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._type = value.type;
    }
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni {
  /**
  * Virtual brokers are advertised to clients with this port instead of listen_port. Useful when proxy is
  * behind loadbalancer listening on different port.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#advertised_port KonnectEventGatewayListenerPolicyForwardToVirtualCluster#advertised_port}
  */
  readonly advertisedPort?: number;
  /**
  * Configures DNS names assigned to brokers in virtual clusters.
  * 
  * - `per_cluster_suffix` is the default and allocates one level in the hierarchy for virtual clusters: `broker-{node_id}.{virtual_cluster}.{sni_suffix}`
  * - `shared_suffix` puts all brokers from every virtual clusters into the same level: `broker-{node_id}-{virtual_cluster}.{sni_suffix}`. This makes it easier to manage certificates for this listener.
  * 
  * **Requires a minimum runtime version of `1.1`**.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#broker_host_format KonnectEventGatewayListenerPolicyForwardToVirtualCluster#broker_host_format}
  */
  readonly brokerHostFormat?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat;
  /**
  * Optional suffix for TLS SNI validation.
  * 
  * This suffix is concatenated with the virtual cluster "dns.label" label to form the base name for the SNI.
  * If not provided, the virtual cluster "dns.label" label alone is used as the base name for the SNI.
  * For example with sni_suffix: `.example.com` and virtual cluster "dns.label" label: `my-cluster`,
  * the SNI suffix for it is `my-cluster.example.com`.
  * If "dns.label" label is absent on the virtual cluster, the traffic won't be routed there.
  * 
  * The bootstrap host is `bootstrap.my-cluster.example.com` and then each broker is addressable at `broker-0.my-cluster.example.com`, `broker-1.my-cluster.example.com`, etc.
  * This means that your deployment needs to have a wildcard certificate for the domain and a DNS resolver that routes `*.my-cluster.example.com` to the proxy.
  * 
  * The accepted format is a DNS subdomain starting with either `.` or `-`. For example, `-keg.example.com`, `.keg.example.com`, `.namespace.svc.cluster.local`, and `.localhost` are all valid,
  * while `keg.example.com` is not.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#sni_suffix KonnectEventGatewayListenerPolicyForwardToVirtualCluster#sni_suffix}
  */
  readonly sniSuffix?: string;
}

export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniToTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    advertised_port: cdktf.numberToTerraform(struct!.advertisedPort),
    broker_host_format: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormatToTerraform(struct!.brokerHostFormat),
    sni_suffix: cdktf.stringToTerraform(struct!.sniSuffix),
  }
}


export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniToHclTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    advertised_port: {
      value: cdktf.numberToHclTerraform(struct!.advertisedPort),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    broker_host_format: {
      value: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormatToHclTerraform(struct!.brokerHostFormat),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat",
    },
    sni_suffix: {
      value: cdktf.stringToHclTerraform(struct!.sniSuffix),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._advertisedPort !== undefined) {
      hasAnyValues = true;
      internalValueResult.advertisedPort = this._advertisedPort;
    }
    if (this._brokerHostFormat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.brokerHostFormat = this._brokerHostFormat?.internalValue;
    }
    if (this._sniSuffix !== undefined) {
      hasAnyValues = true;
      internalValueResult.sniSuffix = this._sniSuffix;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._advertisedPort = undefined;
      this._brokerHostFormat.internalValue = undefined;
      this._sniSuffix = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._advertisedPort = value.advertisedPort;
      this._brokerHostFormat.internalValue = value.brokerHostFormat;
      this._sniSuffix = value.sniSuffix;
    }
  }

  // advertised_port - computed: false, optional: true, required: false
  private _advertisedPort?: number; 
  public get advertisedPort() {
    return this.getNumberAttribute('advertised_port');
  }
  public set advertisedPort(value: number) {
    this._advertisedPort = value;
  }
  public resetAdvertisedPort() {
    this._advertisedPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertisedPortInput() {
    return this._advertisedPort;
  }

  // broker_host_format - computed: false, optional: true, required: false
  private _brokerHostFormat = new KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormatOutputReference(this, "broker_host_format");
  public get brokerHostFormat() {
    return this._brokerHostFormat;
  }
  public putBrokerHostFormat(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniBrokerHostFormat) {
    this._brokerHostFormat.internalValue = value;
  }
  public resetBrokerHostFormat() {
    this._brokerHostFormat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get brokerHostFormatInput() {
    return this._brokerHostFormat.internalValue;
  }

  // sni_suffix - computed: false, optional: true, required: false
  private _sniSuffix?: string; 
  public get sniSuffix() {
    return this.getStringAttribute('sni_suffix');
  }
  public set sniSuffix(value: string) {
    this._sniSuffix = value;
  }
  public resetSniSuffix() {
    this._sniSuffix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sniSuffixInput() {
    return this._sniSuffix;
  }
}
export interface KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA {
  /**
  * The configuration to forward request to `destination` and rewrite ports accordingly.
  * All broker ids must fit in the range of ports defined in the listener, if it doesn't the metadata request will
  * return an error.
  * 
  * For example with ports: [9000, "9092-9094", "9100"] and `bootstrap_port: at_start` and brokers with ids
  * 1, 2, 3, 4 we will map: bootstrap to 9000 broker 1 to 9001, broker 2 to 9002, broker 3 to 9003, and broker 4
  * to 9004 and fail the metadata request as these ports are not open.
  * 
  * However, with the same configuration but with brokers with ids: 92,93,94,100 we will map: bootstrap to 9000,
  * broker 92 to 9092, broker 93 to 9093, broker 94 to 9094, and broker 100 to 9100.
  * 
  * In most cases users should use a single range `["9090-9094"] ` and `bootstrap_port: at_start` and connect with
  * `<host>:9090` as bootstrap server. Being able to use multiple ranges is only useful when when dealing with
  * gaps in broker ids.
  * 
  * It is strongly discouraged to use port mapping in production.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#port_mapping KonnectEventGatewayListenerPolicyForwardToVirtualCluster#port_mapping}
  */
  readonly portMapping?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping;
  /**
  * The configuration to forward requests to virtual clusters configured with SNI routing.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#sni KonnectEventGatewayListenerPolicyForwardToVirtualCluster#sni}
  */
  readonly sni?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni;
}

export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigAToTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_mapping: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingToTerraform(struct!.portMapping),
    sni: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniToTerraform(struct!.sni),
  }
}


export function konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigAToHclTerraform(struct?: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_mapping: {
      value: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingToHclTerraform(struct!.portMapping),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping",
    },
    sni: {
      value: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniToHclTerraform(struct!.sni),
      isBlock: true,
      type: "struct",
      storageClassType: "KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portMapping?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMapping = this._portMapping?.internalValue;
    }
    if (this._sni?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sni = this._sni?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._portMapping.internalValue = undefined;
      this._sni.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._portMapping.internalValue = value.portMapping;
      this._sni.internalValue = value.sni;
    }
  }

  // port_mapping - computed: false, optional: true, required: false
  private _portMapping = new KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMappingOutputReference(this, "port_mapping");
  public get portMapping() {
    return this._portMapping;
  }
  public putPortMapping(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigPortMapping) {
    this._portMapping.internalValue = value;
  }
  public resetPortMapping() {
    this._portMapping.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMappingInput() {
    return this._portMapping.internalValue;
  }

  // sni - computed: false, optional: true, required: false
  private _sni = new KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSniOutputReference(this, "sni");
  public get sni() {
    return this._sni;
  }
  public putSni(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigSni) {
    this._sni.internalValue = value;
  }
  public resetSni() {
    this._sni.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sniInput() {
    return this._sni.internalValue;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster konnect_event_gateway_listener_policy_forward_to_virtual_cluster}
*/
export class KonnectEventGatewayListenerPolicyForwardToVirtualCluster extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "konnect_event_gateway_listener_policy_forward_to_virtual_cluster";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a KonnectEventGatewayListenerPolicyForwardToVirtualCluster resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the KonnectEventGatewayListenerPolicyForwardToVirtualCluster to import
  * @param importFromId The id of the existing KonnectEventGatewayListenerPolicyForwardToVirtualCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the KonnectEventGatewayListenerPolicyForwardToVirtualCluster to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "konnect_event_gateway_listener_policy_forward_to_virtual_cluster", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/kong/konnect-beta/0.19.0/docs/resources/konnect_event_gateway_listener_policy_forward_to_virtual_cluster konnect_event_gateway_listener_policy_forward_to_virtual_cluster} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfig
  */
  public constructor(scope: Construct, id: string, config: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfig) {
    super(scope, id, {
      terraformResourceType: 'konnect_event_gateway_listener_policy_forward_to_virtual_cluster',
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
  private _config = new KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigAOutputReference(this, "config");
  public get config() {
    return this._config;
  }
  public putConfig(value: KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA) {
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
      config: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigAToTerraform(this._config.internalValue),
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
        value: konnectEventGatewayListenerPolicyForwardToVirtualClusterConfigAToHclTerraform(this._config.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "KonnectEventGatewayListenerPolicyForwardToVirtualClusterConfigA",
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
