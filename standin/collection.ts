// A Konnect collection: create, read, update (PUT or PATCH), delete, and a paginated, filtered list, on the Store.
import { randomUUID } from "node:crypto";
import type * as http from "node:http";
import { ApiError, badRequest, conflict, notFound, readJsonObject, sendJson, sendNoContent } from "./http";
import type { Kind, Parents, Store, StoredObject } from "./state";

export interface RouteArgs {
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  readonly req: http.IncomingMessage;
  readonly res: http.ServerResponse;
}

export interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly paramNames: string[];
  handle(args: RouteArgs): Promise<void>;
}

/** "/v1/event-gateways/:gatewayId" → a Route matching it. */
export function route(method: string, path: string, handle: (args: RouteArgs) => Promise<void> | void): Route {
  const paramNames: string[] = [];
  const source = path
    .split("/")
    .map((seg) => {
      if (!seg.startsWith(":")) return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      paramNames.push(seg.slice(1));
      return "([^/]+)";
    })
    .join("/");
  return { method, pattern: new RegExp(`^${source}/?$`), paramNames, handle: async (a) => handle(a) };
}

export interface NormalizeArgs {
  readonly body: Record<string, unknown>;
  readonly parents: Parents;
  /** The object being updated (undefined on create). */
  readonly existing?: StoredObject;
  /** The ID the object gets (create) or has (update). */
  readonly id: string;
}

export interface CollectionSpec {
  readonly kind: Kind;
  /** e.g. "backend cluster" (in messages). */
  readonly what: string;
  /** Collection path with :params, e.g. "/v1/event-gateways/:gatewayId/backend-clusters". */
  readonly path: string;
  readonly updateMethod: "PUT" | "PATCH";
  /** Resolves the parents from the path (404 when one is missing). */
  parents(params: Record<string, string>): Parents;
  /** Checks a create (existing undefined) or update body and returns the stored fields, defaults filled. */
  normalize(args: NormalizeArgs): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The API representation. */
  view(o: StoredObject): Record<string, unknown>;
  /** Names unique among siblings (409 otherwise). */
  readonly uniqueNames?: boolean;
  /** A new object's ID. @default a UUID */
  newId?(body: Record<string, unknown>): string;
  /** Extra fields of the create answer only (e.g. a client secret). */
  createExtras?(o: StoredObject): Record<string, unknown>;
  afterWrite?(o: StoredObject, created: boolean): Promise<void> | void;
  /** May refuse a delete (query: the DELETE's query string). */
  beforeDelete?(o: StoredObject, query: URLSearchParams): void;
  afterDelete?(gone: StoredObject[]): void;
}

export interface Collections {
  readonly store: Store;
  /** A page size the stand-in answers with at most, whatever page[size] asked (for tests of clients' paging). */
  pageSizeCap?(): number | undefined;
  /** Called after any change under an event gateway (it bumps the gateway's version). */
  changed(o: StoredObject): void;
}

export function collectionRoutes(spec: CollectionSpec, ctx: Collections): Route[] {
  const { store } = ctx;
  const itemPath = `${spec.path}/:id`;

  const find = (params: Record<string, string>): { parents: Parents; o: StoredObject } => {
    const parents = spec.parents(params);
    const o = store.get(spec.kind, params.id!);
    if (!o || !sameParents(o.parents, parents)) throw notFound(`${capitalize(spec.what)} ${params.id}`);
    return { parents, o };
  };

  const checkName = (parents: Parents, data: Record<string, unknown>, self?: StoredObject): void => {
    if (!spec.uniqueNames || typeof data.name !== "string") return;
    const clash = store.list(spec.kind, parents).find((s) => s !== self && s.data.name === data.name);
    if (clash) throw conflict(`A ${spec.what} named [${data.name}] already exists`);
  };

  const create = async (params: Record<string, string>, body: Record<string, unknown>, res: http.ServerResponse, id?: string) => {
    const parents = spec.parents(params);
    const newId = id ?? spec.newId?.(body) ?? randomUUID();
    if (store.get(spec.kind, newId)) throw conflict(`A ${spec.what} with id [${newId}] already exists`);
    const data = await spec.normalize({ body, parents, id: newId });
    checkName(parents, data, undefined);
    const o = store.insert(spec.kind, newId, parents, data);
    await spec.afterWrite?.(o, true);
    ctx.changed(o);
    sendJson(res, 201, { ...spec.view(o), ...spec.createExtras?.(o) });
  };

  return [
    route("GET", spec.path, ({ params, query, res }) => {
      const parents = spec.parents(params);
      const all = store.list(spec.kind, parents).map((o) => spec.view(o));
      sendJson(res, 200, paginate(all, query, ctx.pageSizeCap?.()));
    }),
    route("POST", spec.path, async ({ params, req, res }) => {
      const body = await readJsonObject(req);
      await create(params, body, res);
    }),
    route("GET", itemPath, ({ params, res }) => {
      sendJson(res, 200, spec.view(find(params).o));
    }),
    route(spec.updateMethod, itemPath, async ({ params, req, res }) => {
      const body = await readJsonObject(req);
      const parents = spec.parents(params);
      const existing = store.get(spec.kind, params.id!);
      if (!existing || !sameParents(existing.parents, parents)) {
        // A client PUT to an unknown ID creates it (the provider's create-with-ID hook relies on that).
        if (spec.kind === "client" && spec.updateMethod === "PUT") return create(params, body, res, params.id);
        throw notFound(`${capitalize(spec.what)} ${params.id}`);
      }
      const data = await spec.normalize({ body, parents, existing, id: existing.id });
      checkName(parents, data, existing);
      store.replace(existing, data);
      await spec.afterWrite?.(existing, false);
      ctx.changed(existing);
      sendJson(res, 200, spec.view(existing));
    }),
    route("DELETE", itemPath, ({ params, query, res }) => {
      const { o } = find(params);
      spec.beforeDelete?.(o, query);
      const gone = store.delete(spec.kind, o.id);
      spec.afterDelete?.(gone);
      ctx.changed(o);
      sendNoContent(res);
    }),
  ];
}

function sameParents(a: Parents, b: Parents): boolean {
  return (Object.keys(b) as (keyof Parents)[]).every((k) => b[k] === undefined || a[k] === b[k]);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

/**
 * Konnect list semantics: `page[size]` (1-100, default 10), `page[number]` (from 1), `filter[name][eq|contains]`
 * (`filter[name]` alone means eq); answers `{ data, meta: { page: { number, size, total } } }`, size being the one
 * used (at most cap, when given).
 */
export function paginate(items: Record<string, unknown>[], query: URLSearchParams, cap?: number): { data: unknown[]; meta: { page: { number: number; size: number; total: number } } } {
  let filtered = items;
  for (const [k, v] of query) {
    if (k === "page[size]" || k === "page[number]") continue;
    const m = /^filter\[([a-z_]+)\](?:\[(eq|contains|neq)\])?$/.exec(k);
    if (!m) throw badRequest(k, "is not a supported query parameter");
    const [, field, op = "eq"] = m;
    if (field !== "name" && field !== "id") throw badRequest(k, "filters on name or id only");
    filtered = filtered.filter((o) => {
      const val = String(o[field!] ?? "");
      return op === "eq" ? val === v : op === "neq" ? val !== v : val.includes(v);
    });
  }
  const size = Math.min(pageParam(query, "page[size]", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE), cap ?? MAX_PAGE_SIZE);
  const number = pageParam(query, "page[number]", 1, Number.MAX_SAFE_INTEGER);
  return {
    data: filtered.slice((number - 1) * size, number * size),
    meta: { page: { number, size, total: filtered.length } },
  };
}

function pageParam(query: URLSearchParams, name: string, dflt: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return dflt;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > max) throw new ApiError(400, `${name} must be a whole number from 1 to ${max}`, [{ field: name, reason: `must be 1-${max}` }]);
  return n;
}
