import type { Dict, Entry } from "@plistlint/parser";
import { lastEntry } from "../ats/ats-document.js";
import { atsKey, type Scope } from "../ats/keys.js";
import { isLoopback } from "../ats/domains.js";
import { effectivePolicy } from "../ats/policy.js";
import { isBelowTls12, readBool, readTlsVersion } from "../ats/values.js";
import { createRule } from "../rule.js";
import { commentsAbove } from "./helpers/comments-above.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

const JUSTIFICATION = /^\s*Justification:\s*\S/iu;

/** Whether App Review asks for a reason for this entry's value (the registry's justification column). */
function needsJustification(entry: Entry, scope: Scope): boolean {
  const definition = atsKey(entry.key.value);
  // In the wrong place a key is never read (no-misplaced-ats-keys reports it).
  if (!definition?.scopes.includes(scope)) return false;
  const { justification } = definition;
  if (justification === "required") return readBool(entry.value) === true;
  if (justification === "below-tls-1.2") {
    const version = readTlsVersion(entry.value);
    return version !== undefined && isBelowTls12(version);
  }
  return false;
}

interface Loosening {
  entry: Entry;
  /** The domain's own entry, whose comment may justify every setting in it. */
  domainEntry: Entry | undefined;
  domain: string;
}

export default createRule("require-ats-justification", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a `<!-- Justification: … -->` comment above each ATS exception App Review asks about",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "off", strict: "warn" },
      securitySeverity: 2.0,
    },
    schema: [],
    messages: {
      missingJustification: "{{key}}{{domain}} needs a 'Justification:' comment above it{{orDomain}} for App Review.",
    },
  },
  create(context) {
    const { sourceCode } = context;
    // A file that cannot hold a comment (JSON) cannot hold a justification either.
    if (!sourceCode.syntax.comments) return {};
    const above = commentsAbove(sourceCode);
    const directives = new Set(sourceCode.getInlineConfigNodes());
    const justified = (entry: Entry | undefined): boolean => {
      for (const comment of entry ? above(entry) : []) {
        if (JUSTIFICATION.test(comment.value)) return true;
        // Only directive comments may stand between a justification and its key.
        if (!directives.has(comment)) return false;
      }
      return false;
    };
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        const loosenings: Loosening[] = [];
        const consider = (dict: Dict | null, scope: Scope, domainEntry: Entry | undefined, domain: string): void => {
          for (const entry of dict?.entries ?? []) {
            // An earlier duplicate is dead: the OS reads the last entry.
            if (lastEntry(dict, entry.key.value) !== entry) continue;
            if (needsJustification(entry, scope)) loosenings.push({ entry, domainEntry, domain });
          }
        };
        consider(policy.document.ats, "ats", undefined, "");
        // Traffic to a loopback name never leaves the device: nothing for App Review to ask about.
        for (const { domain } of policy.exceptionDomains) {
          if (!isLoopback(domain.name)) consider(domain.dict, "exception-domain", domain.entry, domain.name);
        }
        const { arbitraryLoads } = policy;
        for (const { entry, domainEntry, domain } of loosenings) {
          // An NSAllowsArbitraryLoads that the iOS 10 override cancels at the minimum OS has no effect to justify.
          if (entry === arbitraryLoads.entry && !arbitraryLoads.inForce) continue;
          if (justified(entry) || justified(domainEntry)) continue;
          context.report({
            loc: oneLineLoc(entry.key, context.sourceCode.text),
            messageId: "missingJustification",
            data: {
              key: entry.key.value,
              domain: domain ? ` for '${domain}'` : "",
              orDomain: domain ? " or its domain" : "",
            },
          });
        }
      },
    };
  },
});
