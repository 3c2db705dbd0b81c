// The GitHub workflows cannot run here: each is parsed, and every command it runs must exist in this repository. The
// release steps that can run locally do: the version sync after `changeset version`, and the action's release tags
// (pushed to a local bare repository).
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";

const REPO = join(import.meta.dirname, "..");

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { "runs-on": string; container?: string; steps: Step[] }>;
}

const workflow = (name: string): Workflow => parse(readFileSync(join(REPO, ".github", "workflows", name), "utf8")) as Workflow;
const scripts = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The commands of a `run:` block, one a line, comments and blank lines left out. */
const commandsOf = (run: string): string[] =>
  run
    .split("\n")
    .map((line) => line.replace(/#.*$/u, "").trim())
    .filter(Boolean);

/** Why a command a workflow runs would fail for want of something in this repository, or null when it would not. */
function missing(command: string): string | null {
  const [program, first, second] = command.split(/\s+/u);
  if (program === "npm" && (first === "ci" || first === "install")) return null;
  if (program === "npm" && first === "test") return scripts.test ? null : "no test script";
  if (program === "npm" && first === "run") return second && scripts[second] ? null : `no npm script ${second}`;
  if ((program === "bash" || program === "node") && first) return existsSync(join(REPO, first)) ? null : `no file ${first}`;
  return `a command this test does not know: ${command}`;
}

/** Every command a workflow runs: its `run:` steps, and the commands it gives changesets/action. */
function commandsOfWorkflow(name: string): string[] {
  return Object.values(workflow(name).jobs).flatMap((job) =>
    job.steps.flatMap((step) => [
      ...(step.run ? commandsOf(step.run) : []),
      ...(step.uses?.startsWith("changesets/action@") ? [step.with!.version!, step.with!.publish!] : []),
    ]),
  );
}

describe.each(["ci.yml", "release.yml"])("the %s workflow", (name) => {
  it("runs only commands that exist here", () => {
    const commands = commandsOfWorkflow(name);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.map(missing).filter(Boolean)).toEqual([]);
  });

  it("uses actions by a major version tag", () => {
    const uses = Object.values(workflow(name).jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    for (const action of uses) expect(action).toMatch(/^[\w-]+\/[\w-]+(?:\/[\w-]+)*@v\d+$/u);
  });
});

describe("CI", () => {
  it("runs .ci/run on a clean checkout, as root on the developers' Debian and Node", () => {
    const { jobs, on } = workflow("ci.yml");
    expect(Object.keys(on).sort()).toEqual(["pull_request", "push"]);
    const [job] = Object.values(jobs);
    expect(job!.container).toBe("node:20-bookworm");
    expect(job!.steps.map((step) => step.uses ?? step.run)).toEqual(["actions/checkout@v4", "bash .ci/run"]);
    const ciRun = commandsOf(readFileSync(join(REPO, ".ci", "run"), "utf8"));
    expect(ciRun).toEqual(expect.arrayContaining(["npm ci", "npm test", "npm run test:vscode"]));
  });
});

describe("the release", () => {
  const release = workflow("release.yml");
  const steps = release.jobs.release!.steps;

  it("publishes with changesets and npm provenance", () => {
    expect(release.permissions).toMatchObject({ "id-token": "write", contents: "write", "pull-requests": "write" });
    const changesets = steps.find((step) => step.uses === "changesets/action@v1")!;
    expect(changesets.with).toMatchObject({ version: "npm run version-packages", publish: "npm run release" });
    expect(changesets.env).toMatchObject({ NPM_CONFIG_PROVENANCE: "true", NPM_TOKEN: "${{ secrets.NPM_TOKEN }}" });
    expect(scripts.release).toBe("npm run build && changeset publish");
    expect(scripts["version-packages"]).toContain("changeset version && node scripts/sync-versions.js");
    const config = JSON.parse(readFileSync(join(REPO, ".changeset", "config.json"), "utf8")) as { fixed: string[][]; access: string };
    expect(config.access).toBe("public");
    expect(config.fixed).toEqual([["@plistlint/parser", "eslint-plugin-plist", "@plistlint/engine", "plistlint", "plistlint-language-server"]]);
  });

  it("moves the action's tag that the README documents, once packages are published", () => {
    const tagStep = steps.find((step) => step.run?.startsWith("bash scripts/release-action.sh"))!;
    expect(tagStep.if).toBe("steps.changesets.outputs.published == 'true'");
    const majorTag = tagStep.run!.split(/\s+/u)[2];
    const documented = [...readFileSync(join(REPO, "README.md"), "utf8").matchAll(/uses: plistlint\/plistlint@(\S+)/gu)].map((match) => match[1]);
    expect(documented.length).toBeGreaterThan(0);
    expect(new Set(documented)).toEqual(new Set([majorTag]));
  });
});

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
  it("copies the versions changeset wrote into package.json to the plugin's meta and the --version of the CLI and the server", () => {
    const WRITTEN_OUT = ["packages/eslint-plugin/src/index.ts", "packages/cli/src/version.ts", "packages/language-server/src/version.ts"];
    const dir = copyOf(["scripts/sync-versions.js", ...WRITTEN_OUT], {
      "packages/eslint-plugin/package.json": withVersion("packages/eslint-plugin/package.json", "0.7.0"),
      "packages/cli/package.json": withVersion("packages/cli/package.json", "0.7.0"),
      "packages/language-server/package.json": withVersion("packages/language-server/package.json", "0.7.0"),
    });
    execFileSync(process.execPath, [join(dir, "scripts", "sync-versions.js")]);
    expect(readFileSync(join(dir, "packages/eslint-plugin/src/index.ts"), "utf8")).toContain(
      'meta: { name: "eslint-plugin-plist", version: "0.7.0", namespace: "plist" }',
    );
    for (const dirname of ["cli", "language-server"]) {
      expect(readFileSync(join(dir, "packages", dirname, "src", "version.ts"), "utf8")).toContain('export const VERSION = "0.7.0";');
    }
  });
});

describe("scripts/release-action.sh", () => {
  const git = (cwd: string, ...args: string[]): string => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

  it("tags a commit holding the built bundle (without source maps) as v<version>, and moves the major tag", () => {
    const origin = tempDir();
    git(origin, "init", "--quiet", "--bare");
    const checkout = copyOf(["scripts/release-action.sh", "action.yml", "action/run.js", "packages/cli/bin/plistlint.cjs", ".gitignore"], {
      "packages/cli/package.json": withVersion("packages/cli/package.json", "0.7.0"),
    });
    chmodSync(join(checkout, "scripts", "release-action.sh"), 0o755);
    git(checkout, "init", "--quiet", "--initial-branch=main");
    git(checkout, "remote", "add", "origin", origin);
    git(checkout, "add", ".");
    git(checkout, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "--message", "main");
    git(checkout, "push", "--quiet", "origin", "main", "refs/heads/main:refs/tags/v1");
    // What `npm run release` built: git-ignored on main.
    mkdirSync(join(checkout, "packages", "cli", "bundle"));
    for (const file of ["plistlint.cjs", "plistlint.cjs.map", "eslint.cjs", "typescript-parser.cjs"]) {
      writeFileSync(join(checkout, "packages", "cli", "bundle", file), `// ${file}\n`);
    }

    execFileSync("bash", [join(checkout, "scripts", "release-action.sh"), "v1"], { cwd: checkout, stdio: "pipe" });

    const tagged = git(origin, "ls-tree", "-r", "--name-only", "v1").split("\n");
    expect(tagged).toEqual(expect.arrayContaining(["action.yml", "action/run.js", "packages/cli/bundle/plistlint.cjs", "packages/cli/bundle/typescript-parser.cjs"]));
    expect(tagged.filter((path) => path.endsWith(".map"))).toEqual([]);
    expect(git(origin, "rev-parse", "v1")).toBe(git(origin, "rev-parse", "v0.7.0"));
    expect(git(origin, "log", "--format=%s", "-1", "v1")).toBe("plistlint 0.7.0: the GitHub Action with its bundled CLI");
    expect(git(origin, "rev-parse", "main^{commit}")).toBe(git(origin, "rev-parse", "v1^"));
  });
});
