import type { Linter, Rule } from "eslint";
import { type Diagnostic, DiagnosticSeverity, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/**
 * An ESLint message's range (1-based lines and columns) in LSP terms; a message without an end covers its line.
 * ESLint's columns on the first line do not count a BOM; the editor's text may hold one.
 */
export function messageRange(message: Linter.LintMessage, document: TextDocument): Range {
  const bom = document.getText().startsWith("\uFEFF") ? 1 : 0;
  const column = (line: number, value: number): number => Math.max(value - 1, 0) + (line === 0 ? bom : 0);
  const line = Math.max(message.line - 1, 0);
  const start = { line, character: column(line, message.column) };
  if (message.endLine === undefined || message.endColumn === undefined) {
    const lineEnd = document.positionAt(document.offsetAt({ line: line + 1, character: 0 }) - 1);
    return { start, end: lineEnd.line === line ? lineEnd : { line, character: start.character + 1 } };
  }
  return { start, end: { line: message.endLine - 1, character: column(message.endLine - 1, message.endColumn) } };
}

export function toDiagnostic(message: Linter.LintMessage, document: TextDocument, rulesMeta: Record<string, Rule.RuleMetaData>): Diagnostic {
  const url = message.ruleId ? rulesMeta[message.ruleId]?.docs?.url : undefined;
  return {
    range: messageRange(message, document),
    severity: message.fatal || message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: "plistlint",
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(url ? { codeDescription: { href: url } } : {}),
  };
}
