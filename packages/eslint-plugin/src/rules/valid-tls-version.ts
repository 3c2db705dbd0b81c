import { TLS_VERSIONS } from "../ats/keys.js";
import { canonicalTlsVersion, hasBuildVariable } from "../ats/values.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { domainSettingEntries } from "./helpers/domain-settings.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("valid-tls-version", {
  meta: {
    type: "problem",
    docs: {
      description: "Require TLS versions to be spelled exactly TLSv1.0, TLSv1.1, TLSv1.2 or TLSv1.3",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 3.0,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      invalidVersion: "'{{value}}' for {{domain}} is no TLS version ATS reads, so it may be ignored: write {{canonical}}.",
      unknownVersion:
        "'{{value}}' for {{domain}} is no TLS version ATS reads, so it may be ignored: write TLSv1.0, TLSv1.1, TLSv1.2 or TLSv1.3.",
      useCanonical: "Write {{canonical}}",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { value, domain } of domainSettingEntries(document, context.settings, "NSExceptionMinimumTLSVersion")) {
          if (value.type !== "String" || hasBuildVariable(value.value)) continue;
          if ((TLS_VERSIONS as readonly string[]).includes(value.value)) continue;
          const canonical = canonicalTlsVersion(value.value);
          context.report({
            loc: oneLineLoc(value, context.sourceCode.text),
            messageId: canonical ? "invalidVersion" : "unknownVersion",
            data: { value: value.value, domain: domainLabel(domain), canonical: canonical ?? "" },
            suggest: canonical
              ? [
                  {
                    messageId: "useCanonical",
                    data: { canonical },
                    fix: toFix(context.sourceCode.edits.replaceValue(value, { type: "String", value: canonical })),
                  },
                ]
              : [],
          });
        }
      },
    };
  },
});
