import { atsKey } from "../ats/keys.js";
import { checkDomainKey, type DomainKeyProblem } from "../ats/domain-keys.js";
import { lastEntry } from "../ats/ats-document.js";
import { normalizeDomainKey, parseAddressKey } from "../ats/domains.js";
import { allOf, type Edits } from "../fix/edits.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

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
  "leading-dot": "starts with a dot",
  "trailing-dot": "ends with a dot",
  "invalid-address": "is not a valid IP address or CIDR range",
  "invalid-host": "is not a valid host name",
};

/** What a trailing dot does differs: ATS then matches only names written with it; pinning matches nothing. */
const TRAILING_DOT_EFFECT = {
  "exception-domains": " (it matches only dotted names)",
  "pinned-domains": " (it pins nothing)",
} as const;

export default createRule("valid-domain-keys", {
  meta: {
    type: "problem",
    docs: {
      description: "Require NSExceptionDomains and NSPinnedDomains keys to be plain lowercase host names, IP addresses or CIDR ranges",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 4.0,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      invalidKey: "Domain key '{{key}}' {{problems}}, so it may never match: write '{{normalized}}'.",
      invalidKeyNoFix: "Domain key '{{key}}' {{problems}}, so it may never match: write a lowercase host name, IP or CIDR range.",
      useKey: "Write '{{normalized}}'",
      useKeyWithSubdomains: "Write '{{normalized}}' with NSIncludesSubdomains = {{yes}}",
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
          const data = {
            key,
            problems: problems
              .map((problem) => PROBLEM_WORDS[problem] + (problem === "trailing-dot" ? TRAILING_DOT_EFFECT[scope as keyof typeof TRAILING_DOT_EFFECT] : ""))
              .join(", "),
            normalized: normalized ?? "",
            yes: context.sourceCode.syntax.booleans[1],
          };
          // Renaming onto a key that names the same domain would only make a duplicate.
          const taken = dict.entries.some(
            (other) => other !== entry && normalized !== undefined && normalizeDomainKey(other.key.value) === normalized,
          );
          // An earlier duplicate is dead: renaming it would bring it back.
          const live = lastEntry(dict, key) === entry;
          const renamed = normalized && !taken && live ? edits.renameKey(entry.key, normalized) : undefined;
          const settings = entry.value.type === "Dict" ? entry.value : undefined;
          const includes = settings?.entries.filter((candidate) => candidate.key.value === "NSIncludesSubdomains") ?? [];
          // Subdomains mean nothing for an address, and with several NSIncludesSubdomains no one edit is clear.
          const addsSubdomains = Boolean(renamed && wildcard && settings && normalized && !parseAddressKey(normalized) && includes.length <= 1);
          let fix: Edits | undefined = renamed;
          if (renamed !== undefined && addsSubdomains && settings) {
            const [current] = includes;
            if (!current) fix = allOf(renamed, edits.insertEntry(settings, "NSIncludesSubdomains", { type: "Boolean", value: true }));
            else if (current.value.type !== "Boolean" || !current.value.value) {
              fix = allOf(renamed, edits.replaceValue(current.value, { type: "Boolean", value: true }));
            }
          }
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: normalized ? "invalidKey" : "invalidKeyNoFix",
            data,
            suggest: fix !== undefined
              ? [{ messageId: addsSubdomains ? "useKeyWithSubdomains" : "useKey", data, fix: toFix(fix) }]
              : [],
          });
        }
      },
    };
  },
});
