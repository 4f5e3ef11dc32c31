// How the Event Gateway API returns objects: shared by the collections of event-gateway-api.ts and the groups' files.
import type { StoredObject } from "./state";

/** An object as the API returns it: its ID, its fields, created_at and updated_at. */
export function base(o: StoredObject): Record<string, unknown> {
  return { id: o.id, ...o.data, created_at: o.createdAt, updated_at: o.updatedAt };
}

/** A GatewaySecret as returned: vault references as given, plaintext left out. */
export function secretOut(v: unknown): string | undefined {
  return typeof v === "string" && v.startsWith("${") ? v : undefined;
}
