// Property-based tests (fast-check): generated Info.plists, valid and mutated, against the parser, the rules, fixes
// and suggestions.
import { type Node, childrenOf, parse } from "@plistlint/parser";
import { Linter } from "eslint";
import plist, { ATS_KEYS } from "eslint-plugin-plist";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const linter = new Linter({ cwd: "/" });
const config = [...plist.configs.strict.slice(0, 1).map((object) => ({ ...object, files: ["**/?*"] }))];
const FILENAME = "/app/Info.plist";

type Tree = boolean | string | number | { array: Tree[] } | { dict: [string, Tree][] };

const keyName = fc.oneof(
  fc.constantFrom(...ATS_KEYS.keys(), "NSAppTransportSecurity", "NSExceptionDomains", "NSPinnedDomains", "SPKI-SHA256-BASE64"),
  fc.constantFrom("example.com", "api.example.com", "192.168.1.1", "10.0.0.0/8", "localhost", "*.example.com", "$(HOST)", "a&b", "CFBundleName"),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(
  fc.boolean(),
  fc.constantFrom("TLSv1.0", "TLSv1.2", "TLSv1.3", "1.2", "YES", "NO", "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=", "$(VALUE)"),
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -5, max: 5 }),
);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ value: Tree }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 3 }).map((items) => ({ array: items })),
    fc.array(fc.tuple(keyName, tie("value")), { maxLength: 5 }).map((entries) => ({ dict: entries })),
  ),
})).value;

const escape = (text: string): string => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

function render(value: Tree, indent: string, unit: string, eol: string): string {
  if (typeof value === "boolean") return value ? "<true/>" : "<false/>";
  if (typeof value === "number") return `<integer>${value}</integer>`;
  if (typeof value === "string") return `<string>${escape(value)}</string>`;
  const inner = indent + unit;
  if ("dict" in value) {
    if (value.dict.length === 0) return "<dict/>";
    const entries = value.dict.map(([key, item]) => `${inner}<key>${escape(key)}</key>${eol}${inner}${render(item, inner, unit, eol)}`);
    return `<dict>${eol}${entries.join(eol)}${eol}${indent}</dict>`;
  }
  if (value.array.length === 0) return "<array/>";
  return `<array>${eol}${value.array.map((item) => `${inner}${render(item, inner, unit, eol)}`).join(eol)}${eol}${indent}</array>`;
}

/** An Info.plist whose NSAppTransportSecurity holds `ats`, in a generated layout (indentation, line ends, BOM). */
const infoPlist = fc
  .record({
    ats: fc.array(fc.tuple(keyName, tree), { maxLength: 6 }),
    domains: fc.array(fc.tuple(keyName, fc.array(fc.tuple(keyName, scalar), { maxLength: 4 })), { maxLength: 3 }),
    unit: fc.constantFrom("\t", "  ", "    "),
    eol: fc.constantFrom("\n", "\r\n"),
    bom: fc.boolean(),
    comment: fc.option(fc.constantFrom("<!-- Justification: needed -->", "<!-- eslint-disable-next-line plist/no-arbitrary-loads -- why -->")),
  })
  .map(({ ats, domains, unit, eol, bom, comment }) => {
    const exceptionDomains: Tree = { dict: domains.map(([name, settings]) => [name, { dict: settings }] as [string, Tree]) };
    const atsTree: Tree = { dict: [...ats, ["NSExceptionDomains", exceptionDomains]] };
    const body = render({ dict: [["NSAppTransportSecurity", atsTree]] }, "", unit, eol);
    const withComment = comment ? body.replace(`${unit}${unit}<key>`, `${unit}${unit}${comment}${eol}${unit}${unit}<key>`) : body;
    return `${bom ? "\uFEFF" : ""}<?xml version="1.0" encoding="UTF-8"?>${eol}<plist version="1.0">${eol}${withComment}${eol}</plist>${eol}`;
  });

/** A valid plist with a few characters inserted, deleted or replaced. */
const mutated = fc
  .tuple(infoPlist, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom("", "<", ">", "</", "/>", "&", "<!--", "-->", "\u0000", "\r", "]]>", "<dict>", "</key>", "x")), { minLength: 1, maxLength: 4 }))
  .map(([text, edits]) => edits.reduce((current, [at, cut, insert]) => current.slice(0, at % (current.length + 1)) + insert + current.slice((at % (current.length + 1)) + cut), text));

function checkRanges(text: string, node: Node, parent: Node | null): void {
  expect(node.range[0]).toBeGreaterThanOrEqual(parent ? parent.range[0] : 0);
  expect(node.range[1]).toBeLessThanOrEqual(parent ? parent.range[1] : text.length);
  expect(node.range[0]).toBeLessThanOrEqual(node.range[1]);
  for (const child of childrenOf(node)) checkRanges(text, child, node);
}

function checkMessages(text: string, messages: Linter.LintMessage[]): void {
  const lines = text.split(/\r\n|\r|\n/u).length;
  for (const message of messages) {
    expect(message.line).toBeGreaterThanOrEqual(message.fatal ? 0 : 1);
    expect(message.line).toBeLessThanOrEqual(lines);
    // A finding marks one line: its key, or its value's first line. (ESLint's own problems with a directive comment
    // mark the comment, which may span lines.)
    const isFinding = message.ruleId?.startsWith("plist/") === true && message.ruleId.slice("plist/".length) in plist.rules;
    if (isFinding && message.endLine !== undefined) expect(message.endLine, message.message).toBe(message.line);
    for (const { range } of [message.fix, ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)].filter((fix) => fix !== undefined)) {
      expect(range[0]).toBeGreaterThanOrEqual(0);
      expect(range[1]).toBeLessThanOrEqual(text.length);
    }
  }
}

const withoutBom = (text: string): string => text.replace(/^\uFEFF/u, "");

// New inputs on every local run, to keep finding what no example shows; the same inputs in CI, where a landing must
// not depend on chance (a failure prints its seed and counterexample, to be kept as a test of its own).
if (process.env.CI) fc.configureGlobal({ seed: 20_261_206 });

describe("properties", () => {
  it("the generated plists exercise the rules: most have problems, many have fixes and suggestions", () => {
    const samples = fc.sample(infoPlist, { numRuns: 200, seed: 1 });
    const messages = samples.map((text) => linter.verify(text, config, { filename: FILENAME }));
    const share = (test: (message: Linter.LintMessage) => boolean): number => messages.filter((list) => list.some(test)).length / samples.length;
    expect(share(() => true)).toBeGreaterThan(0.5);
    expect(share((message) => message.fix !== undefined)).toBeGreaterThan(0.1);
    expect(share((message) => (message.suggestions ?? []).length > 0)).toBeGreaterThan(0.2);
    expect(share((message) => message.fatal === true)).toBe(0);
  });

  it("the parser never throws, and every node lies within the text and inside its parent", () => {
    fc.assert(
      fc.property(fc.oneof(infoPlist, mutated, fc.string({ maxLength: 200 })), (text) => {
        const { ast } = parse(withoutBom(text));
        checkRanges(withoutBom(text), ast, null);
      }),
      { numRuns: 400 },
    );
  });

  it("linting never throws and every problem, fix and suggestion has a valid range", () => {
    fc.assert(
      fc.property(fc.oneof(infoPlist, mutated), (text) => {
        checkMessages(withoutBom(text), linter.verify(text, config, { filename: FILENAME }));
      }),
      { numRuns: 300 },
    );
  });

  it("applying all fixes gives a plist that parses, and a further pass changes nothing", () => {
    fc.assert(
      fc.property(infoPlist, (text) => {
        const fixed = linter.verifyAndFix(text, config, { filename: FILENAME });
        expect(parse(withoutBom(fixed.output)).errors).toEqual([]);
        const again = linter.verifyAndFix(fixed.output, config, { filename: FILENAME });
        expect(again.fixed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("each suggestion alone gives a plist that parses", () => {
    fc.assert(
      fc.property(infoPlist, (text) => {
        const source = withoutBom(text);
        for (const message of linter.verify(text, config, { filename: FILENAME })) {
          for (const { fix } of message.suggestions ?? []) {
            const output = source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
            expect(parse(output).errors, output).toEqual([]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("counterexamples the properties found", () => {
  it("a directive naming an unknown rule across a line break is ESLint's problem with the comment, not a finding", () => {
    const text = '<?xml version="1.0" encoding="UTF-8"?>\r\n<plist version="1.0">\r\n<dict>\r\n\t<key>NSAppTransportSecurity</key>\r\n\t<dict>\r\n\t\t<!-- eslint-disable-next-line plist/\rno-arbitrary-loads -- why -->\r\n\t\t<key>NSAllowsArbitraryLoads</key>\r\n\t\t<true/>\r\n\t</dict>\r\n</dict>\r\n</plist>\r\n';
    const messages = new Linter().verify(text, [{ files: ["**/*.plist"], plugins: { plist }, language: "plist/plist", rules: plist.configs.strict[0]!.rules }], "Info.plist");
    // ESLint reports the unknown id where each directive made of the comment stands: the comment, and the end of the
    // entry it would cover (see PlistSourceCode#getDisableDirectives); the findings are not silenced.
    expect(messages.map((message) => [message.ruleId, message.line, message.endLine])).toEqual([
      ["plist/\rno-arbitrary-loads", 6, 7],
      ["plist/no-arbitrary-loads", 8, 8],
      ["plist/require-ats-justification", 8, 8],
      ["plist/\rno-arbitrary-loads", 10, 10],
    ]);
  });
});
