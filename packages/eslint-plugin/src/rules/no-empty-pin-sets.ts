import { effectivePolicy } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-empty-pin-sets", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow identity lists that hold no valid pin, which make every connection to the domain fail",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 3.0,
    },
    schema: [],
    messages: {
      noValidPin: "{{list}} for {{domain}} holds no valid pin, so every connection to it fails: add valid pins.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { domain, identityLists } of effectivePolicy(document, context.settings).pinnedDomains) {
          for (const { entry, validPins } of identityLists) {
            // A list that is no array at all pins the domain to nothing, just like an empty one.
            if (validPins.size > 0) continue;
            context.report({ loc: oneLineLoc(entry.key, context.sourceCode.text), messageId: "noValidPin", data: { list: entry.key.value, domain: domainLabel(domain) } });
          }
        }
      },
    };
  },
});
