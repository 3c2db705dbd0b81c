import type { LineIndex, Position } from "@plistlint/parser";

/**
 * ESLint's `SourceCode#getLocFromIndex` and `#getIndexFromLoc` (1-based lines, 0-based columns, and the same errors),
 * answered from the parser's line index by binary search. @eslint/plugin-kit's TextSourceCodeBase finds line breaks
 * with a regex from the last line it knows on every call past it: on a one-line file, each call read the whole file.
 */
export class IndexedPositions {
  readonly #lines: LineIndex;

  constructor(lines: LineIndex) {
    this.#lines = lines;
  }

  locFromIndex(index: number): Position {
    if (typeof index !== "number") throw new TypeError("Expected `index` to be a number.");
    if (index < 0 || index > this.#lines.length) {
      throw new RangeError(`Index out of range (requested index ${index}, but source text has length ${this.#lines.length}).`);
    }
    return this.#lines.positionAt(index);
  }

  indexFromLoc(loc: Position): number {
    if (loc === null || typeof loc !== "object" || typeof loc.line !== "number" || typeof loc.column !== "number") {
      throw new TypeError("Expected `loc` to be an object with numeric `line` and `column` properties.");
    }
    const index = this.#lines.offsetAt(loc);
    if (index === undefined) throw new RangeError(`Location out of range (line ${loc.line}, column ${loc.column} requested).`);
    return index;
  }
}
