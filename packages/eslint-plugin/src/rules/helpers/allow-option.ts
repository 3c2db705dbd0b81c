import { normalizeDomainKey } from "../../ats/domains.js";

/** The options of rules that exempt some domains: `[{ allow: ["localhost", …] }]`. */
export type AllowOptions = [{ allow?: string[] }];

export const ALLOW_OPTION_SCHEMA = [
  {
    type: "object",
    properties: { allow: { type: "array", items: { type: "string" }, uniqueItems: true } },
    additionalProperties: false,
  },
] as const;

/**
 * The exempt domains, normalised as domain keys are compared: the configured `allow` list, which replaces the
 * rule's default list. (Defaults are applied here rather than through `meta.defaultOptions`, so that ESLint has no
 * options to validate when none are configured: building its validator is a large part of a one-file CLI run.)
 */
export function allowedDomains(options: Partial<AllowOptions>, defaults: readonly string[]): Set<string> {
  return new Set((options[0]?.allow ?? defaults).map(normalizeDomainKey));
}
