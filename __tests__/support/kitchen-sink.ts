// A stack that uses every option of every construct, for `terraform validate` with the real provider.
import { TerraformStack, TerraformVariable } from "cdktf";
import {
  BackendAuthentication,
  ClientAuthentication,
  Condition,
  Duration,
  EventGateway,
  Forwarding,
  HeaderAction,
  KongIdentity,
  KonnectProvider,
  EncryptionKey,
  NamespaceSelector,
  SchemaValidation,
  Secret,
  VaultType,
} from "../../constructs";
import { TEST_CA_PEM, TEST_DATA_PLANE_PEM, TEST_SERVER_PEM } from "./certificates";
import { newApp } from "./synth";

/** literals: values to write in place of the stack's variables (to see the synth's own check of them). */
export function kitchenSinkStack(literals: { dnsLabel?: string; team?: string; description?: string } = {}): TerraformStack {
  const stack = new TerraformStack(newApp(), "kitchen-sink");
  new KonnectProvider(stack, "konnect", { serverUrl: "https://eu.api.konghq.com" });
  const secret = new TerraformVariable(stack, "kafka_password", { type: "string", sensitive: true });
  const key = new TerraformVariable(stack, "tls_key", { type: "string", sensitive: true });
  // Values Terraform resolves later, checked at plan time by preconditions.
  const dnsLabel = new TerraformVariable(stack, "dns_label", { type: "string", default: "vc-1" });
  const team = new TerraformVariable(stack, "team", { type: "string", default: "ops" });
  // a length from 0: its plan-time check has a lower bound of 0
  const vcDescription = new TerraformVariable(stack, "vc_description", { type: "string", default: "every auth method" });

  const idp = new KongIdentity(stack, "idp", {
    name: "Kafka Prod",
    audience: "http://kafka.prod",
    description: "prod",
    signingAlgorithm: "RS512",
    labels: { env: "prod" },
    forceDestroy: true,
  });
  const scope = idp.addScope("kafka", { name: "kafka", description: "kafka access", default: true, enabled: true, includeInMetadata: true });
  const app = idp.addClient("app", {
    name: "app",
    clientId: "app-client",
    scopes: [scope],
    allowAllScopes: false,
    accessTokenDuration: Duration.minutes(10),
    idTokenDuration: Duration.minutes(10),
    grantTypes: ["client_credentials"],
    responseTypes: ["token"],
    labels: { team: "a" },
  });
  const ops = idp.addClient("ops", { allowAllScopes: true });
  idp.addClaim("team", { name: "team", value: "orders", includeInToken: true, includeInAllScopes: false, scopes: [scope], enabled: true });
  idp.addClaim("request-id", { value: "${ uuidv4 }", includeInAllScopes: true });

  const gw = new EventGateway(stack, "gw", { name: "gw", description: "all options", labels: { env: "prod" }, minRuntimeVersion: "1.1" });
  const plain = gw.addBackendCluster("plain", {
    name: "plain",
    description: "anonymous",
    labels: { a: "b" },
    bootstrapServers: ["k1:9092", "[::1]:9093"],
    authentication: BackendAuthentication.anonymous(),
    tls: { enabled: false },
    metadataUpdateInterval: Duration.seconds(30),
    insecureAllowAnonymousVirtualClusterAuth: true,
  });
  gw.addBackendCluster("scram", {
    bootstrapServers: ["k2:9092"],
    authentication: BackendAuthentication.saslScram({ algorithm: "sha512", username: "svc", password: Secret.fromVariable(secret) }),
    tls: {
      enabled: true,
      caBundle: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
      clientIdentity: { certificate: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----", key: Secret.fromVariable(key) },
      versions: ["tls12", "tls13"],
      insecureSkipVerify: false,
    },
  });
  gw.addBackendCluster("plainsasl", {
    bootstrapServers: ["k3:9092"],
    authentication: BackendAuthentication.saslPlain({ username: "svc", password: Secret.vaultReference("${vault.env['KAFKA_PASSWORD']}") }),
  });
  const envVault = gw.addVault("env", { name: "env", type: VaultType.env({ prefix: "KEGW_" }), description: "data plane environment", labels: { a: "b" } });
  gw.addVault("konnect", { name: "konnect_secrets", type: VaultType.konnect(), description: "Konnect", labels: { a: "b" } });
  const ordersKey = gw.addStaticKey("orders-key", { name: "orders-key", value: envVault.secret("ORDERS_KEY"), description: "orders", labels: { a: "b" } });
  gw.addStaticKey("plain-key", { value: Secret.fromVariable(key) });

  const vc = gw.addVirtualCluster("vc", {
    name: "vc",
    description: literals.description ?? vcDescription.stringValue,
    labels: { a: "b" },
    destination: plain,
    dnsLabel: literals.dnsLabel ?? dnsLabel.stringValue,
    aclMode: "enforce_on_gateway",
    namespace: {
      prefix: "team-",
      mode: "enforce_prefix",
      additionalTopics: [NamespaceSelector.exact(["shared"], { conflict: "ignore" }), NamespaceSelector.glob("public.*", { conflict: "warn" })],
      additionalConsumerGroups: [NamespaceSelector.exact(["g1"]), NamespaceSelector.glob("shared-*")],
    },
    authentication: [
      ClientAuthentication.anonymous(),
      ClientAuthentication.saslPlain({ mediation: "terminate", principals: [{ username: "alice", password: Secret.fromVariable(secret) }] }),
      ClientAuthentication.saslScram({ algorithm: "sha256" }),
      ClientAuthentication.oauthBearer({
        authServer: idp,
        mediation: "terminate",
        jwksTimeout: Duration.seconds(1),
        jwksCacheExpiration: Duration.hours(1),
        claimsMapping: { sub: "sub", scope: "scope" },
      }),
      ClientAuthentication.clientCertificate(),
    ],
  });
  vc.addAclPolicy("acl", {
    name: "acl",
    description: "everything",
    condition: Condition.or(Condition.principalIs(app), Condition.authTypeIs("sasl_plain")),
    enabled: true,
    labels: { a: "b" },
    rules: [
      { action: "allow", resourceType: "topic", operations: ["all"], resourceNames: ["*"] },
      { action: "deny", resourceType: "cluster", operations: ["alter", "alter_configs", "create", "delete", "describe_configs", "idempotent_write"], resourceNames: ["kafka-cluster"] },
      { resourceType: "transactional_id", operations: ["describe", "write"], resourceNames: ["tx-*"] },
    ],
  });
  vc.grantRead(ops, ["orders"], { groups: ["ops-*"] });
  vc.grantWrite(app, ["orders"], { id: "app-write" });
  vc.addSkipRecordPolicy("skip", {
    name: "skip",
    description: "skip internal",
    condition: Condition.and(Condition.recordHeaderEquals("internal", "true"), Condition.not(Condition.claimEquals("team", literals.team ?? team.stringValue))),
    enabled: true,
    labels: { a: "b" },
  });
  // Schema registry, schema validation (produce against the registry, consume as JSON), and headers: nested and not.
  const registry = gw.addSchemaRegistry("registry", {
    name: "registry",
    description: "confluent",
    labels: { a: "b" },
    endpoint: "https://registry.example.com:8081",
    schemaType: "avro",
    timeout: Duration.seconds(5),
    basicAuth: { username: "svc", password: Secret.fromVariable(secret) },
  });
  const produceValidation = vc.addSchemaValidationPolicy("validate-produce", {
    name: "validate-produce",
    description: "orders against the registry",
    labels: { a: "b" },
    enabled: true,
    phase: "produce",
    validation: SchemaValidation.registry(registry),
    condition: Condition.raw("context.topic.name.startsWith('orders')"),
    failureMode: "mark",
    validateKey: true,
    validateValue: true,
    keyValidationAction: "mark",
    valueValidationAction: "reject",
  });
  produceValidation.addModifyHeadersPolicy("tag-valid", { condition: Condition.recordValid(), actions: [HeaderAction.set("validated", "yes")] });
  const consumeValidation = vc.addSchemaValidationPolicy("validate-consume", { phase: "consume", validation: SchemaValidation.json(), failureMode: "passthrough" });
  consumeValidation.addSkipRecordPolicy("skip-invalid", { condition: Condition.and(Condition.recordInvalid(), Condition.principalIs(ops)) });
  vc.addModifyHeadersPolicy("strip-debug", {
    name: "strip-debug",
    description: "no debug headers for consumers",
    labels: { a: "b" },
    enabled: true,
    phase: "consume",
    condition: Condition.recordHeaderEquals("debug", "true"),
    actions: [HeaderAction.remove("debug"), HeaderAction.set("origin", "gateway")],
  });
  vc.encryptTopics("payments", {
    name: "payments",
    description: "card data",
    labels: { a: "b" },
    enabled: true,
    topics: ["payments", "cards-*"],
    key: EncryptionKey.fromStaticKey(ordersKey),
    parts: ["key", "value"],
    decryptFor: Condition.principalIs(app),
    encryptFailureMode: "error",
    decryptFailureMode: "passthrough",
  });
  vc.encryptFields("pii", {
    parents: { produce: produceValidation, consume: consumeValidation },
    fields: [
      { paths: ["personal.ssn"], key: EncryptionKey.fromStaticKey(ordersKey) },
      { paths: ["card.number"], key: EncryptionKey.awsKms("arn:aws:kms:eu-west-1:123456789012:alias/pii") },
    ],
    topics: ["customers"],
    decryptFor: Condition.and(Condition.principalIs(ops), Condition.raw("record.value.validated")),
    encryptFailureMode: "mark",
    decryptFailureMode: "skip",
  });
  const pm = gw.addListener("pm", { name: "pm", description: "port mapping", labels: { a: "b" }, addresses: ["127.0.0.1"], ports: [19092, "19093-19095"] });
  const clientsCa = gw.addTlsTrustBundle("clients-ca", { name: "clients-ca", description: "client CA", labels: { a: "b" }, trustedCa: TEST_CA_PEM });
  const vaultCa = gw.addTlsTrustBundle("vault-ca", { trustedCa: Secret.vaultReference("${vault.env['CLIENT_CA']}") });
  pm.addTlsServer({
    id: "tls",
    name: "tls",
    description: "mutual TLS",
    enabled: true,
    labels: { a: "b" },
    certificate: TEST_SERVER_PEM,
    key: Secret.fromVariable(key),
    versions: { min: "tls12", max: "tls13" },
    allowPlaintext: false,
    clientAuthentication: { mode: "required", trustBundles: [clientsCa, vaultCa], principalMapping: "context.certificate.subject['CN']" },
  });
  gw.addDataPlaneCertificate("dp", { name: "dp", description: "data plane fleet", certificate: TEST_DATA_PLANE_PEM });
  pm.forwardTo(vc, {
    name: "pm-forward",
    description: "pm",
    enabled: true,
    labels: { a: "b" },
    mode: Forwarding.portMapping({ advertisedHost: "kafka.example.com", bootstrapPort: "at_start", minBrokerId: 1 }),
  });
  gw.addListener("sni", { addresses: ["::"], ports: [9443] }).forwardTo(vc, {
    mode: Forwarding.sni({ sniSuffix: ".kafka.example.com", advertisedPort: 443, brokerHostFormat: "per_cluster_suffix" }),
  });
  return stack;
}
