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
  /** Removes a key and its value; when they fill their lines, the lines go too, so no blank line is left. */
  removeEntry(entry: Entry): TextEdit[];
  replaceValue(value: Value, replacement: ScalarValue): TextEdit[];
  renameKey(key: Key, name: string): TextEdit[];
  /** Moves an entry to the end of another dict, re-indented to its new depth. */
  moveEntry(entry: Entry, into: Dict): TextEdit[];
}
