import type { Linter } from "eslint";
import plugin, { EXPO_JSON_FILES, EXPO_JS_FILES, EXPO_TS_FILES } from "eslint-plugin-plist";
import type { PresetName } from "./options.js";

export interface ConfigOverrides {
  rules: Record<string, unknown>;
  minimumOS: Record<string, string>;
}

/** `--rule` and `--minimum-os` as one config object, laid over whichever config a file gets. */
export function overrideConfig({ rules, minimumOS }: ConfigOverrides): Linter.Config {
  return {
    rules: rules as Linter.RulesRecord,
    ...(Object.keys(minimumOS).length > 0 ? { settings: { plist: { minimumOS } } } : {}),
  };
}

/**
 * The config for repos without an ESLint config: the preset for every file the CLI was given (explicit paths are
 * linted whatever their name), then the command-line overrides.
 */
export function builtinConfig(preset: PresetName, overrides: ConfigOverrides): Linter.Config[] {
  // Any file named on the command line is read as a plist, unless it is an Expo config (the preset's later objects).
  // ESLint counts "**/*" as matching no file by itself (it is a "universal" pattern); "**/?*" matches every name.
  const [plistObject, ...expoObjects] = plugin.configs[preset];
  const expoFiles = [...EXPO_JSON_FILES, ...EXPO_JS_FILES, ...EXPO_TS_FILES];
  return [{ ...plistObject, files: ["**/?*"], ignores: expoFiles }, ...expoObjects, overrideConfig(overrides)];
}
