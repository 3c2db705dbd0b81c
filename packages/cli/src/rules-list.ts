import plugin, { type PlistRuleDocs, securityLevel } from "eslint-plugin-plist";
import { textTable } from "./text-table.js";

export interface RuleSummary {
  ruleId: string;
  recommended: string;
  strict: string;
  fix: "fix" | "suggestion" | "";
  /** GitHub code scanning's security-severity, 0.1 to 10.0 (docs/security-severity.md). */
  securitySeverity: number;
  description: string;
  url: string;
}

interface PlistRuleMeta {
  fixable?: string;
  hasSuggestions?: boolean;
  docs?: PlistRuleDocs & { description?: string; url?: string };
}

export function ruleSummaries(): RuleSummary[] {
  return Object.entries(plugin.rules)
    .map(([id, rule]) => {
      const meta = rule.meta as PlistRuleMeta;
      return {
        ruleId: `plist/${id}`,
        recommended: meta.docs?.presets.recommended ?? "off",
        strict: meta.docs?.presets.strict ?? "off",
        fix: meta.fixable ? "fix" : meta.hasSuggestions ? "suggestion" : "",
        securitySeverity: meta.docs?.securitySeverity ?? 0,
        description: meta.docs?.description ?? "",
        url: meta.docs?.url ?? "",
      } satisfies RuleSummary;
    })
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

/** `plistlint rules`: what each preset turns on, what can be fixed, how severe a finding is, and where the docs are. */
export function formatRulesText(rules: readonly RuleSummary[]): string {
  const rows = rules.map((rule) => [
    rule.ruleId,
    rule.recommended,
    rule.strict,
    rule.fix,
    `${rule.securitySeverity.toFixed(1)} ${securityLevel(rule.securitySeverity)}`,
    rule.url,
  ]);
  const legend = "fix: --fix corrects it; suggestion: the editor offers a correction to choose. Severity: GitHub code scanning's security-severity.";
  return `${textTable([["Rule", "recommended", "strict", "Fix", "Severity", "Docs"], ...rows]).join("\n")}\n\n${legend}\n`;
}
