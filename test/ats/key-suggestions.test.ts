// The edit distance behind "did you mean …", against the textbook table it computes a band of, on generated words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../packages/eslint-plugin/dist/ats/key-suggestions.js";

/** Levenshtein distance by the full table, capped at `limit + 1` as editDistance reports "too far". */
function tableDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

describe("editDistance", () => {
  it("is the Levenshtein distance up to its limit, and limit + 1 beyond", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "S"), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(tableDistance(a, b, limit));
      }),
      { numRuns: 3000 },
    );
  });

  it("measures the misspellings seen in real Info.plists", () => {
    expect(editDistance("NSAllowArbitraryLoads", "NSAllowsArbitraryLoads")).toBe(1);
    expect(editDistance("NSExceptionAllowsInsecureHTTPLoad", "NSExceptionAllowsInsecureHTTPLoads")).toBe(1);
    expect(editDistance("CFBundleIdentifier", "NSAllowsArbitraryLoads")).toBe(4);
  });
});
