import { App, TerraformStack, TerraformVariable } from "cdktf";
import { BackendAuthentication, ClientAuthentication, EventGateway, Forwarding, KonnectProvider, Secret } from "konnect-event-gateway-cdktf";

/** Certificates are public: PEM text, e.g. read with fs.readFileSync. Keys are never given here. */
export interface TlsListenerProps {
  /** The CA that signed the Kafka brokers' certificates (the gateway verifies the brokers with it). */
  readonly brokerCa: string;
  /** The certificate (and chain) the listener presents to Kafka clients. */
  readonly serverCertificate: string;
  /** The CA that signs the Kafka clients' certificates (mutual TLS). */
  readonly clientCa: string;
}

/** A TLS listener with client certificates, in front of a backend cluster verified against its own CA. */
export class TlsListenerStack extends TerraformStack {
  constructor(scope: App, id: string, props: TlsListenerProps) {
    super(scope, id);
    new KonnectProvider(this, "konnect", { serverUrl: "https://eu.api.konghq.com" });
    const serverKey = new TerraformVariable(this, "server_key", { type: "string", sensitive: true });

    const gw = new EventGateway(this, "gateway", { name: "payments", minRuntimeVersion: "1.1" });
    const backend = gw.addBackendCluster("kafka", {
      bootstrapServers: ["broker-1.internal:9093", "broker-2.internal:9093"],
      authentication: BackendAuthentication.anonymous(),
      tls: { caBundle: props.brokerCa }, // the brokers' CA: the backend cluster's own field
    });
    const clientsCa = gw.addTlsTrustBundle("clients-ca", { trustedCa: props.clientCa });
    const vc = gw.addVirtualCluster("payments", { destination: backend, dnsLabel: "payments", authentication: [ClientAuthentication.clientCertificate()] });
    vc.grantReadWrite({ principalName: "payments-app" }, ["payments"], { groups: ["payments-*"] }); // the certificate's CN

    const listener = gw.addListener("tls", { ports: ["9092-9095"] });
    listener.addTlsServer({
      certificate: props.serverCertificate,
      key: Secret.fromVariable(serverKey),
      versions: { min: "tls12", max: "tls13" },
      clientAuthentication: { mode: "required", trustBundles: [clientsCa], principalMapping: "context.certificate.subject['CN']" },
    });
    listener.forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "kafka.example.com" }) });
  }
}
