import { type Parser, loadTypeScriptParser } from "./typescript-parser-module.js";

let loaded: Parser | undefined;

/**
 * @typescript-eslint/parser, loaded on first use: only app.config.ts files need it, and loading TypeScript costs
 * more than linting every Info.plist in a repository. It is always the parser this plugin ships with (a bundle's
 * own copy), never one found in the linted project: that would run the project's code.
 */
export const typescriptParser = {
  meta: { name: "eslint-plugin-plist/typescript-parser" },
  parseForESLint(code: string, options?: object): unknown {
    loaded ??= loadTypeScriptParser();
    return loaded.parseForESLint(code, options);
  },
};
