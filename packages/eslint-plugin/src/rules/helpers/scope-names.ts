import type { Scope } from "../../ats/keys.js";

/** Where a scope is, in the words messages use. */
export const SCOPE_NAMES: Record<Scope, string> = {
  root: "the top level of Info.plist",
  ats: "NSAppTransportSecurity",
  "exception-domains": "NSExceptionDomains (whose keys are domain names)",
  "exception-domain": "an NSExceptionDomains domain dict",
  "pinned-domains": "NSPinnedDomains (whose keys are domain names)",
  "pinned-domain": "an NSPinnedDomains domain dict",
  identity: "a pinned identity dict",
};
