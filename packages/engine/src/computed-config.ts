// ESLint's Linter, given a config as a plain array, builds a FlatConfigArray from it, validates and merges it, and
// matches the file's name against it, on every verify() call: about 1 ms a file, more than parsing and linting a
// typical Info.plist. It takes a FlatConfigArray instead (it recognises one by its getConfig method) and then asks it
// only for the file's config. The built-in preset gives every file the same config, so it is computed once here.
import type { Linter } from "eslint";
import { loadFlatConfigArray } from "./flat-config-array.js";

/**
 * `configs`, calculated once, in the form Linter.verify() takes for a config array: every file gets the config that
 * `/Info.plist` gets (so `configs` must match every file name and ignore none, as the built-in preset's do). Throws
 * ESLint's own error for an invalid config.
 */
export function computedConfig(configs: Linter.Config[]): Linter.Config[] {
  const array = new (loadFlatConfigArray())(configs, { basePath: "/" });
  array.normalizeSync();
  const config = array.getConfig("/Info.plist");
  if (!config) throw new Error("The built-in configuration matches no file");
  // An array, as ESLint's check for a config array asks, that is empty: ESLint reads nothing from it but getConfig.
  return Object.assign([], { getConfig: () => config });
}
