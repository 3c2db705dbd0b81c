import type { Value } from "@plistlint/parser";
import { atsKey, type ValueKind } from "../ats/keys.js";
import { readBool, readTlsVersion } from "../ats/values.js";
import type { ScalarValue } from "../fix/edits.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

/** The documented type of each kind of value, and how an XML plist and an object literal (JSON, JavaScript) write it. */
const EXPECTED: Record<ValueKind, { type: Value["type"]; xml: string; object: string }> = {
  bool: { type: "Boolean", xml: "<true/> or <false/>", object: "true or false" },
  dict: { type: "Dict", xml: "a <dict>", object: "an object" },
  "domain-map": { type: "Dict", xml: "a <dict> of domain names", object: "an object of domain names" },
  "identity-list": { type: "Array", xml: "an <array> of identity dicts", object: "an array of identity objects" },
  "tls-version": { type: "String", xml: "a <string> such as TLSv1.2", object: "a string such as TLSv1.2" },
  "niap-version": { type: "String", xml: "a <string> (none, FCP_v2.1 or recommended)", object: "a string (none, FCP_v2.1 or recommended)" },
  pin: { type: "String", xml: "a base64 <string>", object: "a base64 string" },
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
      securitySeverity: 3.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      wrongType: "{{key}} must be {{expected}}, not {{actual}}: ATS may ignore this value.",
      domainNotDict: "The settings of '{{domain}}' in {{map}} must be {{dict}}, not {{actual}}: ATS ignores them.",
      identityNotDict: "Item {{position}} of {{key}} must be {{dict}} with SPKI-SHA256-BASE64, not {{actual}}: it is dropped.",
      useType: "Use the {{type}} {{replacement}}",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const shown = (value: Value): string => {
      const text = sourceCode.getText(value);
      return text.length <= MAX_SHOWN && !/[\r\n]/u.test(text) ? text : `<${value.type.toLowerCase()}>`;
    };
    const written = sourceCode.syntax.name === "xml" ? "xml" : "object";
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
              data: { domain: key.value, map, dict: EXPECTED.dict[written], actual: shown(value) },
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
              data: { key: key.value, expected: expected[written], actual: shown(value) },
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
                data: { key: key.value, position: index + 1, dict: EXPECTED.dict[written], actual: shown(item) },
              });
            });
          }
        }
      },
    };
  },
});
