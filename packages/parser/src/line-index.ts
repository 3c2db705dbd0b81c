import type { Position, Range, SourceLocation } from "./ast.js";

/** The line breaks XML recognises (and normalises): CRLF, lone CR and LF. */
export const LINE_BREAK = /\r\n?|\n/gu;

/**
 * The starts of a text's lines, found once, and every line/column question about the text answered from them by
 * binary search: what line an offset is on, where that line starts and ends, which offset a position names. Asking
 * the text itself (scanning back to the previous line break, or running a line-break regex from an offset) costs the
 * length of the line each time, which on a one-line file is the whole file, once per finding.
 */
export class LineIndex {
  readonly #text: string;
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    this.#text = text;
    const starts = this.#lineStarts;
    if (!text.includes("\r")) {
      // indexOf scans far faster than a character loop, and most files have LF line breaks only.
      for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
      return;
    }
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x0a) starts.push(index + 1);
      else if (code === 0x0d) {
        if (text.charCodeAt(index + 1) === 0x0a) index++;
        starts.push(index + 1);
      }
    }
  }

  /** The length of the text, in UTF-16 code units. */
  get length(): number {
    return this.#text.length;
  }

  /** The text's first line break (`\n`, `\r\n` or `\r`), or undefined when it has a single line. */
  get firstLineBreak(): string | undefined {
    return this.#lineStarts.length > 1 ? this.#lineBreakBefore(1) : undefined;
  }

  /** The line of the last position asked for: parsing asks in text order, mostly on the same or the next line. */
  #lastLine = 0;

  positionAt(offset: number): Position {
    const line = this.#lineIndexOf(offset);
    return { line: line + 1, column: offset - this.#lineStarts[line]! };
  }

  locationOf(range: Range): SourceLocation {
    return { start: this.positionAt(range[0]), end: this.positionAt(range[1]) };
  }

  /**
   * The offset of a 1-based line and 0-based column, which may name the line's break (as ESLint allows) or, on the
   * last line, the end of the text; undefined when there is no such line or column.
   */
  offsetAt({ line, column }: Position): number | undefined {
    const starts = this.#lineStarts;
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || line > starts.length || column < 0) return undefined;
    const offset = starts[line - 1]! + column;
    const limit = line === starts.length ? this.#text.length : starts[line]! - 1;
    return offset <= limit ? offset : undefined;
  }

  /** Where the line holding `offset` starts. */
  lineStartOf(offset: number): number {
    return this.#lineStarts[this.#lineIndexOf(offset)]!;
  }

  /** Where the line holding `offset` ends: at its line break, or at the end of the text. */
  lineEndOf(offset: number): number {
    return this.#lineEnd(this.#lineIndexOf(offset));
  }

  /** The 0-based line holding `offset`. */
  #lineIndexOf(offset: number): number {
    let line = this.#lastLine;
    if (!this.#isOnLine(offset, line)) line = this.#isOnLine(offset, line + 1) ? line + 1 : this.#search(offset);
    this.#lastLine = line;
    return line;
  }

  #lineEnd(line: number): number {
    const next = this.#lineStarts[line + 1];
    return next === undefined ? this.#text.length : next - this.#lineBreakBefore(line + 1).length;
  }

  /** The line break that ends the line before the 0-based `line` (which is not the first). */
  #lineBreakBefore(line: number): string {
    const start = this.#lineStarts[line]!;
    return this.#text.charCodeAt(start - 1) === 0x0a && this.#text.charCodeAt(start - 2) === 0x0d ? "\r\n" : this.#text[start - 1]!;
  }

  #isOnLine(offset: number, line: number): boolean {
    const starts = this.#lineStarts;
    return line < starts.length && starts[line]! <= offset && (line + 1 === starts.length || starts[line + 1]! > offset);
  }

  #search(offset: number): number {
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
