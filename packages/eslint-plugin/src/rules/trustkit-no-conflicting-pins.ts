import { effectivePolicy, pins } from "../ats/policy.js";
import { trustKitConfiguration, trustKitPins } from "../ats/trustkit.js";
import { createRule } from "../rule.js";

export default createRule("trustkit-no-conflicting-pins", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow a domain pinned both by TrustKit and by NSPinnedDomains with different keys",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 3.0,
    },
    schema: [],
    messages: {
      conflictingPins: "Pin the same keys for '{{domain}}' in TrustKit and NSPinnedDomains ('{{other}}'): a connection must pass both.",
    },
  },
  create(context) {
    return {
      Document(document) {
        const domains = trustKitConfiguration(document)?.domains ?? [];
        if (domains.length === 0) return;
        const { pinnedDomains } = effectivePolicy(document, context.settings);
        for (const domain of domains) {
          if (domain.excluded || domain.validPins.size === 0) continue;
          for (const pinned of pinnedDomains) {
            // Both apply where one pins the other's name; empty lists are other rules' business.
            const overlap = trustKitPins(domain, pinned.domain.name) || pins(pinned, domain.name);
            const atsPins = new Set(pinned.identityLists.flatMap((list) => [...list.validPins]));
            if (!overlap || atsPins.size === 0) continue;
            const same = atsPins.size === domain.validPins.size && [...atsPins].every((pin) => domain.validPins.has(pin));
            if (same) continue;
            context.report({ loc: domain.entry.key.loc, messageId: "conflictingPins", data: { domain: domain.name, other: pinned.domain.name } });
          }
        }
      },
    };
  },
});
