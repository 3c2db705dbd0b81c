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

/** The exempt domains, normalised as domain keys are compared. */
export function allowedDomains(options: Partial<AllowOptions>): Set<string> {
  return new Set((options[0]?.allow ?? []).map(normalizeDomainKey));
}
