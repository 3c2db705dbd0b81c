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
}

/** One line on stderr; paths and messages may hold what a linted repository put there, so it is escaped. */
export function say(env: CliEnvironment, line: string): void {
  env.stderr.write(`plistlint: ${printable(line)}\n`);
}
