// Konnect's Event Gateway API as the konnect-beta provider uses it: gateways, backend and virtual clusters, listeners
// and their policies. Updates are PUT (full replacement); unions are flat objects with a `type` key; listener ports are
// strings; plaintext secrets (GatewaySecret fields) are kept but left out of every answer, vault references
// (`${vault...}`) are returned as given.
import type { CollectionSpec, Collections, NormalizeArgs, Route } from "./collection";
import { collectionRoutes } from "./collection";
import { badRequest, notFound } from "./http";
import { FORWARD_TO_VIRTUAL_CLUSTER, SKIP_RECORD } from "./core-policies";
import { ENCRYPTION_POLICY_TYPES } from "./encryption-policies";
import { gatewaySecretRoutes } from "./gateway-secrets";
import { TLS_SERVER, tlsCollections } from "./tls";
import { base, secretOut } from "./views";
import type { PolicyCollection, PolicyType } from "./policy-types";
import { SCHEMA_POLICY_TYPES, schemaRegistryCollection } from "./schema-policies";
import type { Parents, Store } from "./state";
import {
  bool,
  compact,
  ENTITY_NAME,
  int,
  labels,
  obj,
  objList,
  onlyFields,
  str,
  strList,
  unionType,
  CONDITION,
  DESCRIPTION,
  NAME,
} from "./validate";

type Obj = Record<string, unknown>;

/** Konnect pins a gateway without min_runtime_version to the latest release; the stand-in says 1.1. */
export const DEFAULT_MIN_RUNTIME_VERSION = "1.1";


export function eventGatewayRoutes(ctx: Collections): Route[] {
  const { store } = ctx;
  const gatewayOf = (params: Record<string, string>): Parents => {
    if (!store.get("event-gateway", params.gatewayId!)) throw notFound(`Event gateway ${params.gatewayId}`);
    return { gatewayId: params.gatewayId };
  };
  const listenerOf = (params: Record<string, string>): Parents => {
    gatewayOf(params);
    const l = store.get("listener", params.listenerId!);
    if (!l || l.parents.gatewayId !== params.gatewayId) throw notFound(`Listener ${params.listenerId}`);
    return { gatewayId: params.gatewayId, listenerId: params.listenerId };
  };
  const virtualClusterOf = (params: Record<string, string>): Parents => {
    gatewayOf(params);
    const v = store.get("virtual-cluster", params.virtualClusterId!);
    if (!v || v.parents.gatewayId !== params.gatewayId) throw notFound(`Virtual cluster ${params.virtualClusterId}`);
    return { gatewayId: params.gatewayId, virtualClusterId: params.virtualClusterId };
  };

  const gateway: CollectionSpec = {
    kind: "event-gateway",
    what: "event gateway",
    path: "/v1/event-gateways",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: () => ({}),
    normalize: ({ body, existing }) => {
      onlyFields(body, "", ["name", "description", "min_runtime_version", "labels"]);
      // UpdateGatewayRequest has every field optional: PUT keeps what it leaves out.
      const prev = existing?.data ?? {};
      return compact({
        name: str(body, "name", "", !existing, NAME) ?? prev.name,
        description: str(body, "description", "", false, DESCRIPTION) ?? prev.description ?? "",
        min_runtime_version:
          str(body, "min_runtime_version", "", false, { pattern: /^\d+\.\d+$/ }) ?? prev.min_runtime_version ?? DEFAULT_MIN_RUNTIME_VERSION,
        labels: body.labels !== undefined ? labels(body, "") : (prev.labels ?? {}),
        version_number: (prev.version_number as number | undefined) ?? 1,
      });
    },
    view: (o) => {
      const { version_number, ...data } = o.data;
      return {
        id: o.id,
        ...data,
        version: `v1.${version_number}`,
        nodes_total: 0,
        virtual_clusters_total: store.list("virtual-cluster", { gatewayId: o.id }).length,
        created_at: o.createdAt,
        updated_at: o.updatedAt,
      };
    },
  };

  const backendCluster: CollectionSpec = {
    kind: "backend-cluster",
    what: "backend cluster",
    path: "/v1/event-gateways/:gatewayId/backend-clusters",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: gatewayOf,
    normalize: ({ body }) => {
      onlyFields(body, "", [
        "name",
        "description",
        "authentication",
        "insecure_allow_anonymous_virtual_cluster_auth",
        "bootstrap_servers",
        "tls",
        "metadata_update_interval_seconds",
        "labels",
      ]);
      const auth = obj(body, "authentication", "", true);
      const type = unionType(auth, "authentication.", ["anonymous", "sasl_plain", "sasl_scram"]);
      if (type === "anonymous") onlyFields(auth, "authentication.", ["type"]);
      else {
        onlyFields(auth, "authentication.", type === "sasl_scram" ? ["type", "username", "password", "algorithm"] : ["type", "username", "password"]);
        str(auth, "username", "authentication.", true, { min: 1 });
        str(auth, "password", "authentication.", true, { min: 1 });
        if (type === "sasl_scram") str(auth, "algorithm", "authentication.", true, { oneOf: ["sha256", "sha512"] });
      }
      const tls = obj(body, "tls", "", true);
      onlyFields(tls, "tls.", ["enabled", "insecure_skip_verify", "ca_bundle", "tls_versions", "client_identity"]);
      if (typeof tls.enabled !== "boolean") throw badRequest("tls.enabled", "is required and must be a boolean");
      const identity = obj(tls, "client_identity", "tls.", false);
      if (identity) {
        onlyFields(identity, "tls.client_identity.", ["certificate", "key"]);
        str(identity, "certificate", "tls.client_identity.", true, { min: 1 });
        str(identity, "key", "tls.client_identity.", true, { min: 1 });
      }
      return compact({
        name: str(body, "name", "", true, NAME),
        description: str(body, "description", "", false, DESCRIPTION) ?? "",
        authentication: { ...auth },
        insecure_allow_anonymous_virtual_cluster_auth: bool(body, "insecure_allow_anonymous_virtual_cluster_auth", "", false),
        bootstrap_servers: strList(body, "bootstrap_servers", "", { required: true, minItems: 1, item: { min: 1 } }),
        tls: compact({
          enabled: tls.enabled,
          insecure_skip_verify: bool(tls, "insecure_skip_verify", "tls.", false),
          ca_bundle: str(tls, "ca_bundle", "tls.", false, { min: 1 }),
          tls_versions: strList(tls, "tls_versions", "tls.", { item: { oneOf: ["tls12", "tls13"] } }) ?? ["tls12", "tls13"],
          client_identity: identity ? { ...identity } : undefined,
        }),
        metadata_update_interval_seconds: int(body, "metadata_update_interval_seconds", "", 60, 1, 43200),
        labels: labels(body, ""),
      });
    },
    view: (o) => {
      const out = base(o);
      const auth = o.data.authentication as Obj;
      out.authentication = compact({ ...auth, password: auth.password === undefined ? undefined : secretOut(auth.password) });
      const tls = o.data.tls as Obj;
      const identity = tls.client_identity as Obj | undefined;
      if (identity) out.tls = { ...tls, client_identity: compact({ ...identity, key: secretOut(identity.key) }) };
      return out;
    },
    beforeDelete: (o) => {
      const users = store.list("virtual-cluster", { gatewayId: o.parents.gatewayId }).filter((v) => (v.data.destination as Obj).id === o.id);
      if (users.length > 0) {
        throw badRequest("id", `backend cluster is the destination of virtual cluster(s) ${users.map((u) => u.data.name).join(", ")}`);
      }
    },
  };

  const virtualCluster: CollectionSpec = {
    kind: "virtual-cluster",
    what: "virtual cluster",
    path: "/v1/event-gateways/:gatewayId/virtual-clusters",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: gatewayOf,
    normalize: (a) => normalizeVirtualCluster(store, a),
    view: (o) => {
      const out = base(o);
      const dest = store.get("backend-cluster", (o.data.destination as Obj).id as string);
      out.destination = { id: (o.data.destination as Obj).id, name: dest?.data.name ?? "" };
      out.authentication = (o.data.authentication as Obj[]).map((a) =>
        a.type === "sasl_plain" && Array.isArray(a.principals)
          ? { ...a, principals: (a.principals as Obj[]).map((p) => compact({ ...p, password: secretOut(p.password) })) }
          : a,
      );
      return out;
    },
  };

  const listener: CollectionSpec = {
    kind: "listener",
    what: "listener",
    path: "/v1/event-gateways/:gatewayId/listeners",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: gatewayOf,
    normalize: ({ body }) => {
      onlyFields(body, "", ["name", "description", "addresses", "ports", "labels"]);
      const ports = body.ports;
      if (!Array.isArray(ports) || ports.length === 0) throw badRequest("ports", "is required: at least one port or range");
      const portStrings = ports.map((p, i) => {
        const s = typeof p === "number" ? String(p) : p;
        const m = typeof s === "string" ? /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(s) : null;
        const lo = m ? Number(m[1]) : NaN;
        const hi = m && m[2] !== undefined ? Number(m[2]) : lo;
        if (!m || lo < 1 || hi > 65535 || lo > hi) throw badRequest(`ports.${i}`, "must be a port (1-65535) or a range low-high");
        return s as string;
      });
      return {
        name: str(body, "name", "", true, NAME),
        description: str(body, "description", "", false, DESCRIPTION) ?? "",
        addresses: strList(body, "addresses", "", { required: true, minItems: 1, item: { min: 1 } }),
        ports: portStrings,
        labels: labels(body, ""),
      };
    },
    view: base,
  };

  const policyCollection = (
    kind: PolicyCollection,
    what: string,
    path: string,
    parents: (params: Record<string, string>) => Parents,
    scope: "listenerId" | "virtualClusterId",
  ): CollectionSpec => {
    const types = new Map(POLICY_TYPES.filter((t) => t.collection === kind).map((t) => [t.type, t]));
    return {
      kind,
      what,
      path,
      updateMethod: "PUT",
      uniqueNames: true,
      parents,
      normalize: (args) => {
        const { body, parents: ps, existing } = args;
        const type = str(body, "type", "", true, { oneOf: [...types.keys()] });
        if (existing && existing.data.type !== type) throw badRequest("type", `must stay ${String(existing.data.type)}`);
        const spec = types.get(type)!;
        const parent = spec.parent ?? "no";
        // The update models have no parent_policy_id: a policy stays under the parent it was created under.
        const withParent = parent !== "no" && !existing;
        onlyFields(body, "", ["type", "name", "description", "enabled", "labels", ...spec.fields, ...(withParent ? ["parent_policy_id"] : [])]);
        const out: Obj = compact({
          type,
          name: str(body, "name", "", false, { max: 255, pattern: ENTITY_NAME }),
          description: str(body, "description", "", false, DESCRIPTION) ?? "",
          enabled: bool(body, "enabled", "", true),
          labels: labels(body, ""),
        });
        const parentId = existing ? (existing.data.parent_policy_id as string | undefined) : withParent ? str(body, "parent_policy_id", "", parent === "required") : undefined;
        if (parentId !== undefined) {
          const p = store.get(kind, parentId);
          if (!p || p.parents[scope] !== ps[scope]) throw badRequest("parent_policy_id", `policy ${parentId} does not exist here`);
          if (spec.parentTypes && !spec.parentTypes.includes(p.data.type as string)) {
            throw badRequest("parent_policy_id", `policy ${parentId} is a ${String(p.data.type)} policy; a ${type} policy's parent is one of: ${spec.parentTypes.join(", ")}`);
          }
          out.parent_policy_id = parentId;
        }
        return { ...out, ...spec.normalize(body, { ...args, store }) };
      },
      view: (o) => {
        const spec = types.get(o.data.type as string);
        const out: Obj = { parent_policy_id: null, ...base(o) };
        return spec?.view ? { ...out, ...spec.view(o.data, o) } : out;
      },
      // A parent takes its child policies with it.
      afterDelete: (gone) => {
        for (const g of gone) for (const c of store.list(kind).filter((c) => c.data.parent_policy_id === g.id)) store.delete(kind, c.id);
      },
    };
  };

  const listenerPolicy = policyCollection("listener-policy", "listener policy", "/v1/event-gateways/:gatewayId/listeners/:listenerId/policies", listenerOf, "listenerId");
  const producePolicy = policyCollection(
    "produce-policy",
    "produce policy",
    "/v1/event-gateways/:gatewayId/virtual-clusters/:virtualClusterId/produce-policies",
    virtualClusterOf,
    "virtualClusterId",
  );
  const consumePolicy = policyCollection(
    "consume-policy",
    "consume policy",
    "/v1/event-gateways/:gatewayId/virtual-clusters/:virtualClusterId/consume-policies",
    virtualClusterOf,
    "virtualClusterId",
  );

  const aclPolicy: CollectionSpec = {
    kind: "cluster-policy",
    what: "cluster policy",
    path: "/v1/event-gateways/:gatewayId/virtual-clusters/:virtualClusterId/cluster-policies",
    updateMethod: "PUT",
    uniqueNames: true,
    parents: virtualClusterOf,
    normalize: ({ body }) => {
      onlyFields(body, "", ["type", "name", "description", "enabled", "labels", "config", "condition"]);
      if (str(body, "type", "", true) !== "acls") throw badRequest("type", "must be acls on this endpoint");
      const out: Obj = compact({
        type: "acls",
        name: str(body, "name", "", false, { max: 255, pattern: ENTITY_NAME }),
        description: str(body, "description", "", false, DESCRIPTION) ?? "",
        enabled: bool(body, "enabled", "", true),
        labels: labels(body, ""),
      });
      const config = obj(body, "config", "", true);
      onlyFields(config, "config.", ["rules"]);
      const rules = objList(config, "rules", "config.", true, 1)!;
      rules.forEach((r, i) => {
        const p = `config.rules.${i}.`;
        onlyFields(r, p, ["action", "resource_type", "operations", "resource_names"]);
        str(r, "action", p, true, { oneOf: ["allow", "deny"] });
        str(r, "resource_type", p, true, { oneOf: ["topic", "group", "transactional_id", "cluster"] });
        const ops = objList(r, "operations", p, true, 1)!;
        const OPS = ["all", "alter", "alter_configs", "create", "delete", "describe", "describe_configs", "idempotent_write", "read", "write"];
        ops.forEach((op, j) => str(op, "name", `${p}operations.${j}.`, true, { oneOf: OPS }));
        const names = objList(r, "resource_names", p, true, 1)!;
        if (names.length > 50) throw badRequest(`${p}resource_names`, "must have at most 50 items");
        names.forEach((n, j) => str(n, "match", `${p}resource_names.${j}.`, true, { min: 1 }));
      });
      out.config = { rules: rules.map((r) => ({ ...r })) };
      out.condition = str(body, "condition", "", false, CONDITION) ?? "";
      return out;
    },
    view: (o) => ({ parent_policy_id: null, ...base(o) }),
  };

  const schemaRegistry = schemaRegistryCollection(gatewayOf);

  return [
    ...[
      gateway,
      backendCluster,
      virtualCluster,
      listener,
      listenerPolicy,
      aclPolicy,
      producePolicy,
      consumePolicy,
      ...tlsCollections({ store, gatewayOf }),
      schemaRegistry,
    ].flatMap((s) => collectionRoutes(s, ctx)),
    ...gatewaySecretRoutes(ctx, gatewayOf, secretOut),
  ];
}

/** Every policy type the stand-in serves, by collection (each group's file adds its own). */
const POLICY_TYPES: readonly PolicyType[] = [FORWARD_TO_VIRTUAL_CLUSTER, SKIP_RECORD, ...ENCRYPTION_POLICY_TYPES, TLS_SERVER, ...SCHEMA_POLICY_TYPES];

const AUTH_TYPES = ["anonymous", "sasl_plain", "sasl_scram", "oauth_bearer", "client_certificate"];

function normalizeVirtualCluster(store: Store, { body, parents }: NormalizeArgs): Obj {
  onlyFields(body, "", ["name", "description", "destination", "authentication", "namespace", "topic_aliases", "acl_mode", "dns_label", "labels"]);
  const dest = obj(body, "destination", "", true);
  onlyFields(dest, "destination.", ["id", "name"]);
  const destId = str(dest, "id", "destination.", false);
  const destName = str(dest, "name", "destination.", false);
  const backend = store
    .list("backend-cluster", { gatewayId: parents.gatewayId })
    .find((b) => (destId !== undefined ? b.id === destId : destName !== undefined && b.data.name === destName));
  if (!backend) {
    throw badRequest("destination", `backend cluster ${destId ?? destName ?? "(neither id nor name given)"} does not exist in this gateway`);
  }

  const auths = objList(body, "authentication", "", true, 1)!;
  const authentication = auths.map((a, i) => normalizeAuth(a, `authentication.${i}.`));

  let namespace: Obj | undefined;
  const ns = obj(body, "namespace", "", false);
  if (ns) {
    onlyFields(ns, "namespace.", ["mode", "prefix", "additional"]);
    namespace = {
      mode: str(ns, "mode", "namespace.", true, { oneOf: ["hide_prefix", "enforce_prefix"] }),
      prefix: str(ns, "prefix", "namespace.", true, { min: 1 }),
    };
    const add = obj(ns, "additional", "namespace.", false);
    if (add) {
      onlyFields(add, "namespace.additional.", ["topics", "consumer_groups"]);
      namespace.additional = compact({
        topics: objList(add, "topics", "namespace.additional.", false)?.map((t, i) => selector(t, `namespace.additional.topics.${i}.`, true)),
        consumer_groups: objList(add, "consumer_groups", "namespace.additional.", false)?.map((t, i) =>
          selector(t, `namespace.additional.consumer_groups.${i}.`, false),
        ),
      });
    }
  }

  const aliases = objList(body, "topic_aliases", "", false)?.map((t, i) => {
    const p = `topic_aliases.${i}.`;
    onlyFields(t, p, ["alias", "topic", "match", "conflict"]);
    return {
      alias: str(t, "alias", p, true, { min: 1 }),
      topic: str(t, "topic", p, true, { min: 1 }),
      match: str(t, "match", p, false) ?? "",
      conflict: str(t, "conflict", p, false, { oneOf: ["warn", "ignore"] }) ?? "warn",
    };
  });

  return compact({
    name: str(body, "name", "", true, NAME),
    description: str(body, "description", "", false, DESCRIPTION) ?? "",
    destination: { id: backend.id },
    authentication,
    namespace,
    topic_aliases: aliases,
    acl_mode: str(body, "acl_mode", "", true, { oneOf: ["enforce_on_gateway", "passthrough"] }),
    dns_label: str(body, "dns_label", "", true, { min: 1, max: 63, pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/ }),
    labels: labels(body, ""),
  });
}

function selector(t: Obj, p: string, withConflict: boolean): Obj {
  const type = unionType(t, p, ["glob", "exact_list"]);
  const conflict = withConflict ? (str(t, "conflict", p, false, { oneOf: ["warn", "ignore"] }) ?? "warn") : undefined;
  if (type === "glob") {
    onlyFields(t, p, withConflict ? ["type", "glob", "conflict"] : ["type", "glob"]);
    return compact({ type, glob: str(t, "glob", p, true, { min: 1, pattern: /^[A-Za-z0-9._?*-]+$/ }), conflict });
  }
  onlyFields(t, p, withConflict ? ["type", "exact_list", "conflict"] : ["type", "exact_list"]);
  const items = objList(t, "exact_list", p, true, 1)!;
  const key = withConflict ? "backend" : "value";
  return compact({
    type,
    exact_list: items.map((it, i) => ({ [key]: str(it, key, `${p}exact_list.${i}.`, true, { min: 1 }) })),
    conflict,
  });
}

function normalizeAuth(a: Obj, p: string): Obj {
  const type = unionType(a, p, AUTH_TYPES);
  switch (type) {
    case "anonymous":
      // Konnect accepts anonymous authentication whatever the backend's insecure_allow_anonymous_virtual_cluster_auth
      // says (Kong's provider acceptance fixtures create exactly that); the flag governs the data plane, not the API.
      onlyFields(a, p, ["type"]);
      return { type };
    case "oauth_bearer": {
      onlyFields(a, p, ["type", "mediation", "claims_mapping", "jwks", "validate", "fetch_kong_identity_principal"]);
      const out: Obj = { type, mediation: str(a, "mediation", p, true, { oneOf: ["passthrough", "validate_forward", "terminate"] }) };
      const claims = obj(a, "claims_mapping", p, false);
      if (claims) {
        onlyFields(claims, `${p}claims_mapping.`, ["sub", "scope"]);
        out.claims_mapping = compact({ sub: str(claims, "sub", `${p}claims_mapping.`, false, { min: 1 }), scope: str(claims, "scope", `${p}claims_mapping.`, false, { min: 1 }) });
      }
      const jwks = obj(a, "jwks", p, false);
      if (jwks) {
        onlyFields(jwks, `${p}jwks.`, ["endpoint", "timeout", "cache_expiration"]);
        const endpoint = str(jwks, "endpoint", `${p}jwks.`, true, { min: 1 });
        if (!/^https?:\/\/[^/\s]+/.test(endpoint)) throw badRequest(`${p}jwks.endpoint`, "must be an http(s) URL");
        out.jwks = {
          endpoint,
          timeout: str(jwks, "timeout", `${p}jwks.`, false, { pattern: DURATION }) ?? "10s",
          cache_expiration: str(jwks, "cache_expiration", `${p}jwks.`, false, { pattern: DURATION }) ?? "1h",
        };
      }
      const validate = obj(a, "validate", p, false);
      if (validate) {
        onlyFields(validate, `${p}validate.`, ["audiences", "issuer"]);
        const auds = objList(validate, "audiences", `${p}validate.`, false, 1);
        out.validate = compact({
          audiences: auds?.map((x, i) => ({ name: str(x, "name", `${p}validate.audiences.${i}.`, true, { min: 1 }) })),
          issuer: str(validate, "issuer", `${p}validate.`, false, { min: 1 }),
        });
      }
      if (a.fetch_kong_identity_principal !== undefined) out.fetch_kong_identity_principal = a.fetch_kong_identity_principal;
      return out;
    }
    case "sasl_plain": {
      onlyFields(a, p, ["type", "mediation", "principals", "fetch_kong_identity_principal"]);
      const out: Obj = { type, mediation: str(a, "mediation", p, true, { oneOf: ["passthrough", "terminate"] }) };
      const principals = objList(a, "principals", p, false, 1);
      if (principals) {
        out.principals = principals.map((x, i) => ({
          username: str(x, "username", `${p}principals.${i}.`, true, { min: 1 }),
          password: str(x, "password", `${p}principals.${i}.`, true, { min: 1 }),
        }));
      }
      if (a.fetch_kong_identity_principal !== undefined) out.fetch_kong_identity_principal = a.fetch_kong_identity_principal;
      return out;
    }
    case "sasl_scram": {
      onlyFields(a, p, ["type", "algorithm", "fetch_kong_identity_principal"]);
      return compact({ type, algorithm: str(a, "algorithm", p, true, { oneOf: ["sha256", "sha512"] }), fetch_kong_identity_principal: a.fetch_kong_identity_principal });
    }
    default: {
      onlyFields(a, p, ["type", "fetch_kong_identity_principal"]);
      return compact({ type, fetch_kong_identity_principal: a.fetch_kong_identity_principal });
    }
  }
}

/** Go-style durations as the gateway takes them: 10s, 1h, 1m30s, 500ms. */
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
