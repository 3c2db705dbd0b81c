import type { Linter } from "eslint";
import { typescriptParser } from "./parsers/typescript-parser.js";
import type { PlistRuleDocs } from "./rule.js";
import { NEVER_LINTED_IGNORES, SOURCE_KINDS, type SourceKind, filesOf } from "./sources.js";

/** How ESLint reads each kind of source: the plugin's languages, or JavaScript with the bundled TypeScript parser. */
export const KIND_CONFIGS: Record<SourceKind["id"], Pick<Linter.Config, "language" | "languageOptions">> = {
  "info-plist": { language: "plist/plist" },
  // Expo reads app.json as JSON5 (comments and trailing commas allowed).
  "expo-json": { language: "plist/json" },
  "expo-js": {},
  "expo-ts": { languageOptions: { parser: typescriptParser } },
};

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
    files: filesOf(kind),
    ignores: [...NEVER_LINTED_IGNORES],
    plugins,
    ...KIND_CONFIGS[kind.id],
    rules,
  }));
}
