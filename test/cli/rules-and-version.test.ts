import { readFileSync } from "node:fs";
import { join } from "node:path";
import plist from "eslint-plugin-plist";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "./cli-helpers.js";

const packageVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(REPO, "packages", name, "package.json"), "utf8")) as { version: string }).version;

describe("plistlint rules, --version, --help", () => {
  it("lists every rule with its preset severities, fix kind and docs link", () => {
    const run = runCli(["rules", "--format", "json"], REPO);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout) as { ruleId: string; recommended: string; strict: string; fix: string; url: string }[];
    expect(rules).toHaveLength(Object.keys(plist.rules).length);
    expect(rules.find((rule) => rule.ruleId === "plist/no-arbitrary-loads")).toEqual({
      ruleId: "plist/no-arbitrary-loads",
      recommended: "error",
      strict: "error",
      fix: "suggestion",
      securitySeverity: 7.5,
      description: "Disallow NSAllowsArbitraryLoads = YES, which turns App Transport Security off",
      url: "https://github.com/plistlint/plistlint/blob/main/packages/eslint-plugin/docs/rules/no-arbitrary-loads.md",
    });
    expect(rules.find((rule) => rule.ruleId === "plist/no-redundant-ats-defaults")).toMatchObject({ recommended: "off", strict: "warn", fix: "fix" });
    const text = runCli(["rules"], REPO).stdout;
    expect(text).toMatch(/^plist\/no-subdomains-on-ip +warn +warn +fix +1\.0 low +https:\/\/github\.com\/plistlint\/plistlint\/blob\/main\/packages\/eslint-plugin\/docs\/rules\/no-subdomains-on-ip\.md$/mu);
  });

  it("--version is the package's version, and the plugin's meta matches its package", () => {
    expect(runCli(["--version"], REPO)).toEqual({ status: 0, stdout: `${packageVersion("cli")}\n`, stderr: "" });
    expect(plist.meta).toEqual({ name: "eslint-plugin-plist", version: packageVersion("eslint-plugin"), namespace: "plist" });
  });

  it("--help lists the commands, the options and the exit codes", () => {
    const run = runCli(["--help"], REPO);
    expect(run.status).toBe(0);
    for (const text of ["explain", "--preset", "--rule", "--fix-dry-run", "--format", "--max-warnings", "Exit codes: 0"]) expect(run.stdout).toContain(text);
  });
});
