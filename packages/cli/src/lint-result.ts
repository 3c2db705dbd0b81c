import type { ESLint, Linter } from "eslint";

/** ESLint's per-file counts (lib/shared/message-counts.js), so results match the ESLint class's field for field. */
export function countMessages(messages: Linter.LintMessage[]) {
  const counts = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const message of messages) {
    if (message.fatal || message.severity === 2) {
      counts.errorCount++;
      if (message.fatal) counts.fatalErrorCount++;
      if (message.fix) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (message.fix) counts.fixableWarningCount++;
    }
  }
  return counts;
}

/**
 * A result shaped exactly as `ESLint#lintText` shapes it (lib/eslint/eslint-helpers.js verifyText, then
 * usedDeprecatedRules), key order included, so the json format is ESLint's own output.
 */
export function lintResult(
  filePath: string,
  text: string | undefined,
  report: { messages: Linter.LintMessage[]; suppressedMessages: Linter.SuppressedLintMessage[]; output?: string | undefined },
): ESLint.LintResult {
  const result = {
    filePath,
    messages: report.messages,
    suppressedMessages: report.suppressedMessages,
    ...countMessages(report.messages),
  } as ESLint.LintResult;
  if (report.output !== undefined) result.output = report.output;
  if (text !== undefined && result.errorCount + result.warningCount > 0 && result.output === undefined) result.source = text;
  result.usedDeprecatedRules = []; // None of our rules is deprecated.
  return result;
}

/** Errors only, with the counts recomputed (what ESLint.getErrorResults does for --quiet). */
export function errorsOnly(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((message) => message.fatal || message.severity === 2);
  return { ...result, messages, ...countMessages(messages) };
}

/** A file-level problem (unreadable, unwritable, not UTF-8) as ESLint reports a parse error; line 0 for no position. */
export function fatalMessage(message: string, line = 0, column = 0): Linter.LintMessage {
  return { ruleId: null, fatal: true, severity: 2, message, line, column, nodeType: null } as Linter.LintMessage;
}

export function fatalResult(filePath: string, message: string, line = 0, column = 0): ESLint.LintResult {
  return lintResult(filePath, undefined, { messages: [fatalMessage(message, line, column)], suppressedMessages: [] });
}
