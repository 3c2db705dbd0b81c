// ESLint's Linter, given a config as a plain array, builds a FlatConfigArray from it, validates and merges it, and
// matches the file's path against it, on every verify() call: about 1 ms a file, more than parsing and linting a
// typical Info.plist. It takes a FlatConfigArray instead (it recognises one by its getConfig method) and then asks it
// only for the file's config. Here one FlatConfigArray serves the whole run.
import { basename } from "node:path";
import type { Linter } from "eslint";
import { loadFlatConfigArray } from "./flat-config-array.js";

/**
 * `configs`, normalised once, in the form Linter.verify() takes for a config array. A file gets the config of its
 * name alone (`/app.config.cjs`): what the built-in preset applies depends on the name (ESLint's own defaults read
 * `*.cjs` as CommonJS), never on the folders, so the config is calculated once per name, however many files share
 * it. `configs` must match every file name and ignore none, as the built-in preset's do. Throws ESLint's own error
 * for an invalid config.
 */
export function computedConfig(configs: Linter.Config[]): Linter.Config[] {
  const array = new (loadFlatConfigArray())(configs, { basePath: "/" });
  array.normalizeSync();
  // ESLint checks a config when it first calculates one: now, so that a bad config is an error before any file is read.
  if (!array.getConfig("/Info.plist")) throw new Error("The built-in configuration matches no file");
  // An array, as ESLint's check for a config array asks, that is empty: ESLint reads nothing from it but getConfig,
  // and the FlatConfigArray keeps each name's config.
  return Object.assign([], { getConfig: (filePath: string) => array.getConfig(`/${basename(filePath)}`) });
}
