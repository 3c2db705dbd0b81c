import { covers, effectivePolicy } from "../ats/policy.js";
import { lastEntry } from "../ats/ats-document.js";
import { readBool } from "../ats/values.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-empty-exception-domains", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow empty exception-domain dicts that change nothing",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "off", strict: "warn" },
      securitySeverity: 1.0,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      empty: "The exception for '{{domain}}' is empty and changes nothing: remove it, or add the settings it was meant to hold.",
      removeDomain: "Remove the entry for '{{domain}}'",
    },
  },
  create(context) {
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        // With a global loosening in force, an empty dict is how a domain opts back into full ATS: it matters.
        if (policy.globalLoosenings.length > 0) return;
        for (const { domain } of policy.exceptionDomains) {
          if (domain.dict?.entries.length !== 0) continue;
          // Under a parent exception that may extend to subdomains, the empty dict is what opts this name out of it.
          const underParent = policy.exceptionDomains.some((other) => {
            const includes = lastEntry(other.domain.dict, "NSIncludesSubdomains");
            const mayInclude = includes !== undefined && readBool(includes.value) !== false;
            return other.domain !== domain && mayInclude && covers(other.domain.name, true, domain.name);
          });
          if (underParent) continue;
          const data = { domain: domain.name };
          context.report({
            loc: oneLineLoc(domain.entry.key, context.sourceCode.text),
            messageId: "empty",
            data,
            suggest: [{ messageId: "removeDomain", data, fix: toFix(context.sourceCode.edits.removeEntries([domain.entry])) }],
          });
        }
      },
    };
  },
});
