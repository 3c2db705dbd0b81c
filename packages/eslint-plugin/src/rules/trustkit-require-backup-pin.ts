import { trustKitConfiguration } from "../ats/trustkit.js";
import { createRule } from "../rule.js";

export default createRule("trustkit-require-backup-pin", {
  meta: {
    type: "problem",
    docs: {
      description: "Require two distinct valid TrustKit hashes per pinned domain (one when pinning is not enforced), without which TrustKit refuses to start",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 3.0,
    },
    schema: [],
    messages: {
      noBackup: "Add a backup hash for '{{domain}}': TrustKit refuses to start with fewer than {{required}} distinct valid hashes.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const domain of trustKitConfiguration(document)?.domains ?? []) {
          // An excluded subdomain has no pins of its own; a problem with a hash is trustkit-valid-public-key-hashes'.
          if (domain.excluded || domain.hashes.some((hash) => hash.problem) || domain.validPins.size >= domain.requiredPins) continue;
          context.report({
            loc: (domain.hashesEntry ?? domain.entry).key.loc,
            messageId: "noBackup",
            data: { domain: domain.name, required: domain.requiredPins },
          });
        }
      },
    };
  },
});
