import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Linter } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, expect, it } from "vitest";
import { indexPath, readmePath, renderIndex, renderTable, ruleIds, withTable } from "../scripts/generate-docs.js";

const pluginDir = join(import.meta.dirname, "..", "packages", "eslint-plugin");

/** Presets and fix policy exactly as the rule catalogue gives them. */
const CATALOGUE: Record<string, [recommended: string, strict: string, fix: "fix" | "suggestion" | "none"]> = {
  "valid-ats-types": ["error", "error", "suggestion"],
  "no-unknown-ats-keys": ["warn", "error", "suggestion"],
  "no-misplaced-ats-keys": ["error", "error", "suggestion"],
  "no-duplicate-keys": ["error", "error", "suggestion"],
  "no-legacy-ats-keys": ["warn", "error", "suggestion"],
  "no-arbitrary-loads": ["error", "error", "suggestion"],
  "no-ignored-arbitrary-loads": ["warn", "error", "fix"],
  "no-arbitrary-loads-in-web-content": ["warn", "error", "none"],
  "no-arbitrary-loads-for-media": ["warn", "error", "none"],
  "no-local-networking": ["off", "warn", "none"],
  "no-insecure-http-exceptions": ["warn", "error", "none"],
  "no-broad-exception-domains": ["warn", "error", "none"],
  "min-tls-version": ["error", "error", "suggestion"],
  "valid-tls-version": ["error", "error", "suggestion"],
  "no-forward-secrecy-exceptions": ["warn", "error", "none"],
  "no-certificate-transparency-key": ["warn", "warn", "fix"],
  "valid-domain-keys": ["error", "error", "suggestion"],
  "no-subdomains-on-ip": ["warn", "warn", "fix"],
  "no-empty-exception-domains": ["off", "warn", "suggestion"],
  "no-redundant-ats-defaults": ["off", "warn", "fix"],
  "require-pin-identities": ["error", "error", "none"],
  "valid-spki-pins": ["error", "error", "suggestion"],
  "no-empty-pin-sets": ["error", "error", "none"],
  "require-backup-pin": ["warn", "error", "none"],
  "no-cleartext-pinned-domains": ["warn", "error", "none"],
  "require-pinning": ["off", "off", "none"],
  "require-ats-justification": ["off", "warn", "none"],
  // TrustKit (TSKConfiguration): what makes TrustKit refuse to start is an error everywhere.
  "trustkit-valid-public-key-hashes": ["error", "error", "suggestion"],
  "trustkit-require-backup-pin": ["error", "error", "none"],
  "trustkit-no-subdomains-on-public-suffix": ["error", "error", "none"],
  "trustkit-no-unenforced-pinning": ["warn", "error", "suggestion"],
  "trustkit-no-expired-pins": ["warn", "error", "none"],
  "trustkit-no-http-report-uris": ["warn", "error", "suggestion"],
  "trustkit-no-cleartext-pinned-domains": ["warn", "error", "none"],
  "trustkit-no-conflicting-pins": ["warn", "error", "none"],
};

describe("rules and their documentation", () => {
  it("has exactly the catalogue's rules", () => {
    expect(Object.keys(plist.rules).sort()).toEqual(Object.keys(CATALOGUE).sort());
  });

  it.each(Object.entries(CATALOGUE))("%s has the catalogue's presets and fix policy", (id, [recommended, strict, fix]) => {
    const rule = plist.rules[id as keyof typeof plist.rules];
    const meta = rule.meta!;
    expect(meta.docs?.presets).toEqual({ recommended, strict });
    for (const config of plist.configs.recommended) expect(config.rules?.[`plist/${id}`]).toBe(recommended === "off" ? undefined : recommended);
    for (const config of plist.configs.strict) expect(config.rules?.[`plist/${id}`]).toBe(strict === "off" ? undefined : strict);
    expect(Boolean(meta.fixable)).toBe(fix === "fix");
    expect(Boolean(meta.hasSuggestions)).toBe(fix === "suggestion");
    expect(meta.docs?.url).toBe(`https://github.com/plistlint/plistlint/blob/main/packages/eslint-plugin/docs/rules/${id}.md`);
  });

  it.each(Object.keys(CATALOGUE))("%s has a docs page with every section", (id) => {
    const page = join(pluginDir, "docs", "rules", `${id}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, "utf8");
    expect(text.startsWith(`# plist/${id}`)).toBe(true);
    for (const section of ["## Rule details", "### Incorrect", "### Correct", "## Options", "## When not to use it"]) {
      expect(text).toContain(section);
    }
  });

  it.each(Object.keys(CATALOGUE))("%s: the docs' incorrect examples are reported and the correct ones are not", (id) => {
    const text = readFileSync(join(pluginDir, "docs", "rules", `${id}.md`), "utf8");
    const section = (heading: string): string[] => {
      const start = text.indexOf(heading);
      const end = text.slice(start + heading.length).search(/^#{2,3} /mu);
      const body = text.slice(start, end === -1 ? undefined : start + heading.length + end);
      return [...body.matchAll(/```xml\n([\s\S]*?)```/gu)].map((match) => match[1]!);
    };
    const linter = new Linter();
    // Each example enables its rule (and options) with an inline `<!-- eslint plist/<id>: … -->` comment.
    const config = [{ files: ["**/*.plist"], plugins: { plist }, language: "plist/plist" }];
    const problems = (code: string) => {
      const messages = linter.verify(code, config, "Info.plist");
      expect(messages.filter((message) => message.fatal), code).toEqual([]);
      return messages.filter((message) => message.ruleId === `plist/${id}`);
    };
    const incorrect = section("### Incorrect");
    const correct = section("### Correct");
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
    for (const example of incorrect) expect(problems(example).length, example).toBeGreaterThan(0);
    for (const example of correct) expect(problems(example), example).toEqual([]);
  });

  it("every rule has a security-severity that docs/security-severity.md lists, on its scale", () => {
    const scale = readFileSync(join(import.meta.dirname, "..", "docs", "security-severity.md"), "utf8");
    const listed = Object.fromEntries([...scale.matchAll(/^\| `plist\/([\w-]+)` \| (\d+\.\d) \|/gmu)].map((match) => [match[1]!, Number(match[2])]));
    const scores = Object.fromEntries(Object.entries(plist.rules).map(([id, rule]) => [id, (rule.meta!.docs as { securitySeverity: number }).securitySeverity]));
    expect(listed).toEqual(scores);
    for (const score of Object.values(scores)) expect(score > 0 && score < 9 && Number.isInteger(score * 10), String(score)).toBe(true);
    // The anchors: ATS off for every host is high, a deprecated or obsolete key low.
    expect(scores["no-arbitrary-loads"]).toBeGreaterThanOrEqual(7);
    for (const id of ["no-legacy-ats-keys", "no-certificate-transparency-key"]) expect(scores[id]).toBeLessThanOrEqual(3);
  });

  it("the configs cover every kind of source, each skipping dependency and build folders", () => {
    const described = (config: (typeof plist.configs.recommended)[number]) => [
      config.name,
      // A kind whose names say nothing (any YAML file) matches by content: its `files` is a function.
      config.files?.map((pattern) => (typeof pattern === "function" ? "(by content)" : pattern)),
      config.language ?? (config.languageOptions?.parser as { meta?: { name?: string } } | undefined)?.meta?.name,
    ];
    expect(plist.configs.recommended.map(described)).toEqual([
      ["plist/recommended", ["**/Info.plist", "**/*-Info.plist"], "plist/plist"],
      ["plist/recommended/expo-json", ["**/app.json", "**/app.config.json"], "plist/json"],
      ["plist/recommended/expo-js", ["**/app.config.{js,mjs,cjs}"], undefined],
      ["plist/recommended/expo-ts", ["**/app.config.{ts,mts,cts}"], "eslint-plugin-plist/typescript-parser"],
      ["plist/recommended/electron-package-json", ["**/package.json"], "plist/json"],
      ["plist/recommended/electron-builder-json", ["**/electron-builder.{json,json5}"], "plist/json"],
      ["plist/recommended/electron-builder-yaml", ["**/electron-builder.{yml,yaml}"], "eslint-plugin-plist/yaml-parser"],
      ["plist/recommended/electron-forge-js", ["**/forge.config.{js,mjs,cjs}"], undefined],
      ["plist/recommended/electron-forge-ts", ["**/forge.config.{ts,mts,cts}"], "eslint-plugin-plist/typescript-parser"],
      ["plist/recommended/xcodegen-json", ["**/project.json"], "plist/json"],
      ["plist/recommended/xcodegen-yaml", ["(by content)"], "eslint-plugin-plist/yaml-parser"],
      ["plist/recommended/cordova-config-xml", ["**/config.xml"], "plist/cordova"],
    ]);
    expect(plist.configs.strict.map((config) => config.name)).toEqual(plist.configs.recommended.map((config) => config.name!.replace("recommended", "strict")));
    for (const config of plist.configs.strict) expect(config.ignores).toContain("**/Pods/**");
  });

  it("the generated rule index and README table are up to date", async () => {
    expect(ruleIds()).toEqual(Object.keys(CATALOGUE).sort());
    expect(readFileSync(indexPath, "utf8")).toBe(renderIndex());
    const readme = readFileSync(readmePath, "utf8");
    expect(withTable(readme, await renderTable())).toBe(readme);
  });
});
