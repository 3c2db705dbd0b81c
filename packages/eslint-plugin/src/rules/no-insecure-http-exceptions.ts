import { normalizeDomainKey, parseAddressKey } from "../ats/domains.js";
import { readBool } from "../ats/values.js";
import { createRule } from "../rule.js";
import { ALLOW_OPTION_SCHEMA, type AllowOptions, allowedDomains } from "./helpers/allow-option.js";
import { domainSettingEntries } from "./helpers/domain-settings.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

/** Exempt unless `allow` is configured (which replaces this list). */
const DEFAULT_ALLOW = ["localhost", "127.0.0.1", "::1"];

export default createRule<AllowOptions, "insecureHTTP">("no-insecure-http-exceptions", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow NSExceptionAllowsInsecureHTTPLoads = YES for exception domains",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
    },
    schema: ALLOW_OPTION_SCHEMA,
    messages: {
      insecureHTTP:
        "{{key}} = YES allows cleartext HTTP to '{{domain}}'{{subdomains}} and lets the app weaken its server-trust checks there (MASVS-NETWORK-1).",
    },
  },
  create(context) {
    const allowed = allowedDomains(context.options, DEFAULT_ALLOW);
    return {
      Document(document) {
        for (const { entry, value, domain, policy } of domainSettingEntries(document, context.settings, "NSExceptionAllowsInsecureHTTPLoads")) {
          if (readBool(value) !== true || allowed.has(normalizeDomainKey(domain.name))) continue;
          // NSIncludesSubdomains means nothing for an IP address or range.
          const includesSubdomains = policy.includesSubdomains.value && !parseAddressKey(domain.name);
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: "insecureHTTP",
            data: { key: entry.key.value, domain: domain.name, subdomains: includesSubdomains ? " and all its subdomains" : "" },
          });
        }
      },
    };
  },
});
