import { effectivePolicy } from "../ats/policy.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-arbitrary-loads", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow NSAllowsArbitraryLoads = YES, which turns App Transport Security off",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 7.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      arbitraryLoads:
        "NSAllowsArbitraryLoads = {{yes}} turns ATS off for unlisted domains: remove it, or list exceptions per domain.",
      arbitraryLoadsOnOldOS:
        "NSAllowsArbitraryLoads = {{yes}} turns ATS off on {{minimumOS}}, which ignores {{overrides}}: remove it, or raise the minimum OS.",
      removeArbitraryLoads: "Remove NSAllowsArbitraryLoads",
    },
  },
  create(context) {
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        const { entry, inForce, overriddenBy, honouredOn } = policy.arbitraryLoads;
        if (!entry || !inForce) return;
        const { ats, atsEntry } = policy.document;
        // Every copy goes (an earlier duplicate would take over); an ATS dict left empty goes too.
        const copies = ats?.entries.filter((candidate) => candidate.key.value === entry.key.value) ?? [entry];
        const removed = atsEntry && copies.length === ats?.entries.length ? [atsEntry] : copies;
        context.report({
          loc: oneLineLoc(entry.key, context.sourceCode.text),
          messageId: overriddenBy.length > 0 ? "arbitraryLoadsOnOldOS" : "arbitraryLoads",
          data: {
            yes: context.sourceCode.syntax.booleans[1],
            minimumOS: honouredOn.join(" / "),
            overrides: overriddenBy.map((override) => override.key.value).join(", "),
          },
          suggest: [{ messageId: "removeArbitraryLoads", fix: toFix(context.sourceCode.edits.removeEntries(removed)) }],
        });
      },
    };
  },
});
