// npm run lookup:refresh -- [--cache <context file>]: asks Konnect again for every Kong Identity lookup cached in a
// context file (default: KEGW_IDENTITY_CACHE, else kong-identity.context.json), and prints one line per entry.
import { oneLine } from "../constructs/text";
import { KongIdentityError } from "../constructs/kong-identity/api";
import { DEFAULT_CACHE_FILE, refreshKongIdentityCache } from "../constructs/kong-identity/lookup";
import { konnectToken } from "../app/config";

async function main(argv: string[]): Promise<number> {
  let cacheFile = process.env.KEGW_IDENTITY_CACHE || DEFAULT_CACHE_FILE;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--cache" && argv[i + 1]) cacheFile = argv[++i]!;
    else {
      console.error("usage: npm run lookup:refresh -- [--cache <context file>]");
      return 2;
    }
  }
  try {
    const lines = await refreshKongIdentityCache(cacheFile, konnectToken());
    console.log(lines.length ? lines.join("\n") : `no Kong Identity lookups in ${cacheFile}`);
    return 0;
  } catch (e) {
    console.error(oneLine(`error: ${e instanceof KongIdentityError ? e.message : (e as Error).message}`));
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
