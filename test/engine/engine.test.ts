// The engine's interface, as the CLI and the language server use it: which documents are sources, linting with the
// configuration that applies (and none from the repository when untrusted), typed errors, and explaining.
import { join } from "node:path";
import { ConfigError, Engine, SOURCE_KINDS, discoverFiles, sourceKindOf } from "@plistlint/engine";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, MEDIA_LOADS, project } from "../cli/cli-helpers.js";

const PROJECT_CONFIG = 'import plist from "eslint-plugin-plist";\nexport default [...plist.configs.recommended, { rules: { "plist/no-arbitrary-loads": "off" } }];\n';

describe("Engine", () => {
  it("knows its sources by name, and a document as one only outside dependency and build folders and when it holds settings", () => {
    expect(SOURCE_KINDS.map((kind) => kind.id)).toEqual([
      "info-plist",
      "expo-json",
      "expo-js",
      "expo-ts",
      "electron-package-json",
      "electron-builder-json",
      "electron-builder-yaml",
      "electron-forge-js",
      "electron-forge-ts",
      "xcodegen-json",
      "xcodegen-yaml",
      "cordova-config-xml",
    ]);
    expect(sourceKindOf("/r/App/Share-Info.plist")?.id).toBe("info-plist");
    expect(sourceKindOf("/r/app.config.mts")?.id).toBe("expo-ts");
    expect(sourceKindOf("/r/app.ts")).toBeUndefined();
    // electron-builder's YAML before any YAML file (an XcodeGen spec or a file it includes, named anything).
    expect(sourceKindOf("/r/electron-builder.yml")?.id).toBe("electron-builder-yaml");
    expect(sourceKindOf("/r/ElementX/target.yml")?.id).toBe("xcodegen-yaml");
    const engine = new Engine({ cwd: "/r" });
    expect(engine.sourceOf("/r/App/Info.plist", "")?.id).toBe("info-plist");
    expect(engine.sourceOf("/r/ios/Pods/SDK/Info.plist", "")).toBeUndefined();
    expect(engine.sourceOf("/r/app.json", '{ "name": "web" }')).toBeUndefined();
    expect(engine.sourceOf("/r/app.json", '{ "expo": { "ios": { "infoPlist": {} } } }')?.id).toBe("expo-json");
    // A file is a source only when it holds ATS or TrustKit settings: not every package.json or YAML file is.
    expect(engine.sourceOf("/r/package.json", '{ "name": "web" }')).toBeUndefined();
    expect(engine.sourceOf("/r/package.json", '{ "build": { "mac": { "extendInfo": {} } } }')?.id).toBe("electron-package-json");
    expect(engine.sourceOf("/r/.github/workflows/ci.yml", "on: push\n")).toBeUndefined();
    expect(engine.sourceOf("/r/etc/config.xml", "<config><default /></config>")).toBeUndefined();
    expect(engine.sourceOf("/r/config.xml", '<widget><access origin="*" /></widget>')?.id).toBe("cordova-config-xml");
    expect(engine.sourceOf("/r/target.yml", "targets:\n  App:\n    info:\n      properties:\n        NSAppTransportSecurity: {}\n")?.id).toBe("xcodegen-yaml");
  });

  it("lints with the project's config when trusted, and with the built-in preset (and no code from the repository) when not", async () => {
    const root = project({ "eslint.config.mjs": PROJECT_CONFIG, "App/Info.plist": ARBITRARY_LOADS }, { withNodeModules: true });
    const file = join(root, "App/Info.plist");
    const trusted = new Engine({ cwd: root });
    expect(await trusted.configSource(file)).toBe(join(root, "eslint.config.mjs"));
    expect((await trusted.lint(file, ARBITRARY_LOADS))?.messages).toEqual([]);
    const untrusted = new Engine({ cwd: root, trust: "untrusted" });
    expect(await untrusted.configSource(file)).toBe('built-in preset "recommended"');
    const outcome = await untrusted.lint(file, ARBITRARY_LOADS);
    expect(outcome?.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([["plist/no-arbitrary-loads", 7, 3]]);
    expect(Object.keys(outcome!.rulesMeta)).toEqual(["plist/no-arbitrary-loads"]);
    expect(() => new Engine({ cwd: root, trust: "untrusted", configFile: join(root, "eslint.config.mjs") })).toThrow(ConfigError);
  });

  it("gives fixed output, lints nothing that holds no settings, and rejects a bad override as a config error", async () => {
    const engine = new Engine({ cwd: "/", preset: "strict", minimumOS: { iOS: "15.0" } });
    const transparency = MEDIA_LOADS.replace("NSAllowsArbitraryLoadsForMedia", "NSAllowsArbitraryLoads").replace("<true/>", "<false/>");
    const fixed = await engine.lint("/App/Info.plist", transparency, { fix: true });
    expect(fixed?.output).not.toContain("NSAllowsArbitraryLoads");
    expect(await engine.lint("/web/app.json", '{ "name": "web" }')).toBeUndefined();
    await expect(new Engine({ cwd: "/", rules: { "plist/no-such-rule": "error" } }).lint("/App/Info.plist", transparency)).rejects.toThrow(ConfigError);
  });

  it("reads each file as its name says, as ESLint does: a .cjs config as CommonJS, an .mjs one as a module", async () => {
    const engine = new Engine({ cwd: "/", trust: "untrusted" });
    const settings = "{ NSAppTransportSecurity: { NSAllowsArbitraryLoads: true } }";
    // A return at the top level and an octal literal: CommonJS only.
    const commonJs = `if (process.env.SKIP) return;\nvar mode = 010;\nmodule.exports = { ios: { infoPlist: ${settings} } };\n`;
    const findings = async (path: string, text: string) =>
      (await engine.lint(path, text))?.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal ?? false]);
    expect(await findings("/r/app.config.cjs", commonJs)).toEqual([["plist/no-arbitrary-loads", 3, 66, false]]);
    expect(await findings("/r/forge.config.cjs", commonJs.replace("ios: { infoPlist", "packagerConfig: { extendInfo"))).toEqual([["plist/no-arbitrary-loads", 3, 78, false]]);
    expect(await findings("/r/app.config.mjs", `export default { ios: { infoPlist: ${settings} } };\n`)).toEqual([["plist/no-arbitrary-loads", 1, 64, false]]);
    // The same CommonJS in a module is a parse error, as ESLint reports it.
    expect(await findings("/r/app.config.mjs", commonJs)).toEqual([[null, 1, 23, true]]);
  });

  it("explains through the front-end that lints the file, with the minimum OS of its configuration", async () => {
    const explanation = await new Engine({ cwd: "/", minimumOS: { iOS: "16.0" } }).explain(
      "/app.config.js",
      "module.exports = { ios: { infoPlist: { NSAppTransportSecurity: { NSAllowsArbitraryLoads: true } } } };\n",
    );
    expect(explanation.plists).toHaveLength(1);
    expect(explanation.plists[0]!.minimumOS).toEqual({ versions: { iOS: "16.0" }, source: "settings" });
    expect(explanation.plists[0]!.scopes[0]).toMatchObject({ kind: "default", cleartext: true, lines: [1] });
  });

  it("discovers sources, skipping what is never linted", () => {
    const root = project({ "App/Info.plist": ARBITRARY_LOADS, "Pods/X/Info.plist": ARBITRARY_LOADS, "app.json": '{ "expo": {} }' });
    expect(discoverFiles(["."], { cwd: root, ignorePatterns: [] }).files).toEqual([join(root, "App/Info.plist")]);
  });
});
