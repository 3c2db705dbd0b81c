import { type ArrayNode, type Dict, type Entry, type Node, parse } from "@plistlint/parser";
import { describe, expect, it } from "vitest";

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';

function rootDict(text: string): Dict {
  const { ast, errors } = parse(text);
  expect(errors).toEqual([]);
  expect(ast.value?.type).toBe("Dict");
  return ast.value as Dict;
}

function entry(dict: Dict, key: string): Entry {
  const found = dict.entries.find((candidate) => candidate.key.value === key);
  if (!found) throw new Error(`no entry ${key}`);
  return found;
}

describe("parse: AST", () => {
  it("builds every value type with decoded values", () => {
    const text = `${HEADER}<plist version="1.0">
<dict>
\t<key>s</key><string>a &amp; b &lt;c&gt; &#x1F600; &#65;</string>
\t<key>i</key><integer>-42</integer>
\t<key>h</key><integer>0x1F</integer>
\t<key>r</key><real>1.5</real>
\t<key>t</key><true/>
\t<key>f</key><false></false>
\t<key>d</key><date>2024-01-02T03:04:05Z</date>
\t<key>b</key><data>
\tAAEC
\tAw==
\t</data>
\t<key>a</key><array><string>x</string><dict/></array>
\t<key>c</key><string><![CDATA[<raw> & text]]></string>
</dict>
</plist>
`;
    const dict = rootDict(text);
    expect(entry(dict, "s").value).toMatchObject({ type: "String", value: "a & b <c> 😀 A", raw: "a &amp; b &lt;c&gt; &#x1F600; &#65;" });
    expect(entry(dict, "i").value).toMatchObject({ type: "Integer", value: -42 });
    expect(entry(dict, "h").value).toMatchObject({ type: "Integer", value: 31 });
    expect(entry(dict, "r").value).toMatchObject({ type: "Real", value: 1.5 });
    expect(entry(dict, "t").value).toMatchObject({ type: "Boolean", value: true });
    expect(entry(dict, "f").value).toMatchObject({ type: "Boolean", value: false });
    expect(entry(dict, "d").value).toMatchObject({ type: "Date", value: "2024-01-02T03:04:05Z" });
    expect(entry(dict, "b").value).toMatchObject({ type: "Data", value: "AAECAw==" });
    const array = entry(dict, "a").value;
    expect(array.type === "Array" && array.items.map((item) => item.type)).toEqual(["String", "Dict"]);
    expect(entry(dict, "c").value).toMatchObject({ value: "<raw> & text" });
  });

  it("gives every node a range, a loc and a parent that contains it", () => {
    const text = `${HEADER}<plist version="1.0">\n<dict>\n\t<key>k</key>\n\t<array>\n\t\t<dict><key>x</key><true/></dict>\n\t</array>\n</dict>\n</plist>\n`;
    const { ast } = parse(text);
    const seen: Node[] = [];
    const visit = (node: Node): void => {
      seen.push(node);
      if (node.parent) {
        expect(node.range[0]).toBeGreaterThanOrEqual(node.parent.range[0]);
        expect(node.range[1]).toBeLessThanOrEqual(node.parent.range[1]);
      }
      if (node.type === "Document" && node.value) visit(node.value);
      if (node.type === "Dict") node.entries.forEach(visit);
      if (node.type === "Entry") [node.key, node.value].forEach(visit);
      if (node.type === "Array") node.items.forEach(visit);
    };
    visit(ast);
    expect(seen.map((node) => node.type)).toEqual(["Document", "Dict", "Entry", "Key", "Array", "Dict", "Entry", "Key", "Boolean"]);
    const innerKey = seen[7]!;
    expect(text.slice(innerKey.range[0], innerKey.range[1])).toBe("<key>x</key>");
    expect(innerKey.loc).toEqual({ start: { line: 7, column: 8 }, end: { line: 7, column: 20 } });
    expect(innerKey.parent?.type).toBe("Entry");
    expect(Object.keys(innerKey)).not.toContain("parent");
    expect(innerKey.parent?.parent).toBe(seen[5]);
    expect(() => JSON.stringify(ast)).not.toThrow();
  });

  it("returns comments with ranges, including those outside the root", () => {
    const text = `<!-- before -->\n<plist version="1.0">\n<dict>\n\t<!-- Justification: needed -->\n\t<key>a</key>\n\t<string>x<!-- inside -->y</string>\n</dict>\n</plist>\n<!-- after -->`;
    const { comments, ast } = parse(text);
    expect(comments.map((comment) => comment.value)).toEqual([" before ", " Justification: needed ", " inside ", " after "]);
    expect(comments[1]!.loc).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 31 } });
    expect(text.slice(comments[1]!.range[0], comments[1]!.range[1])).toBe("<!-- Justification: needed -->");
    expect((ast.value as Dict).entries[0]!.value).toMatchObject({ value: "xy" });
  });

  it("keeps __proto__ and constructor as ordinary keys, polluting nothing", () => {
    const dict = rootDict(
      '<plist version="1.0"><dict><key>__proto__</key><dict><key>polluted</key><true/></dict><key>constructor</key><dict/></dict></plist>',
    );
    expect(dict.entries.map((item) => item.key.value)).toEqual(["__proto__", "constructor"]);
    expect(dict.entries[0]!.value).toMatchObject({ type: "Dict", entries: [{ key: { value: "polluted" } }] });
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("parses 10,000 nested dicts without overflowing the stack", () => {
    const depth = 10_000;
    const text = `<plist version="1.0">${"<dict><key>k</key>".repeat(depth)}<true/>${"</dict>".repeat(depth)}</plist>`;
    const { ast, errors } = parse(text);
    expect(errors).toEqual([]);
    let node = ast.value;
    let levels = 0;
    while (node?.type === "Dict") {
      levels += 1;
      node = node.entries[0]!.value;
    }
    expect(levels).toBe(depth);
  });

  it("reports the first container deeper than maxDepth and reads no further into it", () => {
    const text = `<plist version="1.0">${"<array>".repeat(4)}<dict/>${"</array>".repeat(4)}</plist>`;
    const { ast, errors } = parse(text, { maxDepth: 3 });
    expect(errors).toEqual([
      {
        message: "<array> is nested more than 3 levels deep; deeper nesting is not read (no real property list needs it).",
        offset: 42,
        line: 1,
        column: 42,
      },
    ]);
    const third = ((ast.value as ArrayNode).items[0] as ArrayNode).items[0] as ArrayNode;
    expect(third.items).toEqual([]);
    expect(parse(text, { maxDepth: 5 }).errors).toEqual([]);
  });

  it("leaves out the entry whose value is nested too deep, keeping the entries after it", () => {
    const { ast, errors } = parse('<plist><dict><key>a</key><array/><key>b</key><array><array/></array><key>c</key><true/></dict></plist>', { maxDepth: 2 });
    expect(errors.map((error) => [error.message, error.offset])).toEqual([
      ["<array> is nested more than 2 levels deep; deeper nesting is not read (no real property list needs it).", 52],
    ]);
    expect((ast.value as Dict).entries.map((item) => [item.key.value, item.value.type])).toEqual([
      ["a", "Array"],
      ["b", "Array"],
      ["c", "Boolean"],
    ]);
    expect(parse("<plist><true/></plist>", null).errors).toEqual([]);
  });

  it("keeps a declaration inside a string as its text, and ends a tag name at any white space", () => {
    const dict = rootDict('<plist version="1.0"><dict><key\u2003>a</key><string><!DOCTYPE x></string><key>b</key><true/></dict></plist>');
    expect(dict.entries.map((item) => item.key.value)).toEqual(["a", "b"]);
    expect(entry(dict, "a").value).toMatchObject({ type: "String", raw: "<!DOCTYPE x>" });
  });
});

describe("parse: positions", () => {
  const body = '<plist version="1.0">\n<dict>\n\t<key>a</key>\n\t<string>😀x</string>\n</dict>\n</plist>\n';

  it.each([
    ["LF", body],
    ["CRLF", body.replace(/\n/gu, "\r\n")],
    ["lone CR", body.replace(/\n/gu, "\r")],
  ])("counts lines with %s line endings", (_name, text) => {
    const value = entry(rootDict(text), "a").value;
    expect(value.loc).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 21 } });
    expect(text.slice(value.range[0], value.range[1])).toBe("<string>😀x</string>");
  });

  it("counts a BOM as one UTF-16 unit on line 1 and surrogate pairs as two", () => {
    const text = `\uFEFF<plist version="1.0"><dict><key>😀</key><true/></dict></plist>`;
    const key = rootDict(text).entries[0]!.key;
    expect(key.range).toEqual([28, 41]);
    expect(key.loc.start).toEqual({ line: 1, column: 28 });
    expect(key.contentRange).toEqual([33, 35]);
  });

  it("counts a tab as one column", () => {
    const key = rootDict('<plist version="1.0">\n<dict>\n\t\t<key>a</key><true/>\n</dict>\n</plist>').entries[0]!.key;
    expect(key.loc.start).toEqual({ line: 3, column: 2 });
  });
});

describe("parse: errors", () => {
  const cases: [string, string, string, number, number][] = [
    ["a key without a value", '<plist version="1.0">\n<dict>\n\t<key>a</key>\n</dict>\n</plist>', "Key 'a' has no value.", 3, 1],
    ["a value without a key", '<plist version="1.0">\n<dict>\n\t<true/>\n</dict>\n</plist>', "<true> has no <key>: every value in a <dict> follows a key.", 3, 1],
    ["text outside elements", '<plist version="1.0">\n<dict>\n\tNSAllowsArbitraryLoads\n</dict>\n</plist>', "Text is not allowed directly inside <dict>: only elements and comments.", 3, 1],

    ["an unknown element", '<plist version="1.0">\n<array>\n\t<bool/>\n</array>\n</plist>', "Unknown element <bool>: not a property-list type.", 3, 1],
    ["more than one root value", '<plist version="1.0">\n<dict/>\n<dict/>\n</plist>', "More than one root value: <plist> holds exactly one.", 3, 0],
    ["a root that is not <plist>", '<?xml version="1.0"?>\n<dict/>', "The root element must be <plist>, not <dict>.", 2, 0],
    ["a <key> in an array", '<plist version="1.0"><array><key>a</key></array></plist>', "<key> is only allowed inside <dict>.", 1, 28],
    ["an element inside a string", '<plist version="1.0"><string>a<b/></string></plist>', "<string> may only contain text, not <b>.", 1, 30],
    ["an unknown entity", '<plist version="1.0">\n<string>&nbsp;</string>\n</plist>', "Unknown entity '&nbsp;': property lists only use &amp; &lt; &gt; &quot; &apos; and character references.", 2, 8],
    ["an empty <plist>", '<plist version="1.0">\n</plist>', "<plist> contains no value: expected exactly one.", 1, 0],
    ["malformed XML", '<plist version="1.0">\n<dict>\n\t<key>a</key>\n\t<true/>\n</dct>\n</plist>', "Expected closing tag 'dict' (opened on line 2, column 1) instead of closing tag 'dct'.", 5, 0],
    ["malformed XML after lone CRs", '<plist version="1.0">\r<dict>\r</dct>\r</plist>', "Expected closing tag 'dict' (opened on line 2, column 1) instead of closing tag 'dct'.", 3, 0],
    ["an empty file", "", "The file is empty: expected an XML property list.", 1, 0],
    ["white space only", " \n\t\n", "The file is empty: expected an XML property list.", 1, 0],
    ["a binary plist", "bplist00\u00d1\u0001\u0002", "This is a binary property list (bplist): convert it with 'plutil -convert xml1 <file>' to lint it.", 1, 0],
    ["UTF-16 read as UTF-8", "\uFFFD\uFFFD<\u0000?\u0000x\u0000", "The file looks like UTF-16: convert it to UTF-8 (plutil -convert xml1 <file>).", 1, 0],
    ["a NUL byte", '<plist version="1.0"><string>a\u0000</string></plist>', "The file contains a NUL character: it is not a text property list.", 1, 30],
    ["a truncated file", '<plist version="1.0">\n<dict>\n\t<key>a</key>\n\t<true/>\n', "The file ends before <plist>, <dict> are closed.", 5, 0],
    ["a merge-conflict marker", '<plist version="1.0">\n<dict>\n<<<<<<< HEAD\n</dict>\n</plist>', "Unresolved merge-conflict marker: resolve the conflict first.", 3, 0],
    ["a malformed DOCTYPE", '<?xml version="1.0"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN">\n<plist version="1.0"><dict/></plist>', 'Malformed DOCTYPE: expected <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "…">.', 2, 0],
    ["a DOCTYPE with markup in its name", '<!DOCTYPE p<x> <plist><string>hidden</string></plist>><plist><string>real</string></plist>', 'Malformed DOCTYPE: expected <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "…">.', 1, 0],
    ["a malformed XML declaration", '<?xml version="1.0 encoding="UTF-8"?>\n<plist version="1.0"><true/></plist>', 'Malformed XML declaration: expected <?xml version="1.0" encoding="UTF-8"?>.', 1, 0],
    ["CDATA directly inside a dict", '<plist version="1.0">\n<dict>\n\t<![CDATA[x]]>\n</dict>\n</plist>', "Text is not allowed directly inside <dict>: only elements and comments.", 3, 1],
    ["an OpenStep plist", "{\n  NSAppTransportSecurity = { NSAllowsArbitraryLoads = YES; };\n}", "This looks like an OpenStep (old-style ASCII) property list: convert it with 'plutil -convert xml1 <file>'.", 1, 0],
  ];

  it.each(cases)("reports %s at its position", (_name, text, message, line, column) => {
    const { errors } = parse(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message, line, column });
  });

  it("refuses a DOCTYPE internal subset at once, without expanding entities", () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE plist [\n<!ENTITY a "aaaaaaaaaa">' +
      Array.from({ length: 20 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("") +
      ']>\n<plist version="1.0"><string>&u;</string></plist>';
    const started = performance.now();
    const { errors } = parse(bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toEqual([
      {
        message: "A DOCTYPE with an internal subset is not allowed in a property list (entities are never expanded).",
        offset: 38,
        line: 2,
        column: 16,
      },
    ]);
  });

  it("reads white space and a BOM before the XML declaration as CoreFoundation does, with positions in the whole text", () => {
    for (const lead of ["\n\n  ", "\uFEFF\r\n\t", " "]) {
      const text = `${lead}${HEADER}<plist version="1.0">\n<dict>\n\t<key>a</key>\n\t<true/>\n</dict>\n</plist>\n`;
      const key = rootDict(text).entries[0]!.key;
      expect(text.slice(key.range[0], key.range[1])).toBe("<key>a</key>");
      expect(key.loc.start).toEqual({ line: text.split(/\r\n|\n/u).findIndex((line) => line.includes("<key>a")) + 1, column: 1 });
    }
    // An error after the skipped white space is reported where it is, and so is the line the validator quotes.
    const broken = '\n\n<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n</dct>\n</plist>\n';
    expect(parse(broken).errors).toEqual([
      { message: "Expected closing tag 'dict' (opened on line 5, column 1) instead of closing tag 'dct'.", offset: 53, line: 6, column: 0 },
    ]);
    // Anything else before the declaration is still an error.
    expect(parse('x<?xml version="1.0"?><plist><true/></plist>').errors.map((error) => error.message)).toEqual([
      "Expected an XML property list starting with '<'.",
    ]);
  });

  it("accepts Apple's standard DOCTYPE without reading the DTD it names", () => {
    expect(parse(`${HEADER}<plist version="1.0"><dict/></plist>`).errors).toEqual([]);
  });
});

describe("parse: Xcode's Info.plist preprocessing (INFOPLIST_PREPROCESS)", () => {
  const variantKeys = (text: string): [string, string[]][] => {
    const { errors, preprocessing } = parse(text);
    expect(errors).toEqual([]);
    return preprocessing!.variants.map(({ label, ast }) => [label, (ast.value as Dict).entries.map((item) => item.key.value)]);
  };

  it("sets directive lines aside and reads an #if without #else with and without its branch", () => {
    const text = '<plist version="1.0">\n<dict>\n\t<key>A</key>\n\t<true/>\n\t#ifndef DISABLE_PLAIN_HTTP\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n\t#endif\n</dict>\n</plist>\n';
    const { ast, errors, preprocessing } = parse(text);
    expect(errors).toEqual([]);
    expect(preprocessing!.lines).toEqual([
      { name: "ifndef", text: "#ifndef DISABLE_PLAIN_HTTP", range: [52, 79], line: 5 },
      { name: "endif", text: "#endif", range: [124, 131], line: 8 },
    ]);
    expect(preprocessing!.branches).toEqual([{ label: "#ifndef DISABLE_PLAIN_HTTP", lines: { first: 6, last: 7 }, content: [80, 124] }]);
    expect(variantKeys(text)).toEqual([
      ["#ifndef DISABLE_PLAIN_HTTP", ["A", "NSAppTransportSecurity"]],
      ["no #ifndef DISABLE_PLAIN_HTTP", ["A"]],
    ]);
    // The first variant is the parse result's own AST; every variant keeps the positions of the text as written.
    expect(ast).toBe(preprocessing!.variants[0]!.ast);
    const ats = (ast.value as Dict).entries[1]!;
    expect(ats.key.loc).toEqual({ start: { line: 6, column: 1 }, end: { line: 6, column: 34 } });
    expect(text.slice(ats.range[0], ats.range[1])).toBe("<key>NSAppTransportSecurity</key>\n\t<dict/>");
  });

  it("reads every branch of #if, #elif and #else, nested ones too, each in one variant at least", () => {
    const text = '<plist>\n<dict>\n#if DEBUG\n<key>A</key><true/>\n#elif BETA\n<key>B</key><true/>\n#else\n  #  ifdef  X\n<key>C</key><true/>\n  #endif\n#endif\n</dict>\n</plist>\n';
    expect(variantKeys(text)).toEqual([
      ["#if DEBUG", ["A"]],
      ["#elif BETA", ["B"]],
      ["#else of #if DEBUG, #ifdef X", ["C"]],
      ["#else of #if DEBUG, no #ifdef X", []],
    ]);
    expect(parse(text).preprocessing!.branches.map((branch) => [branch.label, branch.lines])).toEqual([
      ["#if DEBUG", { first: 4, last: 4 }],
      ["#elif BETA", { first: 6, last: 6 }],
      ["#else of #if DEBUG", { first: 8, last: 10 }],
      ["#ifdef X", { first: 9, last: 9 }],
    ]);
    const nested = '<plist>\n<dict>\n#if A\n#if B\n<key>x</key><true/>\n#else\n<key>y</key><true/>\n#endif\n#else\n<key>z</key><true/>\n#endif\n</dict>\n</plist>\n';
    expect(variantKeys(nested)).toEqual([
      ["#if A, #if B", ["x"]],
      ["#else of #if A", ["z"]],
      ["#if A, #else of #if B", ["y"]],
    ]);
  });

  it("reads a file with #include and #define lines only as one plist", () => {
    const text = '<plist>\n#include "Shared.h"\n<dict>\n#define NAME App\n<key>A</key><true/>\n#undef NAME\n</dict>\n</plist>\n';
    expect(variantKeys(text)).toEqual([["", ["A"]]]);
    expect(parse(text).preprocessing!.lines.map((line) => line.text)).toEqual(['#include "Shared.h"', "#define NAME App", "#undef NAME"]);
  });

  it("leaves a line starting with # inside a string, key or comment as it is", () => {
    const text = '<plist>\n<dict>\n<key>\n#if key\n</key>\n<string>\n#endif\n</string>\n<!--\n#if DEBUG\n-->\n</dict>\n</plist>\n';
    const { errors, preprocessing, ast } = parse(text);
    expect(errors).toEqual([]);
    expect(preprocessing).toBeUndefined();
    expect((ast.value as Dict).entries[0]).toMatchObject({ key: { value: "\n#if key\n" }, value: { value: "\n#endif\n" } });
  });

  it.each([
    ["an #if without #endif", "#if DEBUG\n<key>A</key><true/>", "'#if DEBUG' has no #endif (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS).", 3, 0],
    ["an #endif without #if", "<key>A</key><true/>\n  #endif", "'#endif' has no #if before it (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS).", 4, 0],
    ["an #else after #else", "#ifdef A\n#else\n#else\n#endif", "'#else' has no #if before it (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS).", 5, 0],
    [
      "a branch that leaves a key without its value",
      "<key>A</key>\n#if DEBUG\n<true/>\n#endif",
      "Preprocessed with no #if DEBUG (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS), this Info.plist is not a valid plist: Key 'A' has no value.",
      3,
      0,
    ],
    [
      "a directive after an element on its line",
      "<key>A</key><true/> #endif",
      "Preprocessor directive '#endif' must be on a line of its own (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS).",
      3,
      20,
    ],
    [
      "a directive plistlint does not read",
      "#pragma once",
      "Preprocessor directive '#pragma': plistlint reads only the #if, #include, #define and #undef lines of Xcode's Info.plist preprocessing (INFOPLIST_PREPROCESS); lint the preprocessed output instead.",
      3,
      0,
    ],
    [
      "branches whose tags do not nest",
      "#if A\n<key>x</key><dict>\n#else\n<key>x</key><dict><key>y</key><true/>\n#endif\n</dict>",
      "Expected closing tag 'dict' (opened on line 2, column 1) instead of closing tag 'plist'. The file has preprocessor lines (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS): plistlint reads them between elements only, and each #if branch must keep the XML well-formed.",
      10,
      0,
    ],
  ])("gives one message naming INFOPLIST_PREPROCESS for %s", (_name, body, message, line, column) => {
    const { errors, preprocessing } = parse(`<plist>\n<dict>\n${body}\n</dict>\n</plist>`);
    expect(errors).toEqual([expect.objectContaining({ message, line, column })]);
    expect(preprocessing?.variants ?? []).toEqual([]);
  });
});
