import { effectivePolicy } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("require-backup-pin", {
  meta: {
    type: "problem",
    docs: {
      description: "Require at least two distinct valid pins per identity list, so that a key change does not lock users out",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 3.0,
    },
    schema: [],
    messages: {
      noBackup: "{{list}} for {{domain}} has a single valid pin: add a backup pin, or a key change locks users out.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { domain, identityLists } of effectivePolicy(document, context.settings).pinnedDomains) {
          // Each list present must match on its own (both must when both are set), so each needs its own backup.
          for (const { entry, validPins } of identityLists) {
            if (validPins.size !== 1) continue;
            context.report({ loc: oneLineLoc(entry.key, context.sourceCode.text), messageId: "noBackup", data: { list: entry.key.value, domain: domainLabel(domain) } });
          }
        }
      },
    };
  },
});
