// The bad-input battery, continued: what plistlint prints. Control characters from a linted file never reach the
// terminal raw; a report it cannot write is one line and exit code 2; explain and lint agree on unreadable text;
// app.json is read as Expo reads it (JSON5).
import { closeSync, cpSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, CLEAN, REPO, project, runCli } from "./cli/cli-helpers.js";

/** A domain key that erases the report's line, moves the cursor up, retitles the terminal and rings its bell. */
const HOSTILE_KEY = "api\u001b[2K\u001b[1A\u001b]0;owned\u0007\u009b31m\u202e.example.com";
const HOSTILE = CLEAN.replace(
  "</dict>\n</plist>",
  `\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>${HOSTILE_KEY}</key>\n\t\t\t<dict/>\n\t\t</dict>\n\t</dict>\n</dict>\n</plist>`,
);
const ESCAPED_KEY = "api\\u001b[2K\\u001b[1A\\u001b]0;owned\\u0007\\u009b31m\\u202e.example.com";

describe("control characters from a plist are escaped in every human-readable output (row 14)", () => {
  it.each([["stylish"], ["xcode"], ["github"], ["explain"]])("%s", (format) => {
    const root = project({ [`App${"\u001b[2K"}/Info.plist`]: HOSTILE });
    const run = runCli(format === "explain" ? ["explain"] : ["--preset", "strict", "--format", format], root);
    expect(run.status).toBe(format === "explain" ? 0 : 1);
    const output = run.stdout + run.stderr;
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/u);
    expect(output).toContain(ESCAPED_KEY);
    expect(output).toContain("App\\u001b[2K");
  });

  it("so are the paths in one-line messages on stderr", () => {
    const root = project({ [`A${"\u0007"}/Info.plist`]: "" });
    const run = runCli(["--no-error-on-unmatched-pattern", `A${"\u0007"}/Info.plist`, "missing\u001b]0;x"], root);
    expect(run).toMatchObject({ status: 2, stderr: "plistlint: No such file or directory: missing\\u001b]0;x\n" });
  });
});

describe("a report that cannot be written (row 15)", () => {
  it("to a full disk: one line, exit code 2", () => {
    const full = openSync("/dev/full", "w");
    const run = spawnSync(process.execPath, [BIN, "--format", "json", "."], { cwd: project({ "App/Info.plist": CLEAN }), stdio: ["ignore", full, "pipe"], encoding: "utf8" });
    closeSync(full);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("plistlint: Cannot write the report to standard output: no space left on device\n");
  });

  it("to a closed pipe: quietly, with the lint's exit code", async () => {
    const files = Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`T${index}/Info.plist`, HOSTILE]));
    const child = spawn(process.execPath, [BIN, "--format", "json", "."], { cwd: project(files) });
    child.stdout.destroy(); // the reader has gone, as `plistlint | head -0`
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    expect(status).toBe(1);
  }, 30_000);
});

describe("explain on a file that is not UTF-8 (row 13)", () => {
  it("fails as lint does, with the same message", () => {
    const bytes = Buffer.concat([Buffer.from(CLEAN.slice(0, 70)), Buffer.from([0xff]), Buffer.from(CLEAN.slice(70))]);
    const root = project({ "App/Info.plist": bytes });
    const message = "File is not valid UTF-8 (the first invalid byte is at line 4, column 3).";
    expect(runCli(["--format", "xcode"], root)).toEqual({ status: 1, stdout: `${join(root, "App/Info.plist")}:4:3: error: ${message}\n`, stderr: "" });
    expect(runCli(["explain"], root)).toEqual({ status: 1, stdout: `App/Info.plist\n  cannot be read: ${message} (line 4, column 3)\n`, stderr: "" });
  });
});

describe("app.json as Expo reads it: JSON5 (row 10)", () => {
  it("comments and trailing commas are no parse error, and positions are the file's own", () => {
    const appJson = `{
  // Expo reads app.json with JSON5
  "expo": {
    "ios": {
      "infoPlist": {
        "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true, },
      },
    },
  },
}
`;
    const root = project({ "app.json": appJson });
    expect(runCli(["--format", "xcode"], root)).toEqual({
      status: 1,
      stdout: expect.stringMatching(new RegExp(`^${join(root, "app.json")}:6:37: error: NSAllowsArbitraryLoads = true turns ATS off .* \\[plist/no-arbitrary-loads\\]\n$`, "u")) as string,
      stderr: "",
    });
  });
});

describe("a deeply nested app.json (row 16)", () => {
  it("has the depth limit and message of XML plists, at the object that passes it", () => {
    const depth = 100_000;
    const appJson = `{"expo":{"ios":{"infoPlist":{"NSAppTransportSecurity":${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}}}}`;
    const root = project({ "app.json": appJson });
    // The 1001st object: the four of expo.ios.infoPlist, then 996 of the nesting (each 5 characters) after column 55.
    const message = "An object is nested more than 1000 levels deep; deeper nesting is not read (no real property list needs it).";
    expect(runCli(["--format", "xcode"], root)).toEqual({ status: 1, stdout: `${join(root, "app.json")}:1:5035: error: Parsing error: ${message}\n`, stderr: "" });
    expect(runCli(["explain"], root)).toEqual({ status: 1, stdout: `app.json\n  cannot be read: ${message} (line 1, column 5035)\n`, stderr: "" });
  });
});

describe("a deeply nested plist in a Cordova config.xml (row 16)", () => {
  it("has the depth limit and message of XML plists, at the dict that passes it", () => {
    const depth = 50_000;
    const configXml = `<?xml version="1.0" encoding="utf-8"?>
<widget id="io.example.app" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">
  <platform name="ios">
    <edit-config file="*-Info.plist" mode="merge" target="NSAppTransportSecurity">
${"<dict><key>a</key>".repeat(depth)}<true/>${"</dict>".repeat(depth)}
    </edit-config>
  </platform>
</widget>
`;
    const root = project({ "config.xml": configXml });
    // The 1001st dict: 1,000 of 18 characters each on line 5.
    const message = "<dict> is nested more than 1000 levels deep; deeper nesting is not read (no real property list needs it).";
    expect(runCli(["--format", "xcode"], root)).toEqual({ status: 1, stdout: `${join(root, "config.xml")}:5:18001: error: Parsing error: ${message}\n`, stderr: "" });
  });
});

describe("--debug stack traces where plistlint is installed (row 17)", () => {
  it("name the original sources under the installed package, never the folder the bundle was built in", () => {
    // Installed as npm would: bin/, bundle/ and package.json in a project's node_modules.
    const installed = join(project({}), "node_modules", "plistlint");
    mkdirSync(installed, { recursive: true });
    for (const part of ["bin", "bundle", "package.json"]) cpSync(join(REPO, "packages", "cli", part), join(installed, part), { recursive: true });
    const root = project({ "App/Info.plist": CLEAN });
    const run = spawnSync(process.execPath, [join(installed, "bin", "plistlint.cjs"), "--debug", "--rule", "plist/no-such-rule: error"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(2);
    const frames = run.stderr.split("\n").filter((line) => line.startsWith("    at "));
    expect(frames.length).toBeGreaterThan(3);
    expect(run.stderr).not.toContain(REPO);
    expect(frames[0]).toMatch(new RegExp(`^    at .* \\(${installed}/packages/engine/src/builtin-config\\.ts:\\d+:\\d+\\)$`, "u"));
  });
});
