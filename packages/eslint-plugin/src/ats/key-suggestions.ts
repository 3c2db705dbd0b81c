import { type Scope, keysOfScope } from "./keys.js";

/** Misspellings and invented keys seen in real Info.plists and answers, and Xcode's display names for the keys. */
const KNOWN_MISTAKES: Readonly<Record<string, string>> = {
  NSAllowArbitraryLoads: "NSAllowsArbitraryLoads",
  NSAllowsArbitraryLoad: "NSAllowsArbitraryLoads",
  NSIncludeSubdomains: "NSIncludesSubdomains",
  NSIncludesSubDomains: "NSIncludesSubdomains",
  NSAPPTransportSecurity: "NSAppTransportSecurity",
  NSExceptionAllowsInsecureHTTPLoad: "NSExceptionAllowsInsecureHTTPLoads",
  NSExceptionAllowsInsecureHTTPSLoads: "NSExceptionAllowsInsecureHTTPLoads",
  NSMinimumTLSVersion: "NSExceptionMinimumTLSVersion",
  NSAllowsArbitraryLoadsForLocalNetworking: "NSAllowsLocalNetworking",
  "SPKI-SHA256-PIN": "SPKI-SHA256-BASE64",
  "App Transport Security Settings": "NSAppTransportSecurity",
  "Allow Arbitrary Loads": "NSAllowsArbitraryLoads",
  "Allow Arbitrary Loads for Media": "NSAllowsArbitraryLoadsForMedia",
  "Allow Arbitrary Loads in Web Content": "NSAllowsArbitraryLoadsInWebContent",
  "Allows Local Networking": "NSAllowsLocalNetworking",
  "Exception Domains": "NSExceptionDomains",
};

const MAX_DISTANCE = 3;

/** Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = MAX_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The key that was probably meant by an unknown key in `scope`: a known mistake first, then a case-insensitive
 * match, then the single closest key within edit distance 3. Undefined when nothing is close or it is ambiguous.
 */
export function intendedKey(name: string, scope: Scope): string | undefined {
  const candidates = keysOfScope(scope).map((key) => key.name);
  const known = KNOWN_MISTAKES[name];
  if (known !== undefined && candidates.includes(known)) return known;
  const lower = name.toLowerCase();
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
    else if (distance === bestDistance) tie = true;
  }
  return best !== undefined && !tie ? best : undefined;
}
