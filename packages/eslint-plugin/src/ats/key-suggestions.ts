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

/** Two rows of the distance table, reused: every key of every Info.plist's top level is measured, most of them far. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`. Only the cells within `limit` of
 * the diagonal can stay within it, so each row computes those alone: time grows with the length times the limit.
 */
export function editDistance(a: string, b: string, limit = MAX_DISTANCE): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (previousRow.length <= b.length) [previousRow, currentRow] = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  const beyond = limit + 1;
  for (let j = 0; j <= b.length; j += 1) previousRow[j] = j <= limit ? j : beyond;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    currentRow[0] = i <= limit ? i : beyond;
    if (from > 1) currentRow[from - 1] = beyond;
    let rowMin = currentRow[0];
    for (let j = from; j <= to; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const above = j <= i - 1 + limit ? previousRow[j]! : beyond;
      const value = Math.min(above + 1, currentRow[j - 1]! + 1, previousRow[j - 1]! + cost, beyond);
      currentRow[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) currentRow[to + 1] = beyond;
    if (rowMin > limit) return beyond;
    [previousRow, currentRow] = [currentRow, previousRow];
  }
  return Math.min(previousRow[b.length]!, beyond);
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
