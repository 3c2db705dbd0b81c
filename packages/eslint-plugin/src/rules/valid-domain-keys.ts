import { atsKey } from "../ats/keys.js";
import { checkDomainKey, type DomainKeyProblem } from "../ats/domain-keys.js";
import { lastEntry } from "../ats/ats-document.js";
import { normalizeDomainKey } from "../ats/domains.js";
import { readBool } from "../ats/values.js";
import type { TextEdit } from "../fix/edits.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { scopedEntries } from "./helpers/scoped-entries.js";

const PROBLEM_WORDS: Record<DomainKeyProblem, string> = {
  empty: "is empty",
  whitespace: "contains white space",
  scheme: "has a URL scheme",
  query: "has a query or fragment",
  path: "has a path",
  brackets: "has brackets around an IPv6 address",
  port: "has a port",
  wildcard: "has a wildcard (ATS does not expand '*')",
  uppercase: "has uppercase letters",
  "trailing-dot": "ends with a dot (then it matches only names written with the dot)",
  "invalid-address": "is not a valid IP address or CIDR range",
};

export default createRule("valid-domain-keys", {
  meta: {
    type: "problem",
    docs: {
      description: "Require NSExceptionDomains and NSPinnedDomains keys to be plain lowercase host names, IP addresses or CIDR ranges",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "error", strict: "error" },
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      invalidKey:
        "Domain key '{{key}}' in {{map}} {{problems}}: write a plain lowercase host name, IP address or CIDR range, or these settings may never apply ({{masvs}}).",
      useKey: "Write '{{normalized}}'",
      useKeyWithSubdomains: "Write '{{normalized}}' with NSIncludesSubdomains = YES",
    },
  },
  create(context) {
    const { edits } = context.sourceCode;
    return {
      Document(document) {
        for (const { entry, dict, scope } of scopedEntries(document, ["exception-domains", "pinned-domains"])) {
          const key = entry.key.value;
          // A known ATS key here is a misplaced setting (no-misplaced-ats-keys), not a domain.
          if (atsKey(key)) continue;
          const { problems, normalized, wildcard } = checkDomainKey(key);
          if (problems.length === 0) continue;
          const pinned = scope === "pinned-domains";
          const data = {
            key,
            map: pinned ? "NSPinnedDomains" : "NSExceptionDomains",
            problems: problems.map((problem) => PROBLEM_WORDS[problem]).join(", "),
            masvs: pinned ? "MASVS-NETWORK-2" : "MASVS-NETWORK-1",
            normalized: normalized ?? "",
          };
          // Renaming onto a key that names the same domain would only make a duplicate.
          const taken = dict.entries.some(
            (other) => other !== entry && normalized !== undefined && normalizeDomainKey(other.key.value) === normalized,
          );
          const fix: TextEdit[] | undefined = normalized && !taken ? edits.renameKey(entry.key, normalized) : undefined;
          const addsSubdomains = Boolean(fix && wildcard && entry.value.type === "Dict");
          if (fix && addsSubdomains && entry.value.type === "Dict") {
            const includes = lastEntry(entry.value, "NSIncludesSubdomains");
            if (!includes) fix.push(...edits.insertEntry(entry.value, "NSIncludesSubdomains", { type: "Boolean", value: true }));
            else if (readBool(includes.value) !== true || includes.value.type !== "Boolean") {
              fix.push(...edits.replaceValue(includes.value, { type: "Boolean", value: true }));
            }
          }
          context.report({
            loc: entry.loc,
            messageId: "invalidKey",
            data,
            suggest: fix
              ? [{ messageId: addsSubdomains ? "useKeyWithSubdomains" : "useKey", data, fix: toFix(fix) }]
              : [],
          });
        }
      },
    };
  },
});
