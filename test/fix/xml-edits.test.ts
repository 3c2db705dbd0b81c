import { type Dict, type Entry, parse } from "@plistlint/parser";
import { type Edits, PlistSourceCode } from "eslint-plugin-plist";
import { describe, expect, it } from "vitest";

function sourceOf(text: string): PlistSourceCode {
  const { ast, comments, errors, lines } = parse(text);
  expect(errors).toEqual([]);
  return new PlistSourceCode({ text, ast, comments, lines });
}

/** Applies non-overlapping edits, as ESLint does, and checks the result is still a well-formed plist. */
function apply(text: string, edits: Edits): string {
  // XML can express every edit.
  if (edits === null) throw new Error("XmlEdits gave no edits");
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  sorted.forEach((edit, i) => i > 0 && expect(edit.range[0]).toBeGreaterThanOrEqual(sorted[i - 1]!.range[1]));
  let output = text;
  for (const edit of sorted.reverse()) output = output.slice(0, edit.range[0]) + edit.text + output.slice(edit.range[1]);
  expect(parse(output).errors).toEqual([]);
  return output;
}

function rootEntries(source: PlistSourceCode): Entry[] {
  return (source.ast.value as Dict).entries;
}

function entryNamed(dict: Dict, key: string): Entry {
  return dict.entries.find((entry) => entry.key.value === key)!;
}

const wrap = (body: string): string => `<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;

describe("XmlEdits.removeEntries", () => {
  it("merges the removals of neighbours on one line", () => {
    const text = wrap("\t<key>A</key><true/> <key>A</key><true/>\n\t<key>B</key><false/>");
    const source = sourceOf(text);
    const copies = rootEntries(source).filter((entry) => entry.key.value === "A");
    expect(apply(text, source.edits.removeEntries(copies))).toBe(wrap("\t<key>B</key><false/>"));
  });

  it("removes whole lines, keeping CRLF and the neighbours", () => {
    const text = wrap("\t<key>A</key>\n\t<true/>\n\t<key>B</key>\n\t<false/>").replace(/\n/gu, "\r\n");
    const source = sourceOf(text);
    expect(apply(text, source.edits.removeEntries([rootEntries(source)[0]!]))).toBe(
      wrap("\t<key>B</key>\n\t<false/>").replace(/\n/gu, "\r\n"),
    );
  });
});

describe("XmlEdits.moveEntry", () => {
  const move = (body: string): string => {
    const text = wrap(body);
    const source = sourceOf(text);
    const target = entryNamed(source.ast.value as Dict, "Target").value as Dict;
    return apply(text, source.edits.moveEntry(entryNamed(source.ast.value as Dict, "Moved"), target));
  };

  it("appends after the target's last entry with its indentation", () => {
    expect(move("\t<key>Target</key>\n\t<dict>\n\t\t<key>A</key>\n\t\t<true/>\n\t</dict>\n\t<key>Moved</key>\n\t<dict>\n\t\t<key>B</key>\n\t\t<true/>\n\t</dict>")).toBe(
      wrap("\t<key>Target</key>\n\t<dict>\n\t\t<key>A</key>\n\t\t<true/>\n\t\t<key>Moved</key>\n\t\t<dict>\n\t\t\t<key>B</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>"),
    );
  });

  it("fills a self-closing dict", () => {
    expect(move("\t<key>Target</key>\n\t<dict/>\n\t<key>Moved</key>\n\t<true/>")).toBe(
      wrap("\t<key>Target</key>\n\t<dict>\n\t\t<key>Moved</key>\n\t\t<true/>\n\t</dict>"),
    );
  });

  it("inserts into an empty dict whose tags carry spaces, before its end tag", () => {
    expect(move("\t<key>Target</key>\n\t<dict >\n\t</dict >\n\t<key>Moved</key>\n\t<true/>")).toBe(
      wrap("\t<key>Target</key>\n\t<dict >\n\t\t<key>Moved</key>\n\t\t<true/>\n\t</dict >"),
    );
  });

  it("keeps the comments of a dict that has no entries", () => {
    expect(move("\t<key>Target</key>\n\t<dict><!-- keep --></dict>\n\t<key>Moved</key>\n\t<true/>")).toBe(
      wrap("\t<key>Target</key>\n\t<dict><!-- keep -->\n\t\t<key>Moved</key>\n\t\t<true/>\n\t</dict>"),
    );
  });

  it("does not re-indent the lines of a multi-line string", () => {
    expect(
      move("\t<key>Target</key>\n\t<dict>\n\t\t<key>A</key>\n\t\t<true/>\n\t</dict>\n\t<key>Moved</key>\n\t<array>\n\t\t<string>first\nsecond\n\t\t\tthird</string>\n\t</array>"),
    ).toBe(
      wrap("\t<key>Target</key>\n\t<dict>\n\t\t<key>A</key>\n\t\t<true/>\n\t\t<key>Moved</key>\n\t\t<array>\n\t\t\t<string>first\nsecond\n\t\t\tthird</string>\n\t\t</array>\n\t</dict>"),
    );
  });
});

describe("XmlEdits.replaceValue and renameKey", () => {
  it("writes values escaped and renames a key in place", () => {
    const text = wrap("\t<key>NSIncludeSubdomains</key>\n\t<string>YES</string>");
    const source = sourceOf(text);
    const [entry] = rootEntries(source);
    expect(apply(text, [...source.edits.renameKey(entry!.key, "NSIncludesSubdomains")!, ...source.edits.replaceValue(entry!.value, { type: "Boolean", value: true })!])).toBe(
      wrap("\t<key>NSIncludesSubdomains</key>\n\t<true/>"),
    );
    expect(apply(text, source.edits.replaceValue(entry!.value, { type: "String", value: "a<b&c" }))).toBe(
      wrap("\t<key>NSIncludeSubdomains</key>\n\t<string>a&lt;b&amp;c</string>"),
    );
  });
});
