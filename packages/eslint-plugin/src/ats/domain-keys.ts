import { isIPv6Address, parseAddressKey } from "./domains.js";
import { hasBuildVariable, withoutTrailing } from "./values.js";

export type DomainKeyProblem =
  | "empty"
  | "whitespace"
  | "scheme"
  | "query"
  | "path"
  | "brackets"
  | "port"
  | "wildcard"
  | "leading-dot"
  | "uppercase"
  | "trailing-dot"
  | "invalid-address"
  | "invalid-host";

export interface DomainKeyCheck {
  problems: DomainKeyProblem[];
  /** The key ATS would match, when the mistakes can be undone. */
  normalized: string | undefined;
  /** `*.example.com`: the author meant the domain and its subdomains. */
  wildcard: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//iu;
/** One label of a host name: letters (any script), digits, `-` and `_`, not starting or ending with `-`. */
const HOST_LABEL = /^(?!-)[\p{L}\p{N}_-]{1,63}(?<!-)$/u;

/** Looks like an IP address or range rather than a host name: it must then parse as one exactly. */
function looksLikeAddress(key: string): boolean {
  return /^[\d.]+(?:\/\d*)?$/u.test(key) || key.includes(":");
}

/**
 * Checks a key of NSExceptionDomains / NSPinnedDomains: a lowercase DNS name, IP address or CIDR range, with no
 * scheme, path, query, port, wildcard, brackets or trailing dot, and says what a well-formed key would be.
 */
export function checkDomainKey(key: string): DomainKeyCheck {
  const problems: DomainKeyProblem[] = [];
  let name = key;
  if (hasBuildVariable(name)) return { problems, normalized: key, wildcard: false };
  if (/\s/u.test(name)) {
    problems.push("whitespace");
    name = name.replace(/\s+/gu, "");
  }
  if (SCHEME.test(name)) {
    problems.push("scheme");
    name = name.replace(SCHEME, "");
  }
  const query = name.search(/[?#]/u);
  if (query !== -1) {
    problems.push("query");
    name = name.slice(0, query);
  }
  const slash = name.indexOf("/");
  if (slash !== -1 && !parseAddressKey(name)) {
    // An address with a prefix length that is out of range is a broken CIDR range, not a path.
    if (looksLikeAddress(name.slice(0, slash)) && /^\d+$/u.test(name.slice(slash + 1))) {
      return { problems: [...problems, "invalid-address"], normalized: undefined, wildcard: false };
    }
    problems.push("path");
    name = name.slice(0, slash);
  }
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/u.exec(name);
  if (bracketed) {
    problems.push("brackets");
    if (bracketed[2] !== undefined) problems.push("port");
    name = bracketed[1]!;
  } else if (/:\d*$/u.test(name) && !isIPv6Address(name) && !parseAddressKey(name)) {
    problems.push("port");
    name = name.replace(/:\d*$/u, "");
  }
  // `*.example.com` and `.example.com` both mean "example.com and its subdomains".
  const starred = name.startsWith("*.");
  const dotted = !starred && name.startsWith(".") && name.length > 1;
  const wildcard = starred || dotted;
  if (wildcard) name = name.slice(starred ? 2 : 1);
  if (starred || name.includes("*")) problems.push("wildcard");
  if (dotted) problems.push("leading-dot");
  if (name !== name.toLowerCase()) {
    problems.push("uppercase");
    name = name.toLowerCase();
  }
  if (name.endsWith(".")) {
    problems.push("trailing-dot");
    name = withoutTrailing(name, ".");
  }
  if (name === "") return { problems: [...problems, "empty"], normalized: undefined, wildcard };
  if (looksLikeAddress(name)) {
    return parseAddressKey(name)
      ? { problems, normalized: name, wildcard }
      : { problems: [...problems, "invalid-address"], normalized: undefined, wildcard };
  }
  if (name.includes("*")) return { problems, normalized: undefined, wildcard };
  if (!name.split(".").every((label) => HOST_LABEL.test(label))) {
    return { problems: [...problems, "invalid-host"], normalized: undefined, wildcard };
  }
  return { problems, normalized: name, wildcard };
}

/**
 * Whether a domain key may never match a host, because it is not written the way Apple documents (a port, a scheme,
 * a wildcard…): what ATS then does is undocumented. The Security framework compares pinned domains without regard
 * to case, so letter case alone does not count there.
 */
export function mayNeverMatch(key: string, kind: "exception" | "pinned"): boolean {
  return checkDomainKey(key).problems.some((problem) => !(kind === "pinned" && problem === "uppercase"));
}
