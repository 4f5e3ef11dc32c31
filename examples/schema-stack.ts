import { App, TerraformStack, TerraformVariable } from "cdktf";
import {
  BackendAuthentication,
  ClientAuthentication,
  Condition,
  EventGateway,
  HeaderAction,
  KongIdentity,
  KonnectProvider,
  SchemaValidation,
  Secret,
} from "konnect-event-gateway-cdktf";

/** Validate JSON records against the registry and skip the invalid ones for one client (analytics); others see them marked. */
export class SchemaStack extends TerraformStack {
  constructor(scope: App, id: string, props: { readonly serverUrl?: string } = {}) {
    super(scope, id);
    new KonnectProvider(this, "konnect", { serverUrl: props.serverUrl ?? "https://eu.api.konghq.com" });

    const idp = new KongIdentity(this, "idp", { name: "Orders", audience: "http://orders.kafka" });
    const kafka = idp.addScope("kafka");
    const analytics = idp.addClient("analytics", { scopes: [kafka] });
    const audit = idp.addClient("audit", { scopes: [kafka] });

    const gw = new EventGateway(this, "gateway", { name: "orders" });
    const registryPassword = new TerraformVariable(this, "registry_password", { type: "string", sensitive: true });
    const registry = gw.addSchemaRegistry("registry", {
      endpoint: "https://psrc-123.eu-west-1.aws.confluent.cloud",
      schemaType: "json",
      basicAuth: { username: "svc-orders", password: Secret.fromVariable(registryPassword) },
    });
    const backend = gw.addBackendCluster("kafka", { bootstrapServers: ["kafka:9092"], authentication: BackendAuthentication.anonymous() });
    const vc = gw.addVirtualCluster("orders", {
      destination: backend,
      dnsLabel: "orders",
      authentication: [ClientAuthentication.oauthBearer({ authServer: idp })],
    });
    vc.grantRead(analytics, ["orders"], { groups: ["analytics-*"] });
    vc.grantRead(audit, ["orders"], { groups: ["audit-*"] });

    // Consumed records of "orders" are checked against the registry; invalid ones go on, marked (kong/policy-failure-<id>) ...
    const validate = vc.addSchemaValidationPolicy("validate-orders", {
      phase: "consume",
      validation: SchemaValidation.registry(registry),
      condition: Condition.raw("context.topic.name == 'orders'"),
      failureMode: "mark",
    });
    // ... and analytics never sees them; audit gets them with a header that says why.
    validate.addSkipRecordPolicy("skip-invalid-for-analytics", {
      condition: Condition.and(Condition.recordInvalid(), Condition.principalIs(analytics)),
    });
    validate.addModifyHeadersPolicy("flag-invalid", { condition: Condition.recordInvalid(), actions: [HeaderAction.set("x-schema", "invalid")] });
  }
}
