import { App, CloudBackend, GcsBackend, NamedCloudWorkspace, S3Backend, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import {
  BackendAuthentication,
  ClientAuthentication,
  Condition,
  EventGateway,
  Forwarding,
  IAuthServer,
  IIdentityClient,
  KongIdentity,
  KonnectProvider,
  NamespaceSelector,
  VirtualCluster,
} from "../constructs";
import { bool, choice, duration, konnectServerUrl, konnectToken, list, RawConfig, readConfig, required, settingHint, stackName } from "./config";
import { clientIdOutput, clientSecretOutput, OUTPUT } from "./outputs";

/**
 * The tutorial's deployment, corrected: Kong Identity (auth server, scope `kafka`, a producer and a reader client),
 * an event gateway with a backend cluster, a virtual cluster that takes OAuth bearer tokens from that auth server and
 * enforces ACLs, a listener with port mapping, ACL policies per client, and a skip-record policy.
 */
/** An error making main.ts's stack, its message the one line to print (ending with the setting a refused value came from). */
export class MainStackError extends Error {
  override name = "MainStackError";
}

/**
 * main.ts's stack in an app, synthesized: the settings from the environment and the app's context (cdktf.json);
 * its name. Any error is a MainStackError whose message names the setting a value a construct refused came from.
 */
export function synthMainStack(app: App, env: NodeJS.ProcessEnv = process.env): string {
  let config: RawConfig | undefined;
  try {
    config = readConfig((key) => app.node.tryGetContext(key), env, Object.keys(app.node.getAllContext()));
    const name = stackName(config);
    new EventGatewayStack(app, name, config);
    app.synth();
    return name;
  } catch (e) {
    throw new MainStackError(`${(e as Error).message}${settingHint(e, config)}`);
  }
}

export class EventGatewayStack extends TerraformStack {
  public readonly gateway: EventGateway;
  public readonly virtualCluster: VirtualCluster;
  public readonly authServer: IAuthServer;
  public readonly producer: IIdentityClient;
  public readonly reader: IIdentityClient;

  constructor(scope: Construct, id: string, config: RawConfig) {
    super(scope, id);
    configureBackend(this, id, config);
    new KonnectProvider(this, "konnect", { serverUrl: konnectServerUrl(config) });

    // The settings of one mode are checked in the other too: a wrong value is wrong whichever mode is chosen.
    const mode = choice(config, "identity", ["managed", "lookup"] as const);
    const refresh = bool(config, "lookupRefresh");
    const cacheFile = required(config, "identityCacheFile", "(the file lookup answers are cached in)");
    const lifetime = duration(config, "tokenLifetime");

    // Kong Identity: made by this stack (managed), or made elsewhere and looked up (the tutorial's API calls).
    if (mode === "lookup") {
      const found = KongIdentity.fromLookup(this, "identity", {
        region: config.konnectRegion,
        serverUrl: config.konnectServerUrl || undefined,
        cacheFile,
        refresh,
        ...konnectToken(),
        authServer: config.authServerId ? { id: config.authServerId } : { name: config.authServerName },
        clients: {
          producer: config.producerClientId ? { id: config.producerClientId } : { name: config.producerClientName },
          reader: config.readerClientId ? { id: config.readerClientId } : { name: config.readerClientName },
        },
      });
      this.authServer = found;
      this.producer = found.client("producer");
      this.reader = found.client("reader");
    } else {
      const identity = new KongIdentity(this, "identity", {
        name: config.authServerName,
        audience: config.authServerAudience,
        description: config.authServerDescription,
      });
      const scopeKafka = identity.addScope("scope", { name: config.scopeName, description: "Scope to test Kong Identity" });
      const clientOptions = { scopes: [scopeKafka], accessTokenDuration: lifetime, idTokenDuration: lifetime };
      const producer = identity.addClient("producer", { ...clientOptions, name: config.producerClientName });
      const reader = identity.addClient("reader", { ...clientOptions, name: config.readerClientName });
      new TerraformOutput(this, clientSecretOutput("producer"), { value: producer.clientSecret, sensitive: true });
      new TerraformOutput(this, clientSecretOutput("reader"), { value: reader.clientSecret, sensitive: true });
      this.authServer = identity;
      this.producer = producer;
      this.reader = reader;
    }

    // Event Gateway
    this.gateway = new EventGateway(this, "gateway", { name: config.gatewayName });
    const backend = this.gateway.addBackendCluster("backend", {
      name: config.backendClusterName,
      description: "local kafka cluster (PLAINTEXT)",
      bootstrapServers: list(config.bootstrapServers),
      authentication: BackendAuthentication.anonymous(),
      tls: { enabled: bool(config, "backendTls") },
      insecureAllowAnonymousVirtualClusterAuth: false,
    });
    const extraTopics = list(config.extraTopics);
    const vc = this.gateway.addVirtualCluster("vcluster", {
      name: config.virtualClusterName,
      description: "team virtual cluster",
      destination: backend,
      dnsLabel: config.dnsLabel,
      aclMode: "enforce_on_gateway",
      namespace: {
        prefix: config.namespacePrefix,
        mode: choice(config, "namespaceMode", ["hide_prefix", "enforce_prefix"] as const),
        additionalTopics: extraTopics.length ? [NamespaceSelector.exact(extraTopics, { conflict: "warn" })] : undefined,
      },
      authentication: [
        ClientAuthentication.oauthBearer({ authServer: this.authServer, mediation: "terminate", jwksTimeout: duration(config, "jwksTimeout") }),
      ],
    });
    this.virtualCluster = vc;
    const groups = list(config.consumerGroups);
    const groupRule = { resourceType: "group" as const, operations: ["describe" as const, "read" as const], resourceNames: groups };
    vc.addAclPolicy("acl-producer", {
      name: "acl_topic_policy_producer",
      description: "Producer client: full topic access",
      condition: Condition.principalIs(this.producer),
      rules: [
        { resourceType: "topic", operations: ["describe", "read", "write"], resourceNames: list(config.producerTopics) },
        ...(groups.length ? [groupRule] : []),
      ],
    });
    vc.addAclPolicy("acl-reader", {
      name: "acl_topic_policy_reader",
      description: "Reader client: describe + read",
      condition: Condition.principalIs(this.reader),
      rules: [
        { resourceType: "topic", operations: ["describe"], resourceNames: list(config.readerDescribeTopics) },
        { resourceType: "topic", operations: ["read"], resourceNames: list(config.readerReadTopics) },
        ...(groups.length ? [groupRule] : []),
      ],
    });
    vc.addSkipRecordPolicy("skip-internal", {
      name: "skip_internal_records",
      description: "Hide internal records from every client but the producer",
      condition: Condition.and(
        Condition.recordHeaderEquals(config.skipRecordHeader, config.skipRecordValue),
        Condition.not(Condition.principalIs(this.producer)),
      ),
    });

    const listener = this.gateway.addListener("listener", {
      name: config.listenerName,
      description: "localhost listener",
      addresses: list(config.listenerAddresses),
      ports: list(config.listenerPorts),
    });
    const forward = listener.forwardTo(vc, {
      name: "forward-to-vcluster",
      description: "forward to vcluster policy",
      mode: Forwarding.portMapping({ advertisedHost: config.advertisedHost }),
    });

    // What the client side needs (secrets only as sensitive outputs, above).
    new TerraformOutput(this, OUTPUT.issuerUrl, { value: this.authServer.issuer });
    new TerraformOutput(this, OUTPUT.jwksUrl, { value: this.authServer.jwksUrl });
    new TerraformOutput(this, OUTPUT.audience, { value: this.authServer.audience });
    new TerraformOutput(this, clientIdOutput("producer"), { value: this.producer.clientId });
    new TerraformOutput(this, clientIdOutput("reader"), { value: this.reader.clientId });
    new TerraformOutput(this, OUTPUT.scope, { value: config.scopeName });
    if (forward.bootstrapServer) new TerraformOutput(this, OUTPUT.bootstrapServer, { value: forward.bootstrapServer });
  }
}

function configureBackend(stack: TerraformStack, id: string, config: RawConfig): void {
  const kind = choice(config, "stateBackend", ["local", "s3", "gcs", "cloud"] as const);
  if (kind === "s3") {
    new S3Backend(stack, {
      bucket: required(config, "stateBucket", "for the s3 state backend"),
      key: config.stateKey || `${id}.tfstate`,
      region: required(config, "stateRegion", "for the s3 state backend"),
      encrypt: true,
    });
  } else if (kind === "gcs") {
    new GcsBackend(stack, { bucket: required(config, "stateBucket", "for the gcs state backend"), prefix: config.stateKey || id });
  } else if (kind === "cloud") {
    new CloudBackend(stack, {
      organization: required(config, "cloudOrganization", "for the cloud state backend"),
      workspaces: new NamedCloudWorkspace(required(config, "cloudWorkspace", "for the cloud state backend")),
    });
  }
}
