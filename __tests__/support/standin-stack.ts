// A cdktf stack made directly from the generated bindings, one or more of each konnect-beta resource type this project
// uses (a claim and its ACL policy through the constructs), pointed at a Konnect stand-in; and a scratch Terraform working directory to apply it in.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import {
  konnectEventGateway,
  konnectEventGatewayBackendCluster,
  konnectEventGatewayClusterPolicyAcls,
  konnectEventGatewayConsumePolicySkipRecord,
  konnectEventGatewayListener,
  konnectEventGatewayListenerPolicyForwardToVirtualCluster,
  konnectEventGatewayVirtualCluster,
  konnectIdentityAuthServer,
  konnectIdentityAuthServerClient,
  konnectIdentityAuthServerScope,
} from "../../.gen/providers/konnect-beta";
import {
  Condition,
  Duration,
  EncryptionKey,
  EventGateway,
  HeaderAction,
  IdentityScope,
  KongIdentity,
  KonnectProvider,
  Listener,
  SchemaValidation,
  Secret,
  VaultType,
  VirtualCluster,
} from "../../constructs";
import { TEST_CA_PEM, TEST_DATA_PLANE_PEM, TEST_SERVER_PEM } from "./certificates";
import { standinSession, synthStackDir, type TerraformSession, type TfResult } from "./terraform";
import { scratchDir } from "./scratch";
import type { Standin } from "../../standin";
import { KINDS } from "../../standin/state";

/** Zero of every kind: expected counts spread it and name only the kinds they have. */
export const NO_OBJECTS: Readonly<Record<string, number>> = Object.fromEntries(KINDS.map((k) => [k, 0]));

/** How many objects of each kind the stand-in holds. */
export function counts(s: Standin): Record<string, number> {
  return Object.fromEntries(KINDS.map((k) => [k, s.objects(k).length]));
}


/**
 * The plaintext value of the stack's static key (`TF_VAR_static_key_value`, which TfWorkdir sets): a sentinel that
 * must never come back from the stand-in.
 */
export const STATIC_KEY_VALUE = "U0VOVElORUwtc3RhdGljLWtleS0zMi1ieXRlcy1sb25nIQ==";

/** Every resource type of the provider that this project uses (those in the schema snapshot). */
export const RESOURCE_TYPES: readonly string[] = Object.keys(
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../../schema/konnect-beta.json").provider_schemas["registry.terraform.io/kong/konnect-beta"].resource_schemas,
);

/** The tutorial's objects, with both Kong Identity client flavours (generated ID, and a fixed ID + given secret). */
export function standinStack(serverUrl: string, opts: { name?: string; revision?: 1 | 2 } = {}): TerraformStack {
  const name = opts.name ?? "standin-stack";
  // Revision 2 changes a field of most resources in place (PUT / PATCH updates), with the same resource addresses.
  const r2 = opts.revision === 2;
  const app = new App({ outdir: scratchDir("standin-synth") });
  const stack = new TerraformStack(app, name);
  const p = new KonnectProvider(stack, "konnect", { serverUrl }).provider;

  const server = new konnectIdentityAuthServer.KonnectIdentityAuthServer(stack, "auth_server", {
    provider: p,
    name: "Kafka Dev",
    audience: "http://kafka.dev",
    description: r2 ? "Auth server for Kafka, revised" : "Auth server for the Kafka dev environment",
  });
  const scope = new konnectIdentityAuthServerScope.KonnectIdentityAuthServerScope(stack, "scope", {
    provider: p,
    authServerId: server.id,
    name: "kafka",
    description: r2 ? "Kafka access" : undefined,
  });
  const producer = new konnectIdentityAuthServerClient.KonnectIdentityAuthServerClient(stack, "producer", {
    provider: p,
    authServerId: server.id,
    name: "producer",
    grantTypes: ["client_credentials"],
    responseTypes: ["id_token", "token"],
    allowScopes: [scope.id],
    accessTokenDuration: r2 ? 7200 : 3600,
    idTokenDuration: 3600,
  });
  const reader = new konnectIdentityAuthServerClient.KonnectIdentityAuthServerClient(stack, "reader", {
    provider: p,
    authServerId: server.id,
    name: "reader",
    id: "reader-app",
    grantTypes: ["client_credentials"],
    responseTypes: ["id_token", "token"],
    allowScopes: [scope.id],
    labels: { team: "analytics" },
  });

  const gw = new konnectEventGateway.KonnectEventGateway(stack, "gateway", {
    provider: p,
    name: "event_gateway_terraform",
    description: r2 ? "revised" : undefined,
  });
  const backend = new konnectEventGatewayBackendCluster.KonnectEventGatewayBackendCluster(stack, "backend_cluster", {
    provider: p,
    gatewayId: gw.id,
    name: "local-backend-cluster",
    bootstrapServers: ["kafka1:9092", "kafka2:9092", "kafka3:9092"],
    authentication: { anonymous: {} },
    tls: { enabled: false },
  });
  const vc = new konnectEventGatewayVirtualCluster.KonnectEventGatewayVirtualCluster(stack, "vcluster", {
    provider: p,
    gatewayId: gw.id,
    name: "virtual-cluster",
    destination: { id: backend.id },
    dnsLabel: "vcluster",
    aclMode: "enforce_on_gateway",
    namespace: { mode: "hide_prefix", prefix: "my-", additional: { topics: [{ exactList: { exactList: [{ backend: "extra_topic" }] } }] } },
    authentication: [
      {
        oauthBearer: {
          mediation: "terminate",
          jwks: { endpoint: `${server.issuer}/.well-known/jwks`, timeout: "1s" },
          validate: { issuer: server.issuer, audiences: [{ name: server.audience }] },
        },
      },
    ],
  });
  const listener = new konnectEventGatewayListener.KonnectEventGatewayListener(stack, "listener", {
    provider: p,
    gatewayId: gw.id,
    name: "localhost-listener",
    addresses: ["0.0.0.0"],
    ports: r2 ? ["19092-19095"] : ["19092-19192"],
  });
  new konnectEventGatewayListenerPolicyForwardToVirtualCluster.KonnectEventGatewayListenerPolicyForwardToVirtualCluster(stack, "forward", {
    provider: p,
    gatewayId: gw.id,
    listenerId: listener.id,
    name: "forward-to-vcluster",
    config: { portMapping: { advertisedHost: "localhost", destination: { id: vc.id } } },
  });
  const acl = (id: string, client: konnectIdentityAuthServerClient.KonnectIdentityAuthServerClient, ops: string[]) =>
    new konnectEventGatewayClusterPolicyAcls.KonnectEventGatewayClusterPolicyAcls(stack, id, {
      provider: p,
      gatewayId: gw.id,
      virtualClusterId: vc.id,
      name: id,
      condition: `context.auth.principal.name == '${client.id}'`,
      config: {
        rules: [
          { action: "allow", resourceType: "topic", operations: ops.map((name) => ({ name })), resourceNames: [{ match: "*" }] },
          { action: "allow", resourceType: "group", operations: [{ name: "describe" }, { name: "read" }], resourceNames: [{ match: "*" }] },
        ],
      },
    });
  acl("producer-acl", producer, ["describe", "read", "write"]);
  acl("reader-acl", reader, r2 ? ["describe"] : ["describe", "read"]);
  new konnectEventGatewayConsumePolicySkipRecord.KonnectEventGatewayConsumePolicySkipRecord(stack, "skip_internal", {
    provider: p,
    gatewayId: gw.id,
    virtualClusterId: vc.id,
    name: "skip-internal",
    enabled: !r2,
    condition: `record.headers['internal'] == 'true' && context.auth.principal.name != '${producer.id}'`,
  });

  // A team's claim and an ACL policy that reads it, through the constructs (addClaim, a type-checked condition),
  // on the objects above.
  const idp = KongIdentity.fromAuthServerAttributes(stack, "idp", { authServerId: server.id, issuer: server.issuer, audience: server.audience });
  idp.addClaim("team", { value: "orders", scopes: [IdentityScope.fromScopeId(stack, "kafka_scope", scope.id)] });
  const vcImport = VirtualCluster.fromVirtualClusterAttributes(stack, "vc_import", { gatewayId: gw.id, virtualClusterId: vc.id });
  vcImport.addAclPolicy("orders-team", {
    condition: Condition.claimEquals("team", "orders"),
    rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["orders-*"] }],
  });

  // Vaults and static keys through the constructs: a key from a sensitive variable (kept, never returned) and one
  // from a vault reference (returned as given).
  const gateway = EventGateway.fromGatewayId(stack, "gw_import", gw.id);
  const envVault = gateway.addVault("env_vault", { name: "env", type: VaultType.env({ prefix: "KEGW_" }), description: r2 ? "revised" : undefined });
  gateway.addVault("konnect_vault", { name: "konnect_secrets", type: VaultType.konnect(), labels: { team: "platform" } });
  const keyValue = new TerraformVariable(stack, "static_key_value", { type: "string", sensitive: true });
  gateway.addStaticKey("plain_key", { name: "plain-key", value: Secret.fromVariable(keyValue) });
  const refKey = gateway.addStaticKey("ref_key", { name: "ref-key", value: envVault.secret("ORDERS_KEY") });
  // An encrypt and decrypt pair on the imported virtual cluster (the *_fields pair is below, under schema validation).
  VirtualCluster.fromVirtualClusterAttributes(stack, "vc_encrypt", { gateway, virtualClusterId: vc.id }).encryptTopics("payments", {
    topics: ["payments", "cards-*"],
    key: EncryptionKey.fromStaticKey(refKey),
    decryptFor: Condition.principalIs(r2 ? "billing-app" : "reader-app"),
  });

  // The TLS group through the constructs, on the gateway and listener above: a trust bundle, a TLS server policy
  // with mutual TLS that trusts it, and a data plane certificate.
  const clientsCa = gateway.addTlsTrustBundle("clients_ca", { name: "clients-ca", description: r2 ? "revised" : undefined, trustedCa: TEST_CA_PEM });
  Listener.fromListenerAttributes(stack, "listener_import", { gateway, listenerId: listener.id }).addTlsServer({
    name: "tls",
    certificate: TEST_SERVER_PEM,
    key: Secret.vaultReference("${vault.env['TLS_KEY']}"),
    versions: r2 ? { min: "tls13" } : undefined,
    clientAuthentication: { mode: r2 ? "requested" : "required", trustBundles: [clientsCa], principalMapping: "context.certificate.subject['CN']" },
  });
  gateway.addDataPlaneCertificate("dp_cert", { name: "fleet-a", description: r2 ? "fleet A, revised" : undefined, certificate: TEST_DATA_PLANE_PEM });

  // Schema and headers, through the constructs: a registry, validation on produce (against the registry, and as JSON
  // with no option at all) and on consume, with nested and top-level modify-headers and a nested skip-record policy.
  const registry = gateway.addSchemaRegistry("registry", {
    endpoint: r2 ? "https://registry.example.com:8081" : "http://registry:8081",
    schemaType: "json",
    timeout: r2 ? Duration.seconds(20) : undefined,
    basicAuth: { username: "svc", password: Secret.vaultReference("${vault.env['REGISTRY_PASSWORD']}") },
  });
  const validateOrders = vcImport.addSchemaValidationPolicy("validate-orders", {
    phase: "produce",
    validation: SchemaValidation.registry(registry),
    condition: Condition.raw("context.topic.name.startsWith('orders')"),
    failureMode: r2 ? "mark" : "reject",
    validateValue: true,
  });
  validateOrders.addModifyHeadersPolicy("tag-valid", { condition: Condition.recordValid(), actions: [HeaderAction.set("validated", r2 ? "yes" : "true")] });
  vcImport.addSchemaValidationPolicy("parse-json", { phase: "produce", validation: SchemaValidation.json() });
  const parseOnConsume = vcImport.addSchemaValidationPolicy("parse-on-consume", { phase: "consume", validation: SchemaValidation.json(), failureMode: "passthrough" });
  parseOnConsume.addSkipRecordPolicy("skip-invalid", {
    description: r2 ? "invalid records, hidden from the reader" : undefined,
    condition: Condition.and(Condition.recordInvalid(), Condition.principalIs(reader.id)),
  });
  // Field encryption under the two validation policies: the encrypt_fields and decrypt_fields pair.
  vcImport.encryptFields("card-fields", {
    parents: { produce: validateOrders, consume: parseOnConsume },
    topics: ["orders*"],
    fields: [{ paths: r2 ? ["card.number", "card.cvv"] : ["card.number"], key: EncryptionKey.fromStaticKey(refKey) }],
    decryptFor: Condition.principalIs(reader.id),
  });
  vcImport.addModifyHeadersPolicy("strip-debug", { phase: "consume", actions: r2 ? [HeaderAction.remove("debug"), HeaderAction.remove("trace")] : [HeaderAction.remove("debug")] });

  new TerraformOutput(stack, "issuer_url", { value: server.issuer });
  new TerraformOutput(stack, "producer_client_id", { value: producer.id });
  new TerraformOutput(stack, "producer_client_secret", { value: producer.clientSecret, sensitive: true });
  new TerraformOutput(stack, "reader_client_secret", { value: reader.clientSecret, sensitive: true });
  return stack;
}

/** A scratch directory holding the synthesized stack; terraform runs in it with the stand-in's token. */
export class TfWorkdir {
  readonly dir: string;
  private readonly session: TerraformSession;
  constructor(stack: TerraformStack, token: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-standin-tf-"));
    fs.copyFileSync(path.join(synthStackDir(stack), "cdk.tf.json"), path.join(this.dir, "cdk.tf.json"));
    this.session = standinSession(token);
  }

  /** Runs terraform, with one konnect-beta provider process for all runs of this directory (terraformSession). */
  run(args: string[]): Promise<TfResult> {
    return this.session.run(this.dir, args, { TF_VAR_static_key_value: STATIC_KEY_VALUE });
  }

  /** Runs terraform and returns the result with its wall time in milliseconds. */
  async timed(args: string[]): Promise<TfResult & { ms: number }> {
    const t = Date.now();
    const r = await this.run(args);
    return { ...r, ms: Date.now() - t };
  }

  remove(): void {
    this.session.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
