import type { Dict, Entry, Key, Value } from "@plistlint/parser";

/** Replace `range` of the file's text with `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** A value a fix can write, whatever the file's syntax. */
export type ScalarValue = { type: "Boolean"; value: boolean } | { type: "String"; value: string };

/**
 * Everything a rule may do to a file's text, in terms of AST nodes. Rules never write syntax themselves: each
 * front-end (XML Info.plist here; Expo JSON later) implements this for its own syntax, keeping the file's
 * indentation and line endings.
 */
export interface PlistEdits {
  /**
   * Removes keys with their values; an entry that fills its lines takes the lines with it, so no blank line is left.
   * Entries may be neighbours: their removals are merged.
   */
  removeEntries(entries: Entry[]): TextEdit[];
  replaceValue(value: Value, replacement: ScalarValue): TextEdit[];
  renameKey(key: Key, name: string): TextEdit[];
  /** Adds `key` with `value` as the last entry of `dict`, indented like its siblings. */
  insertEntry(dict: Dict, key: string, value: ScalarValue): TextEdit[];
  /** Moves an entry to the end of another dict, re-indented to its new depth. */
  moveEntry(entry: Entry, into: Dict): TextEdit[];
}
