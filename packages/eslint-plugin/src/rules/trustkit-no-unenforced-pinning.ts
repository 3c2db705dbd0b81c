import { trustKitConfiguration } from "../ats/trustkit.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";

export default createRule("trustkit-no-unenforced-pinning", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow TSKEnforcePinning = false, with which TrustKit only reports a pin failure and connects anyway",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 5.0,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      notEnforced: "Set TSKEnforcePinning to {{true}} for '{{domain}}': otherwise TrustKit connects despite a pin failure.",
      enforce: "Set TSKEnforcePinning to {{true}}",
    },
  },
  create(context) {
    const { edits, syntax } = context.sourceCode;
    return {
      Document(document) {
        for (const { name, enforcePinning } of trustKitConfiguration(document)?.domains ?? []) {
          const { entry } = enforcePinning;
          if (!entry || enforcePinning.value) continue;
          const data = { domain: name, true: syntax.booleans[1] };
          context.report({
            loc: entry.key.loc,
            messageId: "notEnforced",
            data,
            suggest: [{ messageId: "enforce", data, fix: toFix(edits.replaceValue(entry.value, { type: "Boolean", value: true })) }],
          });
        }
      },
    };
  },
});
