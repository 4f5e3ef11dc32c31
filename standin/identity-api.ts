// Konnect's Kong Identity API as the konnect-beta provider and this project's lookup use it: auth servers (PATCH),
// scopes (PATCH) and clients (PUT replaces; a PUT to an unknown ID creates, which the provider's create-with-ID hook
// uses), with lists. Each auth server gets an OAuth issuer (standin/issuer.ts) at <url>/identity/<id>/auth.
// A client's secret is in the create answer only, as in Konnect.
import { randomBytes } from "node:crypto";
import type { CollectionSpec, Collections, Route } from "./collection";
import { collectionRoutes } from "./collection";
import { badRequest, notFound } from "./http";
import type { JWK } from "jose";
import { TokenIssuer } from "./issuer";
import type { Parents, StoredObject } from "./state";
import { bool, compact, int, labels, onlyFields, str, strList } from "./validate";

type Obj = Record<string, unknown>;

const ALPHANUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Random letters and digits (Konnect's client IDs and secrets look like this). */
export function randomAlnum(n: number): string {
  const bytes = randomBytes(n * 2);
  let out = "";
  for (let i = 0; i < bytes.length && out.length < n; i++) if (bytes[i]! < 248) out += ALPHANUM[bytes[i]! % 62];
  return out.length === n ? out : out + randomAlnum(n - out.length);
}

export interface IdentityContext extends Collections {
  /** The stand-in's base URL (http://127.0.0.1:PORT). */
  baseUrl(): string;
  readonly issuers: Map<string, TokenIssuer>;
}

export function issuerUrl(ctx: IdentityContext, authServerId: string): string {
  return `${ctx.baseUrl()}/identity/${authServerId}/auth`;
}

/**
 * Makes (or remakes, after an audience change) the issuer of an auth server and gives it the server's clients. Its
 * signing key is kept in the store (and so in the state file), so a restarted stand-in verifies its earlier tokens.
 */
export async function syncIssuer(ctx: IdentityContext, server: StoredObject): Promise<void> {
  const url = issuerUrl(ctx, server.id);
  let issuer = ctx.issuers.get(server.id);
  if (!issuer || issuer.audience !== server.data.audience || issuer.issuer !== url) {
    const kept = ctx.store.signingKey(server.id);
    issuer = await TokenIssuer.create({ issuer: url, audience: server.data.audience as string, signingKey: kept as JWK | undefined });
    if (!kept) ctx.store.setSigningKey(server.id, { ...(await issuer.exportSigningKey()) });
    ctx.issuers.set(server.id, issuer);
  }
  for (const c of ctx.store.list("client", { authServerId: server.id })) syncClient(ctx, c);
  syncClaims(ctx, server.id);
}

/** Gives the issuer the auth server's claims (include_in_scopes are scope IDs; the issuer takes enabled scopes' names). */
function syncClaims(ctx: IdentityContext, authServerId: string): void {
  const issuer = ctx.issuers.get(authServerId);
  if (!issuer) return;
  const scopes = ctx.store.list("scope", { authServerId });
  const byId = new Map(scopes.filter((s) => s.data.enabled !== false).map((s) => [s.id, s.data.name as string]));
  issuer.setClaims(
    ctx.store.list("claim", { authServerId }).map((c) => ({
      name: c.data.name as string,
      value: c.data.value as string,
      includeInToken: c.data.include_in_token as boolean,
      includeInAllScopes: c.data.include_in_all_scopes as boolean,
      scopes: (c.data.include_in_scopes as string[]).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
      enabled: c.data.enabled as boolean,
    })),
  );
}

/** Gives the issuer a client as it is now (allow_scopes are scope IDs; the issuer takes enabled scopes' names). */
function syncClient(ctx: IdentityContext, c: StoredObject): void {
  const issuer = ctx.issuers.get(c.parents.authServerId!);
  if (!issuer) return;
  const scopes = ctx.store.list("scope", { authServerId: c.parents.authServerId });
  const byId = new Map(scopes.filter((s) => s.data.enabled !== false).map((s) => [s.id, s.data.name as string]));
  issuer.setClient({
    clientId: c.id,
    clientSecret: c.data.client_secret as string,
    name: c.data.name as string,
    accessTokenDuration: c.data.access_token_duration as number,
    allowScopes: (c.data.allow_scopes as string[]).flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    allowAllScopes: c.data.allow_all_scopes as boolean,
  });
}

const DURATION_MAX = 2592000;

export function identityRoutes(ctx: IdentityContext): Route[] {
  const { store } = ctx;
  const serverOf = (params: Record<string, string>): Parents => {
    if (!store.get("auth-server", params.authServerId!)) throw notFound(`Auth server ${params.authServerId}`);
    return { authServerId: params.authServerId };
  };
  const view = (o: StoredObject): Obj => ({ id: o.id, ...o.data, created_at: o.createdAt, updated_at: o.updatedAt });

  const authServer: CollectionSpec = {
    kind: "auth-server",
    what: "auth server",
    path: "/v1/auth-servers",
    updateMethod: "PATCH",
    uniqueNames: true,
    parents: () => ({}),
    normalize: ({ body, existing }) => {
      onlyFields(body, "", ["name", "description", "audience", "signing_algorithm", "labels", "trusted_origins", "dcr_default_access_token_duration"]);
      const prev = existing?.data ?? {};
      const origins = strList(body, "trusted_origins", "", { unique: true, item: { min: 1 } });
      if (origins && origins.length > 16) throw badRequest("trusted_origins", "must have at most 16 items");
      return {
        name: str(body, "name", "", !existing, { min: 1 }) ?? prev.name,
        description: str(body, "description", "", false) ?? prev.description ?? "",
        audience: str(body, "audience", "", !existing, { min: 1 }) ?? prev.audience,
        signing_algorithm:
          str(body, "signing_algorithm", "", false, { oneOf: ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"] }) ??
          prev.signing_algorithm ??
          "RS256",
        labels: body.labels !== undefined ? labels(body, "") : (prev.labels ?? {}),
        trusted_origins: origins ?? prev.trusted_origins ?? [],
        dcr_default_access_token_duration:
          int(body, "dcr_default_access_token_duration", "", undefined, 60, DURATION_MAX) ?? prev.dcr_default_access_token_duration ?? 300,
      };
    },
    view: (o) => {
      const issuer = issuerUrl(ctx, o.id);
      return { ...view(o), issuer, metadata_uri: `${issuer}/.well-known/openid-configuration` };
    },
    afterWrite: (o) => syncIssuer(ctx, o),
    beforeDelete: (o, query) => {
      const force = query.get("force") ?? "false";
      if (force !== "true" && force !== "false") throw badRequest("force", "must be true or false");
      const children = store.descendants(o);
      if (force === "false" && children.length > 0) {
        const counts = (["client", "scope", "claim"] as const).map((k) => `${children.filter((c) => c.kind === k).length} ${k}(s)`);
        throw badRequest("force", `auth server still has ${counts.join(", ")}; delete them first or use force=true`);
      }
    },
    afterDelete: (gone) => {
      for (const g of gone) if (g.kind === "auth-server") ctx.issuers.delete(g.id);
    },
  };

  const scope: CollectionSpec = {
    kind: "scope",
    what: "scope",
    path: "/v1/auth-servers/:authServerId/scopes",
    updateMethod: "PATCH",
    uniqueNames: true,
    parents: serverOf,
    normalize: ({ body, existing }) => {
      onlyFields(body, "", ["name", "description", "default", "include_in_metadata", "enabled"]);
      const prev = existing?.data ?? {};
      const name = str(body, "name", "", !existing, { min: 1 }) ?? (prev.name as string);
      if (/\s/.test(name)) throw badRequest("name", "must not contain spaces");
      return {
        name,
        description: str(body, "description", "", false) ?? prev.description ?? "",
        default: bool(body, "default", "", (prev.default as boolean | undefined) ?? false),
        include_in_metadata: bool(body, "include_in_metadata", "", (prev.include_in_metadata as boolean | undefined) ?? false),
        enabled: bool(body, "enabled", "", (prev.enabled as boolean | undefined) ?? true),
      };
    },
    view,
    afterWrite: (o) => {
      for (const c of store.list("client", { authServerId: o.parents.authServerId })) syncClient(ctx, c);
      syncClaims(ctx, o.parents.authServerId!);
    },
    afterDelete: (gone) => {
      const s = gone[0]!;
      for (const c of store.list("client", { authServerId: s.parents.authServerId })) syncClient(ctx, c);
      syncClaims(ctx, s.parents.authServerId!);
    },
  };

  const client: CollectionSpec = {
    kind: "client",
    what: "client",
    path: "/v1/auth-servers/:authServerId/clients",
    // replaceAuthServerClient: PUT replaces the whole client.
    updateMethod: "PUT",
    parents: serverOf,
    newId: (body) => (typeof body.id === "string" && body.id !== "" ? body.id : randomAlnum(20)),
    normalize: ({ body, parents, existing, id }) => {
      onlyFields(body, "", [
        "name",
        "grant_types",
        "response_types",
        "redirect_uris",
        "login_uri",
        "access_token_duration",
        "id_token_duration",
        "refresh_token_duration",
        "allow_all_scopes",
        "allow_scopes",
        "labels",
        "token_endpoint_auth_method",
        "id",
        "client_secret",
      ]);
      if (!/^[-_\w]{1,36}$/.test(id)) throw badRequest("id", "must be 1-36 letters, digits, '-' or '_'");
      if (body.id !== undefined && body.id !== id) throw badRequest("id", "does not match the ID in the path");
      const allow = strList(body, "allow_scopes", "", { unique: true }) ?? [];
      const known = new Set(store.list("scope", parents).map((s) => s.id));
      const unknown = allow.filter((s) => !known.has(s));
      if (unknown.length > 0) throw badRequest("allow_scopes", `unknown scope ID(s) of this auth server: ${unknown.join(", ")}`);
      return compact({
        name: str(body, "name", "", true, { min: 1 }),
        grant_types: strList(body, "grant_types", "", {
          required: true,
          minItems: 1,
          unique: true,
          item: { oneOf: ["authorization_code", "implicit", "client_credentials", "refresh_token"] },
        }),
        response_types: strList(body, "response_types", "", { required: true, item: { oneOf: ["none", "token", "code", "id_token"] } }),
        redirect_uris: strList(body, "redirect_uris", "", { item: { min: 1 } }) ?? [],
        login_uri: str(body, "login_uri", "", false),
        access_token_duration: int(body, "access_token_duration", "", 300, 60, DURATION_MAX),
        id_token_duration: int(body, "id_token_duration", "", 300, 60, DURATION_MAX),
        refresh_token_duration: int(body, "refresh_token_duration", "", 2592000, 60, 157680000),
        allow_all_scopes: bool(body, "allow_all_scopes", "", false),
        allow_scopes: allow,
        labels: labels(body, ""),
        token_endpoint_auth_method:
          str(body, "token_endpoint_auth_method", "", false, { oneOf: ["client_secret_post", "none"] }) ?? "client_secret_post",
        // Kept for the token endpoint, never returned after the create answer.
        client_secret: str(body, "client_secret", "", false, { min: 1 }) ?? (existing?.data.client_secret as string | undefined) ?? randomAlnum(32),
      });
    },
    view: (o) => {
      const { client_secret: _secret, ...rest } = view(o);
      return rest;
    },
    createExtras: (o) => ({ client_secret: o.data.client_secret }),
    afterWrite: (o) => syncClient(ctx, o),
    afterDelete: (gone) => {
      for (const g of gone) ctx.issuers.get(g.parents.authServerId!)?.removeClient(g.id);
    },
  };

  // Claims (createAuthServerClaim 201, get 200, updateAuthServerClaim PATCH 200, delete 204, list): the provider's
  // konnect_identity_auth_server_claim. Konnect documents no unique names and no check of include_in_scopes against
  // the auth server's scopes, so the stand-in makes neither (unknown scope IDs simply match no scope).
  const claim: CollectionSpec = {
    kind: "claim",
    what: "claim",
    path: "/v1/auth-servers/:authServerId/claims",
    updateMethod: "PATCH",
    parents: serverOf,
    normalize: ({ body, existing }) => {
      onlyFields(body, "", ["name", "value", "include_in_token", "include_in_all_scopes", "include_in_scopes", "enabled"]);
      const prev = existing?.data ?? {};
      return {
        name: str(body, "name", "", !existing, { min: 1 }) ?? prev.name,
        value: str(body, "value", "", !existing, { min: 1 }) ?? prev.value,
        include_in_token: bool(body, "include_in_token", "", (prev.include_in_token as boolean | undefined) ?? false),
        include_in_all_scopes: bool(body, "include_in_all_scopes", "", (prev.include_in_all_scopes as boolean | undefined) ?? false),
        include_in_scopes: strList(body, "include_in_scopes", "", {}) ?? prev.include_in_scopes ?? [],
        enabled: bool(body, "enabled", "", (prev.enabled as boolean | undefined) ?? true),
      };
    },
    view,
    afterWrite: (o) => syncClaims(ctx, o.parents.authServerId!),
    afterDelete: (gone) => syncClaims(ctx, gone[0]!.parents.authServerId!),
  };

  return [authServer, scope, client, claim].flatMap((s) => collectionRoutes(s, ctx));
}
