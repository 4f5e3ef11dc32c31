import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { provider } from "../.gen/providers/konnect-beta";

/** Settings of the `kong/konnect-beta` provider. No token here: it is read from the environment. */
export interface KonnectProviderProps {
  /**
   * Konnect API base URL, e.g. `https://eu.api.konghq.com`.
   * @default the provider's own: the `KONNECT_SERVER_URL` environment variable, else `https://global.api.konghq.com`
   */
  readonly serverUrl?: string;
}

/**
 * The `kong/konnect-beta` provider of a stack.
 *
 * The token is never part of the configuration: the provider reads `KONNECT_TOKEN` (personal access token) or
 * `KONNECT_SPAT` (system account token) from the environment when Terraform runs.
 *
 * The resources are typed `konnect_*` while the provider's local name is `konnect-beta`, so every resource must name
 * the provider explicitly (Terraform would otherwise look for a provider called `konnect`). Constructs call
 * {@link KonnectProvider.of} to find the stack's provider and create one with defaults when there is none.
 */
export class KonnectProvider extends Construct {
  /** The stack's konnect-beta provider, created with default settings on first use. */
  public static of(scope: Construct): provider.KonnectBetaProvider {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.children.find((c) => c instanceof KonnectProvider) as KonnectProvider | undefined;
    return (existing ?? new KonnectProvider(stack, "konnect")).provider;
  }

  /** The generated provider binding (escape hatch). */
  public readonly provider: provider.KonnectBetaProvider;

  constructor(scope: Construct, id: string, props: KonnectProviderProps = {}) {
    super(scope, id);
    const stack = TerraformStack.of(this);
    const other = stack.node.children.find((c) => c instanceof KonnectProvider && c !== this);
    if (other) {
      throw new Error(`${this.node.path}: stack ${stack.node.path} already has a konnect-beta provider (${other.node.path}); use one per stack`);
    }
    this.provider = new provider.KonnectBetaProvider(this, "Default", { serverUrl: props.serverUrl });
  }
}
