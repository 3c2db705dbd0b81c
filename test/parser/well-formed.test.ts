// The parser asks fast-xml-parser's validator about a text only when its own reading cannot prove the XML
// well-formed (tree-builder.ts: provenWellFormed). These tests hold it to that: whatever the validator rejects is
// still reported as the validator's error, with no tree, however the text was mutated.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ParseResult, parse } from "@plistlint/parser";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const plists = [
  "examples/native-app/Pantry/Info.plist",
  "examples/pinned-app/Info.plist",
  "examples/config-sources/PinnedApp/Info.plist",
].map((path) => readFileSync(join(root, path), "utf8"));

/** What the validator says of the text, read from the XML declaration on as the parser has it read. */
function validatorAccepts(text: string): boolean {
  const declarationAfterSpace = /^\uFEFF?[ \t\r\n]+(?=<\?xml[ \t\r\n])/u.exec(text)?.[0].length ?? 0;
  return XMLValidator.validate(text.slice(declarationAfterSpace)) === true;
}

/** A result the validator made: its one error, and no values. */
function isValidatorVerdict(result: ParseResult): boolean {
  return result.errors.length === 1 && result.ast.value === null;
}

// The markup the subset the parser proves by itself is made of, and what lies just outside it.
const PIECES = [
  "<", ">", "/", "&", ";", "&amp;", "&#x41;", "&#;", "&#x;", "&foo;", "&aaaaaaaaaaaaaaaaaaaaaaaaa;", '"', "'", " ", "\t", "\n",
  "\r", "\u00a0", "\u2028", "\uFEFF", "=", "<!--", "-->", "<!---->", "<!-- -- -->", "<![CDATA[", "]]>", "<![CDATA[a]]>", "<?",
  "?>", '<?xml version="1.0"?>', "<?pi x?>", "<!DOCTYPE plist>", "<!DOCTYPE plist [ ]>", '<!DOCTYPE plist PUBLIC "<" "x">',
  "<dict>", "</dict>", "</dict >", "</dict\t>", "<key>", "</key>", "</key >", "<string>", "</string>", "<true/>", "<true />",
  "<true/ >", "<array/>", "<plist>", "</plist>", "<a>", "</a>", ' a="1"', " a='1'", ' a="1" a="2"', ' b = "x" ', ' a="<"', " a",
  " /", "#if A && B\n", "#endif\n",
];

const NAMES = ["plist", "dict", "array", "key", "string", "integer", "real", "date", "data", "true", "false", "a"];

/** A piece put at a place in the text (replacing a few characters), or the name of the n-th start or end tag changed. */
const mutation = fc.oneof(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 6 }), piece: fc.constantFrom(...PIECES) }),
  fc.record({ tag: fc.constantFrom("<", "</"), nth: fc.nat({ max: 40 }), name: fc.constantFrom(...NAMES) }),
);

type Mutation = { at: number; remove: number; piece: string } | { tag: string; nth: number; name: string };

function mutated(text: string, mutations: Mutation[]): string {
  let result = text;
  for (const change of mutations) {
    if ("piece" in change) {
      const offset = Math.floor(change.at * result.length);
      result = result.slice(0, offset) + change.piece + result.slice(offset + change.remove);
      continue;
    }
    const tags = [...result.matchAll(change.tag === "<" ? /<([A-Za-z]\w*)/gu : /<\/([A-Za-z]\w*)/gu)];
    const tag = tags[change.nth % Math.max(1, tags.length)];
    if (!tag) continue;
    const nameAt = tag.index + change.tag.length;
    result = result.slice(0, nameAt) + change.name + result.slice(nameAt + tag[1]!.length);
  }
  return result;
}

describe("what the validator rejects, the parser reports", () => {
  it("in mutated Info.plists", () => {
    fc.assert(
      fc.property(fc.constantFrom(...plists), fc.array(mutation, { minLength: 1, maxLength: 3 }), (text, mutations) => {
        const input = mutated(text, mutations);
        if (!validatorAccepts(input)) expect(isValidatorVerdict(parse(input))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["a '<' in a DOCTYPE's quoted string", '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0/</EN" "x">\n<plist><true/></plist>'],
    ["an end tag that names another element", "<plist><dict></array></plist>"],
    ["text after the root element", "<plist><true/></plist>\nx"],
    ["a second root element", "<plist><true/></plist><plist></plist>"],
    ["a repeated attribute", '<plist version="1.0" version="1.0"><true/></plist>'],
    ["a processing instruction named xml after the start", '<!-- c --><?xml version="1.0"?><plist><true/></plist>'],
    ["an unescaped '&' between elements", "<plist><dict>\n#if A && B\n<key>a</key><true/>\n#endif\n</dict></plist>"],
    ["a character the validator does not count as white space before the root", "\u00a0<plist><true/></plist>"],
  ])("%s", (_name, text) => {
    expect(validatorAccepts(text)).toBe(false);
    expect(isValidatorVerdict(parse(text))).toBe(true);
  });

  it("reads a plain Info.plist without the validator's help to the same tree as with it", () => {
    // `</dict >`, `<true />` and single-quoted attributes are plain XML too.
    const text = "<?xml version='1.0'?>\n<plist version='1.0'>\n<dict>\n\t<key>a</key>\n\t<true />\n</dict >\n</plist>\n<!-- end -->\n";
    expect(validatorAccepts(text)).toBe(true);
    const { ast, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(ast.value?.type === "Dict" && ast.value.entries.map((entry) => [entry.key.value, entry.value.type])).toEqual([["a", "Boolean"]]);
  });
});
