import { App, TerraformStack, TerraformVariable } from "cdktf";
import {
  BackendAuthentication,
  ClientAuthentication,
  Condition,
  Duration,
  EventGateway,
  Forwarding,
  KongIdentity,
  KonnectProvider,
  Secret,
} from "konnect-event-gateway-cdktf";

export class OrdersStack extends TerraformStack {
  constructor(scope: App, id: string) {
    super(scope, id);
    new KonnectProvider(this, "konnect", { serverUrl: "https://eu.api.konghq.com" });

    const idp = new KongIdentity(this, "idp", { name: "Orders", audience: "http://orders.kafka" });
    const kafka = idp.addScope("kafka");
    const billing = idp.addClient("billing", { scopes: [kafka], accessTokenDuration: Duration.hours(1) });

    const password = new TerraformVariable(this, "kafka_password", { type: "string", sensitive: true });
    const gw = new EventGateway(this, "gateway", { name: "orders" });
    const backend = gw.addBackendCluster("confluent", {
      bootstrapServers: ["pkc-123.eu-west-1.aws.confluent.cloud:9092"],
      authentication: BackendAuthentication.saslPlain({ username: "svc-orders", password: Secret.fromVariable(password) }),
    });
    const vc = gw.addVirtualCluster("orders", {
      destination: backend,
      dnsLabel: "orders",
      namespace: { prefix: "orders-" },
      authentication: [ClientAuthentication.oauthBearer({ authServer: idp })],
    });
    vc.grantRead(billing, ["invoices"], { groups: ["billing-*"] }); // one ACL policy: describe+read, group access
    vc.addSkipRecordPolicy("hide-internal", {
      condition: Condition.and(Condition.recordHeaderEquals("internal", "true"), Condition.not(Condition.principalIs(billing))),
    });
    gw.addListener("public", { ports: ["9092-9095"] }).forwardTo(vc, {
      mode: Forwarding.portMapping({ advertisedHost: "kafka.example.com" }),
    });
  }
}
