// "Encrypt a topic's records for everyone but the producer": the producer's records on `payments` are encrypted by
// the gateway before they reach Kafka (so the brokers, their disks and backups hold ciphertext), and only the producer
// reads them back decrypted; every other consumer (here the reader, which may read the topic) receives ciphertext.
// The key is a static key whose value the data plane takes from its environment through an env vault.
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import {
  ClientAuthentication,
  Condition,
  EncryptionKey,
  EventGateway,
  Forwarding,
  KongIdentity,
  KonnectProvider,
  VaultType,
} from "konnect-event-gateway-cdktf";

export interface EncryptionStackProps {
  /** Konnect API URL. @default the provider's (KONNECT_SERVER_URL, else the global API) */
  readonly serverUrl?: string;
  /** Let the reader decrypt too (the update the tests apply). @default false */
  readonly readerMayDecrypt?: boolean;
}

export class EncryptionStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: EncryptionStackProps = {}) {
    super(scope, id);
    new KonnectProvider(this, "konnect", { serverUrl: props.serverUrl });

    const idp = new KongIdentity(this, "idp", { name: "Payments", audience: "http://payments.kafka" });
    const kafka = idp.addScope("kafka");
    const producer = idp.addClient("producer", { scopes: [kafka] });
    const reader = idp.addClient("reader", { scopes: [kafka] });

    const gw = new EventGateway(this, "gateway", { name: "payments" });
    const backend = gw.addBackendCluster("kafka", { bootstrapServers: ["kafka1:9092"], tls: { enabled: false } });
    const vc = gw.addVirtualCluster("payments", {
      destination: backend,
      dnsLabel: "payments",
      authentication: [ClientAuthentication.oauthBearer({ authServer: idp })],
    });
    vc.grantReadWrite(producer, ["payments"], { groups: ["producer-*"] });
    vc.grantRead(reader, ["payments"], { groups: ["reader-*"] });

    // The data plane reads PAYMENTS_KEY (base64 of 32 random bytes) from its environment; nothing secret is in Terraform.
    const env = gw.addVault("env", { type: VaultType.env() });
    const key = gw.addStaticKey("payments-key", { value: env.secret("PAYMENTS_KEY") });
    vc.encryptTopics("payments", {
      topics: ["payments"],
      key: EncryptionKey.fromStaticKey(key),
      decryptFor: props.readerMayDecrypt ? Condition.principalIn([producer, reader]) : Condition.principalIs(producer),
    });

    gw.addListener("public", { ports: ["19092-19095"] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "localhost" }) });
  }
}
