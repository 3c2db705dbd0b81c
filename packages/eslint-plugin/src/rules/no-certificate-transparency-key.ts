import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { forDomain, scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-certificate-transparency-key", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow the obsolete NSRequiresCertificateTransparency key",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "warn" },
      securitySeverity: 2.0,
    },
    fixable: "code",
    schema: [],
    messages: {
      obsolete: "NSRequiresCertificateTransparency{{domain}} is obsolete (the system enforces Certificate Transparency): remove it.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, domain } of scopedEntries(document, ["exception-domain"])) {
          if (entry.key.value !== "NSRequiresCertificateTransparency") continue;
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: "obsolete",
            data: { domain: forDomain(domain) },
            fix: toFix(context.sourceCode.edits.removeEntries([entry])),
          });
        }
      },
    };
  },
});
