import { effectivePolicy } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("require-pin-identities", {
  meta: {
    type: "problem",
    docs: {
      description: "Require each pinned domain to list NSPinnedCAIdentities or NSPinnedLeafIdentities",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 5.0,
    },
    schema: [],
    messages: {
      notPinned: "Pinned domain {{domain}} lists no NSPinnedCAIdentities or NSPinnedLeafIdentities, so nothing is pinned: add them.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { domain, identityLists } of effectivePolicy(document, context.settings).pinnedDomains) {
          if (!domain.dict || identityLists.length > 0) continue;
          context.report({ loc: oneLineLoc(domain.entry.key, context.sourceCode.text), messageId: "notPinned", data: { domain: domainLabel(domain) } });
        }
      },
    };
  },
});
