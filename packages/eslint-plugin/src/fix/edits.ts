import type { Dict, Entry, Key, Value } from "@plistlint/parser";

/** Replace `range` of the file's text with `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/** A value a fix can write, whatever the file's syntax. */
export type ScalarValue = { type: "Boolean"; value: boolean } | { type: "String"; value: string };

/**
 * The text edits that make one change, or null when the file's syntax cannot express it: a plist that a tool derives
 * from something else (a Cordova `<access origin="*">` is no plist entry to remove) has parts no edit of the file
 * maps to. A rule then offers no fix or suggestion for it: `toFix` is where that is decided, for every rule.
 */
export type Edits = TextEdit[] | null;

/**
 * Everything a rule may do to a file's text, in terms of AST nodes. Rules never write syntax themselves: each
 * front-end (XML Info.plist; JSON and JavaScript objects; YAML mappings; Cordova's config.xml) implements this for
 * its own syntax, keeping the file's indentation and line endings.
 */
export interface PlistEdits {
  /**
   * Removes keys with their values; an entry that fills its lines takes the lines with it, so no blank line is left.
   * Entries may be neighbours: their removals are merged.
   */
  removeEntries(entries: Entry[]): Edits;
  replaceValue(value: Value, replacement: ScalarValue): Edits;
  renameKey(key: Key, name: string): Edits;
  /** Adds `key` with `value` as the last entry of `dict`, indented like its siblings. */
  insertEntry(dict: Dict, key: string, value: ScalarValue): Edits;
  /** Moves an entry to the end of another dict, re-indented to its new depth. */
  moveEntry(entry: Entry, into: Dict): Edits;
}

/** One change made of several: null when any part cannot be expressed, so that no change is ever made in part. */
export function allOf(...parts: Edits[]): Edits {
  return parts.some((part) => part === null) ? null : parts.flat() as TextEdit[];
}
