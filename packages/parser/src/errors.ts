import type { LineIndex } from "./line-index.js";

/**
 * The error for a container nested deeper than `maxDepth`, in every syntax a plist is read from (`<dict>`, a JSON
 * object): the same words wherever the limit applies.
 */
export function nestedTooDeep(container: string, maxDepth: number): string {
  return `${container} is nested more than ${maxDepth} levels deep; deeper nesting is not read (no real property list needs it).`;
}

/** A problem that makes the text not a valid XML property list, at an exact position. */
export interface ParseError {
  message: string;
  /** UTF-16 offset into the text. */
  offset: number;
  /** 1-based. */
  line: number;
  /** 0-based, in UTF-16 code units. */
  column: number;
}

/** Errors are collected by offset; positions are attached once, by `parse`. */
export interface PendingError {
  message: string;
  offset: number;
}

/** The errors with their positions, in the order given. */
export function located(pending: readonly PendingError[], lines: LineIndex): ParseError[] {
  return pending.map(({ message, offset }) => ({ message, offset, ...lines.positionAt(offset) }));
}
