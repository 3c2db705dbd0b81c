import type { Position, Range, SourceLocation } from "./ast.js";

/** The line breaks XML recognises (and normalises): CRLF, lone CR and LF. */
export const LINE_BREAK = /\r\n?|\n/gu;

/** Maps UTF-16 offsets to line/column positions in O(log lines). */
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
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

  /** The line of the last position asked for: parsing asks in text order, mostly on the same or the next line. */
  #lastLine = 0;

  positionAt(offset: number): Position {
    let line = this.#lastLine;
    if (!this.#isOnLine(offset, line)) line = this.#isOnLine(offset, line + 1) ? line + 1 : this.#lineOf(offset);
    this.#lastLine = line;
    return { line: line + 1, column: offset - this.#lineStarts[line]! };
  }

  #isOnLine(offset: number, line: number): boolean {
    const starts = this.#lineStarts;
    return line < starts.length && starts[line]! <= offset && (line + 1 === starts.length || starts[line + 1]! > offset);
  }

  #lineOf(offset: number): number {
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

  locationOf(range: Range): SourceLocation {
    return { start: this.positionAt(range[0]), end: this.positionAt(range[1]) };
  }
}
