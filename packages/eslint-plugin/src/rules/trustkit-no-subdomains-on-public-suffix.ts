import { publicSuffixSection } from "../ats/domains.js";
import { trustKitConfiguration } from "../ats/trustkit.js";
import { createRule } from "../rule.js";

export default createRule("trustkit-no-subdomains-on-public-suffix", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow TSKIncludeSubdomains on a public suffix (com, co.uk, appspot.com), for which TrustKit refuses to start",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 3.0,
    },
    schema: [],
    messages: {
      publicSuffix: "Pin a registrable domain, not '{{domain}}': TrustKit refuses to start with TSKIncludeSubdomains on a public suffix.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { name, includeSubdomains } of trustKitConfiguration(document)?.domains ?? []) {
          if (!includeSubdomains.entry || !includeSubdomains.value || publicSuffixSection(name.toLowerCase()) === undefined) continue;
          context.report({ loc: includeSubdomains.entry.key.loc, messageId: "publicSuffix", data: { domain: name } });
        }
      },
    };
  },
});
