import type { Entry } from "@plistlint/parser";
import { atsDocument } from "../ats/ats-document.js";
import { normalizeDomainKey } from "../ats/domains.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-duplicate-keys", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow the same key twice in one dict, and two domain keys that name the same domain",
      masvs: "—",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 3.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      duplicateKey: "'{{key}}' is set again on line {{line}}, so this entry is ignored: remove one of them.",
      sameDomain: "'{{key}}' and '{{other}}' (line {{line}}) name the same domain, and which one ATS applies is undefined: keep one.",
      trailingDotTwin:
        "'{{key}}' and '{{other}}' (line {{line}}) differ only by a trailing dot, which matches only dotted names: keep one.",
      removeEntry: "Remove this entry",
    },
  },
  create(context) {
    return {
      Dict(dict) {
        const scope = atsDocument(context.sourceCode.ast).scopes.get(dict);
        const isDomainMap = scope === "exception-domains" || scope === "pinned-domains";
        const identity = (entry: Entry): string => (isDomainMap ? normalizeDomainKey(entry.key.value) : entry.key.value);
        const last = new Map<string, Entry>();
        for (const entry of dict.entries) last.set(identity(entry), entry);
        for (const entry of dict.entries) {
          const later = last.get(identity(entry))!;
          if (later === entry) continue;
          const [name, laterName] = [entry.key.value, later.key.value];
          const messageId =
            name === laterName ? "duplicateKey" : name.toLowerCase() === laterName.toLowerCase() ? "sameDomain" : "trailingDotTwin";
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId,
            data: { key: entry.key.value, other: later.key.value, line: later.loc.start.line },
            suggest: [{ messageId: "removeEntry", fix: toFix(context.sourceCode.edits.removeEntries([entry])) }],
          });
        }
      },
    };
  },
});
