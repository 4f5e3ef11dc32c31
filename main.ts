import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { KonnectProvider } from "./constructs/provider";
import { konnectEventGateway } from "./.gen/providers/konnect-beta";

export class EventGatewayStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const provider = KonnectProvider.of(this);
    new konnectEventGateway.KonnectEventGateway(this, "gateway", { provider, name: "event_gateway_terraform" });
  }
}

if (require.main === module) {
  const app = new App();
  new EventGatewayStack(app, "event-gateway");
  app.synth();
}
