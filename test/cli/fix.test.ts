import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSourceFile } from "../../packages/engine/dist/read-file.js";
import { writeSourceFile } from "../../packages/cli/dist/write-source-file.js";
import { ARBITRARY_LOADS, TRANSPARENCY_KEY, TRANSPARENCY_KEY_FIXED, project, runCli } from "./cli-helpers.js";

const withBomAndCrlf = (text: string): string => `\uFEFF${text.replace(/\n/gu, "\r\n")}`;

describe("--fix", () => {
  it("applies fixes, never suggestions, writes the file and reports what is left", () => {
    const root = project({ "Ext/Info.plist": TRANSPARENCY_KEY, "App/Info.plist": ARBITRARY_LOADS });
    const run = runCli(["--fix", "--format", "json"], root);
    expect(run.status).toBe(1); // no-arbitrary-loads has only a suggestion: it stays
    expect(readFileSync(join(root, "Ext/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY_FIXED);
    expect(readFileSync(join(root, "App/Info.plist"), "utf8")).toBe(ARBITRARY_LOADS);
    const results = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
    expect(results.map((result) => result.messages.map((message) => message.ruleId))).toEqual([["plist/no-arbitrary-loads"], []]);
  });

  it("keeps the BOM, CRLF line endings, indentation and final newline, and a second run changes nothing", () => {
    const root = project({ "Ext/Info.plist": withBomAndCrlf(TRANSPARENCY_KEY) });
    const file = join(root, "Ext/Info.plist");
    expect(runCli(["--fix"], root).status).toBe(0);
    const fixed = readFileSync(file);
    expect(fixed.toString("utf8")).toBe(withBomAndCrlf(TRANSPARENCY_KEY_FIXED));
    const before = statSync(file).mtimeMs;
    expect(runCli(["--fix"], root)).toMatchObject({ status: 0, stdout: "" });
    expect(readFileSync(file).equals(fixed)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before); // not even rewritten
  });

  it("writes atomically: same permissions, no temporary file left, a symbolic link still a link to the fixed file", () => {
    const root = project({ "Shared/Info.plist": TRANSPARENCY_KEY });
    chmodSync(join(root, "Shared/Info.plist"), 0o664); // group-writable: a umask of 022 must not take that away
    symlinkSync(join(root, "Shared/Info.plist"), join(root, "App-Info.plist"));
    expect(runCli(["--fix", "App-Info.plist"], root).status).toBe(0);
    expect(lstatSync(join(root, "App-Info.plist")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, "App-Info.plist"))).toBe(join(root, "Shared/Info.plist"));
    expect(readFileSync(join(root, "Shared/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY_FIXED);
    expect(statSync(join(root, "Shared/Info.plist")).mode & 0o777).toBe(0o664);
    expect(readdirSync(join(root, "Shared"))).toEqual(["Info.plist"]);
  });

  it("fixes through a project's eslint.config.js the same way", () => {
    const config = 'import plist from "eslint-plugin-plist";\nexport default [...plist.configs.strict];\n';
    const root = project({ "eslint.config.js": config, "Ext/Info.plist": withBomAndCrlf(TRANSPARENCY_KEY) }, { withNodeModules: true });
    expect(runCli(["--fix"], root)).toMatchObject({ status: 0, stderr: "" });
    expect(readFileSync(join(root, "Ext/Info.plist"), "utf8")).toBe(withBomAndCrlf(TRANSPARENCY_KEY_FIXED));
  });

  it("a file it cannot write is reported, the others are still fixed and reported, and the exit code is 2", () => {
    const root = project({ "A/Info.plist": TRANSPARENCY_KEY, "B/Info.plist": TRANSPARENCY_KEY });
    mkdirSync(join(root, "A", ".Info.plist.plistlint-x.tmp")); // stands in for an unwritable directory
    const unwritable = join(root, "A", "Info.plist");
    chmodSync(join(root, "A"), 0o555);
    const run = runCli(["--fix", "--format", "json"], root);
    chmodSync(join(root, "A"), 0o755);
    if (process.getuid?.() === 0) return; // root writes anywhere: the rest cannot be observed
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^plistlint: Cannot write ${unwritable}: permission denied \\(its directory must be writable`, "u"));
    expect(readFileSync(join(root, "B/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY_FIXED);
    expect(JSON.parse(run.stdout)).toHaveLength(2);
  });

  it("--fix-dry-run writes nothing", () => {
    const root = project({ "Ext/Info.plist": TRANSPARENCY_KEY });
    const run = runCli(["--fix-dry-run"], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(""); // the fixable warning is fixed in the dry run's output
    expect(readFileSync(join(root, "Ext/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY);
  });

  it("refuses to overwrite a file that changed on disk since it was read", () => {
    const root = project({ "Ext/Info.plist": TRANSPARENCY_KEY });
    const path = join(root, "Ext/Info.plist");
    const file = readSourceFile(path);
    writeFileSync(path, `${TRANSPARENCY_KEY}<!-- saved by an editor meanwhile -->\n`);
    expect(() => writeSourceFile(file, TRANSPARENCY_KEY_FIXED)).toThrow(
      `Not writing ${path}: it changed on disk while plistlint was fixing it; run again`,
    );
    expect(readFileSync(path, "utf8")).toBe(`${TRANSPARENCY_KEY}<!-- saved by an editor meanwhile -->\n`);
    expect(readdirSync(join(root, "Ext"))).toEqual(["Info.plist"]);
  });

  it("never fixes a file that is not valid UTF-8, and says where the bad byte is", () => {
    // Line 9 is `\t\t\t<key>api.example.com</key>`; byte 15 of it (column 15) becomes a lead byte without its tail.
    const invalid = Buffer.from(TRANSPARENCY_KEY.replace("api.example.com", "api.ex\u0000ample.com"), "utf8");
    invalid[invalid.indexOf(0)] = 0xc3;
    const root = project({ "Ext/Info.plist": invalid });
    const run = runCli(["--fix", "--format", "xcode"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${join(root, "Ext/Info.plist")}:9:15: error: File is not valid UTF-8 (the first invalid byte is at line 9, column 15).\n`);
    expect(readFileSync(join(root, "Ext/Info.plist")).equals(invalid)).toBe(true);
  });
});
