import { printable } from "./printable.js";

/** Where the CLI reads and writes: the process's, or a test's. */
export interface CliEnvironment {
  cwd: string;
  /** Read only with --stdin. */
  stdin: AsyncIterable<Buffer | string>;
  stdout: { write(text: string): unknown; isTTY?: boolean; hasColors?: () => boolean };
  stderr: { write(text: string): unknown };
  /** The variables that decide on colour (FORCE_COLOR, NO_COLOR). */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * With --format xcode, errors and warnings on stderr are written as Xcode reads them (`error: plistlint: …`), so
   * that its issue navigator lists the error that ended the run, not only "Command PhaseScriptExecution failed".
   */
  xcodeMessages?: boolean;
}

/**
 * One line on stderr: `plistlint: …`, and for an error or a warning in Xcode's form with --format xcode. Paths and
 * messages may hold what a linted repository put there, so the line is escaped.
 */
export function say(env: CliEnvironment, line: string, kind?: "error" | "warning"): void {
  const text = printable(line);
  if (kind && env.xcodeMessages) env.stderr.write(`${kind}: plistlint: ${text}\n`);
  else env.stderr.write(`plistlint: ${kind === "warning" ? "warning: " : ""}${text}\n`);
}

/** Whether the command line asks for --format xcode (read before the options are parsed: their errors count too). */
export function asksForXcode(argv: readonly string[]): boolean {
  return argv.some((arg, index) => arg === "--format=xcode" || arg === "-fxcode" || ((arg === "--format" || arg === "-f") && argv[index + 1] === "xcode"));
}
