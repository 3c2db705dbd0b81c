import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { type CommentSyntax, type LintOutcome, commentSyntaxOfPath, lintedKindOf } from "@plistlint/engine";
import { type CommentKind, commentSnippet, commentText, disableComment } from "./disable-comment.js";
import { replaceWith, snippetEdit, toTextEdit, workspaceEdit } from "./edits.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plistlint`;

/** The server's command that opens a rule's documentation (not the extension's: vscode-languageclient registers it). */
export const SHOW_DOCUMENTATION = "plistlint.server.showDocumentation";

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range["start"], y: Range["start"]): boolean => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** What the client takes in edits. */
export interface EditAbilities {
  /** Versioned `documentChanges` rather than `changes`. */
  documentChanges: boolean;
  /** Snippet edits in a workspace edit (LSP 3.18; VS Code): a placeholder is selected for the user to type over. */
  snippetEdits: boolean;
}

/** How a document takes a disable comment: in what syntax, placed by what, with its line ending. */
interface CommentPlace {
  syntax: CommentSyntax;
  kind: CommentKind;
  eol: string;
}

/** Once per request, not per problem: on a one-line file thousands of problems share the line. None in JSON. */
function commentPlaceOf(path: string, document: TextDocument): CommentPlace | undefined {
  const syntax = commentSyntaxOfPath(path);
  if (!syntax) return undefined;
  const sourceSyntax = lintedKindOf(path).syntax;
  const kind = sourceSyntax === "plist" ? "plist" : sourceSyntax === "cordova-xml" ? "element" : "line";
  return { syntax, kind, eol: document.getText().includes("\r\n") ? "\r\n" : "\n" };
}

/**
 * "Disable <rule> for this entry": an `eslint-disable-next-line` comment with a reason to fill in (selected, where
 * the client takes snippet edits), where the file's syntax puts one (see disable-comment.ts).
 */
function disableAction(ruleId: string, document: TextDocument, diagnostic: Diagnostic, place: CommentPlace, abilities: EditAbilities): CodeAction {
  const comment = disableComment(document, document.offsetAt(diagnostic.range.start), ruleId, place.syntax, place.kind, place.eol);
  const range = { start: comment.at, end: comment.at };
  const edit =
    abilities.snippetEdits && abilities.documentChanges
      ? snippetEdit(document, range, commentSnippet(comment))
      : workspaceEdit(document, [{ range, newText: commentText(comment) }], abilities.documentChanges);
  return { title: `Disable ${ruleId} for this entry`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
}

/** "Show documentation for <rule>": the server asks the client to open the rule's page. */
function documentationAction(ruleId: string, url: string, diagnostic: Diagnostic): CodeAction {
  const title = `Show documentation for ${ruleId}`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_DOCUMENTATION, arguments: [url] } };
}

/**
 * The quick-fixes for the problems in `range`: each fix and each suggestion (the first of them preferred), and a
 * disable comment per problem. Problems come from a fresh lint, never from the client's (possibly stale) diagnostics:
 * `diagnostics` are the lint's messages as published, in the same order.
 */
export function quickFixes(report: LintOutcome, diagnostics: readonly Diagnostic[], document: TextDocument, path: string, range: Range, abilities: EditAbilities): CodeAction[] {
  const actions: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const documentation: CodeAction[] = [];
  const place = commentPlaceOf(path, document);
  for (const [at, message] of report.messages.entries()) {
    const diagnostic = diagnostics[at]!;
    if (!message.ruleId || !overlaps(diagnostic.range, range)) continue;
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
        edit: workspaceEdit(document, [toTextEdit(fix, document)], abilities.documentChanges),
      });
    });
    if (place) disables.push(disableAction(message.ruleId, document, diagnostic, place, abilities));
    const url = report.rulesMeta[message.ruleId]?.docs?.url;
    if (url && !documentation.some((action) => action.command?.arguments?.[0] === url)) documentation.push(documentationAction(message.ruleId, url, diagnostic));
  }
  return [...actions, ...disables, ...documentation];
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
