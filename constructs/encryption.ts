// Encrypting records on produce and decrypting them on consume, always as a pair made by one call, so that the two
// cannot drift apart: the same topics, the same parts of the record or fields, and a decrypt policy that looks for
// keys where the encrypt policy took them (konnect_event_gateway_produce_policy_encrypt with ..._consume_policy_decrypt,
// and ..._produce_policy_encrypt_fields with ..._consume_policy_decrypt_fields under schema validation policies).
import { Construct, IConstruct } from "constructs";
import {
  konnectEventGatewayConsumePolicyDecrypt as decryptGen,
  konnectEventGatewayConsumePolicyDecryptFields as decryptFieldsGen,
  konnectEventGatewayProducePolicyEncrypt as encryptGen,
  konnectEventGatewayProducePolicyEncryptFields as encryptFieldsGen,
} from "../.gen/providers/konnect-beta";
import { Condition, renderCondition } from "./condition";
import { checkAtPlan, matches } from "./plan-checks";
import { parentPolicyId, type IRecordPolicy } from "./policy";
// Konnect's shared produce and consume failure modes (the *_fields policies use them, as schema validation does).
import type { ConsumeFailureMode, ProduceFailureMode } from "./schema-validation-policy";
import type { IStaticKey } from "./static-key";
import { check, fail, lengthBetween, NameRegistry, oneOf, sameGateway, unresolved, validateCommon } from "./validation";
import type { IVirtualCluster } from "./virtual-cluster";
import { policyResourceBase } from "./policy-common";

/** The parts of a record the encrypt and decrypt policies work on. */
export type RecordPart = "key" | "value";
/** What an encrypt or decrypt policy does when it fails: reject or error (`error`), or pass the record on as it is. */
export type EncryptionFailureMode = "error" | "passthrough";

/**
 * An AWS KMS key ARN: region, account and `key/<id>` or `alias/<name>` (RE2 and JavaScript alike), 10-2048
 * characters. Only the `aws` partition: the provider takes `^arn:aws:kms:.+` (not aws-cn, aws-us-gov, ...). The
 * region is left loose (`[a-z0-9-]+`) so that new regions pass.
 */
const KMS_ARN = "^arn:aws:kms:[a-z0-9-]+:[0-9]{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9/_-]+)$";
const KMS_ARN_ALLOWED = "an AWS KMS key ARN of the aws partition: arn:aws:kms:<region>:<12-digit account>:key/<key id> or alias/<alias name>";
const KMS_ARN_LENGTH = { min: 10, max: 2048 };

/** The key an encrypt policy encrypts with: a static key of the gateway, or an AWS KMS key. */
export class EncryptionKey {
  /** A static key of the gateway ({@link IStaticKey}: `gateway.addStaticKey(...)` or an imported one). */
  public static fromStaticKey(key: IStaticKey): EncryptionKey {
    return new EncryptionKey("static", key, undefined);
  }

  /**
   * An AWS KMS key by ARN, e.g. `arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`. The
   * data plane takes AWS credentials from its environment (the AWS SDK's default chain).
   */
  public static awsKms(arn: string): EncryptionKey {
    return new EncryptionKey("aws", undefined, arn);
  }

  private constructor(
    /** Where the decrypt policy finds the key again: `static` or `aws`. */
    public readonly source: "static" | "aws",
    private readonly staticKey: IStaticKey | undefined,
    private readonly arn: string | undefined,
  ) {}

  /** @internal the encryption_key block, checked */
  public _render(scope: IConstruct, field: string, vc: IVirtualCluster): { static?: { key: { id: string } }; aws?: { arn: string } } {
    if (this.staticKey) {
      if (!sameGateway(this.staticKey.gateway, vc.gateway)) fail(scope, field, this.staticKey.node.path, "a static key of the virtual cluster's gateway");
      return { static: { key: { id: this.staticKey.staticKeyId } } };
    }
    const arn = this.arn!;
    lengthBetween(scope, `${field}.arn`, arn, KMS_ARN_LENGTH.min, KMS_ARN_LENGTH.max);
    if (unresolved(arn)) checkAtPlan(scope, `${field}.arn`, arn, matches(arn, KMS_ARN), KMS_ARN_ALLOWED);
    else check(scope, new RegExp(KMS_ARN).test(arn), `${field}.arn`, arn, KMS_ARN_ALLOWED);
    return { aws: { arn } };
  }
}

/** What both pairs share: names, labels, who may read the records decrypted. */
export interface EncryptionPairOptions {
  /** The base of the two policies' names: `<name>-encrypt` and `<name>-decrypt`. @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /** @default true */
  readonly enabled?: boolean;
  /**
   * Which consumers receive the records decrypted, as a consume-phase condition, e.g.
   * `Condition.principalIn([billing, audit])` or `Condition.not(Condition.principalIs(producer))`; everyone else
   * receives them encrypted.
   * @default every consumer of the topics
   */
  readonly decryptFor?: Condition;
}

export interface TopicEncryptionOptions extends EncryptionPairOptions {
  /**
   * The topics, as clients name them: exact names, `prefix*` for every topic whose name starts with the prefix, or
   * `*` for all.
   */
  readonly topics: string[];
  /** The key the records are encrypted with; the decrypt policy looks for keys of the same source. */
  readonly key: EncryptionKey;
  /** @default ["value"] */
  readonly parts?: RecordPart[];
  /**
   * A record that cannot be encrypted is rejected (`error`) or stored in plaintext (`passthrough`).
   * @default "error": a record is never stored unencrypted by accident
   */
  readonly encryptFailureMode?: EncryptionFailureMode;
  /**
   * A record that cannot be decrypted errors the consumer's batch (`error`) or reaches it still encrypted
   * (`passthrough`).
   * @default "passthrough": a consumer never stalls on a record it cannot decrypt, and what it gets is the ciphertext
   */
  readonly decryptFailureMode?: EncryptionFailureMode;
}

export interface TopicEncryptionProps extends TopicEncryptionOptions {
  readonly virtualCluster: IVirtualCluster;
}

/** One group of fields encrypted with one key. */
export interface EncryptedFields {
  /** Field selectors of the parsed record (exact matches, e.g. `personal.ssn`). */
  readonly paths: string[];
  readonly key: EncryptionKey;
}

export interface FieldEncryptionOptions extends EncryptionPairOptions {
  /**
   * The schema validation policies the two policies run under (Konnect's `parent_policy_id`): a produce-phase one for
   * the encrypt policy and a consume-phase one for the decrypt policy, of this virtual cluster.
   */
  readonly parents: { readonly produce: IRecordPolicy; readonly consume: IRecordPolicy };
  /** The fields to encrypt, each group with its key. */
  readonly fields: EncryptedFields[];
  /**
   * Topics as in {@link TopicEncryptionOptions.topics}. Needed unless both parents are constructs of this stack with
   * the same condition: otherwise fields could be encrypted on topics where they are never decrypted.
   * @default the topics the parent policies select (both parents must have the same condition)
   */
  readonly topics?: string[];
  /** @default "reject": a record is never stored with a field unencrypted by accident */
  readonly encryptFailureMode?: ProduceFailureMode;
  /** @default "passthrough": the consumer gets the record with the field still encrypted */
  readonly decryptFailureMode?: ConsumeFailureMode;
}

export interface FieldEncryptionProps extends FieldEncryptionOptions {
  readonly virtualCluster: IVirtualCluster;
}

const PARTS: readonly RecordPart[] = ["key", "value"];

/**
 * The provider's list limits (konnect-beta 0.19.0): encrypt_fields holds 1-256 groups of at most 50 paths each, and
 * decrypt_fields.paths, which holds every group's paths, at most 50. Each group has a path, so the 50 paths in all
 * bind before the 256 groups do: that limit needs no check of its own.
 */
const FIELD_LIMITS = { pathsPerGroup: 50, decryptPaths: 50 };

/** The topics as one condition (undefined for `*`: every topic). */
function topicCondition(scope: IConstruct, topics: readonly string[]): Condition | undefined {
  if (unresolved(topics)) fail(scope, "topics", topics, "topic names known at synth");
  if (topics.length === 0) fail(scope, "topics", topics, "at least one topic name, prefix* or *");
  const checked = topics.map((t, i) => {
    const prefix = t.endsWith("*") ? t.slice(0, -1) : undefined;
    if (t === "*") return undefined;
    check(scope, t.length > 0 && !(prefix ?? t).includes("*"), `topics[${i}]`, t, "a topic name, a prefix followed by one '*', or '*'");
    lengthBetween(scope, `topics[${i}]`, prefix ?? t, 1, 249);
    return prefix !== undefined ? Condition.topicStartsWith(prefix) : Condition.topicIs(t);
  });
  if (topics.includes("*")) {
    check(scope, topics.length === 1, "topics", topics, "'*' alone (every topic), or topic names and prefixes without it");
    return undefined;
  }
  return Condition.or(...(checked as Condition[]));
}

function andDefined(...conditions: Array<Condition | undefined>): Condition | undefined {
  const present = conditions.filter((c): c is Condition => c !== undefined);
  return present.length ? Condition.and(...present) : undefined;
}

/** Distinct key sources, in order of first use. */
function keySources(keys: readonly EncryptionKey[]): Array<{ static?: {}; aws?: {} }> {
  return [...new Set(keys.map((k) => k.source))].map((s) => (s === "static" ? { static: {} } : { aws: {} }));
}

// The encrypt policy's resource is the construct's `Default`: checks of values Terraform resolves later (an ARN, a
// condition's values) become its preconditions, which stop the plan before either policy is made.

/** Names both policies and checks what they share. */
function claimPair(scope: Construct, id: string, props: EncryptionPairOptions & { readonly virtualCluster: IVirtualCluster }): { encrypt: string; decrypt: string } {
  const base = props.name ?? id;
  const names = { encrypt: `${base}-encrypt`, decrypt: `${base}-decrypt` };
  validateCommon(scope, base, props);
  lengthBetween(scope, "name", base, 1, 255 - "-decrypt".length);
  const registry = NameRegistry.of(props.virtualCluster, "this virtual cluster");
  registry.claim(scope, "policies", names.encrypt);
  registry.claim(scope, "policies", names.decrypt);
  return names;
}

/**
 * A topic's records encrypted when produced (`konnect_event_gateway_produce_policy_encrypt`) and decrypted for the
 * consumers `decryptFor` selects (`konnect_event_gateway_consume_policy_decrypt`), made together by
 * `vc.encryptTopics(...)`: the same topics and parts, and the decrypt policy's key source taken from the key.
 */
export class TopicEncryption extends Construct {
  /** The produce policy (escape hatch). */
  public readonly encryptResource: encryptGen.KonnectEventGatewayProducePolicyEncrypt;
  /** The consume policy (escape hatch). */
  public readonly decryptResource: decryptGen.KonnectEventGatewayConsumePolicyDecrypt;

  constructor(scope: Construct, id: string, props: TopicEncryptionProps) {
    super(scope, id);
    const vc = props.virtualCluster;
    const names = claimPair(this, id, props);
    const parts = props.parts ?? ["value"];
    // A whole list from Terraform would reach the checks below as cdktf's token text: refused in one line instead.
    if (unresolved(parts)) fail(this, "parts", parts, "key, value or both, known at synth");
    check(this, parts.length > 0 && new Set(parts).size === parts.length, "parts", parts, "key, value or both, each once");
    parts.forEach((p, i) => oneOf(this, `parts[${i}]`, p, PARTS));
    const encryptFailureMode = props.encryptFailureMode ?? "error";
    const decryptFailureMode = props.decryptFailureMode ?? "passthrough";
    oneOf(this, "encryptFailureMode", encryptFailureMode, ["error", "passthrough"]);
    oneOf(this, "decryptFailureMode", decryptFailureMode, ["error", "passthrough"]);
    const topics = topicCondition(this, props.topics);
    const common = policyResourceBase(this, vc, props);
    this.encryptResource = new encryptGen.KonnectEventGatewayProducePolicyEncrypt(this, "Default", {
      ...common,
      name: names.encrypt,
      condition: renderCondition(this, topics, { phase: "produce" }),
      config: { encryptionKey: props.key._render(this, "key", vc), partOfRecord: [...parts], failureMode: encryptFailureMode },
    });
    this.decryptResource = new decryptGen.KonnectEventGatewayConsumePolicyDecrypt(this, "Decrypt", {
      ...common,
      name: names.decrypt,
      condition: renderCondition(this, andDefined(topics, props.decryptFor), { phase: "consume" }),
      config: { keySources: keySources([props.key]), partOfRecord: [...parts], failureMode: decryptFailureMode },
    });
  }
}

/**
 * The parents of a field encryption pair: enabled (when known at synth; Kong runs a child only under its parent), and,
 * without `topics`, with the same condition, so that every field encrypted under the produce parent is decrypted under
 * the consume one.
 */
function checkParents(scope: IConstruct, props: FieldEncryptionProps): void {
  const { produce, consume } = props.parents;
  if (props.enabled !== false) {
    for (const [phase, parent] of [["produce", produce], ["consume", consume]] as const) {
      check(scope, parent.enabled !== false, `parents.${phase}`, `${parent.node.path} (disabled)`, "an enabled policy: Kong runs child policies only under an enabled parent, and fields encrypted without their decryption stay encrypted");
    }
  }
  if (props.topics !== undefined) return;
  const shown = (p: IRecordPolicy) => (p.renderedCondition === undefined ? "unknown" : p.renderedCondition || "none");
  check(
    scope,
    produce.renderedCondition !== undefined && produce.renderedCondition === consume.renderedCondition,
    "parents",
    `conditions: produce ${shown(produce)}; consume ${shown(consume)}`,
    "parents with the same condition known at synth, or topics: otherwise fields can be encrypted on topics where they are never decrypted",
  );
}

/**
 * Fields of parsed records encrypted when produced (`konnect_event_gateway_produce_policy_encrypt_fields`) and
 * decrypted for the consumers `decryptFor` selects (`konnect_event_gateway_consume_policy_decrypt_fields`), each under
 * its phase's schema validation policy, made together by `vc.encryptFields(...)`: the decrypt policy decrypts exactly
 * the paths the encrypt policy encrypts, with the key sources of their keys.
 */
export class FieldEncryption extends Construct {
  public readonly encryptResource: encryptFieldsGen.KonnectEventGatewayProducePolicyEncryptFields;
  public readonly decryptResource: decryptFieldsGen.KonnectEventGatewayConsumePolicyDecryptFields;

  constructor(scope: Construct, id: string, props: FieldEncryptionProps) {
    super(scope, id);
    const vc = props.virtualCluster;
    const names = claimPair(this, id, props);
    const produceParent = parentPolicyId(this, props.parents.produce, { phase: "produce", virtualCluster: vc })!;
    const consumeParent = parentPolicyId(this, props.parents.consume, { phase: "consume", virtualCluster: vc })!;
    checkParents(this, props);
    if (props.fields.length === 0) fail(this, "fields", [], "at least one group of paths with its key");
    const seen = new Set<string>();
    props.fields.forEach((f, i) => {
      if (f.paths.length === 0) fail(this, `fields[${i}].paths`, [], "at least one field path");
      check(this, f.paths.length <= FIELD_LIMITS.pathsPerGroup, `fields[${i}].paths`, f.paths, `at most ${FIELD_LIMITS.pathsPerGroup} paths per group (Konnect's limit)`);
      f.paths.forEach((p, j) => {
        // a path Terraform resolves later passes the first check as cdktf's token text; the second catches its reuse
        check(this, /^\S+$/.test(p) && p.length <= 1000, `fields[${i}].paths[${j}]`, p, "a field path without spaces, at most 1000 characters, e.g. personal.ssn");
        check(this, !seen.has(p), `fields[${i}].paths[${j}]`, p, "each path once: a field is encrypted with one key");
        seen.add(p);
      });
    });
    const allPaths = props.fields.flatMap((f) => f.paths);
    check(this, allPaths.length <= FIELD_LIMITS.decryptPaths, "fields", allPaths, `at most ${FIELD_LIMITS.decryptPaths} paths in all groups together (the decrypt policy lists them all, and Konnect allows ${FIELD_LIMITS.decryptPaths})`);
    const encryptFailureMode = props.encryptFailureMode ?? "reject";
    const decryptFailureMode = props.decryptFailureMode ?? "passthrough";
    oneOf(this, "encryptFailureMode", encryptFailureMode, ["reject", "passthrough", "mark"]);
    oneOf(this, "decryptFailureMode", decryptFailureMode, ["error", "skip", "passthrough", "mark"]);
    const topics = props.topics === undefined ? undefined : topicCondition(this, props.topics);
    const common = policyResourceBase(this, vc, props);
    this.encryptResource = new encryptFieldsGen.KonnectEventGatewayProducePolicyEncryptFields(this, "Default", {
      ...common,
      name: names.encrypt,
      parentPolicyId: produceParent,
      condition: renderCondition(this, topics, { phase: "produce", schemaValidation: true }),
      config: {
        failureMode: encryptFailureMode,
        encryptFields: props.fields.map((f, i) => ({ encryptionKey: f.key._render(this, `fields[${i}].key`, vc), paths: f.paths.map((match) => ({ match })) })),
      },
    });
    this.decryptResource = new decryptFieldsGen.KonnectEventGatewayConsumePolicyDecryptFields(this, "Decrypt", {
      ...common,
      name: names.decrypt,
      parentPolicyId: consumeParent,
      condition: renderCondition(this, andDefined(topics, props.decryptFor), { phase: "consume", schemaValidation: true }),
      config: {
        failureMode: decryptFailureMode,
        keySources: keySources(props.fields.map((f) => f.key)),
        decryptFields: { paths: props.fields.flatMap((f) => f.paths.map((match) => ({ match }))) },
      },
    });
  }
}
