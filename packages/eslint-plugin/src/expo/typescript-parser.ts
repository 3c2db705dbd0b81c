import { createRequire } from "node:module";

interface Parser {
  parseForESLint(code: string, options?: unknown): unknown;
}

let loaded: Parser | undefined;

/** The parser next to this plugin, else the one the linted project has (as bundled tools have none of their own). */
function load(filePath: string | undefined): Parser {
  const errors: string[] = [];
  for (const base of [import.meta.url, filePath]) {
    if (!base) continue;
    try {
      return createRequire(base)("@typescript-eslint/parser") as Parser;
    } catch (error) {
      errors.push((error as Error).message.split("\n")[0]!);
    }
  }
  throw new Error(`Linting app.config.ts needs @typescript-eslint/parser and typescript: npm install --save-dev @typescript-eslint/parser typescript (${errors.at(-1) ?? "not found"})`);
}

/**
 * @typescript-eslint/parser, loaded on first use: only app.config.ts files need it, and loading TypeScript costs
 * more than linting every Info.plist in a repository.
 */
export const typescriptParser = {
  meta: { name: "eslint-plugin-plist/typescript-parser" },
  parseForESLint(code: string, options?: { filePath?: string }): unknown {
    loaded ??= load(options?.filePath);
    return loaded.parseForESLint(code, options);
  },
};
