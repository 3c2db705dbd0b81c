import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Log, ReportingDescriptor } from "sarif";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, CLEAN, MEDIA_LOADS, REPO, project, runCli } from "./cli-helpers.js";
import { sarifProblems } from "./sarif-multitool.js";

const DOCS = "https://github.com/plistlint/plistlint/blob/main/packages/eslint-plugin/docs/rules/";

/** A Clean plist with an eslint-disable comment that silences nothing (line 4) and an inline config for a rule that does not exist (line 5). */
const DIRECTIVES = CLEAN.replace(
  "<dict>\n",
  '<dict>\n\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -->\n\t<!-- eslint plist/no-such-rule: "error" -->\n',
);

/** Runs the CLI with --format sarif into a file, and returns its status and the log. */
function sarifOf(cwd: string, args: string[] = []): { status: number | null; file: string; log: Log } {
  const file = join(mkdtempSync(join(tmpdir(), "plistlint-sarif-")), "plistlint.sarif");
  const run = runCli(["--format", "sarif", "--output-file", file, ...args], cwd);
  expect(run.stderr).toBe("");
  return { status: run.status, file, log: JSON.parse(readFileSync(file, "utf8")) as Log };
}

function descriptor(log: Log, id: string): ReportingDescriptor | undefined {
  return log.runs[0]!.tool.driver.rules?.find((rule) => rule.id === id);
}

describe("--format sarif", () => {
  it("the examples' report passes GitHub's ingestion rules and SARIF's: no error or warning from `Sarif.Multitool validate --rule-kind Gh;Sarif`", () => {
    const { status, file, log } = sarifOf(REPO, ["examples"]);
    expect(status).toBe(1);
    expect(log.runs[0]!.results!.length).toBeGreaterThan(10);
    expect(sarifProblems(file)).toEqual([]);
  });

  it("a parse error, an unused directive and an unknown rule each get a descriptor that passes those rules too", () => {
    const root = project({ "App/Info.plist": ARBITRARY_LOADS, "Broken/Info.plist": CLEAN.replace("</dict>", "</dct>"), "Widget/Info.plist": DIRECTIVES });
    const { status, file, log } = sarifOf(root);
    expect(status).toBe(1);
    expect(sarifProblems(file)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: "plistlint", version: "0.1.0", semanticVersion: "0.1.0", informationUri: "https://github.com/plistlint/plistlint" });
    expect(run.tool.driver.rules!.map((rule) => rule.id)).toEqual(["plist/no-arbitrary-loads", "plist/no-such-rule", "plistlint/parse-error", "plistlint/unused-directive"]);
    expect(run.results!.map((result) => [result.ruleId, result.ruleIndex, result.level, result.locations![0]!.physicalLocation!.artifactLocation!.uri, result.locations![0]!.physicalLocation!.region!.startLine])).toEqual([
      ["plist/no-arbitrary-loads", 0, "error", "App/Info.plist", 7],
      ["plistlint/parse-error", 2, "error", "Broken/Info.plist", 6],
      ["plistlint/unused-directive", 3, "warning", "Widget/Info.plist", 4],
      ["plist/no-such-rule", 1, "error", "Widget/Info.plist", 5],
    ]);
    expect(descriptor(log, "plistlint/unused-directive")).toMatchObject({
      name: "UnusedDirective",
      shortDescription: { text: "An eslint-disable or eslint-enable comment that changes nothing" },
      properties: { tags: ["maintainability"], precision: "very-high", "problem.severity": "warning" },
    });
    expect(descriptor(log, "plistlint/parse-error")).toMatchObject({ name: "ParseError", properties: { tags: ["correctness"], "problem.severity": "error" } });
    // Not security findings: no security-severity, so code scanning does not rank them as vulnerabilities.
    expect(descriptor(log, "plistlint/parse-error")!.properties).not.toHaveProperty("security-severity");
    expect(descriptor(log, "plist/no-such-rule")).toEqual({
      id: "plist/no-such-rule",
      name: "NoSuchRule",
      shortDescription: { text: "ESLint rule plist/no-such-rule" },
      fullDescription: { text: "ESLint rule plist/no-such-rule" },
      help: { text: "ESLint rule plist/no-such-rule", markdown: "ESLint rule plist/no-such-rule" },
    });
  });

  it("a rule's descriptor: its docs page as help (links made absolute), security-severity, precision, and the security and MASVS tags", () => {
    const { log } = sarifOf(project({ "App/Info.plist": ARBITRARY_LOADS, "Ext/Ext-Info.plist": MEDIA_LOADS }));
    const rule = descriptor(log, "plist/no-arbitrary-loads")!;
    const page = readFileSync(join(REPO, "packages/eslint-plugin/docs/rules/no-arbitrary-loads.md"), "utf8");
    const markdown = page.replace("# plist/no-arbitrary-loads\n\n", "").replaceAll("](./", `](${DOCS}`).trimEnd();
    expect(rule).toEqual({
      id: "plist/no-arbitrary-loads",
      name: "NoArbitraryLoads",
      shortDescription: { text: "Disallow NSAllowsArbitraryLoads = YES, which turns App Transport Security off" },
      fullDescription: { text: expect.stringMatching(/^App Transport Security \(ATS\) makes every connection made through the URL Loading System \(URLSession\) and web views use HTTPS/u) as string },
      help: { text: expect.stringContaining("\nRule details\n\nApp Transport Security (ATS) makes every connection made through the URL Loading System (URLSession)") as string, markdown },
      helpUri: `${DOCS}no-arbitrary-loads.md`,
      properties: { tags: ["security", "MASVS-NETWORK-1"], precision: "very-high", "security-severity": "7.5" },
    });
    expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024);
    expect(markdown).toContain(`[\`no-ignored-arbitrary-loads\`](${DOCS}no-ignored-arbitrary-loads.md)`);
    // The plain text has no Markdown left outside its code blocks.
    expect(rule.help!.text.replace(/^ {4}.*$/gmu, "")).not.toMatch(/\*\*|`|\]\(/u);
    expect(descriptor(log, "plist/no-arbitrary-loads-for-media")!.properties).toEqual({ tags: ["security", "MASVS-NETWORK-1"], precision: "very-high", "security-severity": "5.0" });
  });

  it("each result has codeql-action's primaryLocationLineHash, which stays when lines are added above the finding", () => {
    const fingerprint = (text: string) => {
      const [result] = sarifOf(project({ "App/Info.plist": text })).log.runs[0]!.results!;
      return [result!.locations![0]!.physicalLocation!.region!.startLine, result!.partialFingerprints];
    };
    const [line, before] = fingerprint(ARBITRARY_LOADS);
    const [shiftedLine, after] = fingerprint(ARBITRARY_LOADS.replace("<dict>\n", "<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n"));
    expect([line, shiftedLine]).toEqual([7, 9]);
    expect(before).toEqual({ primaryLocationLineHash: expect.stringMatching(/^[0-9a-f]{1,16}:1$/u) as string });
    expect(after).toEqual(before);
  });
});
