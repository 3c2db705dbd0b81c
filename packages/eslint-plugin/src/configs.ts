import { readFileSync } from "node:fs";
import type { Linter } from "eslint";
import { typescriptParser } from "./parsers/typescript-parser.js";
import { yamlParser } from "./parsers/yaml-parser.js";
import type { PlistRuleDocs } from "./rule.js";
import { NEVER_LINTED_IGNORES, SOURCE_KINDS, type SourceKind, type SourceSyntax, filesOf, holdsSettings, sourceKindOfName } from "./sources.js";

/**
 * How ESLint reads each syntax: the plugin's languages, @eslint/json's JSON5 language (registered as `plist/json`),
 * or JavaScript's with the bundled TypeScript or YAML parser. JSON, JavaScript and YAML are read in the languages a
 * project's other linting uses for them (eslint-plugin-yml's parser, @eslint/json's AST), so both can lint one file.
 */
export const SYNTAX_CONFIGS: Record<SourceSyntax, Pick<Linter.Config, "language" | "languageOptions">> = {
  plist: { language: "plist/plist" },
  // Expo reads app.json as JSON5 (comments and trailing commas allowed); JSON5 reads any JSON.
  json: { language: "plist/json" },
  javascript: {},
  typescript: { languageOptions: { parser: typescriptParser } },
  yaml: { languageOptions: { parser: yamlParser } },
  // XML, but no plist: the Info.plist cordova-ios makes of it, in a language of the plugin's own.
  "cordova-xml": { language: "plist/cordova" },
};

/**
 * The `files` of a kind in ESLint. A kind whose names say nothing (any YAML file may be an XcodeGen spec) matches a
 * file only when its text on disk holds one of the kind's markers, so that `eslint .` never parses every YAML file
 * of a repository (Helm templates are no YAML at all).
 */
function eslintFiles(kind: SourceKind): Linter.Config["files"] {
  if (!kind.names.every((name) => name.startsWith("*."))) return filesOf(kind);
  const matches = (path: string): boolean => {
    if (sourceKindOfName(path.split(/[\\/]/u).at(-1) ?? "") !== kind) return false;
    try {
      return holdsSettings(kind, readFileSync(path, "utf8"));
    } catch {
      return false; // Not on disk (an editor's unsaved buffer): not a source until saved.
    }
  };
  // ESLint's config arrays take a function as a `files` item, which its type declarations leave out.
  return [matches as unknown as string];
}

type Preset = keyof PlistRuleDocs["presets"];

/**
 * A preset as a flat-config array, with each rule's severity taken from its own metadata: one object per kind of
 * source, each skipping the folders plistlint never lints (dependencies, build output) for its own files only, so
 * that a project's other linting is untouched.
 */
export function presetConfig(
  preset: Preset,
  plugin: { rules: Record<string, { meta?: { docs?: Partial<PlistRuleDocs> } }> },
): Linter.Config[] {
  const rules: Linter.RulesRecord = {};
  for (const [id, rule] of Object.entries(plugin.rules)) {
    const severity = rule.meta?.docs?.presets?.[preset];
    if (severity && severity !== "off") rules[`plist/${id}`] = severity;
  }
  const plugins = { plist: plugin as never };
  return SOURCE_KINDS.map((kind) => ({
    name: kind.id === "info-plist" ? `plist/${preset}` : `plist/${preset}/${kind.id}`,
    files: eslintFiles(kind),
    ignores: [...NEVER_LINTED_IGNORES],
    plugins,
    ...SYNTAX_CONFIGS[kind.syntax],
    rules,
  }));
}
