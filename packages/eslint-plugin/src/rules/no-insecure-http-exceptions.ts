import { normalizeDomainKey, parseAddressKey } from "../ats/domains.js";
import { readBool } from "../ats/values.js";
import { createRule } from "../rule.js";
import { ALLOW_OPTION_SCHEMA, type AllowOptions, allowedDomains } from "./helpers/allow-option.js";
import { domainSettingEntries } from "./helpers/domain-settings.js";
import { domainLabel, keyLabel } from "./helpers/message-parts.js";
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
      securitySeverity: 5.5,
    },
    schema: ALLOW_OPTION_SCHEMA,
    messages: {
      insecureHTTP: "{{key}} = {{yes}} allows cleartext HTTP to {{domain}}{{subdomains}}: use HTTPS instead.",
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
            data: {
              key: keyLabel(entry.key.value),
              yes: context.sourceCode.syntax.booleans[1],
              domain: domainLabel(domain),
              subdomains: includesSubdomains ? " and subdomains" : "",
            },
          });
        }
      },
    };
  },
});
