// The bad-input battery, continued: what plistlint reads and writes on a repository it did not write. The report
// never replaces an input; one file that cannot be read or written is an error result while every other file is
// linted, fixed and reported; --fix never writes outside the folders linted, nor a read-only file, even as root.
import { chmodSync, linkSync, mkdirSync, readFileSync, renameSync, symlinkSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, CLEAN, TRANSPARENCY_KEY, TRANSPARENCY_KEY_FIXED, project, runCli } from "./cli/cli-helpers.js";

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; fatal?: boolean; message: string; line: number }[];
  errorCount: number;
  output?: string;
}

const results = (stdout: string): JsonResult[] => JSON.parse(stdout) as JsonResult[];
const summary = (stdout: string, root: string) =>
  results(stdout).map((result) => ({ file: result.filePath.slice(root.length + 1), messages: result.messages.map((message) => message.ruleId ?? message.message) }));

describe("the report never overwrites an input (row 1)", () => {
  it.each([
    ["the file itself", () => "App/Info.plist"],
    ["a symbolic link to it", (root: string) => (symlinkSync(join(root, "App/Info.plist"), join(root, "report.txt")), "report.txt")],
    ["a hard link to it", (root: string) => (linkSync(join(root, "App/Info.plist"), join(root, "report.txt")), "report.txt")],
  ])("-o naming %s: exit 2, nothing written", (_name, output) => {
    const root = project({ "App/Info.plist": TRANSPARENCY_KEY });
    const target = output(root);
    for (const args of [["-o", target], ["--fix", "-o", target], ["explain", "-o", target]]) {
      expect(runCli(args, root)).toEqual({ status: 2, stdout: "", stderr: `plistlint: Not writing the report to ${target}: it is one of the files being linted\n` });
      expect(readFileSync(join(root, "App/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY);
    }
  });
});

describe("one file that cannot be read or written never hides the others (rows 5, 7, 8)", () => {
  it("an over-64-MiB Info.plist: an error result, the others linted, the SARIF file written, exit 2", () => {
    const root = project({ "A/Info.plist": TRANSPARENCY_KEY, "Big/Info.plist": "", "C/Info.plist": CLEAN });
    truncateSync(join(root, "Big/Info.plist"), 65 * 1024 * 1024); // sparse: nothing is written
    const reason = `Cannot read ${join(root, "Big/Info.plist")}: it is 65 MiB, more than the 64 MiB plistlint reads`;
    const run = runCli(["--format", "json"], root);
    expect(run).toMatchObject({ status: 2, stderr: `plistlint: ${reason}\n` });
    expect(summary(run.stdout, root)).toEqual([
      { file: "A/Info.plist", messages: ["plist/no-certificate-transparency-key"] },
      { file: "Big/Info.plist", messages: [reason] },
      { file: "C/Info.plist", messages: [] },
    ]);
    expect(results(run.stdout)[1]).toMatchObject({ errorCount: 1, messages: [{ fatal: true, line: 0 }] });
    expect(runCli(["--format", "sarif", "-o", "report.sarif"], root).status).toBe(2);
    const sarif = JSON.parse(readFileSync(join(root, "report.sarif"), "utf8")) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]!.results.map((result) => result.message.text)).toContain(reason);
  });

  it("a FIFO named as a file to lint is an error result too, and the file after it is linted", () => {
    const root = project({ "B/Info.plist": TRANSPARENCY_KEY });
    mkdirSync(join(root, "A"));
    const fifo = join(root, "A", "Info.plist");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const run = runCli(["--format", "json", "A/Info.plist", "B"], root);
    expect(run.status).toBe(2);
    expect(summary(run.stdout, root)).toEqual([
      { file: "A/Info.plist", messages: [`Cannot read ${fifo}: it is not a regular file`] },
      { file: "B/Info.plist", messages: ["plist/no-certificate-transparency-key"] },
    ]);
  });

  it("a file that cannot be written keeps its problems in the report, with an error that it was not written", () => {
    const root = project({ "A/Info.plist": TRANSPARENCY_KEY, "B/Info.plist": TRANSPARENCY_KEY });
    chmodSync(join(root, "A/Info.plist"), 0o444);
    const reason = `Not writing ${join(root, "A/Info.plist")}: it is read-only`;
    const run = runCli(["--fix", "--format", "json"], root);
    expect(run).toMatchObject({ status: 2, stderr: `plistlint: ${reason}\n` });
    expect(summary(run.stdout, root)).toEqual([
      { file: "A/Info.plist", messages: ["plist/no-certificate-transparency-key", reason] },
      { file: "B/Info.plist", messages: [] },
    ]);
    expect(results(run.stdout)[0]!.output).toBeUndefined();
    expect(readFileSync(join(root, "A/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY);
    expect(readFileSync(join(root, "B/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY_FIXED);
  });

  it("a file renamed while --fix runs: an error result for it, every other file linted and fixed, exit 2", async () => {
    // 400 files, so that the run is still going when the first one is renamed away.
    const files = Object.fromEntries(Array.from({ length: 400 }, (_, index) => [`T${String(index).padStart(3, "0")}/Info.plist`, TRANSPARENCY_KEY]));
    const root = project(files);
    const last = join(root, "T399", "Info.plist");
    const child = spawn(process.execPath, [BIN, "--fix", "--format", "json"], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Renamed once the first file has been fixed: the CLI found it, and reads or writes it later.
    await waitFor(() => readFileSync(join(root, "T000", "Info.plist"), "utf8") === TRANSPARENCY_KEY_FIXED);
    renameSync(last, join(root, "T399", "Moved.plist"));
    const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    const reason = new RegExp(`^(?:Cannot read ${last}: no such file or directory|Not writing ${last}: it was moved or deleted while plistlint was fixing it)$`, "u");
    expect(status).toBe(2);
    expect(stderr).toMatch(new RegExp(`^plistlint: ${reason.source.slice(1, -1)}\n$`, "u"));
    const reported = results(stdout);
    expect(reported).toHaveLength(400);
    expect(reported.slice(0, 399).every((result) => result.messages.length === 0)).toBe(true);
    expect(reported[399]!.messages.at(-1)!.message).toMatch(reason);
    expect(readFileSync(join(root, "T398", "Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY_FIXED);
  }, 60_000);
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("--fix writes only inside the folders linted, and never a read-only file (rows 11, 12)", () => {
  it("a symbolic link to a file outside the tree is neither read when walking nor written when named", () => {
    const outside = project({ "Info.plist": TRANSPARENCY_KEY });
    const root = project({ "B/Info.plist": TRANSPARENCY_KEY });
    mkdirSync(join(root, "A"));
    symlinkSync(join(outside, "Info.plist"), join(root, "A", "Info.plist"));
    // Walking: a planted link (to a key, a token) must not bring the file's text into a report.
    const walked = runCli(["--fix", "--format", "json"], root);
    expect(walked).toMatchObject({
      status: 0,
      stderr: `plistlint: warning: Skipped ${join(root, "A/Info.plist")}: it is a link to ${join(outside, "Info.plist")}, outside the folders being linted\n`,
    });
    expect(summary(walked.stdout, root)).toEqual([{ file: "B/Info.plist", messages: [] }]);
    // Named, the link is read, but --fix writes only inside the folders named.
    const reason = `Not writing ${join(root, "A/Info.plist")}: it is a link to ${join(outside, "Info.plist")}, outside the folders being linted`;
    const named = runCli(["--fix", "--format", "json", "A/Info.plist"], root);
    expect(named).toMatchObject({ status: 2, stderr: `plistlint: ${reason}\n` });
    expect(summary(named.stdout, root)).toEqual([{ file: "A/Info.plist", messages: ["plist/no-certificate-transparency-key", reason] }]);
    expect(readFileSync(join(outside, "Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY);
    // Linting the target's folder is enough.
    expect(runCli(["--fix", join(outside, "Info.plist")], root).status).toBe(0);
    expect(readFileSync(join(outside, "Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY_FIXED);
  });

  it("a 0444 file is not rewritten, whoever runs plistlint (root included)", () => {
    const root = project({ "A/Info.plist": TRANSPARENCY_KEY });
    chmodSync(join(root, "A/Info.plist"), 0o444);
    const file = join(root, "A/Info.plist");
    const run = runCli(["--fix", "--format", "xcode"], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`plistlint: Not writing ${file}: it is read-only\n`);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${file}:11:5: warning: .* \\[plist/no-certificate-transparency-key\\]$`, "u"));
    expect(lines.slice(1)).toEqual([`${file}: error: Not writing ${file}: it is read-only`, ""]);
    expect(readFileSync(join(root, "A/Info.plist"), "utf8")).toBe(TRANSPARENCY_KEY);
  });
});
