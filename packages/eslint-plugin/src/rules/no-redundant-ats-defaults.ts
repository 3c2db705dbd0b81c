import type { Dict, Entry } from "@plistlint/parser";
import { type DomainKind, lastEntry } from "../ats/ats-document.js";
import { ARBITRARY_LOADS_OVERRIDES, namesOf } from "../ats/keys.js";
import { effectivePolicy, presenceMatters } from "../ats/policy.js";
import { readBool, readTlsVersion } from "../ats/values.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";

/** Per-domain keys and the values ATS uses when they are absent. */
const DOMAIN_DEFAULTS: [key: string, isDefault: (entry: Entry) => boolean][] = [
  ["NSIncludesSubdomains", (entry) => readBool(entry.value) === false],
  ["NSExceptionAllowsInsecureHTTPLoads", (entry) => readBool(entry.value) === false],
  ["NSExceptionRequiresForwardSecrecy", (entry) => readBool(entry.value) === true],
  ["NSExceptionMinimumTLSVersion", (entry) => readTlsVersion(entry.value) === "TLSv1.2"],
];

/**
 * The entry that sets `key`, when it is the only one: with a duplicate, removing the default would bring the earlier
 * value back (no-duplicate-keys reports duplicates).
 */
function onlyEntry(dict: Dict | null, key: string): Entry | undefined {
  const entries = dict?.entries.filter((entry) => entry.key.value === key) ?? [];
  return entries.length === 1 ? entries[0] : undefined;
}

/** Explicit defaults in a domain dict; not when a legacy name sets the same thing, since which one wins is unknown. */
function domainDefaults(dict: Dict | null, kind: DomainKind): Entry[] {
  // A pinned domain reads only NSIncludesSubdomains of these; the others are no-misplaced-ats-keys' business there.
  const defaults = kind === "pinned" ? DOMAIN_DEFAULTS.slice(0, 1) : DOMAIN_DEFAULTS;
  return defaults.flatMap(([key, isDefault]) => {
    const entry = onlyEntry(dict, key);
    const [, ...legacyNames] = namesOf(key);
    const legacySet = legacyNames.some((name) => lastEntry(dict, name));
    return entry && isDefault(entry) && !legacySet ? [entry] : [];
  });
}

export default createRule("no-redundant-ats-defaults", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow ATS keys that only restate the default",
      masvs: "—",
      presets: { recommended: "off", strict: "warn" },
    },
    fixable: "code",
    schema: [],
    messages: {
      redundant: "{{key}}{{domain}} restates the default ({{value}}): removing it changes nothing.",
    },
  },
  create(context) {
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        const { ats } = policy.document;
        const globalDefaults = ["NSAllowsArbitraryLoads", ...ARBITRARY_LOADS_OVERRIDES].flatMap((key) => {
          const entry = onlyEntry(ats, key);
          return entry && readBool(entry.value) === false && !presenceMatters(policy, entry) ? [{ entry, domain: "" }] : [];
        });
        // NSAllowsArbitraryLoads next to an override key is no-ignored-arbitrary-loads' business.
        const reported = globalDefaults.filter(
          ({ entry }) => entry !== policy.arbitraryLoads.entry || policy.arbitraryLoads.overriddenBy.length === 0,
        );
        for (const domain of [...policy.document.exceptionDomains, ...policy.document.pinnedDomains]) {
          for (const entry of domainDefaults(domain.dict, domain.kind)) reported.push({ entry, domain: ` for '${domain.name}'` });
        }
        for (const { entry, domain } of reported) {
          context.report({
            loc: entry.loc,
            messageId: "redundant",
            data: { key: entry.key.value, domain, value: context.sourceCode.getText(entry.value).trim() },
            fix: toFix(context.sourceCode.edits.removeEntries([entry])),
          });
        }
      },
    };
  },
});
