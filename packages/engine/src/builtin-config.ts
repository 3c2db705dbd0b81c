import type { Linter } from "eslint";
import { RuleOverrideError, messageOf, oneLine } from "./errors.js";
import plugin from "eslint-plugin-plist";
import { SOURCE_KINDS, type SourceKind } from "./sources.js";

export type PresetName = "recommended" | "strict";

/** Rule overrides and the deployment target, laid over whichever config a file gets. */
export interface ConfigOverrides {
  rules: Record<string, unknown>;
  minimumOS: Record<string, string>;
}

const SEVERITIES: Record<string, number> = { off: 0, warn: 1, error: 2 };

/** Rules as `eslint --print-config` shows them: each `[severity as a number, ...options]`. */
export function printableRules(rules: Record<string, unknown>): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(rules).map(([ruleId, entry]) => {
      const [severity, ...options] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
      return [ruleId, [typeof severity === "string" ? (SEVERITIES[severity] ?? severity) : severity, ...options]];
    }),
  );
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

/**
 * The override a configuration rejects, once the configuration without overrides was accepted: `check` tries the
 * configuration with each override alone, and the first that fails is to blame.
 */
export async function blameOverride(rules: Record<string, unknown>, check: (rules: Record<string, unknown>) => unknown): Promise<RuleOverrideError | undefined> {
  for (const [ruleId, value] of Object.entries(rules)) {
    try {
      await check({ [ruleId]: value });
    } catch (error) {
      // ESLint names where in the config the rule is (`Config (unnamed): Key "rules": Key "plist/x": …`): the door
      // names the override instead.
      return new RuleOverrideError(ruleId, oneLine(messageOf(error)).replace(/^(?:Config [^:]*: )?Key "rules": Key "[^"]*": /u, ""));
    }
  }
  return undefined;
}
