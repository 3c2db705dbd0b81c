import { trustKitConfiguration } from "../ats/trustkit.js";
import { createRule } from "../rule.js";

export default createRule("trustkit-no-expired-pins", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow a TSKExpirationDate that has passed, after which TrustKit no longer pins the domain",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 5.0,
    },
    schema: [],
    messages: {
      expired: "Renew the pins of '{{domain}}': TSKExpirationDate {{date}} has passed, so TrustKit no longer pins it.",
    },
  },
  create(context) {
    return {
      Document(document) {
        const now = Date.now();
        for (const { name, expiration } of trustKitConfiguration(document)?.domains ?? []) {
          // TrustKit compares the date (midnight UTC) with the time of each connection.
          if (!expiration || expiration.date.getTime() >= now) continue;
          context.report({
            loc: expiration.entry.value.loc,
            messageId: "expired",
            data: { domain: name, date: expiration.date.toISOString().slice(0, 10) },
          });
        }
      },
    };
  },
});
