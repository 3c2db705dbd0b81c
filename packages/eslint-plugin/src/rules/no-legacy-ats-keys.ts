import { hasKey } from "../ats/ats-document.js";
import { atsKey } from "../ats/keys.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-legacy-ats-keys", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow ATS keys Apple removed in 2016 (NSTemporaryException…, NSThirdPartyException…)",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 3.0,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      legacyKey: "Undocumented legacy key {{key}}: use {{replacement}}.",
      renameKey: "Rename to {{replacement}}",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, dict } of scopedEntries(document)) {
          const replacement = atsKey(entry.key.value)?.replacedBy;
          if (!replacement) continue;
          const data = { key: entry.key.value, replacement };
          const alreadySet = hasKey(dict, replacement);
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: "legacyKey",
            data,
            suggest: alreadySet
              ? []
              : [{ messageId: "renameKey", data, fix: toFix(context.sourceCode.edits.renameKey(entry.key, replacement)) }],
          });
        }
      },
    };
  },
});
