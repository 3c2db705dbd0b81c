import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, CLEAN, MEDIA_LOADS, project, runCli } from "./cli-helpers.js";

describe("exit codes", () => {
  it("0 when there are no errors, warnings included", () => {
    const root = project({ "App/Info.plist": CLEAN, "Ext/Info.plist": MEDIA_LOADS });
    const run = runCli([], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("1 problem (0 errors, 1 warning)");
  });

  it("1 for a lint error", () => {
    const run = runCli([], project({ "App/Info.plist": ARBITRARY_LOADS }));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\n {2}7:3 {2}error {2}NSAllowsArbitraryLoads = YES .* plist\/no-arbitrary-loads\n/u);
  });

  it("1 for a parse error, reported at its line and column", () => {
    const root = project({ "App/Info.plist": CLEAN.replace("</dict>", "</dct>") });
    const run = runCli(["--format", "xcode"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^${join(root, "App/Info.plist")}:6:1: error: .*dct`, "u"));
  });

  it("1 when warnings exceed --max-warnings, with ESLint's message", () => {
    const root = project({ "App/Info.plist": MEDIA_LOADS });
    expect(runCli(["--max-warnings", "1"], root).status).toBe(0);
    expect(runCli(["--max-warnings", "-1"], root).status).toBe(0); // ESLint's "no limit"
    const run = runCli(["--max-warnings", "0"], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("plistlint found too many warnings (maximum: 0).\n");
  });

  it("--quiet reports errors only", () => {
    const root = project({ "App/Info.plist": MEDIA_LOADS, "Ext/Info.plist": ARBITRARY_LOADS });
    const run = runCli(["--quiet", "--format", "json"], root);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { messages: { ruleId: string }[]; warningCount: number }[];
    expect(results.map((result) => result.messages.map((message) => message.ruleId))).toEqual([[], ["plist/no-arbitrary-loads"]]);
    expect(results.map((result) => result.warningCount)).toEqual([0, 0]);
  });

  it.each([
    [["Missing/Info.plist"], "plistlint: No such file or directory: Missing/Info.plist\n"],
    [["--frobnicate"], "plistlint: Unknown option '--frobnicate'. Run 'plistlint --help' for the options.\n"],
    [["--format", "html"], "plistlint: Unknown --format 'html': use one of stylish, json, sarif, xcode, github, junit\n"],
    [["--preset", "lenient"], "plistlint: Unknown --preset 'lenient': use recommended or strict\n"],
    [["--max-warnings", "many"], "plistlint: Invalid --max-warnings 'many': expected a whole number (-1 for no limit)\n"],
    [["--minimum-os", "android=14"], "plistlint: Invalid --minimum-os 'android=14': expected PLATFORM=VERSION with PLATFORM one of iOS, macOS, watchOS, tvOS, visionOS, e.g. iOS=15.0\n"],
    [["--fix", "--fix-dry-run"], "plistlint: --fix and --fix-dry-run cannot be used together\n"],
    [["--rule", "plist/no-such-rule: error"], `plistlint: Invalid --rule 'plist/no-such-rule: error': Could not find "no-such-rule" in plugin "plist".\n`],
    [["--rule", "plist/no-arbitrary-loads: loud"], /^plistlint: Invalid --rule 'plist\/no-arbitrary-loads: loud': Expected severity of "off", 0, "warn", 1, "error", or 2\./u],
    [
      ["--rule", "plist/min-tls-version: [error, {foo: 1}]"],
      `plistlint: Invalid --rule 'plist/min-tls-version: [error, {foo: 1}]': Value [{"foo":1}] should NOT have more than 0 items.\n`,
    ],
    [
      ["--rule", "plist/no-local-networking: warn", "--rule", "{'plist/no-empty-pin-sets': error, 'plist/bad': warn}"],
      `plistlint: Invalid --rule '{'plist/no-empty-pin-sets': error, 'plist/bad': warn}': Could not find "bad" in plugin "plist".\n`,
    ],
    [["--fxi"], "plistlint: Unknown option '--fxi': did you mean --fix? Run 'plistlint --help' for the options.\n"],
    [["--formt=json"], "plistlint: Unknown option '--formt': did you mean --format? Run 'plistlint --help' for the options.\n"],
    [["--supress-all"], "plistlint: Unknown option '--supress-all': did you mean --suppress-all? Run 'plistlint --help' for the options.\n"],
    [
      ["--baseline", "baseline.json"],
      "plistlint: Unknown option '--baseline': plistlint reads ESLint's bulk suppressions instead of a SwiftLint baseline: --suppressions-location FILE (default eslint-suppressions.json). Run 'plistlint --help' for the options.\n",
    ],
    [
      ["--write-baseline", "baseline.json"],
      "plistlint: Unknown option '--write-baseline': plistlint records ESLint's bulk suppressions instead of a SwiftLint baseline: --suppress-all [--suppressions-location FILE]. Run 'plistlint --help' for the options.\n",
    ],
    [["--output-file", "."], "plistlint: Cannot write the report to .: it is a directory\n"],
    [["explain", "--fix"], "plistlint: 'plistlint explain' does not fix: drop --fix\n"],
    [["--print-config", "App"], "plistlint: --print-config takes a file, not a directory: App\n"],
    [["--rule", "["], /^plistlint: Invalid --rule '\['/u],
    [["--config", "nowhere.config.js"], /^plistlint: Cannot use .*nowhere\.config\.js/u],
  ])("2 with a one-line message for %j", (args, message) => {
    const run = runCli(args, project({ "App/Info.plist": CLEAN }));
    expect(run.status).toBe(2);
    if (typeof message === "string") expect(run.stderr).toBe(message);
    else expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });

  it("2 when no Info.plist is found, unless --no-error-on-unmatched-pattern", () => {
    const root = project({ "README.md": "# no plists\n" });
    const run = runCli([], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("plistlint: No Info.plist, *-Info.plist or Expo config files found in . (outside ignored directories)\n");
    expect(runCli(["--no-error-on-unmatched-pattern"], root)).toMatchObject({ status: 0, stdout: "", stderr: "" });
  });

  it("2 for a broken eslint.config.js, naming it", () => {
    const root = project({ "eslint.config.js": "export default [{ rules: { 'plist/x': 'error' } }, syntax error", "App/Info.plist": CLEAN });
    const run = runCli([], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^plistlint: Cannot use ${join(root, "eslint.config.js")}: `, "u"));
  });

  it("a bad --rule over a project's eslint.config.js blames the flag; a bad rule in the config file blames the file", () => {
    const config = 'import plist from "eslint-plugin-plist";\nexport default [...plist.configs.recommended];\n';
    const root = project({ "eslint.config.mjs": config, "App/Info.plist": CLEAN }, { withNodeModules: true });
    expect(runCli(["--rule", "plist/no-such-rule: error"], root)).toEqual({
      status: 2,
      stdout: "",
      stderr: `plistlint: Invalid --rule 'plist/no-such-rule: error': Could not find "no-such-rule" in plugin "plist".\n`,
    });
    writeFileSync(join(root, "eslint.config.mjs"), config.replace("];", ", { rules: { 'plist/no-such-rule': 'error' } }];"));
    const run = runCli(["--rule", "plist/no-local-networking: warn"], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^plistlint: Cannot use ${join(root, "eslint.config.mjs")}: .*Could not find "no-such-rule" in plugin "plist"`, "u"));
  });

  it("2 for an unreadable file, naming it", () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to test
    const root = project({ "App/Info.plist": CLEAN });
    chmodSync(join(root, "App/Info.plist"), 0o000);
    const run = runCli([], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`plistlint: Cannot read ${join(root, "App/Info.plist")}: permission denied\n`);
  });

  it("--debug adds the stack trace to an error", () => {
    const run = runCli(["--debug", "--rule", "plist/no-such-rule: error"], project({ "App/Info.plist": CLEAN }));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /u);
  });
});
