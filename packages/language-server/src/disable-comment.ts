import type { CommentSyntax } from "@plistlint/engine";
import type { Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** Where a disable comment goes and what it says; `reason` is the part the user is to type over. */
export interface DisableComment {
  at: Position;
  /** The text before the reason, the reason's placeholder, and the text after it. */
  before: string;
  reason: string;
  after: string;
}

/** What a disable comment is placed by: an XML plist's entry, a Cordova element, or the finding's line. */
export type CommentKind = "plist" | "element" | "line";

const REASON = "TODO: why this is needed";

/**
 * Where a finding's `eslint-disable-next-line` comment goes, on a line of its own with the indentation of the line it
 * precedes:
 * - in an XML plist, above the entry's `<key>`, which the plist language makes cover the entry down to its value's
 *   first line (a finding on a value sits on the line after its key); a key sharing its line with other markup moves
 *   to a line of its own;
 * - in a Cordova config.xml, above the element whose attribute is at fault (a comment cannot go inside a tag);
 * - elsewhere (JavaScript, YAML, JSON5), above the finding's line, which ESLint's directives cover.
 * `offset` is where the finding starts in the document's text.
 */
export function disableComment(document: TextDocument, offset: number, ruleId: string, syntax: CommentSyntax, kind: CommentKind, eol: string): DisableComment {
  const text = document.getText();
  const anchorOffset = kind === "plist" ? keyBefore(text, offset) : kind === "element" ? text.lastIndexOf("<", offset) : offset;
  const anchor = document.positionAt(anchorOffset < 0 ? offset : anchorOffset);
  const lineStart = document.offsetAt({ line: anchor.line, character: 0 });
  const before = text.slice(lineStart, document.offsetAt(anchor)).replace(/^\uFEFF/u, "");
  const bom = anchor.line === 0 && text.startsWith("\uFEFF") ? 1 : 0;
  const alone = before.trim() === "";
  const indentation = /^[ \t]*/u.exec(before)?.[0] ?? "";
  const open = `${syntax.open}eslint-disable-next-line ${ruleId} -- `;
  if (alone) return { at: { line: anchor.line, character: bom }, before: `${indentation}${open}`, reason: REASON, after: `${syntax.close}${eol}` };
  // Other markup before the key on its line: the comment goes just before the key, which moves to a line of its own.
  return { at: anchor, before: open, reason: REASON, after: `${syntax.close}${eol}${indentation}` };
}

/** The `<key>` whose value starts at `offset`, when only white space lies between them; else `offset` itself. */
function keyBefore(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (!text.endsWith("</key>", end)) return offset;
  const start = text.lastIndexOf("<key>", end);
  return start === -1 ? offset : start;
}

/** The comment as plain text. */
export function commentText(comment: DisableComment): string {
  return `${comment.before}${comment.reason}${comment.after}`;
}

/** The comment as a snippet whose reason is its placeholder, selected for the user to type over. */
export function commentSnippet(comment: DisableComment): string {
  const literal = (text: string): string => text.replace(/[$}\\]/gu, (character) => `\\${character}`);
  return `${literal(comment.before)}\${1:${literal(comment.reason)}}${literal(comment.after)}`;
}
