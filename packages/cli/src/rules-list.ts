import plugin from "eslint-plugin-plist";
import { textTable } from "./text-table.js";

export interface RuleSummary {
  ruleId: string;
  recommended: string;
  strict: string;
  fix: "fix" | "suggestion" | "";
  description: string;
  url: string;
}

interface PlistRuleMeta {
  fixable?: string;
  hasSuggestions?: boolean;
  docs?: { description?: string; url?: string; presets?: { recommended?: string; strict?: string } };
}

export function ruleSummaries(): RuleSummary[] {
  return Object.entries(plugin.rules)
    .map(([id, rule]) => {
      const meta = rule.meta as PlistRuleMeta;
      return {
        ruleId: `plist/${id}`,
        recommended: meta.docs?.presets?.recommended ?? "off",
        strict: meta.docs?.presets?.strict ?? "off",
        fix: meta.fixable ? "fix" : meta.hasSuggestions ? "suggestion" : "",
        description: meta.docs?.description ?? "",
        url: meta.docs?.url ?? "",
      } satisfies RuleSummary;
    })
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

/** `plistlint rules`: what each preset turns on, what can be fixed, and where the docs are. */
export function formatRulesText(rules: readonly RuleSummary[]): string {
  const rows = rules.map((rule) => [rule.ruleId, rule.recommended, rule.strict, rule.fix === "fix" ? "fix" : rule.fix === "suggestion" ? "suggestion" : "", rule.url]);
  const legend = "fix: --fix corrects it; suggestion: the editor offers a correction to choose.";
  return `${textTable([["Rule", "recommended", "strict", "Fix", "Docs"], ...rows]).join("\n")}\n\n${legend}\n`;
}
