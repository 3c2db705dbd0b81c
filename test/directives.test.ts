// Directive comments in an Info.plist: a finding about a value is reported on the value's line, which may be below
// its key, and `eslint-disable-next-line` directly above the key (or `eslint-disable-line` on the key's line) still
// covers the entry, from its key to the line where its value starts.
import { Linter } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, expect, it } from "vitest";
import { ats } from "./rules/rule-tester.js";

// Linter has getSuppressedMessages() at run time; its type declarations leave it out.
const linter = new Linter() as Linter & { getSuppressedMessages(): Linter.SuppressedLintMessage[] };
const config = [
  {
    files: ["**/*.plist"],
    plugins: { plist },
    language: "plist/plist",
    rules: { "plist/no-arbitrary-loads": "error", "plist/valid-ats-types": "error", "plist/no-unknown-ats-keys": "error" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
] satisfies Linter.Config[];

/** `NSAllowsArbitraryLoads` as a string: no-arbitrary-loads on the key, valid-ats-types on the value (the next line). */
const STRING_YES = "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>YES</string>";
/** A misspelt key: no-unknown-ats-keys on its key. */
const TYPO = "\t\t<key>NSAllowsArbitraryLoad</key>\n\t\t<true/>";

function lint(atsBody: string): string[] {
  return linter.verify(ats(atsBody), config, "Info.plist").map(({ line, column, ruleId, message }) => `${line}:${column} ${ruleId ?? message}`);
}

describe("eslint-disable-next-line above an entry whose value starts below its key", () => {
  it("silences the rule on the key's line and on the value's line; the next entry is reported", () => {
    expect(lint(`${STRING_YES}\n${TYPO}`)).toEqual(["6:3 plist/no-arbitrary-loads", "7:3 plist/valid-ats-types", "8:3 plist/no-unknown-ats-keys"]);
    const disabled = `\t\t<!-- eslint-disable-next-line plist/valid-ats-types -- set by the build script -->\n${STRING_YES}\n${TYPO}`;
    expect(lint(disabled)).toEqual(["7:3 plist/no-arbitrary-loads", "9:3 plist/no-unknown-ats-keys"]);
    expect(linter.getSuppressedMessages().map(({ line, ruleId, suppressions }) => [line, ruleId, suppressions])).toEqual([
      [8, "plist/valid-ats-types", [{ kind: "directive", justification: "set by the build script" }]],
    ]);
  });

  it("silences every rule for the entry when it names none", () => {
    expect(lint(`\t\t<!-- eslint-disable-next-line -->\n${STRING_YES}\n${TYPO}`)).toEqual(["9:3 plist/no-unknown-ats-keys"]);
  });

  it("never covers the settings inside a dict value, only its opening line", () => {
    const nested = "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>NSAllowsLocalNetworking</key>\n\t\t\t<true/>\n\t\t</dict>";
    expect(lint(`\t\t<!-- eslint-disable-next-line -->\n${nested}\n${STRING_YES}`)).toEqual([
      "6:3 Unused eslint-disable directive (no problems were reported).",
      "12:3 plist/no-arbitrary-loads",
      "13:3 plist/valid-ats-types",
    ]);
  });

  it("is reported once when unused, and the fix for that removes the comment", () => {
    const code = ats(`\t\t<!-- eslint-disable-next-line plist/valid-ats-types -->\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>`);
    expect(linter.verify(code, config, "Info.plist")).toEqual([
      {
        ruleId: null,
        message: "Unused eslint-disable directive (no problems were reported from 'plist/valid-ats-types').",
        line: 6,
        column: 3,
        severity: 2,
        fix: { range: [code.indexOf("<!--"), code.indexOf("-->") + 3], text: " " },
      },
    ]);
    expect(linter.verifyAndFix(code, config, "Info.plist").output).toBe(ats("\t\t \n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>"));
  });

  it("reports a misspelt rule id as ESLint does, never as an unused enable directive", () => {
    expect(lint(`\t\t<!-- eslint-disable-next-line plist/no-arbitrary-load -->\n${STRING_YES}`)).toEqual([
      "6:3 plist/no-arbitrary-load",
      "7:3 plist/no-arbitrary-loads",
      "8:3 plist/valid-ats-types",
      // Where the span the comment covers ends, the unknown rule is named too ("Definition for rule … was not found").
      "9:1 plist/no-arbitrary-load",
    ]);
  });

  it("keeps ESLint's own next-line rule inside an eslint-disable block for the same rule", () => {
    const domains = "\t\t<key>NSExceptionDomains</key>\n\t\t<string>none</string>";
    const code = `\t\t<!-- eslint-disable plist/valid-ats-types -->\n\t\t<!-- eslint-disable-next-line plist/valid-ats-types -->\n${STRING_YES}\n${domains}`;
    // The block silences both values; the line directive covers only the key's line, where that rule reports nothing.
    expect(lint(code)).toEqual([
      "7:3 Unused eslint-disable directive (no problems were reported from 'plist/valid-ats-types').",
      "8:3 plist/no-arbitrary-loads",
    ]);
    expect(linter.getSuppressedMessages().map(({ line, ruleId }) => `${line} ${ruleId}`)).toEqual(["9 plist/valid-ats-types", "11 plist/valid-ats-types"]);
  });
});

describe("eslint-disable-line on a key's line", () => {
  it("covers the entry's value too", () => {
    const code = `\t\t<key>NSAllowsArbitraryLoads</key> <!-- eslint-disable-line plist/valid-ats-types, plist/no-arbitrary-loads -->\n\t\t<string>YES</string>\n${TYPO}`;
    expect(lint(code)).toEqual(["8:3 plist/no-unknown-ats-keys"]);
  });

  it("is reported once when unused, at the start of its line, and the fix removes the comment", () => {
    const code = ats("\t\t<key>NSAllowsArbitraryLoads</key> <!-- eslint-disable-line plist/valid-ats-types -->\n\t\t<false/>");
    expect(linter.verify(code, config, "Info.plist").map(({ line, column, message, fix }) => [line, column, message, fix])).toEqual([
      [6, 1, "Unused eslint-disable directive (no problems were reported from 'plist/valid-ats-types').", { range: [code.indexOf("<!--"), code.indexOf("-->") + 3], text: " " }],
    ]);
  });
});
