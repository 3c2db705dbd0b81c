// The release steps that can run locally: the version sync after `changeset version`.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const REPO = join(import.meta.dirname, "..");

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-release-")));
  created.push(dir);
  return dir;
}

/** A copy of `files` (paths relative to the repository) in a new temporary folder, with `changes` written over it. */
function copyOf(files: string[], changes: Record<string, string> = {}): string {
  const dir = tempDir();
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(REPO, file), join(dir, file));
  }
  for (const [file, text] of Object.entries(changes)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const withVersion = (file: string, version: string): string =>
  JSON.stringify({ ...(JSON.parse(readFileSync(join(REPO, file), "utf8")) as object), version });

describe("npm run version-packages", () => {
  it("copies the versions changeset wrote into package.json to the plugin's meta and the CLI's --version", () => {
    const WRITTEN_OUT = ["packages/eslint-plugin/src/index.ts", "packages/cli/src/version.ts"];
    const dir = copyOf(["scripts/sync-versions.js", ...WRITTEN_OUT], {
      "packages/eslint-plugin/package.json": withVersion("packages/eslint-plugin/package.json", "0.7.0"),
      "packages/cli/package.json": withVersion("packages/cli/package.json", "0.7.0"),
    });
    execFileSync(process.execPath, [join(dir, "scripts", "sync-versions.js")]);
    expect(readFileSync(join(dir, "packages/eslint-plugin/src/index.ts"), "utf8")).toContain(
      'meta: { name: "eslint-plugin-plist", version: "0.7.0", namespace: "plist" }',
    );
    expect(readFileSync(join(dir, "packages/cli/src/version.ts"), "utf8")).toContain('export const VERSION = "0.7.0";');
  });
});
