// A platform team owns the gateway, the backend cluster, the virtual cluster, the listener and the Kong Identity auth
// server; a product team adds its own client and ACL policies to the platform's virtual cluster from its own stack.
// The team stack takes IDs: other stacks' attributes (cdktf turns them into a cross-stack reference) or literals (a
// platform managed elsewhere). The tests synthesize, `terraform validate` and deploy both ways on the stand-in.
import { TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import {
  BackendAuthentication,
  ClientAuthentication,
  Condition,
  Duration,
  EventGateway,
  Forwarding,
  IdentityScope,
  KongIdentity,
  KonnectProvider,
  VirtualCluster,
} from "konnect-event-gateway-cdktf";

export interface KonnectStackProps {
  /** Konnect API URL. @default the provider's (KONNECT_SERVER_URL, else the global API) */
  readonly serverUrl?: string;
}

/** The platform's shared infrastructure. */
export class PlatformStack extends TerraformStack {
  public readonly gateway: EventGateway;
  public readonly virtualCluster: VirtualCluster;
  public readonly identity: KongIdentity;
  public readonly kafkaScope: IdentityScope;

  constructor(scope: Construct, id: string, props: KonnectStackProps = {}) {
    super(scope, id);
    new KonnectProvider(this, "konnect", { serverUrl: props.serverUrl });
    this.identity = new KongIdentity(this, "identity", { name: "platform", audience: "http://kafka.platform" });
    this.kafkaScope = this.identity.addScope("kafka");
    this.gateway = new EventGateway(this, "gateway", { name: "platform" });
    const backend = this.gateway.addBackendCluster("backend", {
      bootstrapServers: ["kafka1:9092", "kafka2:9092", "kafka3:9092"],
      authentication: BackendAuthentication.anonymous(),
      tls: { enabled: false },
    });
    this.virtualCluster = this.gateway.addVirtualCluster("shared", {
      destination: backend,
      dnsLabel: "shared",
      namespace: { prefix: "shared-" },
      authentication: [ClientAuthentication.oauthBearer({ authServer: this.identity, jwksTimeout: Duration.seconds(2) })],
    });
    const listener = this.gateway.addListener("listener", { ports: ["19092-19095"] });
    listener.forwardTo(this.virtualCluster, { mode: Forwarding.portMapping({ advertisedHost: "kafka.platform.example" }) });
    new TerraformOutput(this, "gateway_id", { value: this.gateway.gatewayId });
    new TerraformOutput(this, "virtual_cluster_id", { value: this.virtualCluster.virtualClusterId });
    new TerraformOutput(this, "auth_server_id", { value: this.identity.authServerId });
    new TerraformOutput(this, "kafka_scope_id", { value: this.kafkaScope.scopeId });
  }
}

/** What a team needs from the platform: IDs, literal or another stack's attributes. */
export interface TeamStackProps extends KonnectStackProps {
  /** The team's name: its client's name and the prefix of its topics and consumer groups. */
  readonly team: string;
  readonly gatewayId: string;
  readonly virtualClusterId: string;
  readonly authServerId: string;
  readonly kafkaScopeId: string;
}

/** A team's own client, and what it may do on the platform's virtual cluster. */
export class TeamStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: TeamStackProps) {
    super(scope, id);
    new KonnectProvider(this, "konnect", { serverUrl: props.serverUrl });
    const identity = KongIdentity.fromAuthServerAttributes(this, "identity", { authServerId: props.authServerId });
    const kafka = IdentityScope.fromScopeId(this, "kafka", props.kafkaScopeId);
    const client = identity.addClient("client", { name: props.team, scopes: [kafka], accessTokenDuration: Duration.minutes(15) });

    const shared = VirtualCluster.fromVirtualClusterAttributes(this, "shared", {
      gatewayId: props.gatewayId,
      virtualClusterId: props.virtualClusterId,
    });
    shared.grantReadWrite(client, [props.team, `${props.team}-*`], { groups: [`${props.team}-*`], name: `${props.team}-topics` });
    shared.addAclPolicy("audit", {
      name: `${props.team}-audit`,
      description: "the team may read the audit topic, never write it",
      condition: Condition.principalIs(client),
      rules: [
        { resourceType: "topic", operations: ["describe", "read"], resourceNames: ["audit"] },
        { action: "deny", resourceType: "topic", operations: ["write"], resourceNames: ["audit"] },
      ],
    });
    new TerraformOutput(this, "client_id", { value: client.clientId });
    new TerraformOutput(this, "client_secret", { value: client.clientSecret, sensitive: true });
  }
}

/** The platform and a team in one app: the team stack gets the platform's attributes (a cross-stack reference). */
export function platformAndTeam(app: Construct, serverUrl?: string): { platform: PlatformStack; team: TeamStack } {
  const platform = new PlatformStack(app, "platform", { serverUrl });
  const team = new TeamStack(app, "team", {
    serverUrl,
    team: "orders",
    gatewayId: platform.gateway.gatewayId,
    virtualClusterId: platform.virtualCluster.virtualClusterId,
    authServerId: platform.identity.authServerId,
    kafkaScopeId: platform.kafkaScope.scopeId,
  });
  return { platform, team };
}
