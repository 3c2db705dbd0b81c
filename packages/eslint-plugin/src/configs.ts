import type { Linter } from "eslint";
import type { PlistRuleDocs } from "./rule.js";

export const INFO_PLIST_FILES = ["**/Info.plist", "**/*-Info.plist"];

type Preset = keyof PlistRuleDocs["presets"];

/** A flat-config object for one preset, with each rule's severity taken from its own metadata. */
export function presetConfig(
  preset: Preset,
  plugin: { rules: Record<string, { meta?: { docs?: Partial<PlistRuleDocs> } }> },
): Linter.Config {
  const rules: Linter.RulesRecord = {};
  for (const [id, rule] of Object.entries(plugin.rules)) {
    const severity = rule.meta?.docs?.presets?.[preset];
    if (severity && severity !== "off") rules[`plist/${id}`] = severity;
  }
  return { name: `plist/${preset}`, files: INFO_PLIST_FILES, plugins: { plist: plugin as never }, language: "plist/plist", rules };
}
