// A gateway's vaults and static keys (konnect-beta 0.19.0: EventGatewayVaults, EventGatewayStaticKeys). Vaults: POST
// 201, GET, PUT (a full EventGatewayModifyVault, whose type may change), DELETE 204. Static keys: POST 201, GET,
// DELETE 204, and no update (the provider replaces a key). A static key's plaintext value is kept but never returned;
// a reference (`${vault...}`) is returned as given.
import type { CollectionSpec, Collections, Route } from "./collection";
import { collectionRoutes } from "./collection";
import type { Parents } from "./state";
import { compact, DESCRIPTION, labels, obj, onlyFields, str, unionType } from "./validate";

type Obj = Record<string, unknown>;

/** The vault name pattern the provider validates (no ':', '/' or '+', unlike other gateway objects). */
const VAULT_NAME = { min: 1, max: 255, pattern: /^[\p{L}\p{N}]([\p{L}\p{N} _\-.']*[\p{L}\p{N}])?$/u };

/** Routes of the gateway-level secret collections; `gatewayOf` resolves the gateway from the path (404). */
export function gatewaySecretRoutes(
  ctx: Collections,
  gatewayOf: (params: Record<string, string>) => Parents,
  secretOut: (v: unknown) => string | undefined,
): Route[] {
  const base = (o: { id: string; data: Obj; createdAt: string; updatedAt: string }): Obj => ({
    id: o.id,
    ...o.data,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
  });

  const vault: CollectionSpec = {
    kind: "vault",
    what: "vault",
    path: "/v1/event-gateways/:gatewayId/vaults",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: gatewayOf,
    normalize: ({ body }) => {
      const type = unionType(body, "", ["env", "konnect"]);
      onlyFields(body, "", type === "env" ? ["type", "name", "description", "labels", "config"] : ["type", "name", "description", "labels"]);
      const out: Obj = {
        type,
        name: str(body, "name", "", true, VAULT_NAME),
        description: str(body, "description", "", false, DESCRIPTION) ?? "",
        labels: labels(body, ""),
      };
      if (type === "env") {
        const config = obj(body, "config", "", true);
        onlyFields(config, "config.", ["prefix"]);
        // The model's prefix has no length limit: an empty prefix (variables read by their own names) is accepted.
        out.config = { prefix: str(config, "prefix", "config.", true) };
      }
      return out;
    },
    view: base,
  };

  const staticKey: CollectionSpec = {
    kind: "static-key",
    what: "static key",
    path: "/v1/event-gateways/:gatewayId/static-keys",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: gatewayOf,
    normalize: ({ body }) => {
      onlyFields(body, "", ["name", "description", "labels", "value"]);
      // Konnect documents a base64-encoded 256-bit key but not that it checks one: the stand-in does not (it is never
      // stricter than Konnect), and never echoes the value in an error.
      return compact({
        name: str(body, "name", "", true, { min: 1, max: 255 }),
        description: str(body, "description", "", false, DESCRIPTION) ?? "",
        labels: labels(body, ""),
        value: str(body, "value", "", true, { min: 1 }),
      });
    },
    view: (o) => {
      const out = base(o);
      return compact({ ...out, value: secretOut(o.data.value) });
    },
    // Konnect documents no rule against deleting a key an encrypt policy still names, so the stand-in allows it (it
    // is never stricter than Konnect): Terraform's replacement of a key in use (`apply -replace`, delete before
    // create) must succeed; the policy keeps the old ID until it is updated to the new key.
  };

  // Static keys have no update operation: the stand-in serves none (a PUT answers 405, as for any method a path lacks).
  const keyRoutes = collectionRoutes(staticKey, ctx).filter((r) => !(r.method === "PUT" && r.paramNames.includes("id")));
  return [...collectionRoutes(vault, ctx), ...keyRoutes];
}
