import { stripVTControlCharacters } from "node:util";

/** Rows as lines of columns padded to their widest cell (colour codes do not count), as ESLint's text table does. */
export function textTable(rows: readonly string[][], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, stripVTControlCharacters(cell).length)));
  }
  return rows.map((row) =>
    row
      .map((cell, index) => {
        const padding = " ".repeat((widths[index] ?? 0) - stripVTControlCharacters(cell).length);
        return rightAligned.has(index) ? padding + cell : cell + padding;
      })
      .join("  ")
      .trimEnd(),
  );
}
