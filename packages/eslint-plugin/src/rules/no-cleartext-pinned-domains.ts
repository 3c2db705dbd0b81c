import { effectivePolicy, pinnedCleartext } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-cleartext-pinned-domains", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow cleartext HTTP to a domain that is pinned",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 6.0,
    },
    schema: [],
    messages: {
      exceptionAllowsHTTP:
        "Pinned {{domain}} also allows cleartext HTTP (exception '{{exception}}'), which bypasses pinning: allow HTTPS only.",
      globalAllowsHTTP:
        "Pinned {{domain}} also allows cleartext HTTP (NSAllowsArbitraryLoads), which bypasses pinning: allow HTTPS only.",
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
              loc: oneLineLoc(pinned.domain.entry.key, context.sourceCode.text),
              messageId: "exceptionAllowsHTTP",
              data: { domain: domainLabel(pinned.domain), exception: cleartext.exception.domain.name },
            });
          } else if (cleartext?.via === "arbitrary-loads") {
            context.report({ loc: oneLineLoc(pinned.domain.entry.key, context.sourceCode.text), messageId: "globalAllowsHTTP", data: { domain: domainLabel(pinned.domain) } });
          }
        }
      },
    };
  },
});
