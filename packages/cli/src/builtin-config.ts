import type { Linter } from "eslint";
import plugin from "eslint-plugin-plist";
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
 * The config for repos without an ESLint config, then the command-line overrides: for Expo configs, the preset's
 * objects for them; for any other file, its plist object, since a file named on the command line is read as a
 * plist whatever its name. Kept apart so that a plist-only run compiles no Expo file patterns.
 */
export function builtinConfig(preset: PresetName, overrides: ConfigOverrides, expoConfig: boolean): Linter.Config[] {
  const [plistObject, ...expoObjects] = plugin.configs[preset];
  // ESLint counts "**/*" as matching no file by itself (it is a "universal" pattern); "**/?*" matches every name.
  const objects = expoConfig ? expoObjects : [{ ...plistObject, files: ["**/?*"] }];
  return [...objects, overrideConfig(overrides)];
}
