import type { Linter } from "eslint";
import { typescriptParser } from "./expo/typescript-parser.js";
import type { PlistRuleDocs } from "./rule.js";

export const INFO_PLIST_FILES = ["**/Info.plist", "**/*-Info.plist"];
/** Where Expo apps write their Info.plist: `expo.ios.infoPlist` in JSON, `ios.infoPlist` in JavaScript/TypeScript. */
export const EXPO_JSON_FILES = ["**/app.json", "**/app.config.json"];
export const EXPO_JS_FILES = ["**/app.config.js", "**/app.config.mjs", "**/app.config.cjs"];
export const EXPO_TS_FILES = ["**/app.config.ts", "**/app.config.mts", "**/app.config.cts"];

type Preset = keyof PlistRuleDocs["presets"];

/**
 * A preset as a flat-config array, with each rule's severity taken from its own metadata: the same rules for
 * Info.plist files, for Expo's app.json, and for app.config.js/ts.
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
  // JSON has no comments, so a Justification comment cannot be written there.
  const { "plist/require-ats-justification": _justification, ...jsonRules } = rules;
  return [
    { name: `plist/${preset}`, files: INFO_PLIST_FILES, plugins, language: "plist/plist", rules },
    { name: `plist/${preset}/expo-json`, files: EXPO_JSON_FILES, plugins, language: "plist/json", rules: jsonRules },
    { name: `plist/${preset}/expo-js`, files: EXPO_JS_FILES, plugins, rules },
    { name: `plist/${preset}/expo-ts`, files: EXPO_TS_FILES, plugins, languageOptions: { parser: typescriptParser }, rules },
  ];
}
