/**
 * The `primaryLocationLineHash` of each line, computed exactly as GitHub's codeql-action computes it for a SARIF file
 * that has none (src/fingerprints.ts): a rolling hash of the first 100 characters from the start of the line, white
 * space left out and line breaks read as `\n`, then `:n` for the n-th line with that hash. It follows the text, not the
 * line number, so an alert keeps its identity when lines are added above it. Giving it in the report lets an upload
 * through the API track alerts as the upload action does, and the action finds nothing to change (it warns when it
 * computes another value).
 */

const BLOCK_SIZE = 100;
const MOD = 37n;
/** MOD to the power BLOCK_SIZE: the weight of the character leaving the window. */
const FIRST_MOD = BigInt.asUintN(64, MOD ** BigInt(BLOCK_SIZE));
/** What codeql-action feeds after the last character. */
const END_OF_TEXT = 65535;
const [TAB, LF, CR, SPACE] = [9, 10, 13, 32];

/** The hash of each line of `text`, by 0-based line index. */
export function lineHashes(text: string): string[] {
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  // The line starting at each place of the window, or -1.
  const lineStarts = new Array<number>(BLOCK_SIZE).fill(-1);
  const hashes: string[] = [];
  const seen = new Map<string, number>();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let atLineStart = true;
  let afterCR = false;

  const output = (): void => {
    const value = hash.toString(16);
    const occurrence = (seen.get(value) ?? 0) + 1;
    seen.set(value, occurrence);
    hashes[lineStarts[index]! - 1] = `${value}:${occurrence}`;
    lineStarts[index] = -1;
  };
  const update = (code: number): void => {
    const leaving = window[index]!;
    window[index] = code;
    hash = BigInt.asUintN(64, MOD * hash + BigInt(code) - FIRST_MOD * BigInt(leaving));
    index = (index + 1) % BLOCK_SIZE;
  };
  const read = (character: number): void => {
    let code = character;
    if (code === SPACE || code === TAB || (afterCR && code === LF)) {
      afterCR = false;
      return;
    }
    afterCR = code === CR;
    if (afterCR) code = LF;
    if (lineStarts[index] !== -1) output();
    if (atLineStart) {
      atLineStart = false;
      lineStarts[index] = ++lineNumber;
    }
    if (code === LF) atLineStart = true;
    update(code);
  };

  for (let position = 0; position < text.length; position++) read(text.charCodeAt(position));
  read(END_OF_TEXT);
  for (let flushed = 0; flushed < BLOCK_SIZE; flushed++) {
    if (lineStarts[index] !== -1) output();
    update(0);
  }
  return hashes;
}
