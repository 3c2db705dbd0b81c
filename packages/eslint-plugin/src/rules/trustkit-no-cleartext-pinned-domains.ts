import { effectivePolicy } from "../ats/policy.js";
import { trustKitCleartext, trustKitConfiguration } from "../ats/trustkit.js";
import { createRule } from "../rule.js";

export default createRule("trustkit-no-cleartext-pinned-domains", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow cleartext HTTP, allowed by App Transport Security, to a domain TrustKit pins",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 6.0,
    },
    schema: [],
    messages: {
      exceptionAllowsHTTP: "Block cleartext HTTP to '{{domain}}': the exception for '{{exception}}' allows it, and http:// bypasses TrustKit's pins.",
      globalAllowsHTTP: "Block cleartext HTTP to '{{domain}}': NSAllowsArbitraryLoads allows it, and http:// bypasses TrustKit's pins.",
    },
  },
  create(context) {
    return {
      Document(document) {
        const domains = trustKitConfiguration(document)?.domains ?? [];
        if (domains.length === 0) return;
        const policy = effectivePolicy(document, context.settings);
        for (const domain of domains) {
          if (domain.excluded) continue;
          const cleartext = trustKitCleartext(policy, domain);
          if (cleartext?.via === "exception") {
            context.report({ loc: domain.entry.key.loc, messageId: "exceptionAllowsHTTP", data: { domain: domain.name, exception: cleartext.exception.domain.name } });
          } else if (cleartext?.via === "arbitrary-loads") {
            context.report({ loc: domain.entry.key.loc, messageId: "globalAllowsHTTP", data: { domain: domain.name } });
          }
        }
      },
    };
  },
});
