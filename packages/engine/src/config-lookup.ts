import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The file names ESLint 10 looks for, in its order. */
const CONFIG_FILE_NAMES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];

/** Finds the nearest eslint.config.* above each directory, as ESLint 10 does, remembering what it found. */
export class ConfigLookup {
  readonly #found = new Map<string, string | undefined>();

  nearest(directory: string): string | undefined {
    if (this.#found.has(directory)) return this.#found.get(directory);
    const own = CONFIG_FILE_NAMES.map((name) => join(directory, name)).find((path) => existsSync(path));
    const parent = dirname(directory);
    const found = own ?? (parent === directory ? undefined : this.nearest(parent));
    this.#found.set(directory, found);
    return found;
  }
}
