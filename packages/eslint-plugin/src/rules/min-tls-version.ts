import { isBelowTls12, readTlsVersion } from "../ats/values.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { domainSettingEntries } from "./helpers/domain-settings.js";
import { domainLabel, keyLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("min-tls-version", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow a minimum TLS version below TLSv1.2 for exception domains",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 5.0,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      belowTls12: "{{key}} allows deprecated {{version}} for {{domain}}: require TLSv1.2 or later.",
      useTls12: "Require TLSv1.2",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, value, domain } of domainSettingEntries(document, context.settings, "NSExceptionMinimumTLSVersion")) {
          const version = readTlsVersion(value);
          if (!version || !isBelowTls12(version)) continue;
          context.report({
            loc: oneLineLoc(value, context.sourceCode.text),
            messageId: "belowTls12",
            data: { key: keyLabel(entry.key.value), domain: domainLabel(domain), version },
            suggest: [
              {
                messageId: "useTls12",
                fix: toFix(context.sourceCode.edits.replaceValue(value, { type: "String", value: "TLSv1.2" })),
              },
            ],
          });
        }
      },
    };
  },
});
