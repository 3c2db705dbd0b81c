// The example apps as `npm start` lints them (the CLI on examples/), and as `npx eslint .` lints each of them with its
// own eslint.config.js: every finding a reader of examples/README.md expects, and none in dependencies or build output.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ESLint } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "./cli/cli-helpers.js";

const EXAMPLES = join(REPO, "examples");

/** Every file plistlint lints in examples/, with its findings as `line:column ruleId`. */
const FINDINGS: Record<string, string[]> = {
  "capacitor-app/ios/App/App/Info.plist": ["45:3 plist/no-arbitrary-loads-in-web-content", "54:5 plist/min-tls-version"],
  "config-sources/Groceries/target.yml": ["10:11 plist/no-arbitrary-loads", "13:45 plist/min-tls-version", "13:45 plist/valid-tls-version"],
  "config-sources/PinnedApp/Info.plist": ["17:5 plist/trustkit-require-backup-pin", "23:6 plist/trustkit-no-http-report-uris"],
  "config-sources/cordova/config.xml": ["5:13 plist/no-arbitrary-loads", "6:29 plist/no-insecure-http-exceptions"],
  "config-sources/desktop/package.json": ["12:11 plist/no-arbitrary-loads-in-web-content"],
  "expo-app/app.config.ts": ["17:9 plist/no-arbitrary-loads", "19:66 plist/valid-tls-version"],
  "expo-app/app.json": ["17:15 plist/no-insecure-http-exceptions"],
  "flutter-app/ios/Runner/Info.plist": ["47:3 plist/no-arbitrary-loads"],
  "flutter-app/macos/Runner/Info.plist": [],
  "maui-app/Platforms/MacCatalyst/Info.plist": [],
  "maui-app/Platforms/iOS/Info.plist": ["39:5 plist/no-forward-secrecy-exceptions"],
  "native-app/Pantry/Info.plist": [
    "42:3 plist/no-arbitrary-loads",
    "48:5 plist/no-forward-secrecy-exceptions",
    "55:5 plist/no-insecure-http-exceptions",
    "55:5 plist/no-legacy-ats-keys",
    "61:5 plist/no-insecure-http-exceptions",
    "64:5 plist/min-tls-version",
  ],
  "native-app/PantryShare/Info.plist": [
    "25:3 plist/no-ignored-arbitrary-loads",
    "27:3 plist/no-arbitrary-loads-in-web-content",
    "33:5 plist/no-insecure-http-exceptions",
    "34:5 plist/valid-ats-types",
    "35:5 plist/no-unknown-ats-keys",
  ],
  "native-app/PantryWatch/Info.plist": ["30:5 plist/valid-tls-version", "33:5 plist/no-certificate-transparency-key"],
  "pinned-app/Info.plist": [],
  "react-native/ios/Groceries/Info.plist": [],
};

/** What a lint report says, per file relative to examples/. */
function findingsOf(results: { filePath: string; messages: { line: number; column: number; ruleId: string | null }[] }[]): Record<string, string[]> {
  return Object.fromEntries(
    results.map((result) => [
      relative(EXAMPLES, result.filePath),
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? "(none)"}`),
    ]),
  );
}

const exampleApps = readdirSync(EXAMPLES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe("the examples", () => {
  it("npm start's run of the CLI finds what each example shows, and nothing in Pods or .NET's bin/obj", () => {
    const run = runCli(["--format", "json", "examples"], REPO);
    expect(run.status).toBe(1);
    expect(findingsOf(JSON.parse(run.stdout) as never)).toEqual(FINDINGS);
  });

  it.each(exampleApps)("%s: `npx eslint .` with its own eslint.config.js finds the same", async (app) => {
    const results = await new ESLint({ cwd: join(EXAMPLES, app) }).lintFiles(["."]);
    const linted = Object.entries(findingsOf(results)).filter(([path]) => !path.endsWith("eslint.config.js"));
    expect(Object.fromEntries(linted)).toEqual(Object.fromEntries(Object.entries(FINDINGS).filter(([path]) => path.startsWith(`${app}/`))));
  });

  it("pinned-app is clean even under the strict preset", async () => {
    const strict = new ESLint({ cwd: join(EXAMPLES, "pinned-app"), overrideConfigFile: true, overrideConfig: plist.configs.strict });
    expect((await strict.lintFiles(["Info.plist"]))[0]!.messages).toEqual([]);
  });

  it("react-native under the strict preset: the explicit default and local networking, and no justification asked for localhost", async () => {
    const strict = new ESLint({ cwd: join(EXAMPLES, "react-native"), overrideConfigFile: true, overrideConfig: plist.configs.strict });
    const [result] = await strict.lintFiles(["ios/Groceries/Info.plist"]);
    expect(result!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${Boolean(message.fix)}`)).toEqual([
      "31:3 plist/no-redundant-ats-defaults true",
      "33:3 plist/no-local-networking false",
    ]);
  });

  it("are each described in examples/README.md", () => {
    const readme = readFileSync(join(EXAMPLES, "README.md"), "utf8");
    for (const app of exampleApps) expect(readme).toContain(`[\`${app}/\`](${app})`);
  });
});
