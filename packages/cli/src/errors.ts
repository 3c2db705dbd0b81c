/**
 * A problem with how plistlint was asked to run (a bad option, a missing path, a broken config) rather than with the
 * files it lints: exit code 2 and a one-line message, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
