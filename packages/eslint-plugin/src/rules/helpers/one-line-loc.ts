import type { Node, SourceLocation } from "@plistlint/parser";

/**
 * Where a finding about `node` is shown: the node up to the end of its first line, and of a dict or array only its
 * opening tag (`<dict>`, `{`). Editors underline a finding's whole range, and Xcode and terminals show one line: a
 * range over several lines would also mark the next line's indentation or a whole nested dict. Rules report the key
 * when the key is at fault (unknown, misplaced, legacy, duplicate, a loosening that is on), the value when the
 * value is (a wrong type, a wrong TLS version, a bad pin).
 */
export function oneLineLoc(node: Node, text: string): SourceLocation {
  const end = (node.type === "Dict" || node.type === "Array") && node.contentRange ? node.contentRange[0] : node.range[1];
  const written = text.slice(node.range[0], end);
  const lineBreak = written.search(/[\r\n]/u);
  const { start } = node.loc;
  return { start, end: { line: start.line, column: start.column + (lineBreak === -1 ? written.length : lineBreak) } };
}
