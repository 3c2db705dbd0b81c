import { effectivePolicy } from "../../ats/policy.js";
import type { PlistRuleDocs } from "../../rule.js";
import { createRule } from "../../rule.js";
import { keyLabel } from "./message-parts.js";
import { oneLineLoc } from "./one-line-loc.js";

/** A rule that reports a global ATS boolean (or its legacy name) set to YES; `consequence` says what that does and what to do. */
export function globalLooseningRule(
  id: string,
  setting: "webContent" | "media" | "localNetworking",
  description: string,
  consequence: string,
  docs: Pick<PlistRuleDocs, "presets" | "securitySeverity">,
) {
  return createRule<[], "enabled">(id, {
    meta: {
      type: "problem",
      docs: { description, masvs: "MASVS-NETWORK-1", ...docs },
      schema: [],
      messages: { enabled: `{{key}} = {{yes}} ${consequence}.` },
    },
    create(context) {
      return {
        Document(document) {
          const { entry, value } = effectivePolicy(document, context.settings)[setting];
          if (!entry || !value) return;
          const { text, syntax } = context.sourceCode;
          context.report({ loc: oneLineLoc(entry.key, text), messageId: "enabled", data: { key: keyLabel(entry.key.value), yes: syntax.booleans[1] } });
        },
      };
    },
  });
}
