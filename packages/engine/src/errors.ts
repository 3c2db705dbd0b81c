/** A problem with what the engine was given (a configuration, a file), as opposed to a finding in a file. */
export class EngineError extends Error {}

/** A configuration that cannot be used: a broken eslint.config.*, an unknown rule, an invalid option. */
export class ConfigError extends EngineError {
  override readonly name: string = "ConfigError";
}

/**
 * A rule override (the CLI's --rule, the editor's `plistlint.rules`) that the configuration rejects: an unknown rule,
 * a bad severity or options. Its door names it as the user wrote it, rather than blaming a config file.
 */
export class RuleOverrideError extends ConfigError {
  override readonly name = "RuleOverrideError";

  constructor(
    readonly ruleId: string,
    /** What ESLint says is wrong, without the path to the rule in the config. */
    readonly reason: string,
  ) {
    super(`Invalid rule override '${ruleId}': ${reason}`);
  }
}

/** A file or folder that cannot be read: missing, unreadable, not a regular file, too large, a link loop. */
export class FileError extends EngineError {
  override readonly name = "FileError";
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
