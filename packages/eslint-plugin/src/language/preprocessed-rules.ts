import type { SourceLocation } from "@plistlint/parser";
import type { PlistSourceCode, PreprocessedVariant } from "./plist-source-code.js";
import { runVisitors, type Visitors } from "./traversal.js";
import { contextWith } from "./context-with.js";

/** What a rule passes to `context.report`, as far as this wrapper reads it. */
interface Descriptor {
  loc?: SourceLocation | SourceLocation["start"];
  node?: { loc: SourceLocation };
  messageId?: string;
  data?: Record<string, unknown>;
  [other: string]: unknown;
}

interface RuleContext {
  sourceCode: unknown;
  report(descriptor: Descriptor): void;
}

interface Rule {
  meta?: { messages?: Record<string, string> };
  create(context: never): object;
}

/** ESLint's own placeholder syntax: `{{ name }}`, left as written when `data` has no such name. */
function interpolate(text: string, data: Record<string, unknown> = {}): string {
  return text.replace(/\{\{([^{}]+?)\}\}/gu, (written, name: string) => (name.trim() in data ? String(data[name.trim()]) : written));
}

const MAX_LABELS = 2;

/**
 * Runs a rule on every plist a preprocessed Info.plist makes (one per choice of #if branches) and reports each
 * finding once. A finding that some variants have and others do not says where it comes from: the branch that holds
 * it ("[in #if DEBUG]"), else the branches it was found with ("[with #else of #if DEBUG]"); it keeps no fix.
 */
function lintVariants(context: RuleContext, rule: Rule, sourceCode: PlistSourceCode, variants: readonly PreprocessedVariant[]): void {
  const findings = new Map<string, { descriptor: Descriptor; variants: string[] }>();
  for (const variant of variants) {
    const report = (descriptor: Descriptor): void => {
      const key = JSON.stringify([descriptor.messageId, descriptor.data ?? {}, descriptor.loc ?? descriptor.node?.loc]);
      let finding = findings.get(key);
      if (!finding) findings.set(key, (finding = { descriptor, variants: [] }));
      finding.variants.push(variant.label);
    };
    const variantContext = contextWith(context, { sourceCode: variant.sourceCode, report });
    runVisitors(rule.create(variantContext as never) as Visitors, variant.sourceCode.ast);
  }
  for (const { descriptor, variants: foundIn } of findings.values()) {
    if (foundIn.length === variants.length) {
      context.report(descriptor);
      continue;
    }
    const loc = descriptor.loc ?? descriptor.node!.loc;
    const branch = sourceCode.branchAt("start" in loc ? loc.start.line : loc.line);
    const labels = foundIn.length > MAX_LABELS ? [...foundIn.slice(0, MAX_LABELS), "…"] : foundIn;
    const where = branch ? `in ${branch}` : `with ${labels.join(" or ")}`;
    // A fix is an automatic edit that must not change what the app does: what is dead in one variant may be live in
    // another, so only findings every variant has keep theirs. Suggestions, applied by hand, stay.
    const { messageId, data, fix: _variantFix, ...rest } = descriptor;
    const message = interpolate(rule.meta?.messages?.[messageId!] ?? "", data);
    context.report({ ...rest, message: `${message} [${where}]` });
  }
}

/**
 * The rules as the plist language runs them: on a preprocessed Info.plist whose #if branches make different plists,
 * each rule runs on every one of them (ESLint itself traverses one AST per file); otherwise the rule itself.
 */
export function withPreprocessedVariants<Rules extends Record<string, Rule>>(rules: Rules): Rules {
  return Object.fromEntries(
    Object.entries(rules).map(([id, rule]) => [
      id,
      {
        ...rule,
        create(context: RuleContext): object {
          const sourceCode = context.sourceCode as Partial<PlistSourceCode>;
          const variants = sourceCode.variants ?? [];
          if (variants.length === 0) return rule.create(context as never);
          return { "Document:exit": () => lintVariants(context, rule, sourceCode as PlistSourceCode, variants) };
        },
      },
    ]),
  ) as Rules;
}
