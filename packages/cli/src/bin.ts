import { reasonOf } from "@plistlint/engine";
import { EXIT, main } from "./main.js";

// A closed pipe (`plistlint | head`) is the reader's choice, not a failure to report; a full disk is.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
  process.stderr.write(`plistlint: Cannot write the report to standard output: ${reasonOf(error)}\n`);
  process.exit(EXIT.usage);
});
// Nowhere left to say why.
process.stderr.on("error", () => process.exit(EXIT.usage));

void main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
