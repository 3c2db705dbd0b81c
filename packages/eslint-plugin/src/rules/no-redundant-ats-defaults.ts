import type { Dict, Entry, Value } from "@plistlint/parser";
import { type DomainKind, lastEntry } from "../ats/ats-document.js";
import { ARBITRARY_LOADS_OVERRIDES, atsKey, namesOf } from "../ats/keys.js";
import { effectivePolicy, presenceMatters } from "../ats/policy.js";
import { toFix } from "../fix/to-fix.js";
import type { PlistSyntax } from "../language/plist-source.js";
import { createRule } from "../rule.js";
import { commentsAbove } from "./helpers/comments-above.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

const GLOBAL_KEYS = ["NSAllowsArbitraryLoads", ...ARBITRARY_LOADS_OVERRIDES];
const EXCEPTION_KEYS = [
  "NSIncludesSubdomains",
  "NSExceptionAllowsInsecureHTTPLoads",
  "NSExceptionRequiresForwardSecrecy",
  "NSExceptionMinimumTLSVersion",
];
/** A pinned domain reads only NSIncludesSubdomains of these; the others are no-misplaced-ats-keys' business there. */
const PINNED_KEYS = ["NSIncludesSubdomains"];

/**
 * The entry that sets `key` to exactly its registry default (`<false/>`, `<true/>`, `<string>TLSv1.2</string>`), when
 * removing it provably changes nothing: it is the only entry for the key (with a duplicate, the earlier value would
 * come back) and no legacy name sets the same thing (which one wins is unknown).
 */
function explicitDefault(dict: Dict | null, key: string): Entry | undefined {
  const entries = dict?.entries.filter((entry) => entry.key.value === key) ?? [];
  const [, ...legacyNames] = namesOf(key);
  if (entries.length !== 1 || legacyNames.some((name) => lastEntry(dict, name))) return undefined;
  const [entry] = entries as [Entry];
  const { value } = entry;
  const definition = atsKey(key);
  const written =
    definition?.kind === "bool"
      ? value.type === "Boolean" && (value.value ? "YES" : "NO")
      : value.type === "String" && value.value;
  return written !== false && written === definition?.defaultValue ? entry : undefined;
}

/** The value as the file writes it: `NO` in an XML plist, `false` in JSON, the text of a string. */
function writtenValue(value: Value, syntax: PlistSyntax): string {
  if (value.type === "Boolean") return syntax.booleans[value.value ? 1 : 0];
  return value.type === "String" ? value.value : "";
}

function domainKeys(kind: DomainKind): string[] {
  return kind === "pinned" ? PINNED_KEYS : EXCEPTION_KEYS;
}

export default createRule("no-redundant-ats-defaults", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow ATS keys that only restate the default",
      masvs: "—",
      presets: { recommended: "off", strict: "warn" },
      securitySeverity: 1.0,
    },
    fixable: "code",
    schema: [],
    messages: {
      redundant: "{{key}} = {{value}}{{domain}} restates the default: remove it.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const above = commentsAbove(sourceCode);
    const directives = new Set(sourceCode.getInlineConfigNodes());
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        const { ats, exceptionDomains, pinnedDomains } = policy.document;
        // NSAllowsArbitraryLoads = NO next to an override key (React Native's and Expo's template) is reported here:
        // the override cancels nothing, as NO is the default on every OS.
        const reported = GLOBAL_KEYS.flatMap((key) => {
          const entry = explicitDefault(ats, key);
          return entry && !presenceMatters(policy, entry) ? [{ entry, domain: "" }] : [];
        });
        for (const domain of [...exceptionDomains, ...pinnedDomains]) {
          for (const key of domainKeys(domain.kind)) {
            const entry = explicitDefault(domain.dict, key);
            if (entry) reported.push({ entry, domain: ` for '${domain.name}'` });
          }
        }
        for (const { entry, domain } of reported) {
          // A comment above the entry is about it ("Do not change NSAllowsArbitraryLoads to true…"): removing the
          // entry alone would strand it, so the author removes both.
          const documented = above(entry).some((comment) => !directives.has(comment));
          context.report({
            loc: oneLineLoc(entry.key, sourceCode.text),
            messageId: "redundant",
            data: { key: entry.key.value, domain, value: writtenValue(entry.value, sourceCode.syntax) },
            fix: documented ? null : toFix(sourceCode.edits.removeEntries([entry])),
          });
        }
      },
    };
  },
});
