import { isPublicSuffix, normalizeDomainKey, parseAddressKey } from "../ats/domains.js";
import { effectivePolicy } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { ALLOW_OPTION_SCHEMA, type AllowOptions, allowedDomains } from "./helpers/allow-option.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

/** Exempt unless `allow` is configured (which replaces this list). */
const DEFAULT_ALLOW = ["onion"];

const WIDEST_PREFIX = { 4: 16, 6: 48 } as const;

/**
 * A single host-name label (`corp`, `local`, an IDN) or a public suffix. `localhost` and its subdomains are loopback
 * by definition (RFC 6761); keys that are no host name (`localhost:8080`, `$(API_HOST)`) cannot be judged here.
 */
function isTopLevelOrPublicSuffix(name: string): boolean {
  return (/^[\p{L}\p{N}-]+$/u.test(name) && name !== "localhost") || isPublicSuffix(name);
}

export default createRule<AllowOptions, "publicSuffix" | "wideRange">("no-broad-exception-domains", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow loosening exceptions on public suffixes with subdomains, or on wide IP ranges",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
    },
    schema: ALLOW_OPTION_SCHEMA,
    messages: {
      publicSuffix:
        "'{{domain}}' is a top-level name or public suffix, and NSIncludesSubdomains extends its exception ({{loosening}}) to every domain under it (MASVS-NETWORK-1).",
      wideRange:
        "'{{domain}}' spans {{addresses}} addresses (wider than /{{widest}}): its exception ({{loosening}}) covers far more hosts than one network you control (MASVS-NETWORK-1).",
    },
  },
  create(context) {
    const allowed = allowedDomains(context.options, DEFAULT_ALLOW);
    return {
      Document(document) {
        for (const domain of effectivePolicy(document, context.settings).exceptionDomains) {
          const name = normalizeDomainKey(domain.domain.name);
          const loosening = domain.loosenings.join(", ");
          if (!loosening || allowed.has(name)) continue;
          const loc = oneLineLoc(domain.domain.entry.key, context.sourceCode.text);
          const address = parseAddressKey(name);
          if (address) {
            const widest = WIDEST_PREFIX[address.family];
            if (address.prefix === undefined || address.prefix >= widest) continue;
            const addresses = `2^${(address.family === 4 ? 32 : 128) - address.prefix}`;
            context.report({ loc, messageId: "wideRange", data: { domain: name, addresses, widest, loosening } });
          } else if (domain.includesSubdomains.value && isTopLevelOrPublicSuffix(name)) {
            context.report({ loc, messageId: "publicSuffix", data: { domain: name, loosening } });
          }
        }
      },
    };
  },
});
