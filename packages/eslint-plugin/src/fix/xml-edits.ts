import { type Dict, type Entry, type Key, type LineIndex, type Range, textContentRanges, type Value } from "@plistlint/parser";
import type { PlistEdits, ScalarValue, TextEdit } from "./edits.js";

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function isHorizontalSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t";
}

const LINE_BREAK = /\r\n?|\n/gu;

/**
 * `PlistEdits` for XML property lists. Lines are found through the parser's line index, never by scanning the text
 * from an offset to a line break: on a one-line file that scan is the whole file, for each of thousands of fixes.
 */
export class XmlEdits implements PlistEdits {
  readonly #text: string;
  readonly #lines: LineIndex;
  #indentUnitFound: string | undefined;

  constructor(text: string, lines: LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  /** The file's own line break (the first one it uses). */
  get #eol(): string {
    return this.#lines.firstLineBreak ?? "\n";
  }

  /** Whether only white space lies between `from` and `offset`, read backwards: it stops at the first other character. */
  #onlySpaceBefore(offset: number, from: number): boolean {
    let i = offset;
    while (i > from && /\s/u.test(this.#text[i - 1]!)) i -= 1;
    return i === from;
  }

  /** Whether only white space lies between `offset` and `to`, read forwards. */
  #onlySpaceAfter(offset: number, to: number): boolean {
    let i = offset;
    while (i < to && /\s/u.test(this.#text[i]!)) i += 1;
    return i === to;
  }

  /** The white space that starts the line holding `offset`. */
  #indentationAt(offset: number): string {
    const start = this.#lines.lineStartOf(offset);
    let end = start;
    while (isHorizontalSpace(this.#text[end])) end += 1;
    return this.#text.slice(start, end);
  }

  /** The first indented line of a plist is normally one level deep: its indentation is the file's unit. */
  #indentUnit(): string {
    this.#indentUnitFound ??= /(?:\r\n?|\n)([ \t]+)</u.exec(this.#text)?.[1] ?? "\t";
    return this.#indentUnitFound;
  }

  #scalar(value: ScalarValue): string {
    if (value.type === "Boolean") return value.value ? "<true/>" : "<false/>";
    return `<string>${escapeXml(value.value)}</string>`;
  }

  /** The text removing `range` takes: its whole lines when it has them to itself, else it and adjoining spaces. */
  #removalRange([start, end]: Range): Range {
    const text = this.#text;
    const lineStart = this.#lines.lineStartOf(start);
    const lineEnd = this.#lines.lineEndOf(end);
    const startsLine = this.#onlySpaceBefore(start, lineStart);
    if (startsLine && this.#onlySpaceAfter(end, lineEnd)) {
      // A well-formed entry is always followed by its dict's end tag, so a line break follows.
      return [lineStart, lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1)];
    }
    if (startsLine) {
      let to = end;
      while (to < lineEnd && isHorizontalSpace(text[to])) to += 1;
      return [start, to];
    }
    let from = start;
    while (from > lineStart && isHorizontalSpace(text[from - 1])) from -= 1;
    return [from, end];
  }

  removeEntries(entries: Entry[]): TextEdit[] {
    const ranges = entries.map((entry) => [...entry.range] as Range).sort((a, b) => a[0] - b[0]);
    // Entries separated only by white space are removed as one span, which may then fill whole lines.
    const spans: Range[] = [];
    for (const range of ranges) {
      const last = spans.at(-1);
      if (last && this.#onlySpaceAfter(last[1], range[0])) last[1] = Math.max(last[1], range[1]);
      else spans.push(range);
    }
    return spans.map((span) => ({ range: this.#removalRange(span), text: "" }));
  }

  replaceValue(value: Value, replacement: ScalarValue): TextEdit[] {
    return [{ range: value.range, text: this.#scalar(replacement) }];
  }

  renameKey(key: Key, name: string): TextEdit[] {
    return [{ range: key.contentRange, text: escapeXml(name) }];
  }

  insertEntry(dict: Dict, key: string, value: ScalarValue): TextEdit[] {
    const indent = this.#entryIndent(dict);
    return [this.#append(dict, indent, `<key>${escapeXml(key)}</key>${this.#eol}${indent}${this.#scalar(value)}`)];
  }

  moveEntry(entry: Entry, into: Dict): TextEdit[] {
    const indent = this.#entryIndent(into);
    const sourceIndent = this.#indentationAt(entry.range[0]);
    // Lines inside a multi-line text value are part of the value: they keep their white space.
    const keep = textContentRanges(entry);
    const text = this.#text;
    let moved = "";
    let lineStart = entry.range[0];
    for (const lineBreak of text.slice(entry.range[0], entry.range[1]).matchAll(LINE_BREAK)) {
      const breakAt = entry.range[0] + lineBreak.index;
      moved += text.slice(lineStart, breakAt) + lineBreak[0];
      lineStart = breakAt + lineBreak[0].length;
      if (keep.some(([from, to]) => lineStart > from && lineStart <= to)) continue;
      const line = text.slice(lineStart, this.#lines.lineEndOf(lineStart));
      const stripped = line.startsWith(sourceIndent) ? sourceIndent.length : line.length - line.trimStart().length;
      moved += indent;
      lineStart += stripped;
    }
    moved += text.slice(lineStart, entry.range[1]);
    return [...this.removeEntries([entry]), this.#append(into, indent, moved)];
  }

  /** The indentation of `dict`'s entries: its last entry's, or one level deeper than the dict. */
  #entryIndent(dict: Dict): string {
    const last = dict.entries.at(-1);
    return last ? this.#indentationAt(last.range[0]) : this.#indentationAt(dict.range[0]) + this.#indentUnit();
  }

  /** Where an entry ends, or its line does when comments alone follow it there: they belong to the entry. */
  #afterTrailingComment(entry: Entry): number {
    const text = this.#text;
    const lineEnd = this.#lines.lineEndOf(entry.range[1]);
    let from = entry.range[1];
    while (from < lineEnd && /\s/u.test(text[from]!)) from += 1;
    let to = lineEnd;
    while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
    return text.startsWith("<!--", from) && to - 3 >= from && text.startsWith("-->", to - 3) ? lineEnd : entry.range[1];
  }

  /** Adds `entryText` as the last entry of `dict`, on a line of its own; comments in the dict stay. */
  #append(dict: Dict, indent: string, entryText: string): TextEdit {
    const eol = this.#eol;
    const last = dict.entries.at(-1);
    if (last) {
      const at = this.#afterTrailingComment(last);
      return { range: [at, at], text: eol + indent + entryText };
    }
    const dictIndent = this.#indentationAt(dict.range[0]);
    if (!dict.contentRange) return { range: dict.range, text: `<dict>${eol}${indent}${entryText}${eol}${dictIndent}</dict>` };
    const [contentStart, contentEnd] = dict.contentRange;
    let at = contentEnd;
    while (at > contentStart && /\s/u.test(this.#text[at - 1]!)) at -= 1;
    const closesOnOwnLine = /[\r\n]/u.test(this.#text.slice(at, contentEnd));
    return { range: [at, at], text: eol + indent + entryText + (closesOnOwnLine ? "" : eol + dictIndent) };
  }
}
