import * as path from "node:path";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { DataNullDataSource } from "@cdktf/provider-null/lib/data-null-data-source";
import { NullProvider } from "@cdktf/provider-null/lib/provider";
import { assertSafeConditionValue } from "../condition";
import { fail } from "../validation";
import type { IAuthServer, IIdentityClient } from "./kong-identity";
import { DEFAULT_CACHE_FILE, lookupKongIdentitySync, type KongIdentityLookupResult } from "./lookup";

export { DEFAULT_CACHE_FILE };

/** An auth server or client to find: by ID, else by name. */
export interface LookupRef {
  readonly id?: string;
  readonly name?: string;
}

export interface KongIdentityLookupProps {
  /** The auth server to find. */
  readonly authServer: LookupRef;
  /** The clients to find, by a key of your choice (e.g. `producer`). */
  readonly clients?: Record<string, LookupRef>;
  /**
   * Konnect region of the auth server: us, eu, au, me, in or sg.
   * @default "us"
   */
  readonly region?: string;
  /**
   * Konnect API URL, instead of the region's.
   * @default https://<region>.api.konghq.com
   */
  readonly serverUrl?: string;
  /**
   * The context file the answer is cached in (commit it beside the stack; it holds no secret). A relative path is
   * taken from the working directory.
   * @default "kong-identity.context.json"
   */
  readonly cacheFile?: string;
  /**
   * Ask Konnect again even when the context file has the answer, and record the new answer.
   * @default false: a cached answer is used without any request
   */
  readonly refresh?: boolean;
  /**
   * The Konnect token the lookup asks with (a personal access token or system account token), needed only when the
   * context file has no answer (or with `refresh`). It is used at synth time only: never written to the
   * configuration or the context file, never in a message.
   * @default none: a lookup the context file cannot answer fails, asking for a token
   */
  readonly token?: string;
  /**
   * How messages name where the token came from, e.g. `KONNECT_TOKEN`; when there is no token, what to set.
   * @default "the token prop"
   */
  readonly tokenSource?: string;
}

/**
 * A Kong Identity auth server and clients made elsewhere (the tutorial's API calls), found through the Kong Identity
 * API at synth time and cached in a context file, so later synths repeat the same answer offline. The values enter
 * the configuration through a `null_data_source`, so `terraform plan` shows where the JWKS URL and the client IDs in
 * the ACL conditions come from.
 */
export class KongIdentityLookup extends Construct implements IAuthServer {
  public readonly authServerId: string;
  public readonly issuer: string;
  public readonly jwksUrl: string;
  public readonly audience: string;
  public readonly clients: Readonly<Record<string, IIdentityClient>>;
  /** The data source the values come from (escape hatch). */
  public readonly dataSource: DataNullDataSource;

  constructor(scope: Construct, id: string, props: KongIdentityLookupProps) {
    super(scope, id);
    const refs = props.clients ?? {};
    const wanted: Array<[string, LookupRef]> = [["authServer", props.authServer], ...Object.entries(refs).map(([k, r]): [string, LookupRef] => [`clients.${k}`, r])];
    for (const [what, ref] of wanted) {
      if (!ref.id && !ref.name) fail(this, what, ref, "an id or a name to look up");
    }
    let found: KongIdentityLookupResult;
    try {
      found = lookupKongIdentitySync(
        { region: props.region, serverUrl: props.serverUrl, authServer: props.authServer, clients: { ...refs } },
        {
          cacheFile: path.resolve(props.cacheFile ?? DEFAULT_CACHE_FILE),
          refresh: props.refresh ?? false,
          api: { token: props.token, tokenSource: props.tokenSource ?? "the token prop" },
        },
      );
    } catch (e) {
      throw new Error(`${this.node.path}: ${(e as Error).message}`);
    }
    for (const [key, c] of Object.entries(found.clients)) assertSafeConditionValue(this, `clients.${key}.id`, c.id);

    const inputs: Record<string, string> = {
      auth_server_id: found.authServer.id,
      issuer: found.authServer.issuer,
      jwks_url: found.authServer.jwksUri,
      audience: found.authServer.audience,
    };
    for (const [key, c] of Object.entries(found.clients)) inputs[`client_${key}_id`] = c.id;
    this.dataSource = new DataNullDataSource(this, "Default", { provider: nullProviderOf(this), inputs });
    const out = (k: string) => this.dataSource.outputs.lookup(k);
    this.authServerId = out("auth_server_id");
    this.issuer = out("issuer");
    this.jwksUrl = out("jwks_url");
    this.audience = out("audience");
    const clients: Record<string, IIdentityClient> = {};
    for (const key of Object.keys(found.clients)) clients[key] = new LookedUpClient(this, key, out(`client_${key}_id`));
    this.clients = clients;
  }

  /** A looked-up client by its key. */
  public client(key: string): IIdentityClient {
    const c = this.clients[key];
    if (!c) fail(this, "client", key, `one of the looked-up keys: ${Object.keys(this.clients).join(", ") || "(none)"}`);
    return c;
  }
}

class LookedUpClient extends Construct implements IIdentityClient {
  public readonly principalName: string;
  constructor(
    scope: Construct,
    id: string,
    public readonly clientId: string,
  ) {
    super(scope, id);
    this.principalName = clientId;
  }
}

/** The stack's null provider, created on first use. */
function nullProviderOf(scope: Construct): NullProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.findAll().find((c) => c instanceof NullProvider) as NullProvider | undefined;
  return existing ?? new NullProvider(stack, "null");
}
