// The npm packages as users get them: each is packed with `npm pack`, and the tarball is what is checked (its files
// and metadata, publint, Are the Types Wrong?), installed alone (the CLI) and installed beside ESLint 9 (the plugin).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = join(import.meta.dirname, "..");
const BIN = join(REPO, "node_modules", ".bin");
const PANTRY = join(REPO, "examples", "native-app", "Pantry", "Info.plist");

/** The folders under packages/ that go to npm. */
const PUBLISHED = ["parser", "eslint-plugin", "engine", "cli", "language-server"] as const;
type PackageDir = (typeof PUBLISHED)[number];

interface PackageJson {
  version: string;
  description?: string;
  license?: string;
  keywords?: string[];
  homepage?: string;
  bugs?: string;
  repository?: { type: string; url: string; directory: string };
  engines?: { node?: string };
  dependencies?: Record<string, string>;
}

interface Packed {
  tarball: string;
  /** Packed size in bytes. */
  size: number;
  files: { path: string; size: number }[];
}

const readPackageJson = (dir: string): PackageJson => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;

/**
 * An environment for npm as a user's shell has it: without the npm_config_* variables that `npm test` passes to its
 * children, so that none of its settings (such as legacy-peer-deps, were it set) changes how an install resolves.
 */
function userEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_config_")));
}

function run(command: string, args: string[], cwd: string, timeout = 120_000): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: userEnvironment(), timeout });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let workDir: string;
const packed = {} as Record<PackageDir, Packed>;

beforeAll(() => {
  workDir = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-packages-")));
  for (const dir of PUBLISHED) {
    const json = execFileSync("npm", ["pack", "--json", "--pack-destination", workDir], {
      cwd: join(REPO, "packages", dir),
      encoding: "utf8",
      env: userEnvironment(),
    });
    const [result] = JSON.parse(json) as [{ filename: string; size: number; files: Packed["files"] }];
    packed[dir] = { tarball: join(workDir, result.filename), size: result.size, files: result.files };
  }
}, 120_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each(PUBLISHED)("the %s package", (dir) => {
  const pkg = readPackageJson(join(REPO, "packages", dir));

  it("says where it comes from, what it is for and what it runs on", () => {
    expect(pkg.description?.length).toBeGreaterThan(20);
    expect(pkg.license).toBe("MIT");
    expect(pkg.repository).toEqual({ type: "git", url: "git+https://github.com/plistlint/plistlint.git", directory: `packages/${dir}` });
    expect(pkg.homepage).toBe(`https://github.com/plistlint/plistlint/tree/main/packages/${dir}#readme`);
    expect(pkg.bugs).toBe("https://github.com/plistlint/plistlint/issues");
    expect(pkg.keywords?.length).toBeGreaterThan(0);
    expect(pkg.engines?.node).toBe("^20.19.0 || ^22.13.0 || >=24");
  });

  it("ships its README, LICENSE and CHANGELOG, and no source map but the CLI bundle's (for --debug)", () => {
    const paths = packed[dir].files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(["README.md", "LICENSE", "CHANGELOG.md", "package.json"]));
    expect(paths.filter((path) => path.endsWith(".map"))).toEqual(dir === "cli" ? ["bundle/plistlint.cjs.map"] : []);
    expect(readFileSync(join(REPO, "packages", dir, "LICENSE"), "utf8")).toBe(readFileSync(join(REPO, "LICENSE"), "utf8"));
  });

  it("passes publint, warnings included", () => {
    const { status, output } = run(join(BIN, "publint"), ["--strict", packed[dir].tarball], workDir);
    expect(output).toContain("All good!");
    expect(status).toBe(0);
  });

  // ES modules only: every package needs Node 20.19+, where require() loads an ES module, so attw's esm-only profile
  // (no node10 resolution, no CommonJS-resolves-to-ESM warning). Types from DefinitelyTyped would need the registry.
  it("passes Are the Types Wrong?", () => {
    const { status, output } = run(join(BIN, "attw"), ["--profile", "esm-only", "--no-definitely-typed", "--format", "ascii", packed[dir].tarball], workDir);
    expect(status, output).toBe(0);
  });
});

describe("the plistlint package", () => {
  it("has no dependencies: its bin runs the bundle, which carries ESLint and the plugin", () => {
    expect(readPackageJson(join(REPO, "packages", "cli")).dependencies).toBeUndefined();
    expect(packed.cli.size).toBeLessThan(3_000_000);
  });

  it("ships the bundle's source map with positions only, naming sources under the package", () => {
    const map = JSON.parse(readFileSync(join(REPO, "packages", "cli", "bundle", "plistlint.cjs.map"), "utf8")) as { sources: string[]; sourcesContent?: unknown };
    expect(map.sourcesContent).toBeUndefined();
    expect(map.sources).toContain("../packages/engine/src/engine.ts");
    expect(packed.cli.files.find((file) => file.path === "bundle/plistlint.cjs.map")!.size).toBeLessThan(2_000_000);
  });

  it("installed alone, from its tarball only, lints an Info.plist", () => {
    const project = join(workDir, "cli-project");
    mkdirSync(join(project, "App"), { recursive: true });
    writeFileSync(join(project, "package.json"), '{ "name": "app", "private": true }\n');
    copyFileSync(PANTRY, join(project, "App", "Info.plist"));
    const install = run("npm", ["install", "--offline", "--no-audit", "--no-fund", packed.cli.tarball], project);
    expect(install.status, install.output).toBe(0);
    const lint = run(join(project, "node_modules", ".bin", "plistlint"), ["--format", "json"], project);
    expect(lint.status, lint.output).toBe(1);
    const [result] = JSON.parse(lint.output) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(result!.filePath).toBe(join(project, "App", "Info.plist"));
    expect(result!.messages.map((message) => message.ruleId)).toContain("plist/no-arbitrary-loads");
  }, 120_000);
});

describe("eslint-plugin-plist in an ESLint 9 project", () => {
  // From npm's cache or the registry: ESLint 9 and the plugin's dependencies; from the tarballs: the plugin and our
  // parser, which are not published yet. No --legacy-peer-deps or --force.
  it("installs with `npm install --save-dev eslint@9 <plugin>` and lints an Info.plist", () => {
    const project = join(workDir, "eslint-9-project");
    mkdirSync(join(project, "App"), { recursive: true });
    writeFileSync(join(project, "package.json"), '{ "name": "app", "private": true, "type": "module" }\n');
    writeFileSync(join(project, "eslint.config.js"), 'import plist from "eslint-plugin-plist";\n\nexport default [...plist.configs.recommended];\n');
    copyFileSync(PANTRY, join(project, "App", "Info.plist"));
    const install = run(
      "npm",
      ["install", "--save-dev", "--prefer-offline", "--no-audit", "--no-fund", "eslint@9", packed["eslint-plugin"].tarball, packed.parser.tarball],
      project,
      300_000,
    );
    expect(install.status, install.output).toBe(0);
    expect(readPackageJson(join(project, "node_modules", "eslint")).version).toMatch(/^9\./u);
    const lint = run(process.execPath, [join(project, "node_modules", "eslint", "bin", "eslint.js"), "--format", "json", "."], project);
    expect(lint.status, lint.output).toBe(1);
    const [result] = JSON.parse(lint.output) as { filePath: string; messages: { line: number; ruleId: string }[] }[];
    expect(result!.filePath).toBe(join(project, "App", "Info.plist"));
    expect(result!.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual([
      "42 plist/no-arbitrary-loads",
      "48 plist/no-forward-secrecy-exceptions",
      "55 plist/no-insecure-http-exceptions",
      "55 plist/no-legacy-ats-keys",
      "61 plist/no-insecure-http-exceptions",
      "64 plist/min-tls-version",
    ]);
  }, 300_000);
});
