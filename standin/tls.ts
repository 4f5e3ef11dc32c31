// The TLS group of Konnect's Event Gateway API as the konnect-beta provider 0.19.0 uses it: TLS trust bundles and data
// plane certificates (gateway-level collections, PUT updates) and the listener policy type `tls_server`. Request and
// response fields follow the provider's Go SDK models (CreateTLSTrustBundleRequest, UpdateTLSTrustBundleRequest,
// TLSTrustBundle; Create/UpdateEventGatewayDataPlaneCertificateRequest, EventGatewayDataPlaneCertificate with
// CertificateMetadata; EventGatewayTLSListenerPolicy and its SensitiveDataAware response variant).
import { X509Certificate } from "node:crypto";
import type { CollectionSpec } from "./collection";
import { base, secretOut } from "./views";
import { badRequest } from "./http";
import type { PolicyType } from "./policy-types";
import type { Parents, Store } from "./state";
import { bool, compact, DESCRIPTION, labels, NAME, obj, objList, onlyFields, str } from "./validate";

type Obj = Record<string, unknown>;

const TLS_VERSIONS = ["TLSv1.2", "TLSv1.3"];

export interface TlsCollectionHelpers {
  readonly store: Store;
  /** The gateway of a path (404 when it does not exist). */
  readonly gatewayOf: (params: Record<string, string>) => Parents;
}

/** `/v1/event-gateways/:gatewayId/tls-trust-bundles` and `/data-plane-certificates`. */
export function tlsCollections({ store, gatewayOf }: TlsCollectionHelpers): CollectionSpec[] {
  const trustBundle: CollectionSpec = {
    kind: "tls-trust-bundle",
    what: "TLS trust bundle",
    path: "/v1/event-gateways/:gatewayId/tls-trust-bundles",
    updateMethod: "PUT",
    // "The unique name of the TLS trust bundle."
    uniqueNames: true,
    parents: gatewayOf,
    normalize: ({ body, existing }) => {
      onlyFields(body, "", ["name", "description", "config", "labels"]);
      // A PUT follows UpdateTLSTrustBundleRequest field by field. name, config and labels are optional there with no
      // default: one it leaves out (or sends as null) is kept, as a gateway's PUT does (Konnect documents nothing
      // more; the stand-in's choice). description has the schema default "" (`default:""` in the SDK model, whose
      // marshaller writes `"description": ""` for a nil one): left out or null, it is "", as on create. The provider
      // always sends name, config and description; it leaves labels out when they are empty, so removing every label
      // keeps the old ones (labels is Optional+Computed: no inconsistency; the same as a gateway's labels).
      const prev = existing?.data ?? {};
      const config = existing ? obj(body, "config", "", false) : obj(body, "config", "", true);
      if (config) onlyFields(config, "config.", ["trusted_ca"]);
      return {
        name: str(body, "name", "", !existing, NAME) ?? prev.name,
        description: str(body, "description", "", false, DESCRIPTION) ?? "",
        // Kept and returned as given. Kong's entity page says literal PEMs are "encrypted at rest and omitted from API
        // responses", but the API's TLSTrustBundle has config.trusted_ca required with no sensitive-data-aware
        // variant, and the provider reads it back into a required attribute (an omitted value would make every apply
        // fail as inconsistent): the stand-in follows the contract. A CA certificate is public. Not checked for PEM:
        // Konnect takes vault references here too, and documents no check.
        config: config ? { trusted_ca: str(config, "trusted_ca", "config.", true, { min: 1 }) } : prev.config,
        labels: body.labels !== undefined && body.labels !== null ? labels(body, "") : ((prev.labels as Obj | undefined) ?? {}),
      };
    },
    view: base,
    // Stand-in's choice (Konnect documents nothing), as for a backend cluster a virtual cluster uses: a bundle a TLS
    // server policy trusts cannot be deleted (Terraform deletes the policy first).
    beforeDelete: (o) => {
      const users = store
        .list("listener-policy")
        .filter((p) => p.parents.gatewayId === o.parents.gatewayId && p.data.type === "tls_server" && trustBundleIds(p.data).includes(o.id));
      if (users.length > 0) {
        throw badRequest("id", `TLS trust bundle is used by TLS server policies ${users.map((u) => u.data.name ?? u.id).join(", ")}`);
      }
    },
  };

  const dataPlaneCertificate: CollectionSpec = {
    kind: "data-plane-certificate",
    what: "data plane certificate",
    path: "/v1/event-gateways/:gatewayId/data-plane-certificates",
    updateMethod: "PUT",
    // Names are optional (`"name": null` when not given) and not said to be unique.
    uniqueNames: false,
    parents: gatewayOf,
    normalize: ({ body }) => {
      onlyFields(body, "", ["certificate", "name", "description"]);
      const certificate = str(body, "certificate", "", true, { min: 1 });
      return compact({
        // Returned as given: the provider reads it back into the required attribute.
        certificate,
        name: str(body, "name", "", false, { min: 1, max: 255 }),
        // Left out when not given: the response model's description is null by default, and the attribute is
        // optional without a default.
        description: str(body, "description", "", false),
        metadata: certificateMetadata(certificate),
      });
    },
    view: base,
  };

  return [trustBundle, dataPlaneCertificate];
}

/**
 * CertificateMetadata of the first certificate of a PEM. Konnect extracts it, so it must parse the certificate: the
 * stand-in refuses one it cannot parse (400). Formats are the stand-in's choice where Konnect documents none: subject
 * and issuer as RFC 4514 strings (last RDN first, comma-separated, as Go's pkix.Name.String() writes them), the
 * expiry in Unix seconds, the SHA-256 fingerprint as lowercase hex; key usages are not read (an empty list).
 */
function certificateMetadata(pem: string): Obj {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch {
    throw badRequest("certificate", "must be a PEM-encoded X.509 certificate");
  }
  const sans = (cert.subjectAltName ?? "").split(/,\s*/).filter((s) => s.length > 0);
  const of = (prefix: string) => sans.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length));
  const rfc4514 = (name: string) => name.split("\n").reverse().join(",");
  return {
    issuer: rfc4514(cert.issuer),
    subject: rfc4514(cert.subject),
    key_usages: [],
    expiry: Math.floor(Date.parse(cert.validTo) / 1000),
    san_names: sans.map((s) => s.slice(s.indexOf(":") + 1)),
    dns_names: of("DNS:"),
    email_addresses: of("email:"),
    ip_addresses: of("IP Address:"),
    uris: of("URI:"),
    sha256_fingerprint: cert.fingerprint256.replace(/:/g, "").toLowerCase(),
  };
}

function trustBundleIds(policy: Obj): string[] {
  const auth = (policy.config as Obj | undefined)?.client_authentication as Obj | undefined;
  return ((auth?.tls_trust_bundles as Obj[] | undefined) ?? []).map((b) => b.id as string);
}

/**
 * `tls_server` on a listener. Several may exist on one listener ("only one can be active at a time", Kong says; the
 * API does not refuse a second, so neither does the stand-in). Versions are not checked for min <= max (Konnect
 * documents no such check). Keys are kept, and left out of answers unless they are references.
 */
export const TLS_SERVER: PolicyType = {
  collection: "listener-policy",
  type: "tls_server",
  fields: ["config"],
  normalize: (body, { store, parents }) => {
    const config = obj(body, "config", "", true);
    onlyFields(config, "config.", ["certificates", "versions", "allow_plaintext", "client_authentication"]);
    const certs = objList(config, "certificates", "config.", true, 1)!;
    // The provider's schema (from the API's) allows exactly one.
    if (certs.length > 1) throw badRequest("config.certificates", "must have at most 1 item(s)");
    const certificates = certs.map((c, i) => {
      const p = `config.certificates.${i}.`;
      onlyFields(c, p, ["certificate", "key"]);
      return { certificate: str(c, "certificate", p, true, { min: 1 }), key: str(c, "key", p, true, { min: 1 }) };
    });
    const v = obj(config, "versions", "config.", false);
    let versions: Obj | undefined;
    if (v) {
      onlyFields(v, "config.versions.", ["min", "max"]);
      versions = {
        min: str(v, "min", "config.versions.", false, { oneOf: TLS_VERSIONS }) ?? "TLSv1.2",
        max: str(v, "max", "config.versions.", false, { oneOf: TLS_VERSIONS }) ?? "TLSv1.3",
      };
    }
    const a = obj(config, "client_authentication", "config.", false);
    let clientAuthentication: Obj | undefined;
    if (a) {
      const p = "config.client_authentication.";
      onlyFields(a, p, ["mode", "tls_trust_bundles", "principal_mapping"]);
      const mode = str(a, "mode", p, true, { oneOf: ["required", "requested"] });
      const bundles = objList(a, "tls_trust_bundles", p, true, 1)!.map((b, i) => {
        onlyFields(b, `${p}tls_trust_bundles.${i}.`, ["id"]);
        const id = str(b, "id", `${p}tls_trust_bundles.${i}.`, true, { min: 1 });
        const bundle = store.get("tls-trust-bundle", id);
        if (!bundle || bundle.parents.gatewayId !== parents.gatewayId) {
          throw badRequest(`${p}tls_trust_bundles.${i}.id`, `TLS trust bundle ${id} does not exist in this gateway`);
        }
        return { id };
      });
      clientAuthentication = compact({
        mode,
        tls_trust_bundles: bundles,
        principal_mapping: str(a, "principal_mapping", p, false),
      });
    }
    return {
      config: compact({
        certificates,
        versions,
        allow_plaintext: bool(config, "allow_plaintext", "config.", false),
        client_authentication: clientAuthentication,
      }),
    };
  },
  view: (data) => {
    const config = data.config as Obj;
    const certificates = (config.certificates as Obj[]).map((c) => compact({ certificate: c.certificate, key: secretOut(c.key) }));
    return { config: { ...config, certificates } };
  },
};
