import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, MEDIA_LOADS, infoPlist, project, runCli } from "./cli-helpers.js";

/** Rule ids reported per file, in file order. */
function ruleIds(root: string, args: string[] = []): string[][] {
  const run = runCli(["--format", "json", ...args], root);
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[]).map((result) => result.messages.map((message) => String(message.ruleId)));
}

const PROJECT_CONFIG = `import plist from "eslint-plugin-plist";
export default [
  ...plist.configs.recommended,
  { files: ["**/Info.plist"], rules: { "plist/no-arbitrary-loads-for-media": "off" } },
];
`;

/** NSAllowsArbitraryLoads next to NSAllowsLocalNetworking: ignored from iOS 10, honoured before. */
const OVERRIDDEN = infoPlist("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>");

describe("configuration", () => {
  it("uses the nearest eslint.config.* that lints plists, exactly as ESLint would", () => {
    const root = project({ "eslint.config.js": PROJECT_CONFIG, "ios/App/Info.plist": MEDIA_LOADS }, { withNodeModules: true });
    expect(ruleIds(root)).toEqual([[]]);
    expect(ruleIds(root, ["--no-config-lookup"])).toEqual([["plist/no-arbitrary-loads-for-media"]]);
    const debug = runCli(["--debug"], root);
    expect(debug.stderr).toBe(`plistlint: ${join(root, "ios/App/Info.plist")}: ${join(root, "eslint.config.js")}\n`);
  });

  it("falls back to the built-in preset when the project's config does not lint plists", () => {
    const root = project(
      { "eslint.config.js": 'export default [{ files: ["**/*.js"], rules: { "no-console": "error" } }];\n', "App/Info.plist": MEDIA_LOADS },
      { withNodeModules: true },
    );
    expect(ruleIds(root)).toEqual([["plist/no-arbitrary-loads-for-media"]]);
    expect(runCli(["--debug"], root).stderr).toBe(`plistlint: ${join(root, "App/Info.plist")}: built-in preset "recommended"\n`);
  });

  it("--config chooses a config file, and says so when it does not lint a file as a plist", () => {
    const root = project(
      { "configs/plist.config.js": PROJECT_CONFIG, "configs/js.config.js": 'export default [{ files: ["**/*.js"], rules: {} }];\n', "App/Info.plist": MEDIA_LOADS },
      { withNodeModules: true },
    );
    expect(ruleIds(root, ["--config", "configs/plist.config.js"])).toEqual([[]]);
    const run = runCli(["--config", "configs/js.config.js"], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `plistlint: ${join(root, "configs/js.config.js")} does not lint ${join(root, "App/Info.plist")} with eslint-plugin-plist\n`,
    );
  });

  it("--preset strict, and --rule on top of the preset or of a project config", () => {
    const root = project({ "App/Info.plist": infoPlist("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>") });
    expect(ruleIds(root)).toEqual([[]]);
    expect(ruleIds(root, ["--preset", "strict"])).toEqual([["plist/no-local-networking"]]);
    expect(ruleIds(root, ["--preset", "strict", "--rule", "plist/no-local-networking: off"])).toEqual([[]]);
    expect(ruleIds(root, ["--rule", "{'plist/no-local-networking': error}"])).toEqual([["plist/no-local-networking"]]);

    const withProject = project({ "eslint.config.js": PROJECT_CONFIG, "App/Info.plist": MEDIA_LOADS }, { withNodeModules: true });
    expect(ruleIds(withProject, ["--rule", "plist/no-arbitrary-loads-for-media: warn"])).toEqual([["plist/no-arbitrary-loads-for-media"]]);
  });

  it("ESLint's core rules, named in a JavaScript config's comments or by --rule, are ESLint's: the bundle loads them when asked", () => {
    const appConfig = [
      "/* eslint no-console: off */",
      "// eslint-disable-next-line no-console",
      'console.log("building");',
      "module.exports = { ios: { infoPlist: { NSAppTransportSecurity: { NSAllowsArbitraryLoads: true } } } };",
      "",
    ].join("\n");
    const root = project({ "app.config.js": appConfig });
    // As ESLint reports it: the directive is unused (the built-in preset runs no core rule), not an unknown rule.
    const messages = (lines: string[]) => (JSON.parse(runCli(["--format", "json", ...lines], root).stdout) as { messages: { ruleId: string | null; line: number; message: string }[] }[])[0]!.messages;
    expect(messages([]).map((message) => [message.ruleId, message.line, message.message.slice(0, 30)])).toEqual([
      [null, 2, "Unused eslint-disable directiv"],
      ["plist/no-arbitrary-loads", 4, "NSAllowsArbitraryLoads = true "],
    ]);
    expect(messages(["--rule", "no-undef: error"]).map((message) => [message.ruleId, message.line])).toEqual([
      [null, 2],
      ["no-undef", 3],
      ["no-undef", 4],
      ["plist/no-arbitrary-loads", 4],
    ]);
  });

  it("--minimum-os decides whether NSAllowsArbitraryLoads is in force beside the iOS 10 keys", () => {
    const root = project({ "App/Info.plist": OVERRIDDEN });
    expect(ruleIds(root)).toEqual([["plist/no-ignored-arbitrary-loads"]]);
    // Honoured on iOS 9, ignored from iOS 10: both rules apply.
    expect(ruleIds(root, ["--minimum-os", "iOS=9.0"])).toEqual([["plist/no-arbitrary-loads", "plist/no-ignored-arbitrary-loads"]]);
  });

  it("lints Expo configs with the built-in preset, or with a project config that enables the plugin's rules", () => {
    const appJson = '{\n  "expo": {\n    "ios": {\n      "infoPlist": {\n        "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true }\n      }\n    }\n  }\n}\n';
    const appConfig = "export default {\n  ios: {\n    infoPlist: {\n      NSAppTransportSecurity: { NSAllowsArbitraryLoadsInWebContent: true },\n    },\n  },\n};\n";
    const builtin = project({ "mobile/app.json": appJson });
    const run = runCli(["--format", "xcode"], builtin);
    // JSON says true, not YES.
    expect(run.stdout).toMatch(new RegExp(`^${join(builtin, "mobile/app.json")}:5:37: error: NSAllowsArbitraryLoads = true turns ATS off`, "u"));
    const withProject = project({ "eslint.config.js": PROJECT_CONFIG, "app.config.js": appConfig }, { withNodeModules: true });
    expect(ruleIds(withProject)).toEqual([["plist/no-arbitrary-loads-in-web-content"]]);
    expect(runCli(["--debug", "--format", "json"], withProject).stderr).toBe(`plistlint: ${join(withProject, "app.config.js")}: ${join(withProject, "eslint.config.js")}\n`);
  });

  it("--print-config shows where a file's configuration comes from and its rules, with ESLint's numeric severities", () => {
    const root = project({ "App/Info.plist": ARBITRARY_LOADS });
    const run = runCli(["--print-config", "App/Info.plist", "--preset", "strict", "--rule", "plist/no-local-networking: error", "--minimum-os", "iOS=15"], root);
    expect(run.status).toBe(0);
    const config = JSON.parse(run.stdout) as { rules: Record<string, unknown> };
    expect(config).toMatchObject({
      source: 'built-in preset "strict"',
      language: "plist/plist",
      plugins: ["plist:eslint-plugin-plist@0.1.0"],
      settings: { plist: { minimumOS: { iOS: "15" } } },
    });
    // Severities in the one form `eslint --print-config` gives them, whichever config applies: [number, ...options].
    expect(config.rules["plist/no-local-networking"]).toEqual([2]);
    expect(config.rules["plist/no-redundant-ats-defaults"]).toEqual([1]);
    expect(Object.values(config.rules).every((entry) => Array.isArray(entry) && typeof entry[0] === "number")).toBe(true);
    expect(Object.keys(config.rules)).toHaveLength(34); // strict turns on all but require-pinning, which needs hosts
    // An Expo config is read by ESLint's JavaScript language, which ESLint names "@/js".
    const expo = project({ "app.config.js": "module.exports = { ios: { infoPlist: { NSAppTransportSecurity: {} } } };\n" });
    expect(JSON.parse(runCli(["--print-config", "app.config.js"], expo).stdout)).toMatchObject({ language: "@/js" });

    const withProject = project({ "eslint.config.js": PROJECT_CONFIG, "App/Info.plist": MEDIA_LOADS }, { withNodeModules: true });
    const projectConfig = JSON.parse(runCli(["--print-config", "App/Info.plist"], withProject).stdout) as { source: string; rules: Record<string, unknown> };
    expect(projectConfig.source).toBe(join(withProject, "eslint.config.js"));
    expect(projectConfig.rules["plist/no-arbitrary-loads-for-media"]).toEqual([0]);
  });
});
