import { Annotations, Aspects, IAspect } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { konnectEventGatewayVirtualCluster as gen } from "../.gen/providers/konnect-beta";
import { AclOperation, AclPolicy, AclPolicyOptions, AclRule } from "./acl-policy";
import { BackendCluster, IBackendCluster } from "./backend-cluster";
import { Condition, IPrincipal } from "./condition";
import { Duration, goDuration } from "./duration";
import { FieldEncryption, FieldEncryptionOptions, TopicEncryption, TopicEncryptionOptions } from "./encryption";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { IAuthServer } from "./kong-identity/kong-identity";
import { ModifyHeadersPolicy, ModifyHeadersPolicyOptions } from "./modify-headers-policy";
import { KonnectProvider } from "./provider";
import { SchemaValidationPolicy, SchemaValidationPolicyOptions } from "./schema-validation-policy";
import { Secret } from "./secret";
import { SkipRecordPolicy, SkipRecordPolicyOptions } from "./skip-record-policy";
import { check, fail, lengthBetween, NameRegistry, nonEmpty, oneOf, sameGateway, unresolved, validateDnsLabel, validateCommon } from "./validation";

export type AclMode = "enforce_on_gateway" | "passthrough";
export type NamespaceMode = "hide_prefix" | "enforce_prefix";
export type ConflictMode = "warn" | "ignore";
export type OAuthMediation = "passthrough" | "validate_forward" | "terminate";
export type SaslPlainMediation = "passthrough" | "terminate";

/**
 * A virtual cluster clients connect to, made here ({@link VirtualCluster}) or imported
 * ({@link VirtualCluster.fromVirtualClusterAttributes}): policies and grants can be added to either, so a team's stack
 * can add its ACL policies to a virtual cluster that a platform stack owns.
 */
export interface IVirtualCluster extends IConstruct {
  /** The virtual cluster's ID in Konnect. */
  readonly virtualClusterId: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
  /** Adds an ACL policy (evaluated when the virtual cluster's ACL mode is `enforce_on_gateway`). */
  addAclPolicy(id: string, options: AclPolicyOptions): AclPolicy;
  /** Adds a consume policy that drops the records its condition selects (nested in a schema validation policy with `parent`). */
  addSkipRecordPolicy(id: string, options: SkipRecordPolicyOptions): SkipRecordPolicy;
  /** Adds a produce or consume policy that validates records against a schema registry or as JSON. */
  addSchemaValidationPolicy(id: string, options: SchemaValidationPolicyOptions): SchemaValidationPolicy;
  /** Adds a produce or consume policy that sets and removes record headers (nested in a schema validation policy with `parent`). */
  addModifyHeadersPolicy(id: string, options: ModifyHeadersPolicyOptions): ModifyHeadersPolicy;
  /**
   * Encrypts the records of topics on produce and decrypts them on consume for the consumers `decryptFor` selects:
   * an encrypt and a decrypt policy made together, so that they cannot drift apart.
   */
  encryptTopics(id: string, options: TopicEncryptionOptions): TopicEncryption;
  /** Encrypts fields of parsed records on produce and decrypts them on consume, under schema validation policies. */
  encryptFields(id: string, options: FieldEncryptionOptions): FieldEncryption;
  /** One ACL policy that allows a principal the given operations on topics and groups. */
  grant(principal: IPrincipal, options: GrantOptions): AclPolicy;
  /** Lets a principal describe and read (consume) topics; give `groups` for the consumer groups it may join. */
  grantRead(principal: IPrincipal, topics: string[], options?: GrantTopicOptions): AclPolicy;
  /** Lets a principal describe and write (produce to) topics. */
  grantWrite(principal: IPrincipal, topics: string[], options?: GrantTopicOptions): AclPolicy;
  /** Lets a principal describe, read and write topics; give `groups` for the consumer groups it may join. */
  grantReadWrite(principal: IPrincipal, topics: string[], options?: GrantTopicOptions): AclPolicy;
}

/** A virtual cluster made elsewhere, as {@link VirtualCluster.fromVirtualClusterAttributes} takes it. */
export interface VirtualClusterAttributes extends GatewayReference {
  /** The virtual cluster's Konnect ID (a literal, or another stack's `virtualCluster.virtualClusterId`). */
  readonly virtualClusterId: string;
}

/** Topics or consumer groups outside the namespace prefix that the virtual cluster also exposes. */
export class NamespaceSelector {
  /** Exactly these backend names. */
  public static exact(names: string[], options: { readonly conflict?: ConflictMode } = {}): NamespaceSelector {
    return new NamespaceSelector("exact", names, undefined, options.conflict);
  }

  /** Backend names matching a glob (`*`, `?`; letters, digits, `.`, `_`, `-`). */
  public static glob(pattern: string, options: { readonly conflict?: ConflictMode } = {}): NamespaceSelector {
    return new NamespaceSelector("glob", undefined, pattern, options.conflict);
  }

  private constructor(
    public readonly kind: "exact" | "glob",
    public readonly names: string[] | undefined,
    public readonly pattern: string | undefined,
    public readonly conflict: ConflictMode | undefined,
  ) {}

  /** @internal */
  public _validate(scope: IConstruct, field: string): void {
    if (this.kind === "glob") {
      if (!unresolved(this.pattern)) {
        check(scope, /^[A-Za-z0-9._?*-]+$/.test(this.pattern!), `${field}.glob`, this.pattern, "a glob of letters, digits, '.', '_', '-', '?' and '*'");
      }
    } else {
      // A whole list that Terraform resolves later cannot become one entry per name (cdktf would fail the synth).
      if (unresolved(this.names)) {
        fail(scope, `${field}.exact`, this.names, "a list of names written here (each name may be a value Terraform resolves later)");
      }
      check(scope, this.names!.length > 0, `${field}.exact`, this.names, "at least one name");
      for (const n of this.names!) lengthBetween(scope, `${field}.exact`, n, 1, 249);
    }
    oneOf(scope, `${field}.conflict`, this.conflict, ["warn", "ignore"]);
  }
}

export interface NamespaceOptions {
  /** Prefix of the backend topics and groups that belong to this virtual cluster, e.g. `my-`. */
  readonly prefix: string;
  /**
   * `hide_prefix`: clients see `my-orders` as `orders`; `enforce_prefix`: clients see and must use the full name.
   * @default "hide_prefix"
   */
  readonly mode?: NamespaceMode;
  /** @default none */
  readonly additionalTopics?: NamespaceSelector[];
  /** @default none */
  readonly additionalConsumerGroups?: NamespaceSelector[];
}

export interface OAuthBearerOptions {
  /**
   * The Kong Identity auth server (or any issuer) whose tokens are accepted: supplies the JWKS endpoint, and the
   * issuer and audience to validate unless set below.
   * @default none: then `jwksEndpoint` is required
   */
  readonly authServer?: IAuthServer;
  /** @default the auth server's `<issuer>/.well-known/jwks` */
  readonly jwksEndpoint?: string;
  /** How long to wait for the JWKS endpoint, e.g. `Duration.seconds(1)` (at least 1 ms). @default 10 seconds */
  readonly jwksTimeout?: Duration;
  /** How long to cache the keys, e.g. `Duration.hours(1)` (at least 1 ms). @default 1 hour */
  readonly jwksCacheExpiration?: Duration;
  /**
   * `terminate` validates the token at the gateway and uses the backend cluster's own authentication;
   * `validate_forward` validates and forwards it; `passthrough` forwards it unchecked.
   * @default "terminate"
   */
  readonly mediation?: OAuthMediation;
  /** Expected `iss`. @default the auth server's issuer (none without an auth server) */
  readonly issuer?: string;
  /** Accepted `aud` values. @default the auth server's audience (none without an auth server) */
  readonly audiences?: string[];
  /** Validate `iss` and `aud` at all. @default true */
  readonly validateClaims?: boolean;
  /** Claims to read the principal (`sub`) and scopes from. @default the standard `sub` and `scope` */
  readonly claimsMapping?: { readonly sub?: string; readonly scope?: string };
}

/** How clients authenticate to a virtual cluster; a virtual cluster takes several, tried in order. */
export class ClientAuthentication {
  /** No authentication. The backend cluster must allow it (`insecureAllowAnonymousVirtualClusterAuth`). */
  public static anonymous(): ClientAuthentication {
    return new ClientAuthentication("anonymous", () => ({ anonymous: {} }));
  }

  /**
   * SASL/PLAIN. With `terminate` the gateway checks the principals given here (passwords as {@link Secret}s); with
   * `passthrough` the backend checks them.
   */
  public static saslPlain(options: {
    readonly mediation?: SaslPlainMediation;
    readonly principals?: ReadonlyArray<{ readonly username: string; readonly password: Secret }>;
  } = {}): ClientAuthentication {
    return new ClientAuthentication("sasl_plain", (scope, i) => {
      const mediation = options.mediation ?? "terminate";
      oneOf(scope, `authentication[${i}].saslPlain.mediation`, mediation, ["passthrough", "terminate"]);
      return {
        saslPlain: {
          mediation,
          principals: options.principals?.map((p) => ({ username: p.username, password: p.password._render() })),
        },
      };
    });
  }

  /** SASL/SCRAM, checked by the backend. */
  public static saslScram(options: { readonly algorithm: "sha256" | "sha512" }): ClientAuthentication {
    return new ClientAuthentication("sasl_scram", (scope, i) => {
      oneOf(scope, `authentication[${i}].saslScram.algorithm`, options.algorithm, ["sha256", "sha512"]);
      return { saslScram: { algorithm: options.algorithm } };
    });
  }

  /** OAuth bearer tokens (SASL/OAUTHBEARER), checked against a JWKS. */
  public static oauthBearer(options: OAuthBearerOptions): ClientAuthentication {
    return new ClientAuthentication("oauth_bearer", (scope, i) => {
      const field = `authentication[${i}].oauthBearer`;
      const endpoint = options.jwksEndpoint ?? options.authServer?.jwksUrl;
      if (endpoint === undefined) fail(scope, `${field}.jwksEndpoint`, endpoint, "a JWKS URL, or an authServer to take it from");
      const mediation = options.mediation ?? "terminate";
      oneOf(scope, `${field}.mediation`, mediation, ["passthrough", "validate_forward", "terminate"]);
      const timeout = goDuration(scope, `${field}.jwksTimeout`, options.jwksTimeout, Duration.millis(1));
      const cacheExpiration = goDuration(scope, `${field}.jwksCacheExpiration`, options.jwksCacheExpiration, Duration.millis(1));
      const validate = options.validateClaims ?? true;
      const issuer = validate ? options.issuer ?? options.authServer?.issuer : undefined;
      const audiences = validate ? options.audiences ?? (options.authServer ? [options.authServer.audience] : undefined) : undefined;
      if (audiences && !unresolved(audiences)) {
        check(scope, audiences.length > 0, `${field}.audiences`, audiences, "at least one audience");
        audiences.forEach((a, j) => nonEmpty(scope, `${field}.audiences[${j}]`, a));
      }
      nonEmpty(scope, `${field}.issuer`, issuer);
      if (!unresolved(endpoint)) nonEmpty(scope, `${field}.jwksEndpoint`, endpoint);
      return {
        oauthBearer: {
          mediation,
          jwks: { endpoint, timeout, cacheExpiration },
          validate: issuer !== undefined || audiences !== undefined ? { issuer, audiences: audiences?.map((name) => ({ name })) } : undefined,
          claimsMapping: options.claimsMapping && { sub: options.claimsMapping.sub, scope: options.claimsMapping.scope },
        },
      };
    });
  }

  /** Mutual TLS client certificates. */
  public static clientCertificate(): ClientAuthentication {
    return new ClientAuthentication("client_certificate", () => ({ clientCertificate: {} }));
  }

  private constructor(
    public readonly type: "anonymous" | "sasl_plain" | "sasl_scram" | "oauth_bearer" | "client_certificate",
    private readonly render: (scope: IConstruct, index: number) => gen.KonnectEventGatewayVirtualClusterAuthentication,
  ) {}

  /** @internal */
  public _render(scope: IConstruct, index: number): gen.KonnectEventGatewayVirtualClusterAuthentication {
    return this.render(scope, index);
  }
}

export interface VirtualClusterOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /** The backend cluster this virtual cluster exposes. */
  readonly destination: IBackendCluster;
  /** DNS label of the virtual cluster (RFC 1035), used in SNI host names. */
  readonly dnsLabel: string;
  /**
   * `enforce_on_gateway`: the gateway checks ACL policies and denies everything they do not allow;
   * `passthrough`: ACL policies are not evaluated, the backend decides.
   * @default "enforce_on_gateway"
   */
  readonly aclMode?: AclMode;
  /** @default no namespace: clients see the backend's names as they are */
  readonly namespace?: NamespaceOptions;
  /** Client authentication methods, in the order the gateway tries them (at least one). */
  readonly authentication: ClientAuthentication[];
}

export interface VirtualClusterProps extends VirtualClusterOptions {
  readonly gateway: IEventGateway;
}

/** Options of {@link IVirtualCluster.grantRead}, {@link IVirtualCluster.grantWrite} and {@link IVirtualCluster.grantReadWrite}. */
export type GrantTopicOptions = Omit<GrantOptions, "topics" | "topicOperations">;

/** Options of {@link IVirtualCluster.grant}. */
export interface GrantOptions {
  /** Topic names or globs (as clients see them). @default none */
  readonly topics?: string[];
  readonly topicOperations?: AclOperation[];
  /** Consumer group names or globs. @default none */
  readonly groups?: string[];
  /** @default ["describe", "read"] when groups are given */
  readonly groupOperations?: AclOperation[];
  /** Construct ID of the policy. @default `grant-<principal's construct ID>`, with `-<n>` from the second grant on */
  readonly id?: string;
  /** Policy name in Konnect. @default the construct ID */
  readonly name?: string;
  readonly description?: string;
}

/**
 * What a virtual cluster made here and an imported one share: adding policies and grants. A policy is made by the
 * stack that adds it.
 */
export abstract class VirtualClusterBase extends Construct implements IVirtualCluster {
  public abstract readonly virtualClusterId: string;
  public abstract readonly gateway: IEventGateway;
  private readonly aclPolicies: AclPolicy[] = [];

  public addAclPolicy(id: string, options: AclPolicyOptions): AclPolicy {
    const policy = new AclPolicy(this, id, { ...options, virtualCluster: this });
    this.aclPolicies.push(policy);
    return policy;
  }

  /** The ACL policies added through this object so far. */
  public get acls(): readonly AclPolicy[] {
    return this.aclPolicies;
  }

  public addSkipRecordPolicy(id: string, options: SkipRecordPolicyOptions): SkipRecordPolicy {
    return new SkipRecordPolicy(this, id, { ...options, virtualCluster: this });
  }

  public addSchemaValidationPolicy(id: string, options: SchemaValidationPolicyOptions): SchemaValidationPolicy {
    return new SchemaValidationPolicy(this, id, { ...options, virtualCluster: this });
  }

  public addModifyHeadersPolicy(id: string, options: ModifyHeadersPolicyOptions): ModifyHeadersPolicy {
    return new ModifyHeadersPolicy(this, id, { ...options, virtualCluster: this });
  }

  public encryptTopics(id: string, options: TopicEncryptionOptions): TopicEncryption {
    return new TopicEncryption(this, id, { ...options, virtualCluster: this });
  }

  public encryptFields(id: string, options: FieldEncryptionOptions): FieldEncryption {
    return new FieldEncryption(this, id, { ...options, virtualCluster: this });
  }

  public grant(principal: IPrincipal, options: GrantOptions): AclPolicy {
    const rules: AclRule[] = [];
    if (options.topics?.length) {
      rules.push({ resourceType: "topic", operations: options.topicOperations ?? ["describe"], resourceNames: options.topics });
    }
    if (options.groups?.length) {
      rules.push({ resourceType: "group", operations: options.groupOperations ?? ["describe", "read"], resourceNames: options.groups });
    }
    const base = `grant-${principal instanceof Construct ? principal.node.id : "principal"}`;
    let id = options.id ?? base;
    for (let n = 2; !options.id && this.node.tryFindChild(id); n++) id = `${base}-${n}`;
    return this.addAclPolicy(id, {
      name: options.name,
      description: options.description,
      condition: Condition.principalIs(principal),
      rules,
    });
  }

  public grantRead(principal: IPrincipal, topics: string[], options: GrantTopicOptions = {}): AclPolicy {
    return this.grant(principal, { ...options, topics, topicOperations: ["describe", "read"] });
  }

  public grantWrite(principal: IPrincipal, topics: string[], options: GrantTopicOptions = {}): AclPolicy {
    return this.grant(principal, { ...options, topics, topicOperations: ["describe", "write"] });
  }

  public grantReadWrite(principal: IPrincipal, topics: string[], options: GrantTopicOptions = {}): AclPolicy {
    return this.grant(principal, { ...options, topics, topicOperations: ["describe", "read", "write"] });
  }
}

/** A virtual cluster (`konnect_event_gateway_virtual_cluster`): what clients connect to through a listener. */
export class VirtualCluster extends VirtualClusterBase {
  /**
   * A virtual cluster that exists already (made by another stack, or outside Terraform): ACL and skip-record
   * policies and grants added to it are made by this stack, and listeners of this app can forward to it.
   */
  public static fromVirtualClusterAttributes(scope: Construct, id: string, attrs: VirtualClusterAttributes): IVirtualCluster {
    class Import extends VirtualClusterBase {
      public readonly virtualClusterId = attrs.virtualClusterId;
      public readonly gateway = gatewayOf(this, attrs);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "virtualClusterId", attrs.virtualClusterId);
    return imported;
  }

  public readonly virtualClusterId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  public readonly aclMode: AclMode;
  public readonly resource: gen.KonnectEventGatewayVirtualCluster;

  constructor(scope: Construct, id: string, props: VirtualClusterProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    this.aclMode = props.aclMode ?? "enforce_on_gateway";
    validateCommon(this, this.name, props);
    NameRegistry.of(props.gateway, "this gateway").claim(this, "virtual clusters", this.name);
    validateDnsLabel(this, "dnsLabel", props.dnsLabel);
    oneOf(this, "aclMode", this.aclMode, ["enforce_on_gateway", "passthrough"]);
    if (!sameGateway(props.destination.gateway, props.gateway)) {
      fail(this, "destination", props.destination.node.path, "a backend cluster of the same gateway");
    }
    if (props.authentication.length === 0) {
      fail(this, "authentication", [], "at least one of anonymous, saslPlain, saslScram, oauthBearer, clientCertificate");
    }
    const ns = props.namespace;
    if (ns) {
      nonEmpty(this, "namespace.prefix", ns.prefix);
      oneOf(this, "namespace.mode", ns.mode, ["hide_prefix", "enforce_prefix"]);
      ns.additionalTopics?.forEach((s, i) => s._validate(this, `namespace.additionalTopics[${i}]`));
      ns.additionalConsumerGroups?.forEach((s, i) => s._validate(this, `namespace.additionalConsumerGroups[${i}]`));
    }
    const authentication = props.authentication.map((a, i) => a._render(this, i));
    if (props.authentication.some((a) => a.type === "anonymous")) {
      Annotations.of(this).addWarning(
        `${this.node.path}: anonymous client authentication lets any client connect without credentials` +
          (props.destination instanceof BackendCluster && props.destination.allowsAnonymousClients ? "" : "; the backend cluster must also set insecureAllowAnonymousVirtualClusterAuth"),
      );
    }

    this.resource = new gen.KonnectEventGatewayVirtualCluster(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      name: this.name,
      description: props.description,
      labels: props.labels,
      destination: { id: props.destination.backendClusterId },
      dnsLabel: props.dnsLabel,
      aclMode: this.aclMode,
      authentication,
      namespace: ns && {
        prefix: ns.prefix,
        mode: ns.mode ?? "hide_prefix",
        additional:
          ns.additionalTopics || ns.additionalConsumerGroups
            ? {
                topics: ns.additionalTopics?.map((s) =>
                  s.kind === "glob"
                    ? { glob: { glob: s.pattern, conflict: s.conflict } }
                    : { exactList: { conflict: s.conflict, exactList: s.names!.map((backend) => ({ backend })) } },
                ),
                consumerGroups: ns.additionalConsumerGroups?.map((s) =>
                  s.kind === "glob" ? { glob: { glob: s.pattern } } : { exactList: { exactList: s.names!.map((value) => ({ value })) } },
                ),
              }
            : undefined,
      },
    });
    this.virtualClusterId = this.resource.id;
    Aspects.of(this).add(new AclModeCheck());
  }

}

/** Warns at synth when the gateway enforces ACLs but no policy allows anything (all access is denied). */
class AclModeCheck implements IAspect {
  public visit(node: IConstruct): void {
    if (node instanceof VirtualCluster && node.aclMode === "enforce_on_gateway" && node.acls.length === 0) {
      Annotations.of(node).addWarning(
        `${node.node.path}: aclMode is enforce_on_gateway but there is no ACL policy, so all access is denied; add one with addAclPolicy() or grant*()`,
      );
    }
  }
}
