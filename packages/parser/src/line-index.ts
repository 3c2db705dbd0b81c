import type { Position, Range, SourceLocation } from "./ast.js";

/** The line breaks XML recognises (and normalises): CRLF, lone CR and LF. */
export const LINE_BREAK = /\r\n?|\n/gu;

/** Maps UTF-16 offsets to line/column positions in O(log lines). */
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    // A character loop rather than LINE_BREAK's matches: no object per line on files with hundreds of thousands.
    const starts = this.#lineStarts;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x0a) starts.push(index + 1);
      else if (code === 0x0d) {
        if (text.charCodeAt(index + 1) === 0x0a) index++;
        starts.push(index + 1);
      }
    }
  }

  positionAt(offset: number): Position {
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! };
  }

  locationOf(range: Range): SourceLocation {
    return { start: this.positionAt(range[0]), end: this.positionAt(range[1]) };
  }
}
