import { Engine, FileError, type LintOutcome, type SourceFile, invalidUtf8Problem, readSourceFile } from "@plistlint/engine";
import type { ESLint, Rule } from "eslint";
import { type CliEnvironment, say } from "./environment.js";
import { fatalMessage, fatalResult, lintResult } from "./lint-result.js";
import type { Options } from "./options.js";
import { writeSourceFile } from "./write-source-file.js";

export interface FileReport {
  result: ESLint.LintResult;
  rulesMeta?: Record<string, Rule.RuleMetaData>;
  /** Linted by the built-in preset, which runs plistlint's rules alone. */
  builtinPreset?: boolean;
  /** The file could not be read or written: the run exits with 2. */
  failed?: true;
}

/**
 * A file that could not be read or written: one line on stderr, and an error in its result, after the problems it
 * still holds when it was read (`unfixed`: linted without fixes, from `text`). The line is not in Xcode's form: the
 * report has the error already, and the run goes on.
 */
function failure(filePath: string, error: FileError, env: CliEnvironment, unfixed?: { outcome: LintOutcome; text: string }): FileReport {
  say(env, error.message);
  const messages = [...(unfixed?.outcome.messages ?? []), fatalMessage(error.message)];
  const suppressedMessages = unfixed?.outcome.suppressedMessages ?? [];
  const builtinPreset = unfixed?.outcome.configFile === undefined;
  return { result: lintResult(filePath, unfixed?.text, { messages, suppressedMessages }), rulesMeta: unfixed?.outcome.rulesMeta, builtinPreset, failed: true };
}

/**
 * Lints one file and, with --fix, writes it. A file that cannot be read or written is reported as an error result
 * (with, when it was not written, the problems still in it) and the run goes on.
 */
export async function lintFile(filePath: string, engine: Engine, options: Options, roots: readonly string[], env: CliEnvironment): Promise<FileReport | undefined> {
  let file: SourceFile;
  try {
    file = readSourceFile(filePath);
  } catch (error) {
    if (error instanceof FileError) return failure(filePath, error, env);
    throw error;
  }
  return lintSource(file, engine, options, roots, env);
}

/** Lints a file's text (read from disk or standard input) and, with --fix, writes the file. */
export async function lintSource(file: SourceFile, engine: Engine, options: Options, roots: readonly string[], env: CliEnvironment): Promise<FileReport | undefined> {
  const filePath = file.path;
  const outcome = await engine.lint(filePath, file.text, { fix: options.fix || options.fixDryRun });
  if (!outcome) return undefined;
  // Bytes that are not UTF-8 explain any parse error better, unless the parser recognised another encoding.
  const otherEncoding = outcome.messages.some((message) => message.fatal && /UTF-16|binary property list/u.test(message.message));
  const invalidUtf8 = invalidUtf8Problem(file);
  if (invalidUtf8 && !otherEncoding) return { result: fatalResult(filePath, invalidUtf8.message, invalidUtf8.line, invalidUtf8.column) };
  if (options.fix && outcome.output !== undefined && outcome.output !== file.text) {
    try {
      writeSourceFile(file, outcome.output, roots);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      // Nothing was written: what the file still holds is every problem found without fixing.
      return failure(filePath, error, env, { outcome: (await engine.lint(filePath, file.text))!, text: file.text });
    }
  }
  return { result: lintResult(filePath, file.text, outcome), rulesMeta: outcome.rulesMeta, builtinPreset: outcome.configFile === undefined };
}

