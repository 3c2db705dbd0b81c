// The one place where rules learn that a syntax cannot express an edit: PlistEdits answers null, allOf keeps a change
// whole, and toFix makes no fix of it (ESLint then reports without a fix and leaves the suggestion out).
import type { RuleTextEditor } from "@eslint/core";
import { describe, expect, it } from "vitest";
import { allOf } from "../../packages/eslint-plugin/dist/fix/edits.js";
import { toFix } from "../../packages/eslint-plugin/dist/fix/to-fix.js";

const fixer = { replaceTextRange: (range: [number, number], text: string) => ({ range, text }) } as unknown as RuleTextEditor;

describe("edits a syntax cannot express", () => {
  it("a change with any inexpressible part is inexpressible whole, never made in part", () => {
    const rename = [{ range: [1, 2] as [number, number], text: "a" }];
    expect(allOf(rename, [])).toEqual(rename);
    expect(allOf(rename, null)).toBeNull();
  });

  it("toFix turns null into a fix that changes nothing, and edits into ESLint's", () => {
    expect(toFix(null)(fixer)).toEqual([]);
    expect(toFix([{ range: [0, 3], text: "x" }])(fixer)).toEqual([{ range: [0, 3], text: "x" }]);
  });
});
