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
