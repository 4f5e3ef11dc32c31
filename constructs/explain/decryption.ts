// Which clients see a topic's records decrypted: the synthesized encrypt and decrypt policies (whole records and
// fields), their conditions evaluated with the same CEL environments the constructs check them with.
import { ExplainError, type Explainer, type Principal, type VirtualClusterModel } from "./explainer";

export interface DecryptionRequest extends Principal {
  readonly topic: string;
  readonly virtualCluster?: string;
  /** Who produced the records (an encrypt policy's condition may name the producer). @default the client asked about */
  readonly producer?: Principal;
}

export interface DecryptionDecision {
  /**
   * `plaintext`: no encrypt policy selects the topic's records; `decrypted`: everything encrypted is decrypted for the
   * client; `partly`: some of it; `encrypted`: none of it (the client receives ciphertext); `error`: a decrypt policy
   * applies but looks for keys elsewhere than the encrypt policy put them, and its failure mode is `error`.
   */
  readonly outcome: "plaintext" | "decrypted" | "partly" | "encrypted" | "error";
  readonly client: string | null;
  readonly principal: string;
  readonly topic: string;
  /** What is encrypted: record parts (`key`, `value`) and field paths (`field:personal.ssn`). */
  readonly encrypted: readonly string[];
  /** Of those, what the client receives decrypted. */
  readonly decrypted: readonly string[];
  readonly encryptPolicies: readonly string[];
  readonly decryptPolicies: readonly string[];
  readonly reason: string;
}

interface CryptoPolicy {
  readonly name: string;
  readonly enabled: boolean;
  readonly condition?: string;
  readonly schemaValidation: boolean;
  /** Parts (`key`, `value`) or `field:<path>`. */
  readonly targets: readonly string[];
  /** Encrypt: the key sources its keys are found in again; decrypt: the sources it looks in. */
  readonly sources: readonly string[];
  readonly failureMode: string;
  /**
   * The policy it is nested in (`parent_policy_id`), when that is in this stack: a child runs only when its parent is
   * enabled and the parent's condition holds. A parent not in this stack (imported by ID) is assumed to apply.
   */
  readonly parent?: { readonly name: string; readonly enabled: boolean; readonly condition?: string };
}

const TYPES = {
  encrypt: "konnect_event_gateway_produce_policy_encrypt",
  encryptFields: "konnect_event_gateway_produce_policy_encrypt_fields",
  decrypt: "konnect_event_gateway_consume_policy_decrypt",
  decryptFields: "konnect_event_gateway_consume_policy_decrypt_fields",
} as const;

const sourceOf = (k: any): string => (k?.static ? "static" : k?.aws ? "aws" : "unknown");
const fieldTargets = (paths: any[] | undefined): string[] => (paths ?? []).map((p) => `field:${String(p.match)}`);

/** The encrypt and decrypt policies of a virtual cluster in a synthesized stack. */
function policiesOf(stack: Record<string, any>, vc: VirtualClusterModel): { encrypt: CryptoPolicy[]; decrypt: CryptoPolicy[] } {
  const ref = vc.external ? vc.logicalId : `\${konnect_event_gateway_virtual_cluster.${vc.logicalId}.id}`;
  const of = (type: string) => Object.entries<any>(stack.resource?.[type] ?? {}).filter(([, p]) => String(p.virtual_cluster_id) === ref);
  const parentOf = (ref: unknown): CryptoPolicy["parent"] => {
    if (typeof ref !== "string") return undefined;
    const m = /^\$\{([a-z0-9_]+)\.([^.}]+)\.id\}$/.exec(ref);
    const parent = m ? stack.resource?.[m[1]!]?.[m[2]!] : undefined;
    if (!parent) return undefined;
    return { name: String(parent.name ?? m![2]), enabled: parent.enabled !== false, condition: parent.condition };
  };
  const base = (lid: string, p: any, schemaValidation: boolean) => ({
    name: String(p.name ?? lid),
    enabled: p.enabled !== false,
    condition: p.condition,
    schemaValidation,
    failureMode: String(p.config?.failure_mode),
    parent: parentOf(p.parent_policy_id),
  });
  return {
    encrypt: [
      ...of(TYPES.encrypt).map(([lid, p]) => ({ ...base(lid, p, false), targets: p.config?.part_of_record ?? [], sources: [sourceOf(p.config?.encryption_key)] })),
      ...of(TYPES.encryptFields).map(([lid, p]) => ({
        ...base(lid, p, true),
        targets: (p.config?.encrypt_fields ?? []).flatMap((f: any) => fieldTargets(f.paths)),
        sources: (p.config?.encrypt_fields ?? []).map((f: any) => sourceOf(f.encryption_key)),
      })),
    ],
    decrypt: [
      ...of(TYPES.decrypt).map(([lid, p]) => ({ ...base(lid, p, false), targets: p.config?.part_of_record ?? [], sources: (p.config?.key_sources ?? []).map(sourceOf) })),
      ...of(TYPES.decryptFields).map(([lid, p]) => ({ ...base(lid, p, true), targets: fieldTargets(p.config?.decrypt_fields?.paths), sources: (p.config?.key_sources ?? []).map(sourceOf) })),
    ],
  };
}

/**
 * Whether a client receives a topic's records decrypted. Records are encrypted when produced by every enabled encrypt
 * policy whose condition holds (for the producer, on the topic) and whose parent, if it has one, is enabled and its
 * condition holds; the client receives decrypted what such a decrypt policy (for it) covers, when that policy looks
 * in the key sources the encrypting keys came from. A parent not in this stack (imported by ID) is assumed to apply.
 * Conditions that read `record.value` (the *_fields policies) cannot be evaluated without a record and count as
 * the explainer's `evaluationError` stance says.
 */
export function explainDecryption(explainer: Explainer, stack: unknown, req: DecryptionRequest): DecryptionDecision {
  if (!req.topic) throw new ExplainError("a topic is needed");
  const vc = explainer.virtualCluster(req.virtualCluster);
  const { encrypt, decrypt } = policiesOf(stack as Record<string, any>, vc);
  const consumer = { client: req.client, principal: req.principal, authType: req.authType, claims: req.claims };
  const producer = req.producer ?? consumer;
  // Why a policy's parent keeps it from running (undefined: no parent, one not in this stack, or one that applies).
  const parentBlocks = (p: CryptoPolicy, phase: "produce" | "consume", who: Principal): string | undefined => {
    const parent = p.parent;
    if (!parent) return undefined;
    if (!parent.enabled) return `its parent ${parent.name} is disabled`;
    if (!explainer._recordConditionHolds(parent.condition, { phase }, who, req.topic).holds) return `its parent ${parent.name}'s condition does not hold`;
    return undefined;
  };
  const holds = (p: CryptoPolicy, phase: "produce" | "consume", who: Principal) =>
    p.enabled && parentBlocks(p, phase, who) === undefined && explainer._recordConditionHolds(p.condition, { phase, schemaValidation: p.schemaValidation }, who, req.topic).holds;
  const why = (p: CryptoPolicy, phase: "produce" | "consume", who: Principal, otherwise: string) => {
    const blocked = parentBlocks(p, phase, who);
    return `${p.name}${blocked ? `: ${blocked}` : otherwise}`;
  };
  const client = req.client !== undefined ? explainer.client(req.client) : undefined;
  const base = { client: client?.name ?? null, principal: client?.principal ?? req.principal ?? req.client ?? "", topic: req.topic };

  const encrypting = encrypt.filter((p) => holds(p, "produce", producer));
  const encrypted = [...new Set(encrypting.flatMap((p) => p.targets))];
  const sources = new Set(encrypting.flatMap((p) => p.sources));
  if (encrypted.length === 0) {
    const names = encrypt.filter((p) => p.enabled).map((p) => why(p, "produce", producer, ""));
    const reason = names.length ? `no encrypt policy selects the topic's records (${names.join(", ")})` : "no encrypt policy";
    return { ...base, outcome: "plaintext", encrypted: [], decrypted: [], encryptPolicies: [], decryptPolicies: [], reason };
  }
  const applying = decrypt.filter((p) => holds(p, "consume", consumer));
  const able = applying.filter((p) => [...sources].every((s) => p.sources.includes(s)));
  const failing = applying.filter((p) => !able.includes(p) && p.failureMode === "error");
  const decrypted = encrypted.filter((t) => able.some((p) => p.targets.includes(t)));
  const common = { ...base, encrypted, decrypted, encryptPolicies: encrypting.map((p) => p.name), decryptPolicies: able.map((p) => p.name) };
  const what = `${encrypted.join(", ")} encrypted by ${common.encryptPolicies.join(", ")}`;
  if (failing.length > 0 && decrypted.length < encrypted.length) {
    return { ...common, outcome: "error", reason: `${what}; ${failing.map((p) => p.name).join(", ")} applies but looks for keys in ${failing[0]!.sources.join(", ")}, not ${[...sources].join(", ")}, and fails with error` };
  }
  if (decrypted.length === encrypted.length) return { ...common, outcome: "decrypted", reason: `${what}; decrypted by ${common.decryptPolicies.join(", ")}` };
  if (decrypted.length > 0) return { ...common, outcome: "partly", reason: `${what}; only ${decrypted.join(", ")} decrypted by ${common.decryptPolicies.join(", ")}` };
  const others = decrypt.filter((p) => p.enabled && !able.includes(p));
  const blocked = others.filter((p) => parentBlocks(p, "consume", consumer) !== undefined).map((p) => why(p, "consume", consumer, ""));
  const rest = others.filter((p) => parentBlocks(p, "consume", consumer) === undefined).map((p) => p.name);
  const notes = [...blocked, ...(rest.length ? [`${rest.join(", ")}: condition does not hold or keys elsewhere`] : [])];
  return { ...common, outcome: "encrypted", reason: `${what}; no decrypt policy applies to this client${notes.length ? ` (${notes.join("; ")})` : ""}` };
}

/** Every client of the stack (or the ones named) for one topic. */
export function decryptionMatrix(explainer: Explainer, stack: unknown, options: { readonly topic: string; readonly clients?: string[]; readonly virtualCluster?: string }): DecryptionDecision[] {
  const clients = options.clients ?? explainer.clientNames();
  if (clients.length === 0) throw new ExplainError("the stack has no Kong Identity clients: name the clients (--client)");
  return clients.map((client) => explainDecryption(explainer, stack, { client, topic: options.topic, virtualCluster: options.virtualCluster }));
}
