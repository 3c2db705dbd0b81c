import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, REPO, TRANSPARENCY_KEY, TRANSPARENCY_KEY_FIXED, project, runCliOn } from "./cli-helpers.js";

const CONFIG = 'import plist from "eslint-plugin-plist";\n\nexport default [...plist.configs.recommended];\n';
const APP_JSON = readFileSync(join(REPO, "examples/expo-app/app.json"), "utf8");

describe("--stdin and --stdin-filename", () => {
  it("lints the text as the file named, with its configuration: the json is ESLint's for `eslint --stdin --stdin-filename`", () => {
    const root = project({ "eslint.config.js": CONFIG, "package.json": '{ "type": "module" }\n' }, { withNodeModules: true });
    const args = ["--stdin", "--stdin-filename", "App/Info.plist", "--format", "json"];
    const plistlint = runCliOn(ARBITRARY_LOADS, args, root);
    const eslint = spawnSync(process.execPath, [join(root, "node_modules/eslint/bin/eslint.js"), ...args], { cwd: root, input: ARBITRARY_LOADS, encoding: "utf8" });
    expect(plistlint).toEqual({ status: 1, stdout: eslint.stdout, stderr: "" });
    expect((JSON.parse(plistlint.stdout) as ESLint.LintResult[])[0]).toMatchObject({ filePath: join(root, "App/Info.plist"), errorCount: 1 });
  });

  it("without a file name the text is an Info.plist, reported as ESLint reports unnamed text: <text>", () => {
    const run = runCliOn(ARBITRARY_LOADS, ["--stdin", "--format", "xcode"], project({}));
    expect(run).toEqual({
      status: 1,
      stdout: "<text>:7:3: error: NSAllowsArbitraryLoads = YES turns ATS off for unlisted domains: remove it, or list exceptions per domain. [plist/no-arbitrary-loads]\n",
      stderr: "",
    });
  });

  it("the file name decides the kind of source: an app.json is read as an Expo config", () => {
    const root = project({});
    expect(runCliOn(APP_JSON, ["--stdin", "--stdin-filename", "app.json", "--format", "xcode"], root)).toEqual({
      status: 0,
      stdout: `${join(root, "app.json")}:17:15: warning: NSExceptionAllowsInsecureHTTPLoads = true allows cleartext HTTP to 'images.recipes.example' and subdomains: use HTTPS instead. [plist/no-insecure-http-exceptions]\n`,
      stderr: "",
    });
    // An app.json without an infoPlist is no Expo config to lint.
    expect(runCliOn('{ "name": "web-only" }\n', ["--stdin", "--stdin-filename", "app.json"], root)).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("--fix-dry-run gives the fixed text in the json format's output; --fix is refused, as ESLint refuses it", () => {
    const root = project({});
    const dryRun = runCliOn(TRANSPARENCY_KEY, ["--stdin", "--stdin-filename", "Info.plist", "--fix-dry-run", "--format", "json"], root);
    expect(dryRun.status).toBe(0);
    expect((JSON.parse(dryRun.stdout) as ESLint.LintResult[])[0]!.output).toBe(TRANSPARENCY_KEY_FIXED);
    expect(runCliOn(TRANSPARENCY_KEY, ["--stdin", "--fix"], root)).toEqual({
      status: 2,
      stdout: "",
      stderr: 'plistlint: --fix cannot write piped-in text: use --fix-dry-run, whose json format holds the fixed text as "output"\n',
    });
  });

  it("a file name in a folder never linted skips the text, with the warning a named file gets; --no-ignore lints it", () => {
    const root = project({});
    expect(runCliOn(ARBITRARY_LOADS, ["--stdin", "--stdin-filename", "Pods/Lib/Info.plist"], root)).toEqual({
      status: 0,
      stdout: "",
      stderr: "plistlint: warning: Skipped Pods/Lib/Info.plist: plistlint never lints dependencies or build output (use --no-ignore to lint it)\n",
    });
    expect(runCliOn(ARBITRARY_LOADS, ["--stdin", "--stdin-filename", "Pods/Lib/Info.plist", "--no-ignore"], root).status).toBe(1);
  });

  it("bulk suppressions do not apply to piped-in text, as in ESLint", () => {
    const root = project({ "eslint-suppressions.json": '{"App/Info.plist":{"plist/no-arbitrary-loads":{"count":1}}}' });
    expect(runCliOn(ARBITRARY_LOADS, ["--stdin", "--stdin-filename", "App/Info.plist"], root).status).toBe(1);
  });

  it("reads no more than the 64 MiB plistlint reads from a file", () => {
    expect(runCliOn(Buffer.alloc(64 * 1024 * 1024 + 1, 32), ["--stdin"], project({}))).toEqual({
      status: 2,
      stdout: "",
      stderr: "plistlint: Cannot read standard input: it is more than the 64 MiB plistlint reads\n",
    });
  });

  it.each([
    [["--stdin-filename", "Info.plist"], "plistlint: --stdin-filename names the text read with --stdin: add --stdin\n"],
    [["--stdin", "App"], "plistlint: --stdin lints standard input, not paths: drop the paths, or --stdin\n"],
    [["explain", "--stdin"], "plistlint: 'plistlint explain' reads no standard input: drop --stdin\n"],
    [["--stdin", "--print-config", "Info.plist"], "plistlint: --print-config and --stdin cannot be used together\n"],
    [["--stdin", "--suppress-all"], "plistlint: --suppress-all, --suppress-rule and --prune-suppressions cannot be used with --stdin\n"],
  ])("%j is a usage error", (args, stderr) => {
    expect(runCliOn(ARBITRARY_LOADS, args, project({}))).toEqual({ status: 2, stdout: "", stderr });
  });
});
