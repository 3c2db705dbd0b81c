import type { Dict, Entry, Key, Value } from "@plistlint/parser";
import type { PlistEdits, ScalarValue, TextEdit } from "./edits.js";

function escapeXml(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function isHorizontalSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t";
}

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

  #lineBreakLength(at: number): number {
    const text = this.#text;
    if (text.startsWith("\r\n", at)) return 2;
    return text[at] === "\n" || text[at] === "\r" ? 1 : 0;
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

  removeEntry(entry: Entry): TextEdit[] {
    const text = this.#text;
    const [start, end] = entry.range;
    const lineStart = this.#lineStart(start);
    const lineEnd = this.#lineEnd(end);
    const aloneOnLines = text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd).trim() === "";
    if (aloneOnLines) {
      const breakLength = this.#lineBreakLength(lineEnd);
      if (breakLength > 0 || lineStart === 0) return [{ range: [lineStart, lineEnd + breakLength], text: "" }];
      // The last line of a file without a final line break: take the break before it instead.
      const previousBreak = text[lineStart - 2] === "\r" && text[lineStart - 1] === "\n" ? 2 : 1;
      return [{ range: [lineStart - previousBreak, lineEnd], text: "" }];
    }
    // Sharing a line: take the spaces on one side with it, so that no double or dangling space is left.
    if (text.slice(lineStart, start).trim() === "") {
      let to = end;
      while (to < lineEnd && isHorizontalSpace(text[to])) to += 1;
      return [{ range: [start, to], text: "" }];
    }
    let from = start;
    while (from > lineStart && isHorizontalSpace(text[from - 1])) from -= 1;
    return [{ range: [from, end], text: "" }];
  }

  replaceValue(value: Value, replacement: ScalarValue): TextEdit[] {
    return [{ range: value.range, text: this.#scalar(replacement) }];
  }

  renameKey(key: Key, name: string): TextEdit[] {
    const selfClosing = key.contentRange[0] === key.contentRange[1] && this.#text.slice(key.range[0], key.range[1]).endsWith("/>");
    return selfClosing
      ? [{ range: key.range, text: `<key>${escapeXml(name)}</key>` }]
      : [{ range: key.contentRange, text: escapeXml(name) }];
  }

  moveEntry(entry: Entry, into: Dict): TextEdit[] {
    const eol = this.#eol;
    const last = into.entries.at(-1);
    const dictIndent = this.#indentationAt(into.range[0]);
    const indent = last ? this.#indentationAt(last.range[0]) : dictIndent + this.#indentUnit();
    const sourceIndent = this.#indentationAt(entry.range[0]);
    const moved = this.#text
      .slice(entry.range[0], entry.range[1])
      .split(/\r\n?|\n/u)
      .map((line, i) => (i === 0 ? line : indent + (line.startsWith(sourceIndent) ? line.slice(sourceIndent.length) : line.trimStart())))
      .join(eol);
    const removal = this.removeEntry(entry);
    if (last) return [...removal, { range: [last.range[1], last.range[1]], text: eol + indent + moved }];
    const selfClosing = this.#text.slice(into.range[0], into.range[1]).endsWith("/>");
    const body = `${eol}${indent}${moved}${eol}${dictIndent}`;
    return selfClosing
      ? [...removal, { range: into.range, text: `<dict>${body}</dict>` }]
      : [...removal, { range: [into.range[0] + "<dict>".length, into.range[1] - "</dict>".length], text: body }];
  }
}
