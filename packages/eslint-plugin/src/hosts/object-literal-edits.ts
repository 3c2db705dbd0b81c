import type { Dict, Entry, Key, LineIndex, Value } from "@plistlint/parser";
import type { PlistEdits, ScalarValue, TextEdit } from "../fix/edits.js";
import { hostMembersOf, withoutHiddenLosses } from "./plist-view.js";

type Span = { range: [number, number] };

/** Every member of the object in the file, including those the rules do not see (spreads, dynamic values). */
function membersOf(dict: Dict): Span[] {
  return hostMembersOf(dict)?.map((range) => ({ range })) ?? dict.entries;
}

/** How the file writes keys and strings: JSON always double-quotes; JavaScript follows the file's own habit. */
export interface ObjectLiteralStyle {
  quote: '"' | "'";
  /** Whether a key that is a valid identifier may be written bare (JavaScript). */
  bareKeys: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

function quoted(text: string, quote: '"' | "'"): string {
  const json = JSON.stringify(text);
  return quote === '"' ? json : `'${json.slice(1, -1).replace(/\\"/gu, '"').replace(/'/gu, "\\'")}'`;
}

/**
 * Edits on a JSON or JavaScript object literal that an Expo config's `infoPlist` was read from (PlistEdits for
 * that syntax): properties removed with their commas (and their lines, when they fill them), values and keys
 * replaced in the file's quoting, properties inserted and moved with the siblings' indentation. The result is
 * always valid JSON or JavaScript.
 */
export class ObjectLiteralEdits implements PlistEdits {
  readonly #text: string;
  /** The text's line starts: a line's start is looked up, never scanned for (a one-line file is all one line). */
  readonly #lines: LineIndex;
  readonly #style: ObjectLiteralStyle;
  readonly #eol: string;

  constructor(text: string, lines: LineIndex, style: ObjectLiteralStyle) {
    this.#text = text;
    this.#lines = lines;
    this.#style = style;
    this.#eol = /\r\n/u.test(text) ? "\r\n" : "\n";
  }

  #lineStart(offset: number): number {
    return this.#lines.lineStartOf(offset);
  }

  #indentationAt(offset: number): string {
    const start = this.#lineStart(offset);
    return /^[ \t]*/u.exec(this.#text.slice(start, offset))?.[0] ?? "";
  }

  /** Where a property's trailing comma ends, if it has one before the next property or the closing brace. */
  #commaAfter(end: number, limit: number): number | undefined {
    const between = this.#text.slice(end, limit);
    const comma = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*,/u.exec(between);
    return comma ? end + comma[0].length : undefined;
  }

  /** The end of a removal that should also take the rest of its line: up to and including the line break. */
  #throughLineEnd(offset: number): number {
    const rest = /^[ \t]*(?:\r\n|\n|$)/u.exec(this.#text.slice(offset));
    return rest ? offset + rest[0].length : offset;
  }

  #key(name: string): string {
    return this.#style.bareKeys && IDENTIFIER.test(name) ? name : quoted(name, this.#style.quote);
  }

  #scalar(value: ScalarValue): string {
    return value.type === "Boolean" ? String(value.value) : quoted(value.value, this.#style.quote);
  }

  removeEntries(requested: Entry[]): TextEdit[] {
    const entries = withoutHiddenLosses(requested);
    const byDict = new Map<Dict, Set<Entry>>();
    for (const entry of entries) {
      const dict = entry.parent as Dict;
      byDict.set(dict, (byDict.get(dict) ?? new Set()).add(entry));
    }
    const edits: TextEdit[] = [];
    for (const [dict, removedEntries] of byDict) {
      const [contentStart, contentEnd] = dict.contentRange ?? [dict.range[0] + 1, dict.range[1] - 1];
      const members = membersOf(dict);
      const removedStarts = new Set([...removedEntries].map((entry) => entry.range[0]));
      const isRemoved = (member: Span): boolean => removedStarts.has(member.range[0]);
      if (members.every(isRemoved)) {
        edits.push({ range: [contentStart, contentEnd], text: "" });
        continue;
      }
      // Runs of neighbouring removed properties go as one, so that no two edits overlap.
      for (let index = 0; index < members.length; index++) {
        if (!isRemoved(members[index]!)) continue;
        let last = index;
        while (last + 1 < members.length && isRemoved(members[last + 1]!)) last++;
        const first = members[index]!;
        const end = members[last]!;
        const next = members[last + 1];
        const previous = members[index - 1];
        if (next) {
          // The properties, their commas and (on lines of their own) their lines with any comment after the comma;
          // comments above the next property stay with it.
          const comma = this.#commaAfter(end.range[1], next.range[0]) ?? end.range[1];
          const lineStart = this.#lineStart(first.range[0]);
          const ownLine = this.#text.slice(lineStart, first.range[0]).trim() === "";
          const rest = /^[ \t]*(?:\/\/[^\r\n]*)?(?:\r\n|\n)/u.exec(this.#text.slice(comma));
          if (ownLine && rest) edits.push({ range: [lineStart, comma + rest[0].length], text: "" });
          else edits.push({ range: [first.range[0], comma + (/^[ \t]*/u.exec(this.#text.slice(comma))?.[0].length ?? 0)], text: "" });
        } else {
          const trailingComma = this.#commaAfter(end.range[1], contentEnd);
          if (trailingComma === undefined) {
            // The last property without a trailing comma: the comma before it goes with it.
            edits.push({ range: [previous!.range[1], end.range[1]], text: "" });
          } else {
            // A trailing comma stays the file's style: the property goes with its own comma (and line).
            const lineStart = this.#lineStart(first.range[0]);
            const start = this.#text.slice(lineStart, first.range[0]).trim() === "" ? lineStart : first.range[0];
            edits.push({ range: [start, this.#throughLineEnd(trailingComma)], text: "" });
          }
        }
        index = last;
      }
    }
    return edits;
  }

  replaceValue(value: Value, replacement: ScalarValue): TextEdit[] {
    // A string replacing a string keeps that literal's own quotes.
    const own = this.#text[value.range[0]];
    if (replacement.type === "String" && (own === "'" || own === '"')) return [{ range: value.range, text: quoted(replacement.value, own) }];
    return [{ range: value.range, text: this.#scalar(replacement) }];
  }

  renameKey(key: Key, name: string): TextEdit[] {
    const raw = this.#text.slice(key.range[0], key.range[1]);
    const quote = raw.startsWith("'") ? "'" : raw.startsWith('"') ? '"' : undefined;
    const text = quote ? quoted(name, quote) : this.#key(name);
    return [{ range: key.range, text }];
  }

  #property(key: string, valueText: string): string {
    return `${this.#key(key)}: ${valueText}`;
  }

  #insert(dict: Dict, propertyText: string): TextEdit[] {
    const last = membersOf(dict).at(-1);
    const [contentStart, contentEnd] = dict.contentRange ?? [dict.range[0] + 1, dict.range[1] - 1];
    if (!last) {
      const outer = this.#indentationAt(dict.range[0]);
      const unit = outer.includes("\t") ? "\t" : "  ";
      return [{ range: [contentStart, contentEnd], text: `${this.#eol}${outer}${unit}${propertyText}${this.#eol}${outer}` }];
    }
    const indentation = this.#indentationAt(last.range[0]);
    const trailingComma = this.#commaAfter(last.range[1], contentEnd);
    if (trailingComma !== undefined) return [{ range: [trailingComma, trailingComma], text: `${this.#eol}${indentation}${propertyText},` }];
    return [{ range: [last.range[1], last.range[1]], text: `,${this.#eol}${indentation}${propertyText}` }];
  }

  insertEntry(dict: Dict, key: string, value: ScalarValue): TextEdit[] {
    return this.#insert(dict, this.#property(key, this.#scalar(value)));
  }

  moveEntry(entry: Entry, into: Dict): TextEdit[] {
    const from = this.#indentationAt(entry.range[0]);
    const [first] = membersOf(into);
    const to = first ? this.#indentationAt(first.range[0]) : `${this.#indentationAt(into.range[0])}  `;
    const text = this.#text.slice(entry.range[0], entry.range[1]).split(/\r?\n/u).map((line, index) => (index > 0 && line.startsWith(from) ? to + line.slice(from.length) : line)).join(this.#eol);
    return [...this.removeEntries([entry]), ...this.#insert(into, text)];
  }
}
