import { effectivePolicy } from "../ats/policy.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-ignored-arbitrary-loads", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow NSAllowsArbitraryLoads = YES where iOS 10+ ignores it because a newer ATS key is present",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 3.0,
    },
    fixable: "code",
    schema: [],
    messages: {
      ignored: "NSAllowsArbitraryLoads has no effect: iOS 10+ ignores it because of {{overrides}}. Remove it.",
      ignoredExceptOnOldOS:
        "NSAllowsArbitraryLoads is honoured on {{minimumOS}} but ignored on iOS 10+ because of {{overrides}}: raise the minimum OS, or remove it.",
    },
  },
  create(context) {
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        const { entry, value, overriddenBy, honouredOn } = policy.arbitraryLoads;
        // Only a value that would loosen ATS if honoured (YES, a truthy wrong type, a build variable): a NO that the
        // override cancels is the default on every OS, which is no-redundant-ats-defaults' business.
        if (!entry || overriddenBy.length === 0 || value === false) return;
        const noBehaviourChange = honouredOn.length === 0;
        context.report({
          loc: oneLineLoc(entry.key, context.sourceCode.text),
          messageId: noBehaviourChange ? "ignored" : "ignoredExceptOnOldOS",
          data: {
            overrides: overriddenBy.map((override) => override.key.value).join(", "),
            minimumOS: honouredOn.join(" / "),
          },
          fix: noBehaviourChange ? toFix(context.sourceCode.edits.removeEntries([entry])) : null,
        });
      },
    };
  },
});
