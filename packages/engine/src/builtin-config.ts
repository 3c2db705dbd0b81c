import type { Linter } from "eslint";
import plugin from "eslint-plugin-plist";
import { SOURCE_KINDS, type SourceKind } from "./sources.js";

export type PresetName = "recommended" | "strict";

/** Rule overrides and the deployment target, laid over whichever config a file gets. */
export interface ConfigOverrides {
  rules: Record<string, unknown>;
  minimumOS: Record<string, string>;
}

/** The overrides as one config object. */
export function overrideConfig({ rules, minimumOS }: ConfigOverrides): Linter.Config {
  return {
    rules: rules as Linter.RulesRecord,
    ...(Object.keys(minimumOS).length > 0 ? { settings: { plist: { minimumOS } } } : {}),
  };
}

/**
 * The preset's object for one kind of source, then the overrides: the config of files outside any project
 * eslint.config.*. It lints whatever file it is given (the caller has chosen the file and its kind: a file named
 * explicitly is read as a plist whatever its name), and a run over plists alone compiles no other kind's patterns.
 */
export function builtinConfig(preset: PresetName, overrides: ConfigOverrides, kind: SourceKind): Linter.Config[] {
  // The presets hold one object per kind, in SOURCE_KINDS' order.
  const { files: _files, ignores: _ignores, ...object } = plugin.configs[preset][SOURCE_KINDS.indexOf(kind)]!;
  // ESLint counts "**/*" as matching no file by itself (it is a "universal" pattern); "**/?*" matches every name.
  return [{ ...object, files: ["**/?*"] }, overrideConfig(overrides)];
}
