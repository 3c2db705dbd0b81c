// One repository, every door: the CLI (built-in preset and the project's config), `eslint .` with the README's
// two-line config, the language server (from the workspace and as packaged in the .vsix, with no node_modules near
// it) and the pre-commit hook report the same (file, rule, line), and none looks inside dependencies or build output.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, MEDIA_LOADS, REPO, infoPlist, project, runCli } from "./cli/cli-helpers.js";
import { preCommitEnvironment } from "./cli/pre-commit-helpers.js";
import { LspClient } from "./language-server/lsp-client.js";
import { packagedServer } from "./vsix.js";

const INSECURE_EXCEPTION = infoPlist(
  "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>cdn.example.com</key>\n\t\t\t<dict>\n" +
    "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
);
const EXPO_JSON = '{\n  "expo": {\n    "ios": {\n      "infoPlist": {\n        "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true }\n      }\n    }\n  }\n}\n';
const EXPO_TS = `import type { ExpoConfig } from "expo/config";

export default {
  name: "Groceries",
  ios: {
    infoPlist: {
      NSAppTransportSecurity: {
        NSAllowsArbitraryLoadsForMedia: true,
      },
    },
  },
} satisfies ExpoConfig;
`;
const XCODEGEN_SPEC = `name: Groceries
targets:
  Groceries:
    type: application
    platform: iOS
    info:
      path: Groceries/Info.plist
      properties:
        NSAppTransportSecurity:
          NSAllowsArbitraryLoads: YES
`;
const ELECTRON_PACKAGE = '{\n  "name": "desktop",\n  "build": {\n    "mac": {\n      "extendInfo": { "NSAppTransportSecurity": { "NSAllowsArbitraryLoadsInWebContent": true } }\n    }\n  }\n}\n';
const ELECTRON_BUILDER = "appId: com.example.desktop\nmas:\n  extendInfo:\n    NSAppTransportSecurity:\n      NSAllowsArbitraryLoads: true\n";
const CORDOVA_CREATED =
  '<?xml version="1.0" encoding="utf-8"?>\n<widget id="io.cordova.hellocordova" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">\n    <name>HelloCordova</name>\n    <access origin="*" />\n</widget>\n';
const CORDOVA_EDIT_CONFIG =
  '<?xml version="1.0" encoding="utf-8"?>\n<widget id="com.example.shop" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">\n    <edit-config file="*-Info.plist" mode="merge" target="NSAppTransportSecurity">\n        <dict>\n            <key>NSAllowsArbitraryLoadsForMedia</key>\n            <true/>\n        </dict>\n    </edit-config>\n</widget>\n';
/** TrustKit pinning api.example.com to one key: TrustKit refuses to start. */
const TRUSTKIT =
  '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>TSKConfiguration</key>\n\t<dict>\n\t\t<key>TSKPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>api.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>TSKPublicKeyHashes</key>\n\t\t\t\t<array>\n\t\t\t\t\t<string>HCTjEZP/nfhlJBQ5jRXVgNTXexR+1/VV2O84IlKVg/Y=</string>\n\t\t\t\t</array>\n\t\t\t</dict>\n\t\t</dict>\n\t</dict>\n</dict>\n</plist>\n';
/** A compiled (binary) plist, as build output holds: no door may read it. */
const BINARY_PLIST = Buffer.from("bplist00\xd1\x01\x02_\x10\x16NSAllowsArbitraryLoads\x09", "latin1");

/** The tree: sources that must be linted, and vendored or built copies that must not. */
const TREE: Record<string, string | Buffer> = {
  "NativeApp/App/Info.plist": ARBITRARY_LOADS,
  "NativeApp/ShareExtension/ShareExtension-Info.plist": INSECURE_EXCEPTION,
  "NativeApp/Watch App/Info.plist": MEDIA_LOADS,
  "NativeApp/Pods/Analytics/Info.plist": ARBITRARY_LOADS,
  "NativeApp/Carthage/Checkouts/Kit/Info.plist": ARBITRARY_LOADS,
  "NativeApp/Carthage/Build/Kit.framework/Info.plist": ARBITRARY_LOADS,
  "NativeApp/build/Release-iphoneos/App.app/Info.plist": BINARY_PLIST,
  "MauiApp/MauiApp.csproj": '<Project Sdk="Microsoft.NET.Sdk"></Project>\n',
  "MauiApp/Platforms/iOS/Info.plist": ARBITRARY_LOADS,
  "MauiApp/bin/Debug/net8.0-ios/iossimulator-x64/MauiApp.app/Info.plist": BINARY_PLIST,
  "MauiApp/obj/Debug/net8.0-ios/iossimulator-x64/Info.plist": ARBITRARY_LOADS,
  "ExpoJson/app.json": EXPO_JSON,
  "ExpoTs/app.config.ts": EXPO_TS,
  "ExpoTs/node_modules/expo-dev-client/ios/Info.plist": ARBITRARY_LOADS,
  "XcodeGenApp/project.yml": XCODEGEN_SPEC,
  ".github/workflows/ci.yml": "on: push\njobs: {}\n",
  "ElectronApp/package.json": ELECTRON_PACKAGE,
  "ElectronApp/electron-builder.yml": ELECTRON_BUILDER,
  "ElectronApp/node_modules/electron-app-template/package.json": ELECTRON_PACKAGE,
  "web/package.json": '{ "name": "web" }\n',
  "CordovaApp/config.xml": CORDOVA_CREATED,
  "CordovaShop/config.xml": CORDOVA_EDIT_CONFIG,
  "PinnedApp/PinnedApp/Info.plist": TRUSTKIT,
  "eslint.config.mjs": 'import plist from "eslint-plugin-plist";\n\nexport default [...plist.configs.recommended];\n',
  ".gitignore": "node_modules\n",
};

/** What every door must report under the recommended preset: [file, rule, line]. */
const EXPECTED = [
  ["CordovaApp/config.xml", "plist/no-arbitrary-loads", 4],
  ["CordovaShop/config.xml", "plist/no-arbitrary-loads-for-media", 5],
  ["ElectronApp/electron-builder.yml", "plist/no-arbitrary-loads", 5],
  ["ElectronApp/package.json", "plist/no-arbitrary-loads-in-web-content", 5],
  ["ExpoJson/app.json", "plist/no-arbitrary-loads", 5],
  ["ExpoTs/app.config.ts", "plist/no-arbitrary-loads-for-media", 8],
  ["MauiApp/Platforms/iOS/Info.plist", "plist/no-arbitrary-loads", 7],
  ["NativeApp/App/Info.plist", "plist/no-arbitrary-loads", 7],
  ["NativeApp/ShareExtension/ShareExtension-Info.plist", "plist/no-insecure-http-exceptions", 11],
  ["NativeApp/Watch App/Info.plist", "plist/no-arbitrary-loads-for-media", 7],
  ["PinnedApp/PinnedApp/Info.plist", "plist/trustkit-require-backup-pin", 10],
  ["XcodeGenApp/project.yml", "plist/no-arbitrary-loads", 10],
].map((finding) => finding.join(":"));

/** Every file in the tree a door might be tempted to read: each source name, vendored or not. */
const CANDIDATES = Object.keys(TREE).filter((path) => /(Info\.plist|app\.json|app\.config\.ts|\.ya?ml|package\.json|config\.xml)$/u.test(path));

type Finding = string;

function findings(entries: { file: string; rule: string | null | undefined; line: number }[]): Finding[] {
  return entries.map(({ file, rule, line }) => `${file}:${rule ?? "(none)"}:${line}`).sort();
}

function fromJsonReport(root: string, stdout: string): Finding[] {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
  return findings(results.flatMap((result) => result.messages.map((message) => ({ file: relative(root, result.filePath), rule: message.ruleId, line: message.line }))));
}

/** The tree, with this repository's node_modules linked in (the documented config imports eslint-plugin-plist). */
function tree(): string {
  return project(TREE, { withNodeModules: true });
}

async function fromServer(root: string, server?: string): Promise<Finding[]> {
  const client = new LspClient({ pull: false, ...(server ? { server } : {}) });
  try {
    await client.initialize(pathToFileURL(root).href);
    const entries = [];
    for (const path of CANDIDATES) {
      const diagnostics = await client.open(pathToFileURL(join(root, path)).href, readFileSync(join(root, path), "latin1"));
      entries.push(...diagnostics.map((diagnostic) => ({ file: path, rule: diagnostic.code as string, line: diagnostic.range.start.line + 1 })));
    }
    expect(await client.shutdown()).toBe(0);
    return findings(entries);
  } finally {
    if (client.child.exitCode === null) client.child.kill();
  }
}


describe("every door agrees on one repository", () => {
  it("the CLI, with the built-in preset and with the project's eslint.config.mjs", () => {
    const root = tree();
    for (const args of [["--no-config-lookup"], []]) {
      const run = runCli(["--format", "json", ...args], root);
      expect(run.stderr).toBe("");
      expect(fromJsonReport(root, run.stdout)).toEqual(EXPECTED);
    }
  });

  it("`eslint .` with the README's two-line config", () => {
    const root = tree();
    const run = spawnSync(process.execPath, [join(root, "node_modules", "eslint", "bin", "eslint.js"), ".", "--format", "json"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(fromJsonReport(root, run.stdout)).toEqual(EXPECTED);
  });

  it("the language server, from the workspace and as packaged in the .vsix", async () => {
    const root = tree();
    expect(await fromServer(root)).toEqual(EXPECTED);
    expect(await fromServer(root, await packagedServer())).toEqual(EXPECTED);
  }, 60_000);

  const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
  it.skipIf(!hasPreCommit)(
    "the pre-commit hook, on every file of the repository",
    () => {
      const root = tree();
      const env = preCommitEnvironment();
      const config = `repos:\n  - repo: ${REPO}\n    rev: ${execFileSync("git", ["rev-parse", "HEAD"], { cwd: REPO, encoding: "utf8" }).trim()}\n    hooks:\n      - id: plistlint\n        args: [--format, xcode]\n`;
      writeFileSync(join(root, ".pre-commit-config.yaml"), config);
      execFileSync("git", ["init", "--quiet"], { cwd: root });
      execFileSync("git", ["add", "-A"], { cwd: root, env });
      const run = spawnSync("pre-commit", ["run", "--all-files"], { cwd: root, env, encoding: "utf8" });
      expect(run.status).toBe(1);
      // Xcode's format: `/abs/path:line:column: severity: message [rule]`, one line per finding.
      const reported = [...run.stdout.matchAll(/^(\/.+?):(\d+):\d+: (?:error|warning): .* \[(plist\/[\w-]+)\]$/gmu)];
      expect(findings(reported.map(([, file, line, rule]) => ({ file: relative(root, file!), rule, line: Number(line) })))).toEqual(EXPECTED);
    },
    600_000,
  );
});
