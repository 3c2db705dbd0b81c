import { createRequire } from "node:module";
import type { Parser } from "./typescript-parser-module.js";

/**
 * yaml-eslint-parser from this plugin's own dependencies. Bundles (the CLI, the language server) replace this module
 * with one that loads the copy they ship beside themselves, so that nothing is ever resolved from the folders around
 * them, which may be a linted repository's.
 */
export function loadYamlParser(): Parser {
  return createRequire(import.meta.url)("yaml-eslint-parser") as Parser;
}
