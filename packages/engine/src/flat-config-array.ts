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

/** Where ESLint keeps it: beside `eslint/universal` (`lib/universal.js`), in `lib/config/`. */
export function flatConfigArrayFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve("eslint/universal")), "config", "flat-config-array.js");
}

export function loadFlatConfigArray(): FlatConfigArrayClass {
  return (createRequire(import.meta.url)(flatConfigArrayFile()) as { FlatConfigArray: FlatConfigArrayClass }).FlatConfigArray;
}
