import { hasKey } from "../ats/ats-document.js";
import { atsKey, type Scope } from "../ats/keys.js";
import { editDistance, intendedKey } from "../ats/key-suggestions.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { SCOPE_NAMES } from "./helpers/scope-names.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

/** Dicts whose every key must be an ATS key; at the root only near-misses of NSAppTransportSecurity count. */
const CLOSED_SCOPES: readonly Scope[] = ["ats", "exception-domain", "pinned-domain", "identity"];
const ATS = "NSAppTransportSecurity";

function isNearMissOfAts(name: string): boolean {
  return name !== ATS && (intendedKey(name, "root") === ATS || editDistance(name.toLowerCase(), ATS.toLowerCase()) <= 3);
}

export default createRule("no-unknown-ats-keys", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow keys ATS does not know, such as misspellings, which silently do nothing",
      masvs: "—",
      presets: { recommended: "warn", strict: "error" },
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownKey: "'{{key}}' is not an ATS key of {{scope}}: ATS ignores it.",
      unknownKeyDidYouMean: "'{{key}}' is not an ATS key of {{scope}}: ATS ignores it. Did you mean '{{intended}}'?",
      renameKey: "Rename to '{{intended}}'",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, dict, scope } of scopedEntries(document)) {
          const name = entry.key.value;
          const candidate = scope === "root" ? isNearMissOfAts(name) : CLOSED_SCOPES.includes(scope) && !atsKey(name);
          if (!candidate) continue;
          const intended = scope === "root" ? ATS : intendedKey(name, scope);
          const data = { key: name, scope: SCOPE_NAMES[scope], intended: intended ?? "" };
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: intended ? "unknownKeyDidYouMean" : "unknownKey",
            data,
            suggest:
              intended && !hasKey(dict, intended)
                ? [{ messageId: "renameKey", data, fix: toFix(context.sourceCode.edits.renameKey(entry.key, intended)) }]
                : [],
          });
        }
      },
    };
  },
});
