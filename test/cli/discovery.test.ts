import { join } from "node:path";
import { mkdirSync, symlinkSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, CLEAN, project, runCli } from "./cli-helpers.js";

/** The files the json format reports, relative to `root`, in order. */
function lintedFiles(root: string, args: string[] = []): string[] {
  const run = runCli(["--format", "json", ...args], root);
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(root.length + 1));
}

describe("discovery", () => {
  it("finds every target's Info.plist at any depth and skips dependencies, build output and git-ignored paths", () => {
    const root = project({
      ".gitignore": "/vendor/\nGenerated/\n",
      "App/Info.plist": CLEAN,
      "App/Sources/Deep/Nested/Info.plist": CLEAN,
      "ShareExtension/ShareExtension-Info.plist": CLEAN,
      "Widget/Info.plist": CLEAN,
      "Watch App/Info.plist": CLEAN,
      "AppTests/AppTests-Info.plist": CLEAN,
      "Framework/Resources/Info.plist": CLEAN,
      "Settings.bundle/Root.plist": CLEAN,
      "App/GoogleService-Info.plist.bak": CLEAN,
      "App/Entitlements.plist": CLEAN,
      "node_modules/react-native/Info.plist": ARBITRARY_LOADS,
      "ios/Pods/Alamofire/Info.plist": ARBITRARY_LOADS,
      "Carthage/Checkouts/Kingfisher/Info.plist": ARBITRARY_LOADS,
      "Carthage/Build/Kingfisher.framework/Info.plist": ARBITRARY_LOADS,
      "DerivedData/App/Info.plist": ARBITRARY_LOADS,
      "build/Release-iphoneos/App.app/Info.plist": ARBITRARY_LOADS,
      ".build/checkouts/swift-nio/Info.plist": ARBITRARY_LOADS,
      "Archives/App 2026.xcarchive/Info.plist": ARBITRARY_LOADS,
      "vendor/SDK/Info.plist": ARBITRARY_LOADS,
      "App/Generated/Info.plist": ARBITRARY_LOADS,
      "Packages/Kit/.gitignore": "Fixtures/\n",
      "Packages/Kit/Fixtures/Info.plist": ARBITRARY_LOADS,
      "Packages/Kit/Sources/Info.plist": CLEAN,
      "Products/Demo.app/Info.plist": ARBITRARY_LOADS,
      "MauiApp/Platforms/iOS/Info.plist": CLEAN,
      "MauiApp/bin/Debug/net8.0-ios/iossimulator-x64/MauiApp.app/Info.plist": ARBITRARY_LOADS,
      "MauiApp/obj/Release/net9.0-maccatalyst/maccatalyst-arm64/Info.plist": ARBITRARY_LOADS,
      "XamarinApp/bin/iPhoneSimulator/Debug/Info.plist": ARBITRARY_LOADS,
      "Tools/bin/Info.plist": CLEAN,
    });
    mkdirSync(join(root, ".git"));
    expect(lintedFiles(root)).toEqual([
      "App/Info.plist",
      "App/Sources/Deep/Nested/Info.plist",
      "AppTests/AppTests-Info.plist",
      "Framework/Resources/Info.plist",
      "MauiApp/Platforms/iOS/Info.plist",
      "Packages/Kit/Sources/Info.plist",
      "ShareExtension/ShareExtension-Info.plist",
      "Tools/bin/Info.plist",
      "Watch App/Info.plist",
      "Widget/Info.plist",
    ]);
  });

  it("finds Expo configs that hold an infoPlist, and only those", () => {
    const expo = '{ "expo": { "ios": { "infoPlist": { "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true } } } } }\n';
    const root = project({
      "mobile/app.json": expo,
      "mobile/app.config.ts": "export default { ios: { infoPlist: {} } };\n",
      "web/app.json": '{ "name": "not an Expo app" }\n',
      "mobile/app.ts": "export const infoPlist = {};\n",
      "node_modules/expo-template/app.json": expo,
    });
    expect(lintedFiles(root)).toEqual(["mobile/app.config.ts", "mobile/app.json"]);
  });

  it("honours a .gitignore above the directory it is given, up to the git work tree", () => {
    const root = project({ ".gitignore": "ios/build-output/\n", "ios/build-output/Info.plist": ARBITRARY_LOADS, "ios/App/Info.plist": CLEAN });
    mkdirSync(join(root, ".git"));
    const run = runCli(["--format", "json", "ios"], root);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath)).toEqual([join(root, "ios/App/Info.plist")]);
  });

  it("lints explicit files whatever their name, once each, but not in dependency or build folders unless --no-ignore", () => {
    const root = project({ "Config/foo.plist": ARBITRARY_LOADS, "node_modules/x/Info.plist": CLEAN, "App/Info.plist": CLEAN });
    const paths = ["Config/foo.plist", "node_modules/x/Info.plist", "App", "App/Info.plist"];
    const run = runCli(["--format", "json", ...paths], root);
    expect(run.stderr).toBe(
      "plistlint: warning: Skipped node_modules/x/Info.plist: plistlint never lints dependencies or build output (use --no-ignore to lint it)\n",
    );
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(root.length + 1))).toEqual(["App/Info.plist", "Config/foo.plist"]);
    expect(lintedFiles(root, ["--no-ignore", ...paths])).toEqual(["App/Info.plist", "Config/foo.plist", "node_modules/x/Info.plist"]);
  });

  it("adds --ignore-pattern to the skipped paths, for walked and explicit files", () => {
    const root = project({ "App/Info.plist": CLEAN, "Fixtures/Info.plist": ARBITRARY_LOADS, "Samples/Demo/Info.plist": ARBITRARY_LOADS });
    expect(lintedFiles(root, ["--ignore-pattern", "Fixtures/", "--ignore-pattern", "Samples/**"])).toEqual(["App/Info.plist"]);
    expect(lintedFiles(root, ["--ignore-pattern", "Fixtures/", "Fixtures/Info.plist", "App"])).toEqual(["App/Info.plist"]);
  });

  it("does not follow links to directories, so a link loop cannot trap it", () => {
    const root = project({ "App/Info.plist": CLEAN });
    symlinkSync(root, join(root, "App", "loop"), "dir");
    symlinkSync(join(root, "App", "Info.plist"), join(root, "Linked-Info.plist"));
    expect(lintedFiles(root)).toEqual(["App/Info.plist", "Linked-Info.plist"]);
  });

  it("walks a directory named Info.plist instead of reading it", () => {
    const root = project({ "Odd/Info.plist/Info.plist": CLEAN });
    expect(lintedFiles(root)).toEqual(["Odd/Info.plist/Info.plist"]);
  });
});
