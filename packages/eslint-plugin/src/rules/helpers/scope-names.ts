import type { Scope } from "../../ats/keys.js";

/** Where a scope is, in the words messages use ("ATS ignores X in an exception domain: it belongs in …"). */
export const SCOPE_NAMES: Record<Scope, string> = {
  root: "at the top level",
  ats: "in NSAppTransportSecurity",
  "exception-domains": "in NSExceptionDomains, whose keys are domains",
  "exception-domain": "in an exception domain",
  "pinned-domains": "in NSPinnedDomains, whose keys are domains",
  "pinned-domain": "in a pinned domain",
  identity: "in a pinned identity",
};
