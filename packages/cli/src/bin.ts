import { reasonOf } from "@plistlint/engine";
import { EXIT, main } from "./main.js";

// A closed pipe (`plistlint | head`) is the reader's choice, not a failure to report: the exit code stays the
// lint's. A full disk is a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`plistlint: Cannot write the report to standard output: ${reasonOf(error)}\n`);
  process.exit(EXIT.usage);
});
// Nowhere left to say why.
process.stderr.on("error", () => process.exit(EXIT.usage));

void main(process.argv.slice(2), { cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
