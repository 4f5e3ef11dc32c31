import { Annotations, Fn } from "cdktf";
import { Construct, IConstruct } from "constructs";
import {
  konnectIdentityAuthServer as genServer,
  konnectIdentityAuthServerClaim as genClaim,
  konnectIdentityAuthServerClient as genClient,
  konnectIdentityAuthServerScope as genScope,
} from "../../.gen/providers/konnect-beta";
import { IPrincipal } from "../condition";
import { KongIdentityLookup, KongIdentityLookupProps } from "./lookup-construct";
import { Duration, wholeSeconds } from "../duration";
import { jwksUrlOf } from "../konnect-urls";
import { KonnectProvider } from "../provider";
import { escapeTemplate } from "../text";
import { check, fail, nonEmpty, oneOf, unresolved, validateLabels } from "../validation";

/** An OAuth issuer whose tokens a virtual cluster accepts: a Kong Identity auth server, made here or looked up. */
export interface IAuthServer extends IConstruct {
  readonly authServerId: string;
  /** The token issuer (`iss`), e.g. `https://<id>.us.identity.konghq.com/auth`. */
  readonly issuer: string;
  /** `<issuer>/.well-known/jwks` */
  readonly jwksUrl: string;
  /** The audience (`aud`) of its tokens. */
  readonly audience: string;
}

/**
 * A Kong Identity auth server to which scopes and clients can be added: made here ({@link KongIdentity}) or imported
 * by ID ({@link KongIdentity.fromAuthServerAttributes}), so a team's stack can add its own client to the platform's
 * auth server.
 */
export interface IKongIdentity extends IAuthServer {
  /** Adds a scope (`konnect_identity_auth_server_scope`). */
  addScope(id: string, options?: ScopeOptions): IdentityScope;
  /** Adds a machine-to-machine client (`konnect_identity_auth_server_client`). */
  addClient(id: string, options?: ClientOptions): IdentityClient;
  /** Adds a custom claim that tokens carry (`konnect_identity_auth_server_claim`), for conditions to read. */
  addClaim(id: string, options: ClaimOptions): IdentityClaim;
}

/** An auth server made elsewhere, as {@link KongIdentity.fromAuthServerAttributes} takes it. */
export interface AuthServerAttributes {
  /** The auth server's Konnect ID (a literal, or another stack's `identity.authServerId`). */
  readonly authServerId: string;
  /**
   * Its token issuer (`iss`); needed only where the issuer or JWKS URL is used (OAuth on a virtual cluster).
   * @default unknown: reading `issuer` or `jwksUrl` fails
   */
  readonly issuer?: string;
  /**
   * The audience of its tokens; needed only where the audience is validated.
   * @default unknown: reading `audience` fails
   */
  readonly audience?: string;
}

/** A scope of an auth server, made here or imported by ID. */
export interface IIdentityScope extends IConstruct {
  readonly scopeId: string;
}

/** A machine-to-machine client of an auth server; as a principal its name is its client ID (the token's `sub`). */
export interface IIdentityClient extends IPrincipal, IConstruct {
  readonly clientId: string;
}

/** What an auth server made here and an imported one share: adding scopes and clients. */
export abstract class KongIdentityBase extends Construct implements IKongIdentity {
  public abstract readonly authServerId: string;
  public abstract readonly issuer: string;
  public abstract readonly audience: string;

  public get jwksUrl(): string {
    return jwksUrlOf(this.issuer);
  }

  public addScope(id: string, options: ScopeOptions = {}): IdentityScope {
    return new IdentityScope(this, id, { ...options, authServer: this });
  }

  public addClient(id: string, options: ClientOptions = {}): IdentityClient {
    return new IdentityClient(this, id, { ...options, authServer: this });
  }

  public addClaim(id: string, options: ClaimOptions): IdentityClaim {
    return new IdentityClaim(this, id, { ...options, authServer: this });
  }
}

export type SigningAlgorithm = "RS256" | "RS384" | "RS512" | "PS256" | "PS384" | "PS512";

export interface KongIdentityProps {
  /** Auth server name, unique per organization and region. @default the construct ID */
  readonly name?: string;
  /** The audience of its tokens, e.g. `http://kafka.dev`. */
  readonly audience: string;
  /** @default none */
  readonly description?: string;
  /** @default "RS256" */
  readonly signingAlgorithm?: SigningAlgorithm;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /**
   * Let `terraform destroy` delete the auth server even when it still has clients.
   * @default false
   */
  readonly forceDestroy?: boolean;
}

export interface ScopeOptions {
  /** The scope name clients request, e.g. `kafka`. @default the construct ID */
  readonly name?: string;
  /** @default none */
  readonly description?: string;
  /** Granted when a client asks for no scope. @default false */
  readonly default?: boolean;
  /** @default true */
  readonly enabled?: boolean;
  /** Listed in the issuer's OpenID metadata. @default false */
  readonly includeInMetadata?: boolean;
}

export interface ClientOptions {
  /** @default the construct ID */
  readonly name?: string;
  /**
   * A fixed client ID (1-36 letters, digits, '-' or '_'); changing it replaces the client.
   * @default generated by Kong Identity
   */
  readonly clientId?: string;
  /** Scopes the client may request. @default none (see allowAllScopes) */
  readonly scopes?: IIdentityScope[];
  /** @default false */
  readonly allowAllScopes?: boolean;
  /** Access token lifetime, whole seconds from 1 minute to 30 days. @default 5 minutes */
  readonly accessTokenDuration?: Duration;
  /** ID token lifetime, whole seconds from 1 minute to 30 days. @default 5 minutes */
  readonly idTokenDuration?: Duration;
  /** @default ["client_credentials"] */
  readonly grantTypes?: Array<"client_credentials" | "authorization_code" | "implicit" | "refresh_token">;
  /** @default ["id_token", "token"] */
  readonly responseTypes?: Array<"none" | "token" | "code" | "id_token">;
  /** @default no labels */
  readonly labels?: Record<string, string>;
}

/**
 * A Kong Identity auth server managed by Terraform (`konnect_identity_auth_server`), with its scopes and clients.
 * For an auth server made elsewhere, use {@link KongIdentity.fromLookup}.
 */
export class KongIdentity extends KongIdentityBase {
  /**
   * An auth server and clients made elsewhere, found through the Kong Identity API at synth time and cached in a
   * context file (see {@link KongIdentityLookup}).
   */
  public static fromLookup(scope: Construct, id: string, props: KongIdentityLookupProps): KongIdentityLookup {
    return new KongIdentityLookup(scope, id, props);
  }

  /**
   * An auth server that exists already (made by another stack, or through the API), by its ID: scopes and clients
   * added to it are made by this stack. Give `issuer` and `audience` to use it for OAuth on a virtual cluster.
   */
  public static fromAuthServerAttributes(scope: Construct, id: string, attrs: AuthServerAttributes): IKongIdentity {
    class Import extends KongIdentityBase {
      public readonly authServerId = attrs.authServerId;
      public get issuer(): string {
        return attrs.issuer ?? fail(this, "issuer", undefined, "given to fromAuthServerAttributes, to derive the issuer and JWKS URL from");
      }
      public get audience(): string {
        return attrs.audience ?? fail(this, "audience", undefined, "given to fromAuthServerAttributes, to validate tokens' audience");
      }
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "authServerId", attrs.authServerId);
    return imported;
  }

  public readonly authServerId: string;
  public readonly issuer: string;
  public readonly audience: string;
  public readonly name: string;
  public readonly resource: genServer.KonnectIdentityAuthServer;

  constructor(scope: Construct, id: string, props: KongIdentityProps) {
    super(scope, id);
    this.name = props.name ?? id;
    nonEmpty(this, "name", this.name);
    nonEmpty(this, "audience", props.audience);
    oneOf(this, "signingAlgorithm", props.signingAlgorithm, ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"]);
    validateLabels(this, props.labels);
    this.resource = new genServer.KonnectIdentityAuthServer(this, "Default", {
      provider: KonnectProvider.of(this),
      name: this.name,
      audience: props.audience,
      description: props.description,
      signingAlgorithm: props.signingAlgorithm,
      labels: props.labels,
      forceDestroy: props.forceDestroy === undefined ? undefined : String(props.forceDestroy),
    });
    this.authServerId = this.resource.id;
    this.issuer = this.resource.issuer;
    this.audience = this.resource.audience;
  }
}

export interface IdentityScopeProps extends ScopeOptions {
  readonly authServer: IKongIdentity;
}

/** A scope of an auth server (`konnect_identity_auth_server_scope`). */
export class IdentityScope extends Construct implements IIdentityScope {
  /** A scope that exists already, by its ID, for clients of this app to request. */
  public static fromScopeId(scope: Construct, id: string, scopeId: string): IIdentityScope {
    class Import extends Construct implements IIdentityScope {
      public readonly scopeId = scopeId;
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "scopeId", scopeId);
    return imported;
  }

  public readonly scopeId: string;
  public readonly name: string;
  public readonly resource: genScope.KonnectIdentityAuthServerScope;

  constructor(scope: Construct, id: string, props: IdentityScopeProps) {
    super(scope, id);
    this.name = props.name ?? id;
    nonEmpty(this, "name", this.name);
    // Also in a name with values Terraform resolves later: their token text has no whitespace, so a space found is
    // one written here (`${team} read`).
    check(this, !/\s/.test(this.name), "name", this.name, "a scope name without spaces");
    this.resource = new genScope.KonnectIdentityAuthServerScope(this, "Default", {
      provider: KonnectProvider.of(this),
      authServerId: props.authServer.authServerId,
      name: this.name,
      description: props.description,
      default: props.default,
      enabled: props.enabled,
      includeInMetadata: props.includeInMetadata,
    });
    this.scopeId = this.resource.id;
  }
}

export interface IdentityClientProps extends ClientOptions {
  readonly authServer: IKongIdentity;
}

/** A machine-to-machine client (`konnect_identity_auth_server_client`). Its secret is sensitive. */
export class IdentityClient extends Construct implements IIdentityClient {
  /** A client that exists already, by its client ID, as a principal of ACL policies and grants. */
  public static fromClientId(scope: Construct, id: string, clientId: string): IIdentityClient {
    class Import extends Construct implements IIdentityClient {
      public readonly clientId = clientId;
      public readonly principalName = clientId;
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "clientId", clientId);
    return imported;
  }

  public readonly clientId: string;
  public readonly principalName: string;
  public readonly name: string;
  /** The client secret (a sensitive value known after apply; Konnect returns it only when the client is made). */
  public readonly clientSecret: string;
  public readonly resource: genClient.KonnectIdentityAuthServerClient;

  constructor(scope: Construct, id: string, props: IdentityClientProps) {
    super(scope, id);
    this.name = props.name ?? id;
    nonEmpty(this, "name", this.name);
    if (props.clientId !== undefined && !unresolved(props.clientId)) {
      check(this, /^[-_A-Za-z0-9]{1,36}$/.test(props.clientId), "clientId", props.clientId, "1-36 letters, digits, '-' or '_'");
    }
    const accessTokenDuration = wholeSeconds(this, "accessTokenDuration", props.accessTokenDuration, Duration.minutes(1), Duration.days(30));
    const idTokenDuration = wholeSeconds(this, "idTokenDuration", props.idTokenDuration, Duration.minutes(1), Duration.days(30));
    validateLabels(this, props.labels);
    this.resource = new genClient.KonnectIdentityAuthServerClient(this, "Default", {
      provider: KonnectProvider.of(this),
      authServerId: props.authServer.authServerId,
      name: this.name,
      id: props.clientId,
      grantTypes: props.grantTypes ?? ["client_credentials"],
      responseTypes: props.responseTypes ?? ["id_token", "token"],
      allowAllScopes: props.allowAllScopes,
      allowScopes: props.scopes?.map((s) => s.scopeId),
      accessTokenDuration,
      idTokenDuration,
      labels: props.labels,
      // The provider's schema does not mark client_secret sensitive, so a secret Konnect generates would be printed
      // by every later plan and destroy. A secret generated at apply time (uuid(), 122 random bits) and marked
      // sensitive() is masked everywhere; ignore_changes keeps it from being regenerated on each plan.
      clientSecret: Fn.sensitive(Fn.uuid()),
      lifecycle: { ignoreChanges: ["client_secret"] },
    });
    this.clientId = this.resource.id;
    this.principalName = this.clientId;
    this.clientSecret = this.resource.clientSecret;
  }
}

export interface ClaimOptions {
  /** The claim's name in tokens (case-sensitive), e.g. `team`. @default the construct ID */
  readonly name?: string;
  /**
   * The claim's value. A static value that is valid JSON becomes that JSON value in the token (`"42"` the number 42,
   * `"true"` a boolean), anything else the string; Kong Identity templates such as `${ uuidv4 }` are written as they
   * are (escaped so Terraform does not read them as its own interpolation).
   */
  readonly value: string;
  /**
   * Put the claim into access tokens.
   * @default true (the provider's default is false: the claim would only be served at `/userinfo`, which the gateway
   * does not read)
   */
  readonly includeInToken?: boolean;
  /** Put the claim into tokens whatever scopes they have. @default false */
  readonly includeInAllScopes?: boolean;
  /** Scopes whose tokens carry the claim (ignored with includeInAllScopes). @default none */
  readonly scopes?: IIdentityScope[];
  /** @default true */
  readonly enabled?: boolean;
}

export interface IdentityClaimProps extends ClaimOptions {
  readonly authServer: IKongIdentity;
}

/** The claims every Kong Identity token has; a custom claim must not take their names. */
const REGISTERED_CLAIMS = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti", "client_id", "scope"];

/**
 * A custom claim of an auth server (`konnect_identity_auth_server_claim`): how a team puts its own attributes into
 * tokens, for conditions such as `Condition.claimEquals("team", "billing")`.
 */
export class IdentityClaim extends Construct {
  public readonly claimId: string;
  public readonly name: string;
  public readonly resource: genClaim.KonnectIdentityAuthServerClaim;

  constructor(scope: Construct, id: string, props: IdentityClaimProps) {
    super(scope, id);
    this.name = props.name ?? id;
    nonEmpty(this, "name", this.name);
    nonEmpty(this, "value", props.value);
    // (a name Terraform resolves later is token text here, never one of these)
    check(this, !REGISTERED_CLAIMS.includes(this.name), "name", this.name, `not one of the claims every token has (${REGISTERED_CLAIMS.join(", ")})`);
    const includeInToken = props.includeInToken ?? true;
    if (includeInToken && props.enabled !== false && !props.includeInAllScopes && (props.scopes ?? []).length === 0) {
      Annotations.of(this).addWarning(`${this.node.path}: claim ${this.name} is in no token: give scopes or includeInAllScopes`);
    }
    this.resource = new genClaim.KonnectIdentityAuthServerClaim(this, "Default", {
      provider: KonnectProvider.of(this),
      authServerId: props.authServer.authServerId,
      name: this.name,
      value: unresolved(props.value) ? props.value : escapeTemplate(props.value),
      includeInToken,
      includeInAllScopes: props.includeInAllScopes,
      includeInScopes: props.scopes?.map((s) => s.scopeId),
      enabled: props.enabled,
    });
    this.claimId = this.resource.id;
  }
}
