import type { ArrayNode, Dict, Document, Entry, ParentNode, Range, Value } from "./ast.js";
import { decodeText } from "./decode.js";
import { type PendingError, nestedTooDeep } from "./errors.js";
import type { LineIndex } from "./line-index.js";
import { endOfTag } from "./markup.js";
import { directiveOfLine, type PreprocessorLine } from "./preprocessing.js";
import { ArrayValueNode, BooleanValueNode, DictNode, EntryNode, KeyNode, TextValueNode } from "./nodes.js";

const LEAF_TYPES = {
  string: "String",
  integer: "Integer",
  real: "Real",
  date: "Date",
  data: "Data",
} as const;

type LeafName = keyof typeof LEAF_TYPES;

/** The elements that are values: the leaves, booleans and containers. */
const VALUE_ELEMENTS = new Set(["dict", "array", "true", "false", ...Object.keys(LEAF_TYPES)]);

/** Every element of a property list: valid XML names, which the builder needs not check. */
const PLAIN_NAMES = new Set(["plist", "key", ...VALUE_ELEMENTS]);

/** C preprocessor directives, which Xcode's Info.plist preprocessing (INFOPLIST_PREPROCESS) allows; some are read. */
const PREPROCESSOR_DIRECTIVE = /^#\s*(?:if|ifdef|ifndef|elif|else|endif|include|import|define|undef|error|warning|pragma)\b/u;

/** A DOCTYPE without an internal subset (that is refused before any of this runs), as Apple writes it. */
const DOCTYPE = /<!DOCTYPE\s+[^\s<>"'[]+(?:\s+(?:SYSTEM\s+(?:"[^"]*"|'[^']*')|PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*')))?\s*>/uy;

/** The XML declaration, whose pseudo-attributes the validator does not check. */
const XML_DECLARATION = /<\?xml\s+version\s*=\s*(?:"1\.\d+"|'1\.\d+')(?:\s+encoding\s*=\s*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:\s+standalone\s*=\s*(?:"(?:yes|no)"|'(?:yes|no)'))?\s*\?>/uy;

const SLASH = 0x2f;
const HASH = 0x23;
const GT = 0x3e;

/** An element's start tag, as read from the text. */
interface StartTag {
  name: string;
  start: number;
  /** Just past the start tag's `>`. */
  end: number;
  selfClosing: boolean;
}

/** `<plist>` or a container whose children are being read. */
interface OpenContainer {
  node: Dict | ArrayNode | Document;
  /** The element's name, which its end tag must repeat. */
  name: string;
  /** In a dict: the key read last, still waiting for its value. */
  pendingKey: KeyNode | null;
  /** The entry this container is the value of, whose range ends with it. */
  entry: Entry | null;
  /** Just past the start tag. */
  contentStart: number;
  /** Whether the current run of text between two elements has been reported already. */
  gapReported: boolean;
}

/** Whether `[from, to)` is XML white space only (the validator's four characters, not Unicode's). */
function isXmlSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
  }
  return true;
}

/** A start tag's attributes, as plain as XML writes them: `name="value"` after white space. */
const PLAIN_ATTRIBUTE = /[ \t\r\n]+([A-Za-z_][\w.-]*)[ \t\r\n]*=[ \t\r\n]*(?:"[^"]*"|'[^']*')/uy;

/**
 * Whether a start tag's text after its name (`tagText`, without the `>`) is plain: nothing, or attributes with
 * distinct names, then perhaps white space and `/`.
 */
function isPlainTagRest(tagText: string): boolean {
  const names = new Set<string>();
  let at = 0;
  for (PLAIN_ATTRIBUTE.lastIndex = 0; ; ) {
    const attribute = PLAIN_ATTRIBUTE.exec(tagText);
    if (!attribute) break;
    if (names.has(attribute[1]!)) return false;
    names.add(attribute[1]!);
    at = PLAIN_ATTRIBUTE.lastIndex;
  }
  let end = tagText.length;
  if (tagText.charCodeAt(end - 1) === SLASH) end -= 1;
  return isXmlSpace(tagText, at, end);
}

function skipPast(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? text.length : end + terminator.length;
}

/** Whether a tag name ends before this character: `>`, `/` or white space (the validator allows any, as XML does not). */
function isNameEnd(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === GT || code === SLASH || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) return true;
  return code > 0x7f && /\s/u.test(text[index]!);
}

function typedValue(type: (typeof LEAF_TYPES)[LeafName], text: string, raw: string): string | number | null {
  const trimmed = text.trim();
  switch (type) {
    case "Integer":
      if (/^[+-]?\d+$/u.test(trimmed)) return Number(trimmed);
      if (/^[+-]?0x[0-9a-f]+$/iu.test(trimmed)) return Number.parseInt(trimmed, 16);
      return null;
    case "Real": {
      const number = trimmed === "" ? Number.NaN : Number(trimmed);
      return Number.isNaN(number) ? null : number;
    }
    case "Data":
      return raw.replace(/\s+/gu, "");
    default:
      return text;
  }
}

/**
 * Builds the positioned AST in one pass. What it checks is the property-list grammar: one value in `<plist>`, keys
 * and values alternating in `<dict>`, text only in leaves. Containers are kept on an explicit stack, so that deep
 * nesting cannot overflow the call stack, and positions are looked up in text order.
 *
 * Whether the text is well-formed XML is the XML validator's to say (its messages are the ones users see), but most
 * texts need not go through it: the builder notes whether everything it read lies within a plain subset of XML that
 * the validator always accepts (`provenWellFormed`): balanced, correctly named end tags, attributes only as
 * `name="value"`, references the decoder accepts, closed comments and CDATA sections, no processing instruction
 * after the XML declaration, and only white space and comments around the root element.
 */
export class TreeBuilder {
  readonly errors: PendingError[] = [];
  /** The preprocessor directives on lines of their own between elements (Xcode's INFOPLIST_PREPROCESS). */
  readonly preprocessorLines: PreprocessorLine[] = [];
  readonly #text: string;
  readonly #lines: LineIndex;
  /** Whether `<plist>` has had an element child, usable or not: a second one is an error. */
  #rootValueSeen = false;
  /** Whether all the text read so far lies within the plain subset of XML (see the class's comment). */
  #plain = true;

  readonly #maxDepth: number;

  constructor(text: string, lines: LineIndex, maxDepth: number) {
    this.#text = text;
    this.#lines = lines;
    this.#maxDepth = maxDepth;
  }

  /**
   * True when the text is well-formed XML without asking the validator: the builder reported nothing, set no
   * preprocessor line aside, and read nothing outside the plain subset of XML.
   */
  get provenWellFormed(): boolean {
    return this.#plain && this.errors.length === 0 && this.preprocessorLines.length === 0;
  }

  build(document: Document): void {
    const root = this.#rootTag();
    if (!root) return;
    if (root.name !== "plist") {
      this.#error(`The root element must be <plist>, not <${root.name}>.`, root.start);
      return;
    }
    if (root.selfClosing) {
      this.#error("<plist> contains no value: expected exactly one.", root.start);
      return;
    }
    const end = this.#readContent(document, root);
    if (this.#plain) this.#plain = this.#onlySpaceAndComments(end, this.#text.length);
  }

  /** Whether `[from, to)` holds nothing but XML white space and closed comments. */
  #onlySpaceAndComments(from: number, to: number): boolean {
    const text = this.#text;
    let at = from;
    for (let lt = text.indexOf("<", at); lt !== -1 && lt < to; lt = text.indexOf("<", at)) {
      if (!isXmlSpace(text, at, lt) || !text.startsWith("<!--", lt)) return false;
      const close = text.indexOf("-->", lt + 4);
      if (close === -1) return false;
      at = close + 3;
    }
    return isXmlSpace(text, at, to);
  }

  /**
   * The plist values that are the children of the element whose start tag is at `start`, as if it were `<plist>`
   * holding any number of values (a Cordova `<edit-config>` writes plist XML into an Info.plist): positions are in the
   * whole text. The values' parent is a holder the caller replaces.
   */
  valuesWithin(start: number): Value[] {
    const tag = this.#startTag(start);
    if (tag.selfClosing) return [];
    const holder = new ArrayValueNode(null as never, [start, tag.end], this.#lines);
    this.#readContent(holder, tag);
    return holder.items;
  }

  #error(message: string, offset: number): void {
    this.errors.push({ message, offset });
  }

  /** The first element of the document, past the XML declaration, DOCTYPE and comments; null if there is none. */
  #rootTag(): StartTag | null {
    const text = this.#text;
    // Before the root: a BOM, then white space, comments, the XML declaration (first) and a DOCTYPE.
    let previousEnd = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const firstMarkup = text.indexOf("<");
    for (let at = firstMarkup; at !== -1; previousEnd = at, at = text.indexOf("<", at)) {
      if (this.#plain && !isXmlSpace(text, previousEnd, at)) this.#plain = false;
      if (text.startsWith("<!--", at)) {
        at = this.#pastClosed("-->", at + 4);
      } else if (text.startsWith("<?xml", at) && isNameEnd(text, at + 5)) {
        if (at !== firstMarkup) this.#plain = false;
        XML_DECLARATION.lastIndex = at;
        if (!XML_DECLARATION.test(text)) {
          this.#error(`Malformed XML declaration: expected <?xml version="1.0" encoding="UTF-8"?>.`, at);
          return null;
        }
        at = XML_DECLARATION.lastIndex;
      } else if (text.startsWith("<?", at)) {
        this.#plain = false;
        at = skipPast(text, "?>", at + 2);
      } else if (text.startsWith("<!DOCTYPE", at)) {
        DOCTYPE.lastIndex = at;
        if (!DOCTYPE.test(text)) {
          this.#error(`Malformed DOCTYPE: expected <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "…">.`, at);
          return null;
        }
        // The validator counts angle brackets to find a DOCTYPE's end, even in its quoted strings.
        if (/[<>]/u.test(text.slice(at + 1, DOCTYPE.lastIndex - 1))) this.#plain = false;
        at = DOCTYPE.lastIndex;
      } else if (text.startsWith("<!", at)) {
        this.#plain = false;
        at = endOfTag(text, at);
      } else return this.#startTag(at);
    }
    this.#error("Expected a <plist> element.", 0);
    return null;
  }

  #startTag(start: number): StartTag {
    const text = this.#text;
    let nameEnd = start + 1;
    while (nameEnd < text.length && !isNameEnd(text, nameEnd)) nameEnd += 1;
    const end = endOfTag(text, start);
    const name = text.slice(start + 1, nameEnd);
    // A name the builder knows is a valid XML name; what follows it must be plain attributes.
    if (this.#plain && (!PLAIN_NAMES.has(name) || text.charCodeAt(end - 1) !== GT || (end - 1 > nameEnd && !isPlainTagRest(text.slice(nameEnd, end - 1))))) {
      this.#plain = false;
    }
    return { name, start, end, selfClosing: text.charCodeAt(end - 2) === SLASH };
  }

  /** Reads the end tag at `lt` (`</…>`), noting whether it plainly closes `name`; returns the offset past it. */
  #endTag(lt: number, name: string): number {
    const text = this.#text;
    const end = skipPast(text, ">", lt);
    if (this.#plain && !(text.startsWith(name, lt + 2) && text.charCodeAt(end - 1) === GT && isXmlSpace(text, lt + 2 + name.length, end - 1))) {
      this.#plain = false;
    }
    return end;
  }

  /** Whether the `<` at `at` opens an element, rather than a comment, CDATA section, declaration or instruction. */
  #isStartTag(at: number): boolean {
    const next = this.#text.charCodeAt(at + 1);
    return next !== 0x21 && next !== 0x3f; // ! and ?
  }

  /** Just past the comment, CDATA section, declaration or processing instruction starting at `at`. */
  #pastMarkup(at: number): number {
    const text = this.#text;
    if (text.startsWith("<!--", at)) return this.#pastClosed("-->", at + 4);
    if (text.startsWith("<![CDATA[", at)) return this.#pastClosed("]]>", at + 9);
    this.#plain = false;
    if (text.startsWith("<?", at)) return skipPast(text, "?>", at + 2);
    return endOfTag(text, at);
  }

  /** skipPast, noting that a comment or CDATA section the text never closes is not plain. */
  #pastClosed(terminator: string, from: number): number {
    const end = this.#text.indexOf(terminator, from);
    if (end === -1) {
      this.#plain = false;
      return this.#text.length;
    }
    return end + terminator.length;
  }

  /** Just past the end of the element whose start tag is `tag`, skipping everything inside it. */
  #endOfElement(tag: StartTag): number {
    if (tag.selfClosing) return tag.end;
    const text = this.#text;
    let depth = 1;
    let at = tag.end;
    for (;;) {
      at = text.indexOf("<", at);
      if (at === -1) return text.length;
      const next = text.charCodeAt(at + 1);
      if (next === SLASH) {
        at = skipPast(text, ">", at);
        depth -= 1;
        if (depth === 0) return at;
      } else if (!this.#isStartTag(at)) at = this.#pastMarkup(at);
      else {
        const inner = this.#startTag(at);
        if (!inner.selfClosing) depth += 1;
        at = inner.end;
      }
    }
  }

  /** Reads the children of `root` and of every container inside it; returns the offset past `root`'s end tag. */
  #readContent(node: Document | ArrayNode, root: StartTag): number {
    const text = this.#text;
    const stack: OpenContainer[] = [
      {
        node,
        name: root.name,
        pendingKey: null,
        entry: null,
        contentStart: root.end,
        gapReported: false,
      },
    ];
    let at = root.end;
    while (stack.length > 0) {
      const open = stack[stack.length - 1]!;
      const lt = text.indexOf("<", at);
      if (lt === -1) {
        // The text ends inside an element.
        this.#plain = false;
        return text.length;
      }
      if (!open.gapReported && lt > at) open.gapReported = this.#checkText(at, lt, `<${open.name}>`);
      if (text.charCodeAt(lt + 1) === SLASH) {
        at = this.#endTag(lt, open.name);
        stack.pop();
        this.#close(open, root, lt, at);
      } else if (text.startsWith("<!--", lt)) {
        at = this.#pastClosed("-->", lt + 4);
      } else if (text.startsWith("<?", lt)) {
        this.#plain = false;
        at = skipPast(text, "?>", lt + 2);
      } else if (text.startsWith("<!", lt)) {
        if (!open.gapReported) this.#error(`Text is not allowed directly inside <${open.name}>: only elements and comments.`, lt);
        open.gapReported = true;
        at = text.startsWith("<![CDATA[", lt) ? skipPast(text, "]]>", lt + 9) : endOfTag(text, lt);
      } else {
        open.gapReported = false;
        const tag = this.#startTag(lt);
        at = this.#child(open, tag, stack);
      }
    }
    return at;
  }

  /**
   * Reports the first character of `[from, to)` that is neither white space nor a comment; true if there was one.
   * A preprocessor directive on a line of its own is no error: it is recorded, and the rest of the text checked.
   */
  #checkText(from: number, to: number, where: string): boolean {
    const text = this.#text;
    for (let i = from; i < to; i += 1) {
      const code = text.charCodeAt(i);
      // Indentation is most of a large plist's text: the four XML white-space characters first, without a regex.
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || /\s/u.test(text[i]!)) continue;
      const line = code === HASH ? this.#directiveLine(i, to) : undefined;
      if (line) {
        this.preprocessorLines.push(line);
        i = line.range[1] - 1;
        continue;
      }
      const directive = PREPROCESSOR_DIRECTIVE.exec(text.slice(i, Math.min(to, i + 40)))?.[0];
      let message = `Text is not allowed directly inside ${where}: only elements and comments.`;
      if (directive && directiveOfLine(directive)) {
        message = `Preprocessor directive '${directive}' must be on a line of its own (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS).`;
      } else if (directive) {
        message = `Preprocessor directive '${directive}': plistlint reads only the #if, #include, #define and #undef lines of Xcode's Info.plist preprocessing (INFOPLIST_PREPROCESS); lint the preprocessed output instead.`;
      }
      this.#error(message, i);
      return true;
    }
    return false;
  }

  /** The directive line whose `#` is at `at`, when the line holds nothing else and ends before `to`. */
  #directiveLine(at: number, to: number): PreprocessorLine | undefined {
    const text = this.#text;
    let start = at;
    while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x09)) start -= 1;
    if (start > 0 && text.charCodeAt(start - 1) !== 0x0a && text.charCodeAt(start - 1) !== 0x0d) return undefined;
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end += 1;
    if (end > to) return undefined;
    const written = text.slice(at, end).trim();
    const name = directiveOfLine(written);
    if (!name) return undefined;
    const rest = written.replace(/^#\s*\w+\s*/u, "");
    return { name, text: `#${name}${rest ? ` ${rest}` : ""}`, range: [start, end], line: this.#lines.positionAt(start).line };
  }

  /** Handles one child element of `open`; returns the offset to read on from. */
  #child(open: OpenContainer, tag: StartTag, stack: OpenContainer[]): number {
    const container = open.node;
    if (container.type === "Document") {
      if (this.#rootValueSeen) {
        this.#error("More than one root value: <plist> holds exactly one.", tag.start);
        return this.#endOfElement(tag);
      }
      this.#rootValueSeen = true;
    }
    // The stack holds <plist> and the containers around this one. A key before it is answered: it is not reported.
    if ((tag.name === "dict" || tag.name === "array") && stack.length > this.#maxDepth) {
      this.#error(nestedTooDeep(`<${tag.name}>`, this.#maxDepth), tag.start);
      open.pendingKey = null;
      return this.#endOfElement(tag);
    }
    if (container.type === "Document") return this.#value(tag, container, null, stack);
    if (container.type === "Array") return this.#value(tag, container, null, stack);
    if (tag.name === "key") {
      if (open.pendingKey) this.#error(`Key '${open.pendingKey.value}' has no value.`, open.pendingKey.range[0]);
      const { end, raw, contentRange, value } = this.#leafText(tag);
      const range: Range = [tag.start, end];
      open.pendingKey = new KeyNode(raw, value, range, contentRange, this.#lines);
      return end;
    }
    const key = open.pendingKey;
    open.pendingKey = null;
    if (!VALUE_ELEMENTS.has(tag.name)) return this.#value(tag, container, null, stack);
    if (!key) {
      this.#error(`<${tag.name}> has no <key>: every value in a <dict> follows a key.`, tag.start);
      return this.#endOfElement(tag);
    }
    const entry = new EntryNode(container, key, [key.range[0], key.range[1]], this.#lines);
    key.parent = entry;
    container.entries.push(entry);
    return this.#value(tag, entry, entry, stack);
  }

  /**
   * Reads the value element `tag` as a child of `parent`. A container is opened on `stack` and finished when its
   * end tag is read; a leaf is read whole. `entry`, if given, ends where the value does.
   */
  #value(tag: StartTag, parent: ParentNode, entry: Entry | null, stack: OpenContainer[]): number {
    const { name, start } = tag;
    let node: Value;
    let end: number;
    switch (name) {
      case "dict":
      case "array": {
        const range: Range = [start, tag.end];
        const container = name === "dict" ? new DictNode(parent, range, this.#lines) : new ArrayValueNode(parent, range, this.#lines);
        this.#attach(container, parent);
        if (!tag.selfClosing) {
          // The end of the range and the content range are set by #close, when the end tag is read.
          stack.push({
            node: container,
            name,
            pendingKey: null,
            entry,
            contentStart: tag.end,
            gapReported: false,
          });
          return tag.end;
        }
        node = container;
        end = tag.end;
        break;
      }
      case "true":
      case "false": {
        const leaf = this.#leafText(tag);
        if (leaf.value.trim() !== "") this.#error(`<${name}> must be empty.`, leaf.contentRange[0]);
        end = leaf.end;
        const range: Range = [start, end];
        node = new BooleanValueNode(parent, name === "true", range, this.#lines);
        break;
      }
      case "string":
      case "integer":
      case "real":
      case "date":
      case "data": {
        const { raw, contentRange, value, end: leafEnd } = this.#leafText(tag);
        end = leafEnd;
        const type = LEAF_TYPES[name];
        const range: Range = [start, end];
        node = new TextValueNode(parent, type, raw, typedValue(type, value, raw), range, contentRange, this.#lines) as Value;
        break;
      }
      case "key":
        this.#error("<key> is only allowed inside <dict>.", start);
        return this.#endOfElement(tag);
      case "plist":
        this.#error("<plist> is only allowed as the root element.", start);
        return this.#endOfElement(tag);
      default:
        this.#error(`Unknown element <${name}>: not a property-list type.`, start);
        return this.#endOfElement(tag);
    }
    if (node.type !== "Dict" && node.type !== "Array") this.#attach(node, parent);
    if (entry) this.#endEntry(entry, node);
    return end;
  }

  #attach(value: Value, parent: ParentNode): void {
    if (parent.type === "Entry") parent.value = value;
    else if (parent.type === "Array") parent.items.push(value);
    else if (parent.type === "Document") parent.value = value;
  }

  #endEntry(entry: Entry, value: Value): void {
    entry.range[1] = value.range[1];
  }

  /** Completes the container `open` at its end tag, `[tagStart, end)`. */
  #close(open: OpenContainer, root: StartTag, tagStart: number, end: number): void {
    const node = open.node;
    if (open.pendingKey) this.#error(`Key '${open.pendingKey.value}' has no value.`, open.pendingKey.range[0]);
    if (node.type === "Document") {
      if (!this.#rootValueSeen) this.#error("<plist> contains no value: expected exactly one.", root.start);
      return;
    }
    node.range[1] = end;
    node.contentRange = [open.contentStart, tagStart];
    if (open.entry) this.#endEntry(open.entry, node);
  }

  /** The text of a leaf element; elements inside it are reported and skipped. */
  #leafText(tag: StartTag): { raw: string; contentRange: Range; value: string; end: number } {
    const text = this.#text;
    if (tag.selfClosing) {
      return { raw: "", contentRange: [tag.end - 2, tag.end - 2], value: "", end: tag.end };
    }
    let at = tag.end;
    for (;;) {
      at = text.indexOf("<", at);
      if (at === -1) at = text.length;
      if (at === text.length || text.charCodeAt(at + 1) === SLASH) break;
      if (!this.#isStartTag(at)) at = this.#pastMarkup(at);
      else {
        const inner = this.#startTag(at);
        this.#error(`<${tag.name}> may only contain text, not <${inner.name}>.`, at);
        at = this.#endOfElement(inner);
      }
    }
    const contentRange: Range = [tag.end, at];
    const raw = text.slice(tag.end, at);
    const value = decodeText(raw, tag.end, this.errors);
    if (at === text.length) {
      this.#plain = false;
      return { raw, contentRange, value, end: at };
    }
    return { raw, contentRange, value, end: this.#endTag(at, tag.name) };
  }
}
