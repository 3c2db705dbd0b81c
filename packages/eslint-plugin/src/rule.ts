import type { Node } from "@plistlint/parser";
import type { RuleVisitor, SeverityName } from "@eslint/core";
import type { CustomRuleDefinitionType, CustomRuleVisitorWithExit } from "@eslint/plugin-kit";
import type { PlistSource } from "./language/plist-source.js";

export const DOCS_BASE_URL = "https://github.com/plistlint/plistlint/blob/main/packages/eslint-plugin/docs/rules/";

type NodeOfType<T extends Node["type"]> = Extract<Node, { type: T }>;

export type PlistRuleVisitor = CustomRuleVisitorWithExit<
  { [T in Node["type"]]?: (node: NodeOfType<T>, parent?: Node) => void } & RuleVisitor
>;

/** Documentation metadata every rule carries; presets, docs and the README table are generated from it. */
export type PlistRuleDocs = {
  /** The MASVS control the rule checks, or "—" for structure rules. */
  masvs: "MASVS-NETWORK-1" | "MASVS-NETWORK-2" | "—";
  /** Severity in the `recommended` and `strict` configs. */
  presets: { recommended: SeverityName; strict: SeverityName };
  /**
   * How much a finding weakens the app's transport security, from 0.1 to 10.0 (GitHub code scanning's
   * `security-severity`: 9.0+ critical, 7.0+ high, 4.0+ medium, below low). The scale is docs/security-severity.md.
   */
  securitySeverity: number;
};

/** GitHub code scanning's name for a `securitySeverity` score. */
export type SecurityLevel = "critical" | "high" | "medium" | "low";

/** How code scanning ranks a score: 9.0 and over critical, from 7.0 high, from 4.0 medium, below that low. */
export function securityLevel(score: number): SecurityLevel {
  return score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : "low";
}

export type PlistRuleDefinition<
  Options extends { RuleOptions?: unknown[]; MessageIds?: string } = { RuleOptions: []; MessageIds: string },
> = CustomRuleDefinitionType<
  {
    LangOptions: Record<string, never>;
    Code: PlistSource;
    Visitor: PlistRuleVisitor;
    Node: Node;
  },
  {
    RuleOptions: Options["RuleOptions"] extends unknown[] ? Options["RuleOptions"] : [];
    MessageIds: Options["MessageIds"] extends string ? Options["MessageIds"] : string;
    ExtRuleDocs: PlistRuleDocs;
  }
>;

/**
 * The languages a rule runs in: the plugin's own (under whatever namespace a config gives it), @eslint/json's, in
 * which Expo's app.json is read, and JavaScript for app.config.js/ts.
 */
const RULE_LANGUAGES = ["plist/*", "json/*", "js/js"];

/**
 * Defines a rule and fills in `meta.docs.url` from its id, as eslint-plugin-yml's createRule does, and the
 * languages it runs in.
 */
export function createRule<RuleOptions extends unknown[] = [], MessageIds extends string = string>(
  id: string,
  rule: PlistRuleDefinition<{ RuleOptions: RuleOptions; MessageIds: MessageIds }>,
): PlistRuleDefinition<{ RuleOptions: RuleOptions; MessageIds: MessageIds }> {
  const meta = rule.meta!;
  return {
    ...rule,
    meta: { ...meta, languages: RULE_LANGUAGES, docs: { ...meta.docs!, url: `${DOCS_BASE_URL}${id}.md` } },
  };
}
