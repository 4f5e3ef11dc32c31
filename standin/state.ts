// The objects the Konnect stand-in holds: in memory, optionally mirrored to a JSON file after every change.
import * as fs from "node:fs";
import * as path from "node:path";

/** Object kinds, one per Konnect collection the konnect-beta resources this project uses. */
export const KINDS = [
  "event-gateway",
  "backend-cluster",
  "virtual-cluster",
  "listener",
  "listener-policy",
  "cluster-policy",
  "consume-policy",
  "produce-policy",
  "tls-trust-bundle",
  "data-plane-certificate",
  "vault",
  "static-key",
  "schema-registry",
  "auth-server",
  "scope",
  "client",
  "claim",
] as const;
export type Kind = (typeof KINDS)[number];

/** IDs of the objects an object lives under. */
export interface Parents {
  readonly gatewayId?: string;
  readonly listenerId?: string;
  readonly virtualClusterId?: string;
  readonly authServerId?: string;
}

export interface StoredObject {
  readonly kind: Kind;
  readonly id: string;
  readonly parents: Parents;
  /** The object's fields as stored (secrets included; responses leave them out). */
  data: Record<string, unknown>;
  readonly createdAt: string;
  updatedAt: string;
  /** Creation order, for stable listing. */
  readonly seq: number;
}

/** A private signing key as a JWK (with its kid and alg). */
export type SigningKey = Record<string, unknown>;

interface StateFile {
  readonly version: 1;
  readonly seq: number;
  readonly objects: StoredObject[];
  /** Auth server ID → its issuer's private signing key, so tokens verify across restarts. */
  readonly signingKeys?: Record<string, SigningKey>;
}

export class Store {
  private readonly objects = new Map<string, StoredObject>();
  private readonly signingKeys = new Map<string, SigningKey>();
  private seq = 0;

  constructor(private readonly file?: string) {
    if (file && fs.existsSync(file)) {
      let parsed: StateFile;
      try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8")) as StateFile;
      } catch {
        // not the parser's message: it quotes the text around the error, which here holds private signing keys
        throw new Error(`${file}: not valid JSON`);
      }
      if (parsed.version !== 1 || !Array.isArray(parsed.objects)) throw new Error(`${file}: not a stand-in state file`);
      this.seq = parsed.seq;
      for (const o of parsed.objects) this.objects.set(key(o.kind, o.id), o);
      for (const [id, k] of Object.entries(parsed.signingKeys ?? {})) this.signingKeys.set(id, k);
    }
  }

  get(kind: Kind, id: string): StoredObject | undefined {
    return this.objects.get(key(kind, id));
  }

  /** Objects of a kind, in creation order, optionally only those under the given parents. */
  list(kind: Kind, parents: Parents = {}): StoredObject[] {
    const out: StoredObject[] = [];
    for (const o of this.objects.values()) {
      if (o.kind !== kind) continue;
      if (Object.entries(parents).some(([k, v]) => v !== undefined && o.parents[k as keyof Parents] !== v)) continue;
      out.push(o);
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  all(): StoredObject[] {
    return [...this.objects.values()].sort((a, b) => a.seq - b.seq);
  }

  insert(kind: Kind, id: string, parents: Parents, data: Record<string, unknown>): StoredObject {
    const now = timestamp();
    const o: StoredObject = { kind, id, parents, data, createdAt: now, updatedAt: now, seq: ++this.seq };
    this.objects.set(key(kind, id), o);
    this.save();
    return o;
  }

  replace(o: StoredObject, data: Record<string, unknown>): StoredObject {
    o.data = data;
    o.updatedAt = timestamp();
    this.save();
    return o;
  }

  /** The private signing key of an auth server's issuer, if one was kept. */
  signingKey(authServerId: string): SigningKey | undefined {
    return this.signingKeys.get(authServerId);
  }

  setSigningKey(authServerId: string, k: SigningKey): void {
    this.signingKeys.set(authServerId, k);
    this.save();
  }

  /** Deletes an object and everything under it (and an auth server's signing key); returns what was deleted. */
  delete(kind: Kind, id: string): StoredObject[] {
    const o = this.get(kind, id);
    if (!o) return [];
    const gone = [o, ...this.descendants(o)];
    for (const g of gone) {
      this.objects.delete(key(g.kind, g.id));
      if (g.kind === "auth-server") this.signingKeys.delete(g.id);
    }
    this.save();
    return gone;
  }

  descendants(o: StoredObject): StoredObject[] {
    const field = PARENT_FIELD[o.kind];
    if (!field) return [];
    return [...this.objects.values()].filter((c) => c !== o && c.parents[field] === o.id);
  }

  save(): void {
    if (!this.file) return;
    const body: StateFile = { version: 1, seq: this.seq, objects: this.all(), signingKeys: Object.fromEntries(this.signingKeys) };
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
    // Client secrets (as Konnect keeps them, hashed there) and the issuers' private keys are in it: readable by the
    // owner only, whatever the umask or a leftover temporary file's mode.
    const fd = fs.openSync(tmp, "w", 0o600);
    try {
      fs.fchmodSync(fd, 0o600);
      fs.writeFileSync(fd, JSON.stringify(body, null, 2) + "\n");
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
  }
}

/** Which parent field points at an object of a kind (for cascading deletes). */
const PARENT_FIELD: Partial<Record<Kind, keyof Parents>> = {
  "event-gateway": "gatewayId",
  listener: "listenerId",
  "virtual-cluster": "virtualClusterId",
  "auth-server": "authServerId",
};

function key(kind: Kind, id: string): string {
  return `${kind}/${id}`;
}

/** RFC 3339 UTC with milliseconds, as Konnect writes them. */
export function timestamp(): string {
  return new Date().toISOString();
}
