import type { Dict, Entry, Key, Range, Value } from "@plistlint/parser";
import type { Edits, PlistEdits, ScalarValue, TextEdit } from "../fix/edits.js";
import { hostMembersOf, withoutHiddenLosses } from "./plist-view.js";

/** A plain scalar that YAML 1.1 and 1.2 both read as this very string: no indicator, no boolean, null or number. */
const PLAIN_SAFE = /^[A-Za-z_/][\w./-]*$/u;
const NOT_A_STRING = /^(?:y|n|yes|no|true|false|on|off|null)$/iu;

function plainOrQuoted(text: string): string {
  return PLAIN_SAFE.test(text) && !NOT_A_STRING.test(text) ? text : JSON.stringify(text);
}

/** A string as a quoted YAML scalar in the given quote; YAML's single quotes escape a quote by doubling it. */
function quoted(text: string, quote: '"' | "'"): string {
  return quote === '"' ? JSON.stringify(text) : `'${text.replace(/'/gu, "''")}'`;
}

/**
 * Edits on the YAML mapping a plist was read from (an XcodeGen target's `info.properties`, electron-builder's
 * `mac.extendInfo`): PlistEdits for YAML. Block mappings lose and gain whole lines at their siblings' indentation;
 * flow mappings (`{ a: 1, b: 2 }`) lose and gain members with their commas. Quoting follows what is there: a value
 * or key keeps its quotes, and new text is plain when YAML reads it as the same string, else double-quoted. A value
 * spanning lines is never moved into a flow mapping: that edit is not offered.
 */
export class YamlEdits implements PlistEdits {
  readonly #text: string;
  readonly #eol: string;

  constructor(text: string) {
    this.#text = text;
    this.#eol = /\r\n/u.test(text) ? "\r\n" : "\n";
  }

  #isFlow(dict: Dict): boolean {
    return this.#text[dict.range[0]] === "{";
  }

  /** Every member the mapping really has, including those the rules do not see (aliases, merge keys). */
  #members(dict: Dict): Range[] {
    return hostMembersOf(dict) ?? dict.entries.map((entry) => entry.range);
  }

  #lineStart(offset: number): number {
    return this.#text.lastIndexOf("\n", offset - 1) + 1;
  }

  /** Just past the line break that ends the line holding `offset` (or the end of the text). */
  #nextLine(offset: number): number {
    const end = this.#text.indexOf("\n", offset);
    return end === -1 ? this.#text.length : end + 1;
  }

  /** The column a block member starts at, as spaces: a member after a sequence's `- ` is indented past it. */
  #indentOf(offset: number): string {
    return " ".repeat(offset - this.#lineStart(offset));
  }

  #startsLine(offset: number): boolean {
    return this.#text.slice(this.#lineStart(offset), offset).trim() === "";
  }

  #scalar(value: ScalarValue): string {
    return value.type === "Boolean" ? String(value.value) : plainOrQuoted(value.value);
  }

  removeEntries(requested: Entry[]): TextEdit[] {
    const byDict = new Map<Dict, Set<number>>();
    for (const entry of withoutHiddenLosses(requested)) {
      const dict = entry.parent as Dict;
      byDict.set(dict, (byDict.get(dict) ?? new Set()).add(entry.range[0]));
    }
    const edits: TextEdit[] = [];
    for (const [dict, removedStarts] of byDict) {
      const members = this.#members(dict);
      if (members.every(([start]) => removedStarts.has(start))) {
        edits.push(this.#emptied(dict));
        continue;
      }
      for (let index = 0; index < members.length; index++) {
        if (!removedStarts.has(members[index]![0])) continue;
        let last = index;
        while (last + 1 < members.length && removedStarts.has(members[last + 1]![0])) last++;
        edits.push(this.#isFlow(dict) ? this.#flowRemoval(members, index, last) : this.#blockRemoval(members, index, last));
        index = last;
      }
    }
    return edits;
  }

  /** A mapping that loses every member becomes `{}`, on its key's line. */
  #emptied(dict: Dict): TextEdit {
    const [start, end] = dict.range;
    if (this.#isFlow(dict)) return { range: [start + 1, end - 1], text: "" };
    let before = start;
    while (before > 0 && /\s/u.test(this.#text[before - 1]!)) before--;
    const opener = this.#text[before - 1];
    return opener === ":" || opener === "-" ? { range: [before, end], text: " {}" } : { range: [start, end], text: "{}" };
  }

  /** Block members `first`…`last` with their lines (and comments after them); one after a `- ` leaves the dash. */
  #blockRemoval(members: Range[], first: number, last: number): TextEdit {
    const start = members[first]![0];
    const next = members[last + 1];
    if (!this.#startsLine(start)) return { range: [start, next ? next[0] : members[last]![1]], text: "" };
    return { range: [this.#lineStart(start), this.#nextLine(members[last]![1])], text: "" };
  }

  /** Flow members `first`…`last` with the comma after them, or before them when they are the last. */
  #flowRemoval(members: Range[], first: number, last: number): TextEdit {
    const start = members[first]![0];
    const next = members[last + 1];
    if (next) return { range: [start, next[0]], text: "" };
    return { range: [members[first - 1]![1], members[last]![1]], text: "" };
  }

  replaceValue(value: Value, replacement: ScalarValue): TextEdit[] {
    const own = this.#text[value.range[0]];
    if (replacement.type === "String" && (own === "'" || own === '"')) return [{ range: value.range, text: quoted(replacement.value, own) }];
    return [{ range: value.range, text: this.#scalar(replacement) }];
  }

  renameKey(key: Key, name: string): TextEdit[] {
    const own = this.#text[key.range[0]];
    return [{ range: key.range, text: own === "'" || own === '"' ? quoted(name, own) : plainOrQuoted(name) }];
  }

  insertEntry(dict: Dict, key: string, value: ScalarValue): Edits {
    return this.#insert(dict, `${plainOrQuoted(key)}: ${this.#scalar(value)}`);
  }

  /** Adds a member as the last of `dict`; null when a member spanning lines would go into a flow mapping. */
  #insert(dict: Dict, member: string): Edits {
    const last = this.#members(dict).at(-1);
    if (this.#isFlow(dict)) {
      if (member.includes("\n")) return null;
      if (!last) return [{ range: [dict.range[0] + 1, dict.range[1] - 1], text: ` ${member} ` }];
      return [{ range: [last[1], last[1]], text: `, ${member}` }];
    }
    // A block mapping always has a member: an empty mapping is written `{}`, which is flow.
    const lineEnd = this.#nextLine(last![1]);
    const atEnd = lineEnd === this.#text.length && !this.#text.endsWith("\n");
    const text = `${this.#indentOf(last![0])}${member}${this.#eol}`;
    return [{ range: [lineEnd, lineEnd], text: atEnd ? this.#eol + text.slice(0, -this.#eol.length) : text }];
  }

  moveEntry(entry: Entry, into: Dict): Edits {
    const from = this.#indentOf(entry.range[0]);
    const [first] = this.#members(into);
    const to = first ? this.#indentOf(first[0]) : "";
    const moved = this.#text
      .slice(entry.range[0], entry.range[1])
      .split(/\r?\n/u)
      .map((line, index) => (index > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
      .join(this.#eol);
    const insertion = this.#insert(into, moved);
    return insertion && [...this.removeEntries([entry]), ...insertion];
  }
}
