import { parseAddressKey } from "../ats/domains.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-subdomains-on-ip", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow NSIncludesSubdomains on an IP address or CIDR range, where it has no effect",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "warn" },
      securitySeverity: 1.0,
    },
    fixable: "code",
    schema: [],
    messages: {
      noEffect: "NSIncludesSubdomains has no effect on '{{domain}}', an IP address or range: remove it.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, domain } of scopedEntries(document, ["exception-domain", "pinned-domain"])) {
          if (entry.key.value !== "NSIncludesSubdomains" || !domain || !parseAddressKey(domain.name)) continue;
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: "noEffect",
            data: { domain: domain.name },
            fix: toFix(context.sourceCode.edits.removeEntries([entry])),
          });
        }
      },
    };
  },
});
