import { createRequire } from "node:module";

export interface Parser {
  parseForESLint(code: string, options?: unknown): unknown;
}

/**
 * @typescript-eslint/parser from this plugin's own dependencies. Bundles (the CLI, the language server) replace this
 * module with one that loads the copy they ship beside themselves, so that nothing is ever resolved from the
 * folders around them, which may be a linted repository's.
 */
export function loadTypeScriptParser(): Parser {
  return createRequire(import.meta.url)("@typescript-eslint/parser") as Parser;
}
