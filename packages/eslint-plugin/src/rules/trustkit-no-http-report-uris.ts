import { trustKitConfiguration } from "../ats/trustkit.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";

export default createRule("trustkit-no-http-report-uris", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow http: TrustKit report URIs, which send pin failure reports in cleartext",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 3.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      httpReportUri: "Use an https: report URI for '{{domain}}': pin failure reports would travel in cleartext.",
      useHttps: "Use https:",
    },
  },
  create(context) {
    const { edits } = context.sourceCode;
    return {
      Document(document) {
        for (const { name, reportUris } of trustKitConfiguration(document)?.domains ?? []) {
          for (const { value, uri } of reportUris) {
            if (!/^http:/iu.test(uri) || value.type !== "String") continue;
            context.report({
              loc: value.loc,
              messageId: "httpReportUri",
              data: { domain: name },
              suggest: [{ messageId: "useHttps", fix: toFix(edits.replaceValue(value, { type: "String", value: `https:${uri.slice("http:".length)}` })) }],
            });
          }
        }
      },
    };
  },
});
