import { effectivePolicy, pinnedCleartext } from "../ats/policy.js";
import { createRule } from "../rule.js";

export default createRule("no-cleartext-pinned-domains", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow cleartext HTTP to a domain that is pinned",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
    },
    schema: [],
    messages: {
      exceptionAllowsHTTP:
        "'{{domain}}' is pinned, but the exception for '{{exception}}' allows cleartext HTTP to it: pinning protects only HTTPS, so plain http:// requests bypass it (MASVS-NETWORK-2).",
      globalAllowsHTTP:
        "'{{domain}}' is pinned, but NSAllowsArbitraryLoads allows cleartext HTTP to it: pinning protects only HTTPS, so plain http:// requests bypass it (MASVS-NETWORK-2).",
    },
  },
  create(context) {
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        for (const pinned of policy.pinnedDomains) {
          const cleartext = pinnedCleartext(policy, pinned);
          if (cleartext?.via === "exception") {
            context.report({
              loc: pinned.domain.entry.loc,
              messageId: "exceptionAllowsHTTP",
              data: { domain: pinned.domain.name, exception: cleartext.exception.domain.name },
            });
          } else if (cleartext?.via === "arbitrary-loads") {
            context.report({ loc: pinned.domain.entry.loc, messageId: "globalAllowsHTTP", data: { domain: pinned.domain.name } });
          }
        }
      },
    };
  },
});
