import { Construct, IConstruct } from "constructs";
import { konnectEventGatewaySchemaRegistry as gen } from "../.gen/providers/konnect-beta";
import { Duration } from "./duration";
import { gatewayOf, GatewayReference, IEventGateway } from "./event-gateway";
import { checkAtPlan, matches } from "./plan-checks";
import { KonnectProvider } from "./provider";
import { Secret } from "./secret";
import { check, NameRegistry, nonEmpty, oneOf, unresolved, validateCommon } from "./validation";

/** The format of the registry's schemas (Konnect's `schema_type`). */
export type SchemaType = "avro" | "json";
export const SCHEMA_TYPES: readonly SchemaType[] = ["avro", "json"];

/** A schema registry of a gateway, made here or imported: what schema validation policies validate against. */
export interface ISchemaRegistry extends IConstruct {
  /** The registry's ID in Konnect. */
  readonly schemaRegistryId: string;
  /** The gateway it belongs to. */
  readonly gateway: IEventGateway;
}

/** A schema registry made elsewhere, as {@link SchemaRegistry.fromSchemaRegistryAttributes} takes it. */
export interface SchemaRegistryAttributes extends GatewayReference {
  /** The registry's Konnect ID (a literal, or another stack's `registry.schemaRegistryId`). */
  readonly schemaRegistryId: string;
}

export interface SchemaRegistryOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /** The Confluent Schema Registry's URL, `http://` or `https://`, e.g. `https://psrc-123.eu-west-1.aws.confluent.cloud`. */
  readonly endpoint: string;
  /** The format of the schemas: `avro` or `json` (JSON Schema). */
  readonly schemaType: SchemaType;
  /**
   * Total time from connecting to the registry to its answer, in whole seconds (at least 1 second).
   * @default 10 seconds (Konnect's default)
   */
  readonly timeout?: Duration;
  /**
   * HTTP basic authentication; the password is a {@link Secret} (a sensitive variable or a vault reference), never a
   * literal. The user name is written as it is (Konnect returns it).
   * @default none
   */
  readonly basicAuth?: { readonly username: string; readonly password: Secret };
}

export interface SchemaRegistryProps extends SchemaRegistryOptions {
  readonly gateway: IEventGateway;
}

/**
 * `http(s)://host[:port][/path]` without spaces: the same pattern in JavaScript and in Terraform's RE2 (no backslash,
 * which an HCL string would read as an escape).
 */
const HTTP_URL = "^https?://[^ /?#]+([/?#][^ ]*)?$";

/** A Confluent schema registry of a gateway (`konnect_event_gateway_schema_registry`). */
export class SchemaRegistry extends Construct implements ISchemaRegistry {
  /** A schema registry that exists already, for schema validation policies of this app. */
  public static fromSchemaRegistryAttributes(scope: Construct, id: string, attrs: SchemaRegistryAttributes): ISchemaRegistry {
    class Import extends Construct implements ISchemaRegistry {
      public readonly schemaRegistryId = attrs.schemaRegistryId;
      public readonly gateway = gatewayOf(this, attrs);
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "schemaRegistryId", attrs.schemaRegistryId);
    return imported;
  }

  public readonly schemaRegistryId: string;
  public readonly gateway: IEventGateway;
  public readonly name: string;
  public readonly schemaType: SchemaType;
  /** The generated resource (escape hatch). */
  public readonly resource: gen.KonnectEventGatewaySchemaRegistry;

  constructor(scope: Construct, id: string, props: SchemaRegistryProps) {
    super(scope, id);
    this.gateway = props.gateway;
    this.name = props.name ?? id;
    this.schemaType = props.schemaType;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.gateway, "this gateway").claim(this, "schema registries", this.name);
    validateEndpoint(this, props.endpoint);
    oneOf(this, "schemaType", props.schemaType, SCHEMA_TYPES);
    let timeoutSeconds: number | undefined;
    if (props.timeout !== undefined) {
      timeoutSeconds = props.timeout.toSeconds();
      check(this, Number.isInteger(timeoutSeconds) && timeoutSeconds >= 1, "timeout", props.timeout.toString(), "whole seconds, at least 1 second");
    }
    const basic = props.basicAuth;
    if (basic) nonEmpty(this, "basicAuth.username", basic.username);

    this.resource = new gen.KonnectEventGatewaySchemaRegistry(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.gateway.gatewayId,
      confluent: {
        name: this.name,
        // Always sent: the provider never reads confluent.description back, so an unset one would stay unknown.
        description: props.description ?? "",
        labels: props.labels,
        config: {
          endpoint: props.endpoint,
          schemaType: props.schemaType,
          timeoutSeconds,
          authentication: basic && { basic: { username: basic.username, password: basic.password._render() } },
        },
      },
    });
    this.schemaRegistryId = this.resource.id;
  }
}

function validateEndpoint(scope: IConstruct, endpoint: string): void {
  const allowed = "an http:// or https:// URL without spaces, e.g. https://registry.example.com:8081";
  if (unresolved(endpoint)) return checkAtPlan(scope, "endpoint", endpoint, matches(endpoint, HTTP_URL), allowed);
  check(scope, new RegExp(HTTP_URL).test(endpoint), "endpoint", endpoint, allowed);
}
