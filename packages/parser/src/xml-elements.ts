import { XMLValidator } from "fast-xml-parser";
import type { Comment, Range, Value } from "./ast.js";
import { decodeText } from "./decode.js";
import { located, type ParseError, type PendingError } from "./errors.js";
import { LineIndex } from "./line-index.js";
import { endOfTag, scanMarkup } from "./markup.js";
import { type ParseOptions, validatorOffset } from "./parse.js";
import { TreeBuilder } from "./tree-builder.js";

/** An attribute as written: its decoded value, and where it and its value (inside the quotes) are. */
export interface XmlAttribute {
  name: string;
  value: string;
  range: Range;
  valueRange: Range;
}

/** An element of an XML document other than a plist (a Cordova config.xml), with positions. */
export interface XmlElement {
  name: string;
  /** From `<` of the start tag to just past the end tag (or the `/>`). */
  range: Range;
  attributes: XmlAttribute[];
  children: XmlElement[];
}

export interface XmlParseResult {
  /** The root element; null when the text is not well-formed XML (see `errors`). */
  root: XmlElement | null;
  comments: Comment[];
  errors: ParseError[];
  lines: LineIndex;
}

const isSpace = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
const isNameChar = (ch: string | undefined): boolean => ch !== undefined && !isSpace(ch) && ch !== "=" && ch !== "/" && ch !== ">";

/**
 * The `name="value"` (or `'value'`) attributes between `start` and `end`, read in one pass: a regular expression
 * retried at every position would take quadratic time on a long name that is never followed by `=`.
 */
function attributesOf(text: string, start: number, end: number, errors: PendingError[]): XmlAttribute[] {
  const attributes: XmlAttribute[] = [];
  let at = start;
  while (at < end) {
    while (at < end && !isNameChar(text[at])) at++;
    const nameStart = at;
    while (at < end && isNameChar(text[at])) at++;
    if (at === nameStart) break;
    let next = at;
    while (next < end && isSpace(text[next])) next++;
    if (text[next] !== "=") continue;
    next++;
    while (next < end && isSpace(text[next])) next++;
    const quote = text[next];
    if (quote !== '"' && quote !== "'") continue;
    const close = text.indexOf(quote, next + 1);
    if (close === -1 || close >= end) break;
    const valueStart = next + 1;
    attributes.push({
      name: text.slice(nameStart, at),
      value: decodeText(text.slice(valueStart, close), valueStart, errors),
      range: [nameStart, close + 1],
      valueRange: [valueStart, close],
    });
    at = close + 1;
  }
  return attributes;
}

/** Builds the element tree of well-formed XML (checked by the validator first) in one pass. */
function elementsOf(text: string, errors: PendingError[]): XmlElement | null {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  for (let at = text.indexOf("<"); at !== -1; at = text.indexOf("<", at)) {
    if (text.startsWith("<!--", at)) at = text.indexOf("-->", at + 4) + 3;
    else if (text.startsWith("<![CDATA[", at)) at = text.indexOf("]]>", at + 9) + 3;
    else if (text.startsWith("<?", at)) at = text.indexOf("?>", at + 2) + 2;
    else if (text.startsWith("<!", at)) at = endOfTag(text, at);
    else if (text[at + 1] === "/") {
      at = endOfTag(text, at);
      const element = stack.pop();
      if (element) element.range[1] = at;
    } else {
      const end = endOfTag(text, at);
      const name = /^<([^\s/>]+)/u.exec(text.slice(at, end))?.[1] ?? "";
      const element: XmlElement = { name, range: [at, end], attributes: attributesOf(text, at + 1 + name.length, end, errors), children: [] };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else root ??= element;
      if (text[end - 2] !== "/") stack.push(element);
      at = end;
    }
  }
  return root;
}

/**
 * Parses an XML document that is not a property list (a Cordova config.xml) into its elements and attributes, with
 * exact positions. As for plists, well-formedness is checked by fast-xml-parser's validator, entities other than
 * XML's five are never expanded, nothing external is loaded and a DOCTYPE with an internal subset is refused. Never
 * throws.
 */
export function parseXmlElements(text: string): XmlParseResult {
  const lines = new LineIndex(text);
  const markup = scanMarkup(text);
  const comments: Comment[] = markup.comments.map(({ range, value }) => ({ type: "Comment", value, range, loc: lines.locationOf(range) }));
  const pending: PendingError[] = [];
  let root: XmlElement | null = null;
  if (markup.internalSubsetAt !== null) {
    pending.push({ message: "A DOCTYPE with an internal subset is not allowed (entities are never expanded).", offset: markup.internalSubsetAt });
  } else {
    const validation = XMLValidator.validate(text);
    if (validation === true) root = elementsOf(text, pending);
    else pending.push({ message: validation.err.msg, offset: validatorOffset(text, validation.err.line, validation.err.col) });
  }
  const errors = located(pending, lines);
  return { root: errors.length > 0 ? null : root, comments, errors, lines };
}

/**
 * The plist values written as the children of an element of `text` (which parseXmlElements has accepted), as the
 * parser's nodes at their positions in `text`: a Cordova `<edit-config>` holds the `<dict>` it puts in an Info.plist.
 */
export function plistValuesWithin(
  text: string,
  lines: LineIndex,
  element: XmlElement,
  options?: ParseOptions,
): { values: Value[]; errors: ParseError[] } {
  const builder = new TreeBuilder(text, lines, options?.maxDepth ?? Number.POSITIVE_INFINITY);
  const values = builder.valuesWithin(element.range[0]);
  return { values, errors: located(builder.errors, lines) };
}
