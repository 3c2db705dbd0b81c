// The lint step of the GitHub Action (action.yml): runs the CLI bundled in the release tag on the inputs' paths,
// once for the SARIF file and once for the report in the job's log, and hands the exit code to the steps after it,
// which upload the SARIF and apply fail-on-findings. A usage or configuration error (exit code 2) fails this step.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "plistlint.cjs");

/** An input of action.yml, as the step's env passes it (action.yml gives every default). */
const input = (name) => (process.env[`INPUT_${name}`] ?? "").trim();

/** Sets a step output for the steps after this one (printed instead when run outside GitHub Actions). */
function output(name, value) {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
  else console.log(`${name}=${value}`);
}

function plistlint(args) {
  return spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" }).status ?? 2;
}

// Branches do not hold the bundle (it is built, and git-ignored); the release workflow commits it on the tags.
if (!existsSync(join(root, "packages", "cli", "bundle", "plistlint.cjs"))) {
  console.log("::error title=plistlint::This ref of plistlint/plistlint has no built CLI: use a release tag, such as plistlint/plistlint@v1");
  output("exit-code", 2);
  process.exit(2);
}

// One path a line: folder names with spaces are common in Xcode projects.
const paths = input("PATHS").split(/\r?\n/u).map((path) => path.trim()).filter(Boolean);
const lintArgs = ["--preset", input("PRESET"), "--", ...paths];
const sarifFile = resolve(input("SARIF_FILE"));
const format = input("FORMAT");

const exitCode = plistlint(["--format", "sarif", "--output-file", sarifFile, ...lintArgs]);
output("exit-code", exitCode);
if (exitCode === 2) process.exit(2);
output("sarif-file", sarifFile);
if (format !== "sarif") plistlint(["--format", format, ...lintArgs]);
