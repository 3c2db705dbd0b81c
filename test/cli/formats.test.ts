import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import plist from "eslint-plugin-plist";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, CLEAN, MEDIA_LOADS, TRANSPARENCY_KEY, project, runCli } from "./cli-helpers.js";

const ERROR_TEXT = "NSAllowsArbitraryLoads = YES turns ATS off for unlisted domains: remove it, or list exceptions per domain.";
const WARNING_TEXT = "NSAllowsArbitraryLoadsForMedia = YES turns ATS off for AVFoundation media: serve it over HTTPS and remove the key.";

/** An app with an error, an extension with a warning, and a clean widget. */
function app(): string {
  return project({ "App/Info.plist": ARBITRARY_LOADS, "Ext/Ext-Info.plist": MEDIA_LOADS, "Widget/Info.plist": CLEAN });
}

describe("formats", () => {
  it("json is exactly ESLint's json formatter output for the same files and config", async () => {
    const root = project({ "App/Info.plist": ARBITRARY_LOADS, "Ext/Ext-Info.plist": TRANSPARENCY_KEY, "Widget/Info.plist": CLEAN });
    const run = runCli(["--format", "json"], root);
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plist.configs.recommended });
    const expected = await (await eslint.loadFormatter("json")).format(await eslint.lintFiles(["."]));
    expect(run.stdout).toBe(`${expected}\n`); // and a line break, as ESLint's CLI prints it
  });

  it("json --fix-dry-run carries the fixed text as `output`, like ESLint's", async () => {
    const root = project({ "Ext/Ext-Info.plist": TRANSPARENCY_KEY });
    const run = runCli(["--format", "json", "--fix-dry-run"], root);
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plist.configs.recommended, fix: true });
    const expected = await (await eslint.loadFormatter("json")).format(await eslint.lintFiles(["."]));
    expect(run.stdout).toBe(`${expected}\n`);
    expect((JSON.parse(run.stdout) as ESLint.LintResult[])[0]!.output).toBeTypeOf("string");
  });

  it("xcode: clang-style lines with absolute paths that Xcode shows inline", () => {
    const root = app();
    expect(runCli(["--format", "xcode"], root).stdout).toBe(
      `${join(root, "App/Info.plist")}:7:3: error: ${ERROR_TEXT} [plist/no-arbitrary-loads]\n` +
        `${join(root, "Ext/Ext-Info.plist")}:7:3: warning: ${WARNING_TEXT} [plist/no-arbitrary-loads-for-media]\n`,
    );
  });

  it("github: workflow annotations with escaped properties and relative paths", () => {
    const root = project({ "App, Inc./Info.plist": ARBITRARY_LOADS });
    expect(runCli(["--format", "github"], root).stdout).toBe(
      `::error file=App%2C Inc./Info.plist,line=7,col=3,endLine=7,endColumn=36,title=plist/no-arbitrary-loads::${ERROR_TEXT}\n`,
    );
  });

  it("junit: well-formed XML with one failing testcase per problem and a passing one per clean file", () => {
    const root = project({ "App & Co/Info.plist": ARBITRARY_LOADS, "Ext/Ext-Info.plist": MEDIA_LOADS, "Widget/Info.plist": CLEAN });
    const xml = runCli(["--format", "junit"], root).stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["testsuite", "testcase"].includes(name) }).parse(xml) as { testsuites: { testsuite: unknown } };
    const suites = parsed.testsuites.testsuite as { "@_name": string; "@_tests": string; testcase: Record<string, unknown>[] }[];
    expect(suites.map((suite) => [suite["@_name"], suite["@_tests"]])).toEqual([
      [join(root, "App & Co/Info.plist"), "1"],
      [join(root, "Ext/Ext-Info.plist"), "1"],
      [join(root, "Widget/Info.plist"), "1"],
    ]);
    expect(suites[0]!.testcase[0]).toMatchObject({
      "@_name": "org.eslint.plist/no-arbitrary-loads",
      failure: { "#text": `line 7, col 3, Error - ${ERROR_TEXT} (plist/no-arbitrary-loads)`, "@_message": ERROR_TEXT },
    });
    expect(suites[2]!.testcase[0]).not.toHaveProperty("failure");
  });

  it("stylish: ESLint's layout, without colour when not on a terminal or when NO_COLOR is set", () => {
    const root = app();
    const expected =
      `\n${join(root, "App/Info.plist")}\n  7:3  error  ${ERROR_TEXT.slice(0, -1)}  plist/no-arbitrary-loads\n\n` +
      `${join(root, "Ext/Ext-Info.plist")}\n  7:3  warning  ${WARNING_TEXT.slice(0, -1)}  plist/no-arbitrary-loads-for-media\n\n` +
      "\u2716 2 problems (1 error, 1 warning)\n";
    expect(runCli([], root).stdout).toBe(expected);
    expect(runCli(["--color"], root, { NO_COLOR: "1" }).stdout).toContain("\u001b[31merror\u001b[39m");
    expect(runCli(["--color"], root).stdout.replace(/\u001b\[\d+m/gu, "")).toBe(expected);
  });

  it.each([
    [{ FORCE_COLOR: "1" }, [], true],
    [{ FORCE_COLOR: "" }, [], true],
    [{ FORCE_COLOR: "true" }, [], true],
    [{ FORCE_COLOR: "3" }, [], true],
    [{ FORCE_COLOR: "0" }, [], false],
    [{ FORCE_COLOR: "false" }, [], false],
    [{ FORCE_COLOR: "0" }, ["--color"], true],
    [{ FORCE_COLOR: "1" }, ["--no-color"], false],
    [{ FORCE_COLOR: "1", NO_COLOR: "1" }, [], true],
  ])("stylish: FORCE_COLOR as chalk reads it, even through a pipe; --color and --no-color win (%j %j)", (env, args, coloured) => {
    const stdout = runCli(args, app(), env).stdout;
    expect(stdout.includes("\u001b[31merror\u001b[39m")).toBe(coloured);
    expect(stdout.replace(/\u001b\[\d+m/gu, "")).toContain("\u2716 2 problems (1 error, 1 warning)");
  });

  it("--output-file writes the report there and nothing to stdout", () => {
    const root = app();
    const run = runCli(["--format", "xcode", "-o", "out/report.txt"], root);
    expect(run.stdout).toBe("");
    expect(readFileSync(join(root, "out/report.txt"), "utf8")).toContain(":7:3: error: ");
  });
});
