import type { Linter } from "eslint";
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { messageRange, toDiagnostic } from "./diagnostics.js";
import type { LintOutcome } from "@plistlint/engine";
import { replaceWith, toTextEdit, workspaceEdit } from "./edits.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plistlint`;

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range["start"], y: Range["start"]): boolean => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * `<!-- eslint-disable-next-line rule -- reason -->` on the line above the reported entry, with the key's
 * indentation; when the key shares its line with other markup, the comment goes just before the key and the key
 * moves to a line of its own.
 */
function disableAction(message: Linter.LintMessage, document: TextDocument, diagnostic: Diagnostic, fileEol: string, documentChanges: boolean): CodeAction | undefined {
  // JSON has no comments; JavaScript's and JSON5's are `//` line comments, YAML's `#` ones; XML (an Info.plist, a
  // Cordova config.xml) has `<!-- -->`.
  if (/\.json$/u.test(document.uri)) return undefined;
  if (/\.(?:[cm]?[jt]s|json5)$/u.test(document.uri)) return disableOnLineAbove((text) => `// ${text}`, message, document, diagnostic, documentChanges);
  if (/\.ya?ml$/u.test(document.uri)) return disableOnLineAbove((text) => `# ${text}`, message, document, diagnostic, documentChanges);
  // In a Cordova config.xml the problem is on an attribute, inside a tag: the comment goes above the element.
  if (/\/config\.xml$/u.test(document.uri)) return disableOnLineAbove((text) => `<!-- ${text} -->`, message, document, diagnostic, documentChanges);
  const { start } = diagnostic.range;
  const lineText = document.getText({ start: { line: start.line, character: 0 }, end: { line: start.line + 1, character: 0 } });
  const before = lineText.slice(0, start.character);
  const eol = lineText.endsWith("\r\n") ? "\r\n" : fileEol;
  const comment = `<!-- eslint-disable-next-line ${message.ruleId} -- TODO: why this is needed -->`;
  const alone = before.replace(/^\uFEFF/u, "").trim() === "";
  const at = alone ? { line: start.line, character: before.length - before.replace(/^\uFEFF/u, "").length } : start;
  const newText = alone ? `${before.replace(/^\uFEFF/u, "")}${comment}${eol}` : `${comment}${eol}`;
  return {
    title: `Disable ${message.ruleId} for this entry`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [{ range: { start: at, end: at }, newText }], documentChanges),
  };
}

/** A comment on a line of its own above the reported line, with its indentation. */
function disableOnLineAbove(
  comment: (text: string) => string,
  message: Linter.LintMessage,
  document: TextDocument,
  diagnostic: Diagnostic,
  documentChanges: boolean,
): CodeAction {
  const { line } = diagnostic.range.start;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indentation = /^[ \t]*/u.exec(lineText)?.[0] ?? "";
  const eol = lineText.endsWith("\r\n") ? "\r\n" : "\n";
  const at = { line, character: 0 };
  return {
    title: `Disable ${message.ruleId} for this entry`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [{ range: { start: at, end: at }, newText: `${indentation}${comment(`eslint-disable-next-line ${message.ruleId} -- TODO: why this is needed`)}${eol}` }], documentChanges),
  };
}

/**
 * The quick-fixes for the problems in `range`: each fix and each suggestion (the first of them preferred), and a
 * disable comment per problem. Problems come from a fresh lint, never from the client's (possibly stale) diagnostics.
 */
export function quickFixes(report: LintOutcome, document: TextDocument, range: Range, documentChanges: boolean): CodeAction[] {
  const actions: CodeAction[] = [];
  const disables: CodeAction[] = [];
  // Once per request, not per problem: on a one-line file thousands of problems share the line.
  const fileEol = document.getText().includes("\r\n") ? "\r\n" : "\n";
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
    const disable = disableAction(message, document, diagnostic, fileEol, documentChanges);
    if (disable) disables.push(disable);
  }
  return [...actions, ...disables];
}

/** `source.fixAll.plistlint`: every fix (never a suggestion), as one edit. */
export function fixAllAction(fixed: LintOutcome, document: TextDocument, documentChanges: boolean): CodeAction | undefined {
  if (fixed.output === undefined || fixed.output === document.getText()) return undefined;
  return {
    title: "Fix all auto-fixable plistlint problems",
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(document, [replaceWith(document, fixed.output)], documentChanges),
  };
}
