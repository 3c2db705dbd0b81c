// ESLint's bulk suppressions through both doors: `plistlint` and `eslint` (its own CLI, with the presets) read and write
// one eslint-suppressions.json, byte for byte, and agree on what it suppresses.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, CLEAN, MEDIA_LOADS, type CliRun, infoPlist, project, runCli } from "./cli-helpers.js";

const CONFIG = 'import plist from "eslint-plugin-plist";\n\nexport default [...plist.configs.recommended];\n';
/** Two errors of two rules: plist/no-arbitrary-loads (line 7) and plist/min-tls-version (line 14). */
const TWO_RULES = infoPlist(
  "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>old.example.com</key>\n" +
    "\t\t\t<dict>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>\n\t\t\t</dict>\n\t\t</dict>",
);
/** `count` errors of plist/min-tls-version, one per exception domain. */
function oldTls(count: number): string {
  const domains = ["a", "b", "c"].slice(0, count).map(
    (host) => `\t\t\t<key>${host}.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>\n\t\t\t</dict>\n`,
  );
  return infoPlist(`\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n${domains.join("")}\t\t</dict>`);
}

/** `npx eslint` in the project, with its eslint.config.js. */
function runEslint(args: string[], cwd: string): CliRun {
  const run = spawnSync(process.execPath, [join(cwd, "node_modules", "eslint", "bin", "eslint.js"), ...args], { cwd, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A project that `npx eslint .` lints with the recommended preset. */
function repository(files: Record<string, string>): string {
  return project({ "eslint.config.js": CONFIG, "package.json": '{ "type": "module" }\n', ...files }, { withNodeModules: true });
}

const suppressionsOf = (root: string, name = "eslint-suppressions.json"): string => readFileSync(join(root, name), "utf8");

describe("bulk suppressions: one eslint-suppressions.json for plistlint and eslint", () => {
  it("plistlint --suppress-all, then plistlint and eslint . pass; a new error in another file fails both; eslint writes the same file", () => {
    const root = repository({ "App/Info.plist": TWO_RULES });
    expect(runCli(["--suppress-all"], root)).toMatchObject({ status: 0, stdout: "" });
    const written = suppressionsOf(root);
    expect(written).toBe(
      '{\n  "App/Info.plist": {\n    "plist/min-tls-version": {\n      "count": 1\n    },\n    "plist/no-arbitrary-loads": {\n      "count": 1\n    }\n  }\n}',
    );
    expect(runCli([], root)).toEqual({ status: 0, stdout: "", stderr: "" });
    // The built-in preset, which runs no code from the repository, reads the same file the same way.
    expect(runCli(["--no-config-lookup"], root)).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(runEslint(["."], root)).toMatchObject({ status: 0, stdout: "" });

    mkdirSync(join(root, "Ext"));
    writeFileSync(join(root, "Ext/Ext-Info.plist"), ARBITRARY_LOADS);
    expect(runCli(["--format", "xcode"], root)).toMatchObject({ status: 1, stdout: expect.stringContaining("Ext/Ext-Info.plist:7:3: error: ") as string });
    expect(runEslint(["."], root)).toMatchObject({ status: 1, stdout: expect.stringContaining("Ext-Info.plist") as string });

    // The other way round: the file `eslint --suppress-all` writes is the same, byte for byte, and plistlint reads it.
    rmSync(join(root, "Ext"), { recursive: true });
    rmSync(join(root, "eslint-suppressions.json"));
    expect(runEslint([".", "--suppress-all"], root).status).toBe(0);
    expect(suppressionsOf(root)).toBe(written);
    expect(runCli([], root)).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("a file's errors stay suppressed while they are no more than its count; with more, every one is reported", () => {
    const root = repository({ "App/Info.plist": oldTls(2) });
    expect(runCli(["--suppress-all"], root).status).toBe(0);
    writeFileSync(join(root, "App/Info.plist"), oldTls(3));
    const three = runCli(["--format", "json"], root);
    expect(three.status).toBe(1);
    expect((JSON.parse(three.stdout) as ESLint.LintResult[])[0]!.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ["plist/min-tls-version", 12],
      ["plist/min-tls-version", 17],
      ["plist/min-tls-version", 22],
    ]);
    expect(runEslint(["."], root).status).toBe(1);
  });

  it("json: the suppressed errors are in suppressedMessages, as ESLint's own CLI reports them", () => {
    const root = repository({ "App/Info.plist": TWO_RULES, "Ext/Ext-Info.plist": MEDIA_LOADS });
    expect(runCli(["--suppress-all"], root).status).toBe(0);
    const plistlint = runCli(["--format", "json", "App", "Ext"], root);
    const eslint = runEslint(["--format", "json", "App", "Ext"], root);
    expect(plistlint).toEqual(eslint);
    const [app] = JSON.parse(plistlint.stdout) as ESLint.LintResult[];
    expect(app).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    expect(app!.suppressedMessages.map((message) => [message.ruleId, message.line, message.suppressions])).toEqual([
      ["plist/no-arbitrary-loads", 7, [{ kind: "file", justification: "" }]],
      ["plist/min-tls-version", 14, [{ kind: "file", justification: "" }]],
    ]);
  });

  it("an error fixed since fails the run (2) until --prune-suppressions lowers its count, as eslint does, or --pass-on-unpruned-suppressions", () => {
    const root = repository({ "App/Info.plist": oldTls(2), "Widget/Info.plist": ARBITRARY_LOADS });
    expect(runCli(["--suppress-all"], root).status).toBe(0);
    writeFileSync(join(root, "App/Info.plist"), oldTls(1));
    writeFileSync(join(root, "Widget/Info.plist"), CLEAN);
    expect(runCli([], root)).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "plistlint: Suppressed errors no longer occur: App/Info.plist (plist/min-tls-version: 1), Widget/Info.plist (plist/no-arbitrary-loads: 1). " +
        "Remove their entries with --prune-suppressions, or pass with --pass-on-unpruned-suppressions.\n",
    });
    expect(runEslint(["."], root).status).toBe(2);
    expect(runCli(["--pass-on-unpruned-suppressions"], root)).toEqual({ status: 0, stdout: "", stderr: "" });

    const before = suppressionsOf(root);
    expect(runEslint([".", "--prune-suppressions"], root).status).toBe(0);
    const prunedByEslint = suppressionsOf(root);
    writeFileSync(join(root, "eslint-suppressions.json"), before);
    expect(runCli(["--prune-suppressions"], root)).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(suppressionsOf(root)).toBe(prunedByEslint);
    expect(prunedByEslint).toBe('{\n  "App/Info.plist": {\n    "plist/min-tls-version": {\n      "count": 1\n    }\n  }\n}');
    expect(runCli([], root).status).toBe(0);
  });

  it("--suppress-rule records that rule only; --suppressions-location names the file, or a directory as ESLint names it", () => {
    const root = repository({ "App/Info.plist": TWO_RULES });
    mkdirSync(join(root, "lint"));
    const run = runCli(["--suppress-rule", "plist/min-tls-version", "--suppressions-location", "lint/suppressions.json", "--format", "xcode"], root);
    const message = "NSAllowsArbitraryLoads = YES turns ATS off for unlisted domains: remove it, or list exceptions per domain.";
    expect(run).toEqual({ status: 1, stdout: `${join(root, "App/Info.plist")}:7:3: error: ${message} [plist/no-arbitrary-loads]\n`, stderr: "" });
    expect(suppressionsOf(root, "lint/suppressions.json")).toBe('{\n  "App/Info.plist": {\n    "plist/min-tls-version": {\n      "count": 1\n    }\n  }\n}');
    expect(existsSync(join(root, "eslint-suppressions.json"))).toBe(false);
    expect(runEslint([".", "--suppressions-location", "lint/suppressions.json"], root).status).toBe(1);

    // A directory: the file inside is named after the working directory, as ESLint names it.
    expect(runCli(["--suppress-all", "--suppressions-location", "lint/"], root).status).toBe(0);
    expect(runEslint([".", "--suppress-all", "--suppressions-location", "lint"], root).status).toBe(0);
    expect(readdirSync(join(root, "lint")).sort()).toEqual(["suppressions.json", expect.stringMatching(/^suppressions_[0-9a-z]+$/u) as string]);
  });

  it("an entry of a rule without errors is unused whatever its count, a hand-written 0 included, as in ESLint", () => {
    const root = repository({ "App/Info.plist": CLEAN, "eslint-suppressions.json": '{"App/Info.plist":{"plist/no-arbitrary-loads":{"count":0}}}' });
    expect(runCli([], root).status).toBe(2);
    expect(runEslint(["."], root).status).toBe(2);
    expect(runCli(["--prune-suppressions"], root).status).toBe(0);
    expect(suppressionsOf(root)).toBe("{\n}");
  });

  it("entries of rules the built-in preset does not run (a project's JavaScript rules) are neither judged unused nor pruned", () => {
    const root = project({ "App/Info.plist": ARBITRARY_LOADS });
    const entries = '{\n  "App/Info.plist": {\n    "plist/no-arbitrary-loads": {\n      "count": 1\n    },\n    "some-plugin/some-rule": {\n      "count": 2\n    }\n  }\n}';
    writeFileSync(join(root, "eslint-suppressions.json"), entries);
    expect(runCli([], root)).toEqual({ status: 0, stdout: "", stderr: "" });
    expect(runCli(["--prune-suppressions"], root).status).toBe(0);
    expect(suppressionsOf(root)).toBe(entries);
  });

  it.each([
    [["--suppress-all", "--suppress-rule", "plist/no-arbitrary-loads"], "plistlint: --suppress-all and --suppress-rule cannot be used together\n"],
    [["--suppress-all", "--prune-suppressions"], "plistlint: --suppress-all and --prune-suppressions cannot be used together\n"],
    [["--suppress-rule", "x", "--prune-suppressions"], "plistlint: --suppress-rule and --prune-suppressions cannot be used together\n"],
    [["--suppressions-location", "missing.json"], "plistlint: The suppressions file missing.json does not exist: create it with --suppress-all or --suppress-rule\n"],
    [["explain", "--suppress-all"], "plistlint: 'plistlint explain' does not suppress errors: drop the suppression options\n"],
  ])("%j is a usage error", (args, stderr) => {
    expect(runCli(args, project({ "App/Info.plist": ARBITRARY_LOADS }))).toEqual({ status: 2, stdout: "", stderr });
  });

  it("a suppressions file that is not ESLint's shape is a usage error naming it", () => {
    const root = project({ "App/Info.plist": ARBITRARY_LOADS, "eslint-suppressions.json": '{ "App/Info.plist": { "plist/no-arbitrary-loads": 1 } }' });
    expect(runCli([], root)).toEqual({
      status: 2,
      stdout: "",
      stderr: `plistlint: Invalid suppressions file ${join(root, "eslint-suppressions.json")}: App/Info.plist: plist/no-arbitrary-loads has no whole "count"\n`,
    });
  });
});
