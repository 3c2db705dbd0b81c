import { covers, effectivePolicy, pins } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-cleartext-pinned-domains", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow cleartext HTTP to a domain that is pinned",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "warn", strict: "error" },
    },
    schema: [],
    messages: {
      exceptionAllowsHTTP:
        "Pinned {{domain}} also allows cleartext HTTP (exception '{{exception}}'), which bypasses pinning: allow HTTPS only.",
      globalAllowsHTTP:
        "Pinned {{domain}} also allows cleartext HTTP (NSAllowsArbitraryLoads), which bypasses pinning: allow HTTPS only.",
    },
  },
  create(context) {
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        for (const pinned of policy.pinnedDomains) {
          const name = pinned.domain.name;
          // The exception reaches the pinned name, or names a host the pin certainly applies to.
          const overlaps = (exception: (typeof policy.exceptionDomains)[number]): boolean =>
            covers(exception.domain.name, exception.includesSubdomains.value, name) || pins(pinned, exception.domain.name);
          const listed = policy.exceptionDomains.filter(overlaps);
          const insecure = listed.find((exception) => exception.allowsInsecureHTTP.value);
          if (insecure) {
            context.report({
              loc: oneLineLoc(pinned.domain.entry.key, context.sourceCode.text),
              messageId: "exceptionAllowsHTTP",
              data: { domain: domainLabel(pinned.domain), exception: insecure.domain.name },
            });
            continue;
          }
          // Exempt from the global keys only if an exception covers the pinned name and every subdomain it pins.
          const shielded = listed.some(
            (exception) =>
              covers(exception.domain.name, exception.includesSubdomains.value, name) &&
              (exception.includesSubdomains.value || !pinned.includesSubdomains.value),
          );
          if (policy.arbitraryLoads.inForce && !shielded) {
            context.report({ loc: oneLineLoc(pinned.domain.entry.key, context.sourceCode.text), messageId: "globalAllowsHTTP", data: { domain: domainLabel(pinned.domain) } });
          }
        }
      },
    };
  },
});
