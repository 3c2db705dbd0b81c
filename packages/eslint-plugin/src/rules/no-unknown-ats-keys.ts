import { hasKey } from "../ats/ats-document.js";
import { atsKey, type Scope } from "../ats/keys.js";
import { editDistance, intendedKey } from "../ats/key-suggestions.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { SCOPE_NAMES } from "./helpers/scope-names.js";
import { scopedEntries } from "./helpers/scoped-entries.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

/** Dicts whose every key must be an ATS key; at the top level only near-misses count (topLevelIntent). */
const CLOSED_SCOPES: readonly Scope[] = ["ats", "exception-domain", "pinned-domain", "identity"];
const ATS = "NSAppTransportSecurity";

interface TopLevelIntent {
  intended: string;
  insideAts: boolean;
}

/**
 * topLevelIntent's answers: every top-level key of every file is measured against the ATS keys, and the same keys
 * (CFBundleIdentifier, UILaunchStoryboardName, …) recur in every Info.plist of a run. Bounded, for an editor's
 * long-lived process.
 */
const TOP_LEVEL_INTENTS = new Map<string, TopLevelIntent | null>();
const MAX_REMEMBERED = 10_000;

/**
 * What a top-level key that ATS does not know was probably meant as: NSAppTransportSecurity, or a key that belongs
 * inside it (written outside it and misspelt, so that ATS never reads it). Most top-level keys are not ATS's, so only
 * near-misses count; a known ATS key there is no-misplaced-ats-keys' business.
 */
function topLevelIntent(name: string): TopLevelIntent | undefined {
  let intent = TOP_LEVEL_INTENTS.get(name);
  if (intent === undefined) {
    if (TOP_LEVEL_INTENTS.size >= MAX_REMEMBERED) TOP_LEVEL_INTENTS.clear();
    TOP_LEVEL_INTENTS.set(name, (intent = nearMiss(name) ?? null));
  }
  return intent ?? undefined;
}

function nearMiss(name: string): TopLevelIntent | undefined {
  if (atsKey(name)) return undefined;
  if (intendedKey(name, "root") === ATS || editDistance(name.toLowerCase(), ATS.toLowerCase()) <= 3) return { intended: ATS, insideAts: false };
  const global = intendedKey(name, "ats");
  return global ? { intended: global, insideAts: true } : undefined;
}

export default createRule("no-unknown-ats-keys", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow keys ATS does not know, such as misspellings, which silently do nothing",
      masvs: "—",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 3.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownKey: "Unknown ATS key '{{key}}' {{scope}}: ATS ignores it.",
      unknownKeyDidYouMean: "Unknown ATS key '{{key}}' {{scope}}: did you mean '{{intended}}'?",
      globalKeyTypo: "Unknown key '{{key}}' at the top level: did you mean '{{intended}}', inside NSAppTransportSecurity?",
      renameKey: "Rename to '{{intended}}'",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, dict, scope } of scopedEntries(document)) {
          const name = entry.key.value;
          let intended: string | undefined;
          let messageId: "unknownKey" | "unknownKeyDidYouMean" | "globalKeyTypo";
          if (scope === "root") {
            const intent = topLevelIntent(name);
            if (!intent) continue;
            intended = intent.intended;
            messageId = intent.insideAts ? "globalKeyTypo" : "unknownKeyDidYouMean";
          } else {
            if (!CLOSED_SCOPES.includes(scope) || atsKey(name)) continue;
            intended = intendedKey(name, scope);
            messageId = intended ? "unknownKeyDidYouMean" : "unknownKey";
          }
          const data = { key: name, scope: SCOPE_NAMES[scope], intended: intended ?? "" };
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId,
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
