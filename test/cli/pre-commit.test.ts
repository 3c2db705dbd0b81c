import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ARBITRARY_LOADS, CLEAN, REPO, project } from "./cli-helpers.js";
import { preCommitEnvironment } from "./pre-commit-helpers.js";

/** The real pre-commit (Debian's package; .ci/run installs it). */
const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
if (!hasPreCommit && process.env.CI) throw new Error("CI must test the pre-commit hook: apt-get install -y pre-commit");

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8" });
}

describe.skipIf(!hasPreCommit)("pre-commit hook (.pre-commit-hooks.yaml)", () => {
  it(
    "blocks a commit of an insecure Info.plist with the finding shown, and lets a clean one through",
    () => {
      const root = project({ "App/Info.plist": ARBITRARY_LOADS, "README.md": "# app\n" });
      const env = preCommitEnvironment();
      // The hook as published: this repository at its current commit, installed by pre-commit itself.
      const config = `repos:\n  - repo: ${REPO}\n    rev: ${git(REPO, "rev-parse", "HEAD").trim()}\n    hooks:\n      - id: plistlint\n`;
      writeFileSync(join(root, ".pre-commit-config.yaml"), config);
      git(root, "init", "--quiet");
      execFileSync("pre-commit", ["install"], { cwd: root, env });
      git(root, "add", "-A");

      const blocked = spawnSync("git", ["commit", "-m", "insecure"], { cwd: root, env, encoding: "utf8" });
      expect(blocked.status).toBe(1);
      expect(blocked.stdout + blocked.stderr).toMatch(/plistlint\.+Failed/u);
      expect(blocked.stdout + blocked.stderr).toContain(`${join(root, "App/Info.plist")}\n  7:3  error  NSAllowsArbitraryLoads = YES`);
      expect(spawnSync("git", ["rev-parse", "HEAD"], { cwd: root }).status).not.toBe(0); // nothing was committed

      writeFileSync(join(root, "App/Info.plist"), CLEAN);
      git(root, "add", "-A");
      const passed = spawnSync("git", ["commit", "-m", "clean"], { cwd: root, env, encoding: "utf8" });
      expect(passed.stdout + passed.stderr).toMatch(/plistlint\.+Passed/u);
      expect(passed.status).toBe(0);
    },
    600_000,
  );
});
