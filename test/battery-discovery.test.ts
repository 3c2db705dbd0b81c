// The bad-input battery, continued: which files a repository's .gitignore and --ignore-pattern make plistlint skip.
// A pattern too large to compile is skipped with a warning naming its file and line (or, given on the command line,
// is a one-line error), never an internal error quoting 40 KB of regular expression; paths match as git matches them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, TRANSPARENCY_KEY, project, runCli } from "./cli/cli-helpers.js";

/** 40,000 characters that the ignore package turns into a regular expression V8 refuses as too large. */
const HUGE_PATTERN = "a/".repeat(20_000);

describe("an ignore pattern too large to compile (row 6)", () => {
  it("in a .gitignore: skipped with a warning naming the file and line; the other lines still apply", () => {
    const root = project({ ".gitignore": `Skipped/\n${HUGE_PATTERN}\n`, "Skipped/Info.plist": TRANSPARENCY_KEY, "App/Info.plist": TRANSPARENCY_KEY });
    const run = runCli(["--format", "xcode"], root);
    // In Xcode's form with --format xcode, which Xcode lists as a warning.
    expect(run.stderr).toBe(`warning: plistlint: Skipped line 2 of ${join(root, ".gitignore")} (40000 characters): Regular expression too large\n`);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${join(root, "App/Info.plist")}:11:5: warning: [^\n]*\n$`, "u"));
  });

  it("given with --ignore-pattern: a one-line error, exit code 2", () => {
    const root = project({ "App/Info.plist": CLEAN });
    expect(runCli(["--ignore-pattern", HUGE_PATTERN], root)).toEqual({
      status: 2,
      stdout: "",
      stderr: "plistlint: Cannot use the ignore pattern 'a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/…' (40000 characters): Regular expression too large\n",
    });
  });
});

describe(".gitignore matched as git matches it (row 9)", () => {
  const tree = (ignoreCase?: boolean): string => {
    const root = project({ ".gitignore": "myapp/\n", "MyApp/Info.plist": TRANSPARENCY_KEY, "myapp/Info.plist": TRANSPARENCY_KEY });
    mkdirSync(join(root, ".git"));
    if (ignoreCase !== undefined) writeFileSync(join(root, ".git", "config"), `[core]\n\trepositoryformatversion = 0\n\tignorecase = ${ignoreCase}\n`);
    return root;
  };
  const linted = (root: string): string[] => (JSON.parse(runCli(["--format", "json", "--no-error-on-unmatched-pattern"], root).stdout) as { filePath: string }[]).map((result) => result.filePath.slice(root.length + 1));

  it("case-sensitively, as git does unless it set core.ignorecase: myapp/ does not skip MyApp/", () => {
    expect(linted(tree())).toEqual(["MyApp/Info.plist"]);
    expect(linted(tree(false))).toEqual(["MyApp/Info.plist"]);
  });

  it("case-insensitively where git set core.ignorecase (a clone on macOS or Windows)", () => {
    expect(linted(tree(true))).toEqual([]);
  });

  it("--ignore-pattern follows the same rule", () => {
    const root = tree();
    const run = runCli(["--format", "json", "--ignore-pattern", "myapp/", "--ignore-pattern", "/.gitignore"], root);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(root.length + 1))).toEqual(["MyApp/Info.plist"]);
  });
});
