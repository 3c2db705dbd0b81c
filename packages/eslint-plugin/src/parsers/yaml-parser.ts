import type { AST } from "yaml-eslint-parser";
import type { Parser } from "./typescript-parser-module.js";
import { loadYamlParser } from "./yaml-parser-module.js";

let loaded: Parser | undefined;

/**
 * yaml-eslint-parser (eslint-plugin-yml's parser), loaded on first use: only YAML sources need it, so a run over
 * Info.plists never pays for it. As a `languageOptions.parser`, ESLint's JavaScript language lints YAML with it, and
 * `# eslint-disable-next-line` comments work. Always the copy this plugin ships with, never the linted project's.
 */
export const yamlParser = {
  meta: { name: "eslint-plugin-plist/yaml-parser" },
  parseForESLint(code: string, options?: object): { ast: AST.YAMLProgram } {
    loaded ??= loadYamlParser();
    return loaded.parseForESLint(code, options) as { ast: AST.YAMLProgram };
  },
};
