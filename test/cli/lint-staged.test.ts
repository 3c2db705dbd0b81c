import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { LINT_STAGED_GLOB } from "../../scripts/generate-sources.js";
import { ARBITRARY_LOADS, CLEAN, project } from "./cli-helpers.js";

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" });
}

describe("husky + lint-staged (the README's recipe)", () => {
  it(
    "with the README's glob: blocks a commit of an insecure Info.plist or Expo config, skips vendored copies, lets a clean one through",
    () => {
      const root = project(
        {
          "package.json": JSON.stringify({ name: "app", private: true, "lint-staged": { [LINT_STAGED_GLOB]: "plistlint" } }, null, 2),
          "ios/App/Info.plist": ARBITRARY_LOADS,
          "ios/App/Other.plist": ARBITRARY_LOADS, // not an Info.plist: lint-staged does not pass it
          "ios/Pods/SDK/Info.plist": ARBITRARY_LOADS, // vendored: plistlint skips it
          "app.json": '{ "expo": { "ios": { "infoPlist": { "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true } } } } }\n',
        },
        { withNodeModules: true },
      );
      const env = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };
      writeFileSync(join(root, ".gitignore"), "node_modules\n");
      git(root, "init", "--quiet");
      execFileSync(join(root, "node_modules", ".bin", "husky"), { cwd: root, env });
      writeFileSync(join(root, ".husky", "pre-commit"), "npx lint-staged\n");
      git(root, "add", "-A");

      const blocked = spawnSync("git", ["commit", "-m", "insecure"], { cwd: root, env, encoding: "utf8" });
      expect(blocked.status).toBe(1);
      // lint-staged sets FORCE_COLOR for its tasks, which plistlint honours as ESLint does: the report is in colour.
      const output = stripVTControlCharacters(blocked.stdout + blocked.stderr);
      expect(output).toContain(`${join(root, "ios/App/Info.plist")}\n  7:3  error  NSAllowsArbitraryLoads = YES`);
      expect(output).toContain(`${join(root, "app.json")}\n  1:65  error  NSAllowsArbitraryLoads = true turns ATS off`);
      expect(output).not.toContain("Other.plist");
      expect(output).not.toMatch(/error.*\n[^\n]*Pods/u);

      writeFileSync(join(root, "ios/App/Info.plist"), CLEAN);
      writeFileSync(join(root, "app.json"), '{ "expo": { "ios": { "infoPlist": {} } } }\n');
      git(root, "add", "-A");
      const passed = spawnSync("git", ["commit", "-m", "clean"], { cwd: root, env, encoding: "utf8" });
      expect(passed.status).toBe(0);
      expect(git(root, "log", "--format=%s")).toBe("clean\n");
    },
    120_000,
  );
});
