import type { Comment, Entry } from "@plistlint/parser";
import { lastEntry } from "../ats/ats-document.js";
import { namesOf } from "../ats/keys.js";
import { effectivePolicy } from "../ats/policy.js";
import { isBelowTls12, readBool, readTlsVersion } from "../ats/values.js";
import { createRule } from "../rule.js";

const JUSTIFICATION = /^\s*Justification:\s*\S/iu;
const DIRECTIVE = /^\s*eslint(?:-enable|-disable(?:-next-line|-line)?)?(?:\s|$)/u;

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
    },
    schema: [],
    messages: {
      missingJustification:
        "{{key}}{{domain}} needs a justification for App Review: add a comment starting with 'Justification:' directly above its <key>{{orDomain}} (MASVS-NETWORK-1).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    /** Comments by the line they end on: a run of comments directly above a line is read upwards. */
    const commentsEndingOn = new Map<number, Comment>();
    const { lines } = sourceCode;
    for (const comment of sourceCode.comments) {
      const { start, end } = comment.loc;
      // A comment after a value on its line belongs to that entry, not to the key below.
      const alone =
        lines[start.line - 1]!.slice(0, start.column).trim() === "" && lines[end.line - 1]!.slice(end.column).trim() === "";
      if (alone) commentsEndingOn.set(end.line, comment);
    }
    const justified = (entry: Entry | undefined): boolean => {
      if (!entry) return false;
      for (let line = entry.loc.start.line - 1; ; ) {
        const comment = commentsEndingOn.get(line);
        if (!comment) return false;
        if (JUSTIFICATION.test(comment.value)) return true;
        // Only directive comments may stand between a justification and its key.
        if (!DIRECTIVE.test(comment.value)) return false;
        line = comment.loc.start.line - 1;
      }
    };
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        const loosenings: Loosening[] = [];
        const { ats } = policy.document;
        for (const key of ["NSAllowsArbitraryLoads", ...namesOf("NSAllowsArbitraryLoadsForMedia"), "NSAllowsArbitraryLoadsInWebContent"]) {
          const entry = lastEntry(ats, key);
          if (entry && readBool(entry.value) === true) loosenings.push({ entry, domainEntry: undefined, domain: "" });
        }
        for (const { domain } of policy.exceptionDomains) {
          for (const entry of domain.dict?.entries ?? []) {
            const name = entry.key.value;
            // An earlier duplicate is dead: the OS reads the last entry.
            if (lastEntry(domain.dict, name) !== entry) continue;
            const insecure = namesOf("NSExceptionAllowsInsecureHTTPLoads").includes(name) && readBool(entry.value) === true;
            const version = namesOf("NSExceptionMinimumTLSVersion").includes(name) ? readTlsVersion(entry.value) : undefined;
            if (insecure || (version && isBelowTls12(version))) {
              loosenings.push({ entry, domainEntry: domain.entry, domain: domain.name });
            }
          }
        }
        for (const { entry, domainEntry, domain } of loosenings) {
          if (justified(entry) || justified(domainEntry)) continue;
          context.report({
            loc: entry.loc,
            messageId: "missingJustification",
            data: {
              key: entry.key.value,
              domain: domain ? ` for '${domain}'` : "",
              orDomain: domain ? ` or above the '${domain}' key` : "",
            },
          });
        }
      },
    };
  },
});
