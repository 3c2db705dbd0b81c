import { type Dict, type Entry, type Key, type Range, textContentRanges, type Value } from "@plistlint/parser";
import type { PlistEdits, ScalarValue, TextEdit } from "./edits.js";

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function isHorizontalSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t";
}

const LINE_BREAK = /\r\n?|\n/gu;

/** `PlistEdits` for XML property lists. */
export class XmlEdits implements PlistEdits {
  readonly #source: { readonly text: string };

  constructor(source: { readonly text: string }) {
    this.#source = source;
  }

  get #text(): string {
    return this.#source.text;
  }

  /** The file's own line break (the first one it uses). */
  get #eol(): string {
    return /\r\n?|\n/u.exec(this.#text)?.[0] ?? "\n";
  }

  #lineStart(offset: number): number {
    const text = this.#text;
    let i = offset;
    while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i -= 1;
    return i;
  }

  #lineEnd(offset: number): number {
    const text = this.#text;
    let i = offset;
    while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i += 1;
    return i;
  }

  /** The white space that starts the line holding `offset`. */
  #indentationAt(offset: number): string {
    const start = this.#lineStart(offset);
    let end = start;
    while (isHorizontalSpace(this.#text[end])) end += 1;
    return this.#text.slice(start, end);
  }

  /** The first indented line of a plist is normally one level deep: its indentation is the file's unit. */
  #indentUnit(): string {
    return /(?:\r\n?|\n)([ \t]+)</u.exec(this.#text)?.[1] ?? "\t";
  }

  #scalar(value: ScalarValue): string {
    if (value.type === "Boolean") return value.value ? "<true/>" : "<false/>";
    return `<string>${escapeXml(value.value)}</string>`;
  }

  /** The text removing `range` takes: its whole lines when it has them to itself, else it and adjoining spaces. */
  #removalRange([start, end]: Range): Range {
    const text = this.#text;
    const lineStart = this.#lineStart(start);
    const lineEnd = this.#lineEnd(end);
    const startsLine = text.slice(lineStart, start).trim() === "";
    if (startsLine && text.slice(end, lineEnd).trim() === "") {
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
      if (last && this.#text.slice(last[1], range[0]).trim() === "") last[1] = Math.max(last[1], range[1]);
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
      const line = text.slice(lineStart, this.#lineEnd(lineStart));
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

  /** Adds `entryText` as the last entry of `dict`, on a line of its own; comments in the dict stay. */
  #append(dict: Dict, indent: string, entryText: string): TextEdit {
    const eol = this.#eol;
    const last = dict.entries.at(-1);
    if (last) {
      // After a comment that trails the last entry on its line, which belongs to that entry.
      const lineEnd = this.#lineEnd(last.range[1]);
      const rest = this.#text.slice(last.range[1], lineEnd).trim();
      const at = rest.startsWith("<!--") && rest.endsWith("-->") ? lineEnd : last.range[1];
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
