// The Xcode Run Script recipe (packages/cli/xcode/plistlint-build-phase.sh), run as Xcode runs it: /bin/sh with the
// build settings in its environment and nothing else, plistlint found on the PATH. Xcode lists the lines it prints that
// read `path:line:column: error: …`, `error: …`, `warning: …` and `note: …`.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, REPO, type CliRun, infoPlist, project } from "./cli-helpers.js";

const SCRIPT = join(REPO, "packages", "cli", "xcode", "plistlint-build-phase.sh");

/** NSAllowsArbitraryLoads (line 7) next to NSAllowsArbitraryLoadsInWebContent (line 9): in force only before the iOS 10 override. */
const OLD_AND_NEW_KEYS = infoPlist("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>");
const WEB_CONTENT = "NSAllowsArbitraryLoadsInWebContent = YES turns ATS off in web views: remove it unless the app shows arbitrary web pages.";

/** A project, and a PATH whose plistlint is the built CLI, as `npm install --global plistlint` would give. */
function xcodeProject(): { srcroot: string; path: string } {
  const srcroot = project({ "App/Info.plist": OLD_AND_NEW_KEYS });
  const bin = join(srcroot, ".bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "plistlint"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "plistlint"), 0o755);
  return { srcroot, path: `${bin}:/usr/bin:/bin` };
}

function runPhase(settings: Record<string, string>, args: string[] = []): CliRun {
  const run = spawnSync("/bin/sh", [SCRIPT, ...args], { env: { TARGET_NAME: "App", ...settings }, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the Xcode build phase script", () => {
  it.each([
    ["iphoneos", "IPHONEOS_DEPLOYMENT_TARGET", "iOS 9.0"],
    ["appletvos", "TVOS_DEPLOYMENT_TARGET", "tvOS 9.0"],
    ["watchsimulator", "WATCHOS_DEPLOYMENT_TARGET", "watchOS 2.0"],
    ["macosx", "MACOSX_DEPLOYMENT_TARGET", "macOS 10.11"],
  ])("%s: lints the target's Info.plist at its %s, as clang-style lines", (platformName, variable, minimumOS) => {
    const { srcroot, path } = xcodeProject();
    const version = minimumOS.split(" ")[1]!;
    const plist = join(srcroot, "App/Info.plist");
    expect(runPhase({ PATH: path, SRCROOT: srcroot, INFOPLIST_FILE: "App/Info.plist", PLATFORM_NAME: platformName, [variable]: version })).toEqual({
      status: 1,
      stdout:
        `${plist}:7:3: error: NSAllowsArbitraryLoads = YES turns ATS off on ${minimumOS}, which ignores NSAllowsArbitraryLoadsInWebContent: remove it, or raise the minimum OS. [plist/no-arbitrary-loads]\n` +
        `${plist}:7:3: warning: NSAllowsArbitraryLoads is honoured on ${minimumOS} but ignored on iOS 10+ because of NSAllowsArbitraryLoadsInWebContent: raise the minimum OS, or remove it. [plist/no-ignored-arbitrary-loads]\n` +
        `${plist}:9:3: warning: ${WEB_CONTENT} [plist/no-arbitrary-loads-in-web-content]\n`,
      stderr: "",
    });
  });

  it.each([
    ["iphonesimulator", "IPHONEOS_DEPLOYMENT_TARGET", "15.0"],
    ["appletvsimulator", "TVOS_DEPLOYMENT_TARGET", "17.0"],
    ["xros", "XROS_DEPLOYMENT_TARGET", "1.0"],
    ["xrsimulator", "XROS_DEPLOYMENT_TARGET", "2.0"],
  ])("%s at %s=%s: the newer key cancels NSAllowsArbitraryLoads, and warnings do not fail the build", (platformName, variable, version) => {
    const { srcroot, path } = xcodeProject();
    const plist = join(srcroot, "App/Info.plist");
    // An absolute INFOPLIST_FILE is used as it is.
    expect(runPhase({ PATH: path, SRCROOT: srcroot, INFOPLIST_FILE: plist, PLATFORM_NAME: platformName, [variable]: version })).toEqual({
      status: 0,
      stdout:
        `${plist}:7:3: warning: NSAllowsArbitraryLoads has no effect: iOS 10+ ignores it because of NSAllowsArbitraryLoadsInWebContent. Remove it. [plist/no-ignored-arbitrary-loads]\n` +
        `${plist}:9:3: warning: ${WEB_CONTENT} [plist/no-arbitrary-loads-in-web-content]\n`,
      stderr: "",
    });
  });

  it("a target without an Info.plist of its own is skipped with a note, not linted as the whole $SRCROOT", () => {
    const { srcroot, path } = xcodeProject();
    expect(runPhase({ PATH: path, SRCROOT: srcroot, INFOPLIST_FILE: "", PLATFORM_NAME: "iphoneos", IPHONEOS_DEPLOYMENT_TARGET: "9.0" })).toEqual({
      status: 0,
      stdout: "note: plistlint skipped: the target App has no Info.plist of its own (INFOPLIST_FILE is empty)\n",
      stderr: "",
    });
  });

  it("an error that ends the run is an `error:` line, which Xcode lists; the script's arguments go to plistlint", () => {
    const { srcroot, path } = xcodeProject();
    const settings = { PATH: path, SRCROOT: srcroot, INFOPLIST_FILE: "Ext/Info.plist", PLATFORM_NAME: "iphoneos", IPHONEOS_DEPLOYMENT_TARGET: "15.0" };
    expect(runPhase(settings)).toEqual({ status: 2, stdout: "", stderr: `error: plistlint: No such file or directory: ${join(srcroot, "Ext/Info.plist")}\n` });
    expect(runPhase({ ...settings, INFOPLIST_FILE: "App/Info.plist" }, ["--preset", "lenient"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "error: plistlint: Unknown --preset 'lenient': use recommended or strict\n",
    });
    expect(runPhase({ ...settings, INFOPLIST_FILE: "App/Info.plist" }, ["--max-warnings", "0"])).toMatchObject({
      status: 1,
      stderr: "error: plistlint found too many warnings (maximum: 0).\n",
    });
  });

  it("the project's own plistlint, in node_modules/.bin above $SRCROOT, comes before one on the PATH", () => {
    const { srcroot, path } = xcodeProject();
    const ios = join(srcroot, "ios");
    mkdirSync(join(ios, "App"), { recursive: true });
    writeFileSync(join(ios, "App", "Info.plist"), OLD_AND_NEW_KEYS);
    mkdirSync(join(srcroot, "node_modules", ".bin"), { recursive: true });
    writeFileSync(join(srcroot, "node_modules", ".bin", "plistlint"), '#!/bin/sh\necho "the project\'s plistlint: $*"\n');
    chmodSync(join(srcroot, "node_modules", ".bin", "plistlint"), 0o755);
    expect(runPhase({ PATH: path, SRCROOT: ios, INFOPLIST_FILE: "App/Info.plist", PLATFORM_NAME: "iphoneos" }, ["--preset", "strict"])).toEqual({
      status: 0,
      stdout: `the project's plistlint: --format xcode --preset strict ${join(ios, "App/Info.plist")}\n`,
      stderr: "",
    });
  });

  it("without plistlint installed the build goes on with a warning, and nothing is downloaded", () => {
    const { srcroot } = xcodeProject();
    // An npx that would record being asked: the script must not fetch plistlint from the registry during a build.
    const tools = join(srcroot, "tools");
    mkdirSync(tools);
    writeFileSync(join(tools, "npx"), `#!/bin/sh\ntouch "${join(srcroot, "npx-ran")}"\n`);
    chmodSync(join(tools, "npx"), 0o755);
    expect(runPhase({ PATH: `${tools}:/nonexistent`, SRCROOT: srcroot, INFOPLIST_FILE: "App/Info.plist", PLATFORM_NAME: "iphoneos" })).toEqual({
      status: 0,
      stdout: "warning: plistlint skipped: it is not installed (npm install --save-dev plistlint in the project, or npm install --global plistlint)\n",
      stderr: "",
    });
    expect(existsSync(join(srcroot, "npx-ran"))).toBe(false);
  });
});
