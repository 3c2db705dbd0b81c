import type { Dict } from "@plistlint/parser";
import { atsDocument, hasKey } from "../ats/ats-document.js";
import { atsKey, type AtsKey, type Scope } from "../ats/keys.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { SCOPE_NAMES } from "./helpers/scope-names.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

/**
 * Where a misplaced key should go, when that is unambiguous and moving it only does what was meant: global keys
 * written at the top level, and NSExceptionDomains / NSPinnedDomains nested one level too deep, go into the ATS dict.
 * A global key inside a domain dict is not moved: that would loosen ATS for every domain.
 */
function destination(definition: AtsKey, scope: Scope, ats: Dict | null): Dict | null {
  if (!ats || !definition.scopes.includes("ats")) return null;
  if (scope !== "root" && definition.kind !== "domain-map") return null;
  return hasKey(ats, definition.name) ? null : ats;
}

export default createRule("no-misplaced-ats-keys", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow known ATS keys at the wrong level, where ATS never reads them",
      masvs: "—",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 4.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      misplaced: "ATS ignores {{key}} {{actual}}: it belongs {{expected}}.",
      moveKey: "Move {{key}} into NSAppTransportSecurity",
    },
  },
  create(context) {
    return {
      Document(document) {
        const { ats } = atsDocument(document);
        for (const { entry, scope } of scopedEntries(document)) {
          const definition = atsKey(entry.key.value);
          if (!definition || definition.scopes.includes(scope)) continue;
          const target = destination(definition, scope, ats);
          const data = {
            key: entry.key.value,
            expected: definition.scopes.map((where) => SCOPE_NAMES[where]).join(" or "),
            actual: SCOPE_NAMES[scope],
          };
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: "misplaced",
            data,
            suggest: target
              ? [{ messageId: "moveKey", data, fix: toFix(context.sourceCode.edits.moveEntry(entry, target)) }]
              : [],
          });
        }
      },
    };
  },
});
