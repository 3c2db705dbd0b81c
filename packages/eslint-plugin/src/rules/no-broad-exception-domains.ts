import { normalizeDomainKey, parseAddressKey, publicSuffixSection } from "../ats/domains.js";
import { effectivePolicy } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { ALLOW_OPTION_SCHEMA, type AllowOptions, allowedDomains } from "./helpers/allow-option.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

/** Exempt unless `allow` is configured (which replaces this list). */
const DEFAULT_ALLOW = ["onion"];

const WIDEST_PREFIX = { 4: 16, 6: 48 } as const;

/**
 * What makes a name too broad to extend an exception to its subdomains, in a message's words: a shared domain on the
 * public suffix list's private section (`akamaihd.net`), a registry suffix (`co.uk`), or a single host-name label
 * (`com`, `corp`, an IDN). `localhost` and its subdomains are loopback by definition (RFC 6761); keys that are no host
 * name (`localhost:8080`, `$(API_HOST)`) cannot be judged here.
 */
function broadKind(name: string): string | undefined {
  const section = publicSuffixSection(name);
  if (section === "private") return "a shared domain (public suffix list)";
  if (/^[\p{L}\p{N}-]+$/u.test(name) && name !== "localhost") return "a top-level name";
  return section === "icann" ? "a public suffix" : undefined;
}

export default createRule<AllowOptions, "publicSuffix" | "wideRange">("no-broad-exception-domains", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow loosening exceptions on public suffixes with subdomains, or on wide IP ranges",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 6.5,
    },
    schema: ALLOW_OPTION_SCHEMA,
    messages: {
      publicSuffix:
        "'{{domain}}' is {{kind}}: NSIncludesSubdomains extends its exception ({{loosening}}) to every site under it. List your own hosts.",
      wideRange: "{{domain}} spans {{addresses}} addresses: narrow its exception ({{loosening}}) to /{{widest}} or less.",
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
          const kind = address || !domain.includesSubdomains.value ? undefined : broadKind(name);
          if (address) {
            const widest = WIDEST_PREFIX[address.family];
            if (address.prefix === undefined || address.prefix >= widest) continue;
            const addresses = `2^${(address.family === 4 ? 32 : 128) - address.prefix}`;
            context.report({ loc, messageId: "wideRange", data: { domain: domainLabel(domain.domain), addresses, widest, loosening } });
          } else if (kind) {
            context.report({ loc, messageId: "publicSuffix", data: { domain: name, kind, loosening } });
          }
        }
      },
    };
  },
});
