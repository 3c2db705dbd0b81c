import type { Rule } from "eslint";
import { type Range, type SnippetTextEdit, type TextEdit, type WorkspaceEdit, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** ESLint's fix ranges are offsets into the text without a BOM; an editor's text rarely has one, but may. */
export function toTextEdit(fix: Rule.Fix, document: TextDocument): TextEdit {
  const bom = document.getText().startsWith("\uFEFF") ? 1 : 0;
  return {
    range: { start: document.positionAt(fix.range[0] + bom), end: document.positionAt(fix.range[1] + bom) },
    newText: fix.text,
  };
}

/** One edit that turns the document's text into `output`: the span between their common prefix and suffix. */
export function replaceWith(document: TextDocument, output: string): TextEdit {
  const text = document.getText();
  let start = 0;
  while (start < text.length && start < output.length && text[start] === output[start]) start++;
  let end = 0;
  while (end < text.length - start && end < output.length - start && text[text.length - 1 - end] === output[output.length - 1 - end]) end++;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(text.length - end) },
    newText: output.slice(start, output.length - end),
  };
}

/** A workspace edit in the form the client takes: versioned documentChanges when it says so, else changes. */
export function workspaceEdit(document: TextDocument, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  if (documentChanges) {
    return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(document.uri, document.version), edits)] };
  }
  return { changes: { [document.uri]: edits } };
}

/** A snippet inserted in one document (LSP 3.18's SnippetTextEdit, which only versioned documentChanges carry). */
export function snippetEdit(document: TextDocument, range: Range, snippet: string): WorkspaceEdit {
  const edit: SnippetTextEdit = { range, snippet: { kind: "snippet", value: snippet } };
  return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(document.uri, document.version), [edit])] };
}
