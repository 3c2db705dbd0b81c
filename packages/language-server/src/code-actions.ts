import type { Linter } from "eslint";
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { messageRange, toDiagnostic } from "./diagnostics.js";
import type { DocumentReport } from "./document-linter.js";
import { replaceWith, toTextEdit, workspaceEdit } from "./edits.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plistlint`;

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range["start"], y: Range["start"]): boolean => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** `<!-- eslint-disable-next-line rule -- reason -->` above the reported entry's first line, with its indentation. */
function disableAction(message: Linter.LintMessage, document: TextDocument, diagnostic: Diagnostic, documentChanges: boolean): CodeAction {
  const line = Math.max(message.line - 1, 0);
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indentation = /^[ \t]*/u.exec(lineText)?.[0] ?? "";
  const eol = /\r\n$/u.test(lineText) ? "\r\n" : "\n";
  const comment = `${indentation}<!-- eslint-disable-next-line ${message.ruleId} -- TODO: why this is needed -->${eol}`;
  return {
    title: `Disable ${message.ruleId} for this entry`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: comment }], documentChanges),
  };
}

/**
 * The quick-fixes for the problems in `range`: each fix and each suggestion (the first of them preferred), and a
 * disable comment per problem. Problems come from a fresh lint, never from the client's (possibly stale) diagnostics.
 */
export function quickFixes(report: DocumentReport, document: TextDocument, range: Range, documentChanges: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const disables: CodeAction[] = [];
  for (const message of report.messages) {
    if (!message.ruleId || !overlaps(messageRange(message, document), range)) continue;
    const diagnostic = toDiagnostic(message, document, report.rulesMeta);
    const candidates = [
      ...(message.fix ? [{ title: `Fix this ${message.ruleId} problem`, fix: message.fix }] : []),
      ...(message.suggestions ?? []).map((suggestion) => ({ title: suggestion.desc, fix: suggestion.fix })),
    ];
    candidates.forEach(({ title, fix }, index) => {
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: workspaceEdit(document, [toTextEdit(fix, document)], documentChanges),
      });
    });
    disables.push(disableAction(message, document, diagnostic, documentChanges));
  }
  return [...actions, ...disables];
}

/** `source.fixAll.plistlint`: every fix (never a suggestion), as one edit. */
export function fixAllAction(fixed: DocumentReport, document: TextDocument, documentChanges: boolean): CodeAction | undefined {
  if (fixed.output === undefined || fixed.output === document.getText()) return undefined;
  return {
    title: "Fix all auto-fixable plistlint problems",
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(document, [replaceWith(document, fixed.output)], documentChanges),
  };
}
