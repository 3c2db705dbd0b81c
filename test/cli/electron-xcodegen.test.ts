// End to end, through the CLI bundle: an XcodeGen project (a project.yml including a target spec named anything) and
// an Electron app (electron-builder in package.json and electron-builder.yml, Electron Forge in forge.config.ts),
// found by plain `plistlint`, reported at their own lines, fixed in their own syntax.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./cli-helpers.js";

const PROJECT_YML = `name: Groceries
include:
  - Groceries/SupportingFiles/target.yml
options:
  deploymentTarget:
    iOS: "16.0"
`;

/** Element X's layout: the target's spec in a file of its own, with a YAML comment Apple never sees. */
const TARGET_YML = `targets:
  Groceries:
    type: application
    platform: iOS
    info:
      path: Info.plist
      properties:
        CFBundleDisplayName: $(APP_DISPLAY_NAME)
        UISupportedInterfaceOrientations: [UIInterfaceOrientationPortrait]
        NSAppTransportSecurity:
          # LOCAL DEV ONLY: the app reaches a local stack.
          NSAllowsArbitraryLoads: true
          NSExceptionDomains:
            legacy.example.com:
              NSExceptionMinimumTLSVersion: TLSv1.0
              NSRequiresCertificateTransparency: true
  GroceriesWidget:
    type: app-extension
    platform: iOS
    info:
      path: Widget/Info.plist
      properties:
        NSAppTransportSecurity:
          # eslint-disable-next-line plist/no-arbitrary-loads -- the widget shows images from any host
          NSAllowsArbitraryLoads: true
`;

const PACKAGE_JSON = `{
  "name": "desktop",
  "version": "1.0.0",
  "main": "main.js",
  "build": {
    "appId": "com.example.desktop",
    "mac": {
      "category": "public.app-category.productivity",
      "extendInfo": {
        "NSAppTransportSecurity": {
          "NSAllowsArbitraryLoadsInWebContent": true
        }
      }
    }
  }
}
`;

const ELECTRON_BUILDER_YML = `appId: com.example.desktop
mas:
  extendInfo:
    NSAppTransportSecurity:
      NSAllowsArbitraryLoads: true
`;

const FORGE_CONFIG_TS = `import type { ForgeConfig } from "@electron-forge/shared-types";

const config: ForgeConfig = {
  packagerConfig: {
    extendInfo: {
      NSAppTransportSecurity: { NSAllowsArbitraryLoadsForMedia: true },
    },
  },
};

export default config;
`;

/** [file, rule, line, column] of every problem the json format reports. */
function findings(root: string, args: string[] = []): [string, string | null, number, number][] {
  const run = runCli(["--format", "json", ...args], root);
  expect(run.stderr).toBe("");
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number }[] }[];
  return results.flatMap((result) =>
    result.messages.map((message): [string, string | null, number, number] => [result.filePath.slice(root.length + 1), message.ruleId, message.line, message.column]),
  );
}

describe("XcodeGen and Electron sources, end to end", () => {
  it("plain plistlint finds each file that holds ATS settings, and only those", () => {
    const root = project({
      "project.yml": PROJECT_YML,
      "Groceries/SupportingFiles/target.yml": TARGET_YML,
      ".github/workflows/ci.yml": "on: push\njobs: {}\n",
      "desktop/package.json": PACKAGE_JSON,
      "desktop/electron-builder.yml": ELECTRON_BUILDER_YML,
      "desktop/forge.config.ts": FORGE_CONFIG_TS,
      "web/package.json": '{ "name": "web", "dependencies": {} }\n',
    });
    expect(findings(root)).toEqual([
      ["Groceries/SupportingFiles/target.yml", "plist/no-arbitrary-loads", 12, 11],
      ["Groceries/SupportingFiles/target.yml", "plist/min-tls-version", 15, 45],
      ["Groceries/SupportingFiles/target.yml", "plist/no-certificate-transparency-key", 16, 15],
      ["desktop/electron-builder.yml", "plist/no-arbitrary-loads", 5, 7],
      ["desktop/forge.config.ts", "plist/no-arbitrary-loads-for-media", 6, 33],
      ["desktop/package.json", "plist/no-arbitrary-loads-in-web-content", 11, 11],
    ]);
  });

  it("--fix removes the obsolete key from the YAML, keeping its indentation and comments", () => {
    const root = project({ "project.yml": PROJECT_YML, "Groceries/SupportingFiles/target.yml": TARGET_YML });
    runCli(["--fix"], root);
    expect(readFileSync(join(root, "Groceries/SupportingFiles/target.yml"), "utf8")).toBe(
      TARGET_YML.replace("              NSRequiresCertificateTransparency: true\n", ""),
    );
  });

  it("explain names the target each policy comes from", () => {
    const root = project({ "Groceries/SupportingFiles/target.yml": TARGET_YML });
    const run = runCli(["explain", "--format", "json", "Groceries/SupportingFiles/target.yml"], root);
    const [explained] = JSON.parse(run.stdout) as { plists: { label: string; scopes: { kind: string; host: string | null; lines: number[] }[] }[] }[];
    expect(explained!.plists.map((plist) => plist.label)).toEqual(["targets.Groceries.info.properties", "targets.GroceriesWidget.info.properties"]);
    expect(explained!.plists[0]!.scopes.slice(0, 2).map((scope) => [scope.kind, scope.host, scope.lines])).toEqual([
      ["default", null, [12]],
      ["exception", "legacy.example.com", [14, 15]],
    ]);
  });
});
