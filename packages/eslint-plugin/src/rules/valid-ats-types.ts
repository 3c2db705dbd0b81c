import type { Value } from "@plistlint/parser";
import { atsKey, masvsControl, type ValueKind } from "../ats/keys.js";
import { readBool, readTlsVersion } from "../ats/values.js";
import type { ScalarValue } from "../fix/edits.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

const EXPECTED: Record<ValueKind, { type: Value["type"]; written: string }> = {
  bool: { type: "Boolean", written: "<true/> or <false/>" },
  dict: { type: "Dict", written: "a <dict>" },
  "domain-map": { type: "Dict", written: "a <dict> of domain names" },
  "identity-list": { type: "Array", written: "an <array> of identity dicts" },
  "tls-version": { type: "String", written: "a <string> such as TLSv1.2" },
  "niap-version": { type: "String", written: "a <string> (none, FCP_v2.1 or recommended)" },
  pin: { type: "String", written: "a base64 <string>" },
};

const MAX_SHOWN = 40;

/** The same meaning written with the documented type, when there is one. */
function sameMeaning(kind: ValueKind, value: Value): ScalarValue | undefined {
  if (kind === "bool") {
    const bool = readBool(value);
    return bool === undefined ? undefined : { type: "Boolean", value: bool };
  }
  if (kind === "tls-version" && value.type !== "String") {
    const version = readTlsVersion(value);
    return version && { type: "String", value: version };
  }
  return undefined;
}

export default createRule("valid-ats-types", {
  meta: {
    type: "problem",
    docs: {
      description: "Require ATS keys to have the plist type Apple documents",
      masvs: "—",
      presets: { recommended: "error", strict: "error" },
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      wrongType:
        "{{key}} must be {{expected}}, not {{actual}}: ATS may ignore this value ({{masvs}}).",
      domainNotDict: "The settings of '{{domain}}' in {{map}} must be a <dict>, not {{actual}}: ATS ignores them ({{masvs}}).",
      identityNotDict:
        "Item {{position}} of {{key}} must be a <dict> with SPKI-SHA256-BASE64, not {{actual}}: the Security framework drops it (MASVS-NETWORK-2).",
      useType: "Use the {{type}} {{replacement}}",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const shown = (value: Value): string => {
      const text = sourceCode.getText(value);
      return text.length <= MAX_SHOWN && !/[\r\n]/u.test(text) ? text : `<${value.type.toLowerCase()}>`;
    };
    return {
      Document(document) {
        for (const { entry, scope } of scopedEntries(document)) {
          const { key, value } = entry;
          if (scope === "exception-domains" || scope === "pinned-domains") {
            // A known ATS key here is a misplaced setting, not a domain: no-misplaced-ats-keys reports it.
            if (value.type === "Dict" || atsKey(key.value)) continue;
            const map = scope === "exception-domains" ? "NSExceptionDomains" : "NSPinnedDomains";
            context.report({
              loc: oneLineLoc(value, sourceCode.text),
              messageId: "domainNotDict",
              data: { domain: key.value, map, actual: shown(value), masvs: masvsControl(scope, key.value) },
            });
            continue;
          }
          const definition = atsKey(key.value);
          if (!definition?.scopes.includes(scope)) continue;
          const expected = EXPECTED[definition.kind];
          if (value.type !== expected.type) {
            const replacement = sameMeaning(definition.kind, value);
            const edit = replacement && toFix(sourceCode.edits.replaceValue(value, replacement));
            context.report({
              loc: oneLineLoc(value, sourceCode.text),
              messageId: "wrongType",
              data: { key: key.value, expected: expected.written, actual: shown(value), masvs: masvsControl(scope, key.value) },
              suggest: edit
                ? [
                    {
                      messageId: "useType",
                      data: { type: replacement.type.toLowerCase(), replacement: String(replacement.value) },
                      fix: edit,
                    },
                  ]
                : [],
            });
          } else if (value.type === "Array") {
            value.items.forEach((item, index) => {
              if (item.type === "Dict") return;
              context.report({
                loc: oneLineLoc(item, sourceCode.text),
                messageId: "identityNotDict",
                data: { key: key.value, position: index + 1, actual: shown(item) },
              });
            });
          }
        }
      },
    };
  },
});
