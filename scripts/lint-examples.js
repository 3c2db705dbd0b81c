// `npm start`: runs the plistlint CLI on examples/, as a user would (`npx plistlint examples`), and shows its
// findings. Findings are the point of the demo, so exit code 1 (lint errors found) does not fail the command; a crash
// or a usage error (exit code 2) does.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages", "cli", "bin", "plistlint.cjs");
const { status } = spawnSync(process.execPath, [cli, "examples"], { cwd: root, stdio: "inherit" });
if (status === 0 || status === 1) {
  console.log(`plistlint exited with ${status}: ${status === 1 ? "it found errors, as the examples are meant to show" : "no errors"}.`);
  console.log("Try also: npx plistlint explain examples/native-app/Pantry/Info.plist");
} else {
  process.exitCode = status ?? 2;
}
