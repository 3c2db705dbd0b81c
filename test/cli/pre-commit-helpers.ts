import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./cli-helpers.js";

/**
 * The environment for running the real pre-commit: a hook store shared by the tests of one commit (pre-commit
 * installs this repository's hook once, with npm, and locks its store against concurrent use), and a git identity.
 */
export function preCommitEnvironment(): NodeJS.ProcessEnv {
  const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: REPO, encoding: "utf8" }).trim();
  const store = join(tmpdir(), `plistlint-pre-commit-${head}`);
  mkdirSync(store, { recursive: true });
  return {
    ...process.env,
    PRE_COMMIT_HOME: store,
    GIT_AUTHOR_NAME: "t",
    GIT_AUTHOR_EMAIL: "t@example.com",
    GIT_COMMITTER_NAME: "t",
    GIT_COMMITTER_EMAIL: "t@example.com",
  };
}
