import { LineIndex, parse } from "@plistlint/parser";
import { TextSourceCodeBase } from "@eslint/plugin-kit";
import { PlistSourceCode } from "eslint-plugin-plist";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const PLIST = '<?xml version="1.0"?>\r\n<plist version="1.0">\r<dict>\n\t<key>A</key><true/>\r\n</dict>\n</plist>';

describe("LineIndex", () => {
  it("knows where each line starts and ends, whatever its line break", () => {
    const lines = new LineIndex("ab\r\ncd\ref\ngh");
    expect([0, 1, 2, 3, 4, 6, 7, 9, 10, 12].map((offset) => [lines.lineStartOf(offset), lines.lineEndOf(offset)])).toEqual([
      [0, 2], [0, 2], [0, 2], [0, 2], [4, 6], [4, 6], [7, 9], [7, 9], [10, 12], [10, 12],
    ]);
    expect(lines.firstLineBreak).toBe("\r\n");
    expect(new LineIndex("one line").firstLineBreak).toBeUndefined();
    expect(lines.offsetAt({ line: 2, column: 1 })).toBe(5);
    expect(lines.offsetAt({ line: 4, column: 2 })).toBe(12); // the end of the text
    expect(lines.offsetAt({ line: 4, column: 3 })).toBeUndefined();
    expect(lines.offsetAt({ line: 5, column: 0 })).toBeUndefined();
  });
});

/** ESLint's own implementation, for comparison. */
class EslintPositions extends TextSourceCodeBase {
  constructor(text: string, ast: object) {
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
  }
}

const outcome = (run: () => unknown): unknown => {
  try {
    return run();
  } catch (error) {
    return (error as Error).constructor.name;
  }
};

describe("PlistSourceCode positions (getLocFromIndex, getIndexFromLoc)", () => {
  it("answer as ESLint's TextSourceCodeBase does, from the parser's line index", () => {
    const { ast, comments, lines, errors } = parse(PLIST);
    expect(errors).toEqual([]);
    const ours = new PlistSourceCode({ text: PLIST, ast, comments, lines });
    const eslint = new EslintPositions(PLIST, ast);
    fc.assert(
      fc.property(fc.integer({ min: -2, max: PLIST.length + 2 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: -1, max: 40 }), (index, line, column) => {
        expect(outcome(() => ours.getLocFromIndex(index))).toEqual(outcome(() => eslint.getLocFromIndex(index)));
        expect(outcome(() => ours.getIndexFromLoc({ line, column }))).toEqual(outcome(() => eslint.getIndexFromLoc({ line, column })));
      }),
      { numRuns: 2000 },
    );
  });
});
