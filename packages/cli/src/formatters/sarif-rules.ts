import type { Linter, Rule } from "eslint";
import type { PlistRuleDocs } from "eslint-plugin-plist";
import type { ReportingDescriptor } from "sarif";
import { RULE_HELP } from "./rule-help.js";

/** A problem that no rule reported: the file could not be read or parsed. */
export const PARSE_ERROR = "plistlint/parse-error";
/** A problem that no rule reported: an `eslint-disable` (or `eslint-enable`) comment that changes nothing. */
export const UNUSED_DIRECTIVE = "plistlint/unused-directive";

/** The descriptor a problem is filed under: its rule, or one of ours when ESLint reported it without a rule. */
export function descriptorIdOf(message: Linter.LintMessage): string {
  return message.ruleId ?? (message.fatal ? PARSE_ERROR : UNUSED_DIRECTIVE);
}

/** SARIF's friendly name: the rule's name in Pascal case (`plist/no-arbitrary-loads` → `NoArbitraryLoads`). */
function friendlyName(id: string): string {
  return id
    .slice(id.lastIndexOf("/") + 1)
    .split(/[^A-Za-z0-9]+/u)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** Problems that are not security findings, which code scanning ranks by `problem.severity`. */
const OWN_DESCRIPTORS: Record<string, ReportingDescriptor> = {
  [PARSE_ERROR]: {
    id: PARSE_ERROR,
    name: "ParseError",
    shortDescription: { text: "The file could not be read or parsed" },
    fullDescription: {
      text:
        "plistlint could not read the file, or could not parse it as an XML property list or an Expo config, so none of " +
        "its App Transport Security settings were checked.",
    },
    help: {
      text:
        "Correct the file at the position given. A binary or UTF-16 property list must be converted to XML first " +
        "(plutil -convert xml1 Info.plist); a file that could not be read says why.",
      markdown:
        "Correct the file at the position given. A binary or UTF-16 property list must be converted to XML first " +
        "(`plutil -convert xml1 Info.plist`); a file that could not be read says why.",
    },
    properties: { tags: ["correctness"], precision: "very-high", "problem.severity": "error" },
  },
  [UNUSED_DIRECTIVE]: {
    id: UNUSED_DIRECTIVE,
    name: "UnusedDirective",
    shortDescription: { text: "An eslint-disable or eslint-enable comment that changes nothing" },
    fullDescription: {
      text:
        "An eslint-disable comment where the rule reports nothing (any more), or an eslint-enable comment for a rule " +
        "that is not disabled. Left in place, an eslint-disable comment silences a problem that a later edit brings " +
        "there, without anyone deciding to.",
    },
    help: {
      text: "Remove the comment: plistlint --fix and eslint --fix remove it.",
      markdown: "Remove the comment: `plistlint --fix` and `eslint --fix` remove it.",
    },
    properties: { tags: ["maintainability"], precision: "very-high", "problem.severity": "warning" },
  },
};

/** How often our rules' findings are true: they read the settings as written, without guessing at run-time data. */
const PLIST_RULE_PRECISION = "very-high";

/**
 * The descriptor of `id`: ours; a plistlint rule's with its docs page as help, its security-severity, precision and
 * MASVS control; or, for another plugin's rule that a project's config runs, what its metadata says.
 */
export function ruleDescriptor(id: string, meta: Rule.RuleMetaData | undefined): ReportingDescriptor {
  const own = OWN_DESCRIPTORS[id];
  if (own) return own;
  const docs: (Rule.RuleMetaData["docs"] & Partial<PlistRuleDocs>) | undefined = meta?.docs;
  const description = docs?.description ?? `ESLint rule ${id}`;
  const url = docs?.url;
  const help = url ? RULE_HELP[url] : undefined;
  const descriptor: ReportingDescriptor = {
    id,
    name: friendlyName(id),
    shortDescription: { text: description },
    fullDescription: { text: help?.fullDescription ?? description },
    help: help
      ? { text: help.text, markdown: help.markdown }
      : { text: url ? `${description}. Documentation: ${url}` : description, markdown: url ? `${description}. [Documentation](${url})` : description },
    ...(url ? { helpUri: url } : {}),
  };
  if (help && docs?.securitySeverity !== undefined) {
    const masvs = docs.masvs?.startsWith("MASVS") ? [docs.masvs] : [];
    descriptor.properties = {
      // Code scanning filters by tags; the MASVS control says which verification requirement a finding breaks.
      tags: ["security", ...masvs],
      precision: PLIST_RULE_PRECISION,
      "security-severity": docs.securitySeverity.toFixed(1),
    };
  }
  return descriptor;
}
