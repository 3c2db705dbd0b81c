/**
 * A problem with how plistlint was asked to run (a bad option, a missing path, a broken config) rather than with the
 * files it lints: exit code 2 and a one-line message, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The message of anything thrown, without the stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** ESLint's multi-line messages (a config error and its reason on the next lines) as one line. */
export function oneLine(message: string): string {
  return message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
}
