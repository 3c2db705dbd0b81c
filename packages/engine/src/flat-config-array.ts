// ESLint does not export its FlatConfigArray (see computed-config.ts): it is loaded from the file beside the entry
// of ESLint's Linter. In a bundle, this module is replaced by one that requires that file, bundled with the Linter
// (bundling.ts).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Linter } from "eslint";

export interface FlatConfigArray extends Array<unknown> {
  normalizeSync(): void;
  getConfig(filePath: string): object | undefined;
}

export type FlatConfigArrayClass = new (configs: Linter.Config[], options: { basePath: string }) => FlatConfigArray;

/** Where ESLint keeps it, from the folder of `eslint/universal` (`lib/universal.js`). */
export const FLAT_CONFIG_ARRAY_FILE = ["config", "flat-config-array.js"] as const;

export function loadFlatConfigArray(): FlatConfigArrayClass {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("eslint/universal")), ...FLAT_CONFIG_ARRAY_FILE);
  return (require(file) as { FlatConfigArray: FlatConfigArrayClass }).FlatConfigArray;
}
