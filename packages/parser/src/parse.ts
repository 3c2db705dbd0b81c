import { XMLParser, XMLValidator } from "fast-xml-parser";
import type {
  ArrayNode,
  Comment,
  Dict,
  Document,
  Entry,
  Key,
  ParentNode,
  Range,
  Value,
} from "./ast.js";
import { decodeText } from "./decode.js";
import type { ParseError, PendingError } from "./errors.js";
import { LineIndex } from "./line-index.js";
import { endOfTag, scanMarkup } from "./markup.js";
import { preflight } from "./preflight.js";

export interface ParseResult {
  /** Always present; `value` is null when the text holds no usable root value. */
  ast: Document;
  comments: Comment[];
  /** Empty when the text is a well-formed XML property list. */
  errors: ParseError[];
}

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** One entry of fast-xml-parser's `preserveOrder` output; element entries carry their source range under META. */
type XmlItem = Record<string | symbol, unknown>;
type XmlMeta = { startIndex: number; endIndex: number } | undefined;

const xmlParser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: "#comment",
  cdataPropName: "#cdata",
  // A string jPath is rebuilt for every tag, which is quadratic in nesting depth.
  jPath: false,
  maxNestedTags: Number.MAX_SAFE_INTEGER,
});

const LEAF_TYPES = {
  string: "String",
  integer: "Integer",
  real: "Real",
  date: "Date",
  data: "Data",
} as const;

/** C preprocessor lines, which Xcode's Info.plist preprocessing (INFOPLIST_PREPROCESS) allows. */
const PREPROCESSOR_DIRECTIVE = /^#\s*(?:if|ifdef|ifndef|elif|else|endif|include|import|define|undef|error|warning|pragma)\b/u;

const VALUE_ELEMENTS = new Set(["dict", "array", "true", "false", ...Object.keys(LEAF_TYPES)]);

interface Element {
  name: string;
  range: Range;
  /** Between the start and end tags; null for a self-closing element. */
  content: Range | null;
  children: XmlItem[];
}

function tagNameOf(item: XmlItem): string {
  for (const name in item) if (name !== ":@") return name;
  return "";
}

function elementOf(text: string, item: XmlItem): Element | null {
  const meta = item[META] as XmlMeta;
  if (!meta) return null;
  const name = tagNameOf(item);
  const range: Range = [meta.startIndex, meta.endIndex];
  const selfClosing = text[range[1] - 2] === "/";
  const content: Range | null = selfClosing
    ? null
    : [endOfTag(text, range[0]), text.lastIndexOf("</", range[1] - 1)];
  return { name, range, content, children: (item[name] as XmlItem[] | undefined) ?? [] };
}

function setParent<T extends object>(node: T, parent: ParentNode | null): T {
  Object.defineProperty(node, "parent", { value: parent, enumerable: false, writable: true, configurable: true });
  return node;
}

/** Converts the validator's 1-based line/column (it counts LF and CRLF, not lone CR) to an offset. */
function validatorOffset(text: string, line: number, col: number | undefined): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, (col ?? 1) - 1));
}

class TreeBuilder {
  readonly errors: PendingError[] = [];
  readonly #text: string;
  readonly #lines: LineIndex;
  /** Containers whose children are still to be read; an explicit stack keeps deep nesting off the call stack. */
  readonly #pending: { node: Dict | ArrayNode; element: Element }[] = [];

  constructor(text: string, lines: LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  build(items: XmlItem[], document: Document): void {
    const roots = items.map((item) => elementOf(this.#text, item)).filter((e): e is Element => e !== null);
    const root = roots[0];
    if (!root) {
      this.#error("Expected a <plist> element.", 0);
      return;
    }
    if (root.name !== "plist") {
      this.#error(`The root element must be <plist>, not <${root.name}>.`, root.range[0]);
      return;
    }
    const values = this.#childElements(root, "<plist>");
    if (values.length === 0) {
      this.#error("<plist> contains no value: expected exactly one.", root.range[0]);
    }
    for (const extra of values.slice(1)) {
      this.#error("More than one root value: <plist> holds exactly one.", extra.range[0]);
    }
    const first = values[0];
    document.value = first ? this.#value(first, document) : null;
    for (let job = this.#pending.pop(); job; job = this.#pending.pop()) {
      if (job.node.type === "Dict") this.#fillDict(job.node, job.element);
      else this.#fillArray(job.node, job.element);
    }
  }

  #error(message: string, offset: number): void {
    this.errors.push({ message, offset });
  }

  #located<T extends { range: Range }>(node: T): T & { loc: ReturnType<LineIndex["locationOf"]> } {
    return Object.assign(node, { loc: this.#lines.locationOf(node.range) });
  }

  /** The element children of a container; text other than white space and comments between them is an error. */
  #childElements(container: Element, where: string): Element[] {
    const elements: Element[] = [];
    if (!container.content) return elements;
    let cursor = container.content[0];
    for (const item of container.children) {
      const element = elementOf(this.#text, item);
      if (!element) continue;
      this.#checkGap(cursor, element.range[0], where);
      elements.push(element);
      cursor = element.range[1];
    }
    this.#checkGap(cursor, container.content[1], where);
    return elements;
  }

  #checkGap(from: number, to: number, where: string): void {
    const text = this.#text;
    let i = from;
    while (i < to) {
      const code = text.charCodeAt(i);
      // Indentation is most of a large plist's gaps: the four XML white-space characters first, without a regex.
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
        i += 1;
      } else if (text.startsWith("<!--", i)) {
        i = skipPast(text, "-->", i + 4, to);
      } else if (text.startsWith("<?", i)) {
        i = skipPast(text, "?>", i + 2, to);
      } else if (/\s/u.test(text[i]!)) {
        i += 1;
      } else {
        const directive = PREPROCESSOR_DIRECTIVE.exec(text.slice(i, Math.min(to, i + 40)))?.[0];
        this.#error(
          directive
            ? `Preprocessor directive '${directive}': this Info.plist is preprocessed by Xcode (INFOPLIST_PREPROCESS); lint the preprocessed output instead.`
            : `Text is not allowed directly inside ${where}: only elements and comments.`,
          i,
        );
        return;
      }
    }
  }

  #value(element: Element, parent: ParentNode): Value | null {
    const { name, range } = element;
    switch (name) {
      case "dict":
      case "array": {
        const contentRange = element.content;
        const node =
          name === "dict"
            ? this.#located<Dict>({ type: "Dict", entries: [], range, contentRange } as unknown as Dict)
            : this.#located<ArrayNode>({ type: "Array", items: [], range, contentRange } as unknown as ArrayNode);
        this.#pending.push({ node, element });
        return setParent(node, parent);
      }
      case "true":
      case "false":
        this.#leafText(element);
        return setParent(this.#located({ type: "Boolean", value: name === "true", range }) as Value, parent);
      case "string":
      case "integer":
      case "real":
      case "date":
      case "data": {
        const { raw, contentRange, value } = this.#leafText(element);
        const type = LEAF_TYPES[name];
        const node = { type, raw, value: typedValue(type, value, raw), range, contentRange };
        return setParent(this.#located(node) as unknown as Value, parent);
      }
      case "key":
        this.#error("<key> is only allowed inside <dict>.", range[0]);
        return null;
      case "plist":
        this.#error("<plist> is only allowed as the root element.", range[0]);
        return null;
      default:
        this.#error(`Unknown element <${name}>: not a property-list type.`, range[0]);
        return null;
    }
  }

  #leafText(element: Element): { raw: string; contentRange: Range; value: string } {
    const contentRange: Range = element.content ?? [element.range[1] - 2, element.range[1] - 2];
    for (const item of element.children) {
      const child = elementOf(this.#text, item);
      if (child) this.#error(`<${element.name}> may only contain text, not <${child.name}>.`, child.range[0]);
    }
    const raw = this.#text.slice(contentRange[0], contentRange[1]);
    const value = decodeText(raw, contentRange[0], this.errors);
    if ((element.name === "true" || element.name === "false") && value.trim() !== "") {
      this.#error(`<${element.name}> must be empty.`, contentRange[0]);
    }
    return { raw, contentRange, value };
  }

  #fillDict(dict: Dict, element: Element): void {
    let pendingKey: Key | null = null;
    for (const child of this.#childElements(element, "<dict>")) {
      if (child.name === "key") {
        if (pendingKey) this.#error(`Key '${pendingKey.value}' has no value.`, pendingKey.range[0]);
        const { raw, contentRange, value } = this.#leafText(child);
        pendingKey = this.#located({ type: "Key", raw, value, range: child.range, contentRange }) as Key;
        continue;
      }
      if (!VALUE_ELEMENTS.has(child.name)) {
        this.#value(child, dict);
        pendingKey = null;
        continue;
      }
      if (!pendingKey) {
        this.#error(`<${child.name}> has no <key>: every value in a <dict> follows a key.`, child.range[0]);
        continue;
      }
      const key = pendingKey;
      pendingKey = null;
      const entry = this.#located({ type: "Entry", key, range: [key.range[0], child.range[1]] } as unknown as Entry);
      const value = this.#value(child, entry);
      if (!value) continue;
      entry.value = value;
      setParent(key, entry);
      dict.entries.push(setParent(entry, dict));
    }
    if (pendingKey) this.#error(`Key '${pendingKey.value}' has no value.`, pendingKey.range[0]);
  }

  #fillArray(array: ArrayNode, element: Element): void {
    for (const child of this.#childElements(element, "<array>")) {
      const value = this.#value(child, array);
      if (value) array.items.push(value);
    }
  }
}

function skipPast(text: string, terminator: string, from: number, limit: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? limit : end + terminator.length;
}

function typedValue(type: (typeof LEAF_TYPES)[keyof typeof LEAF_TYPES], text: string, raw: string): unknown {
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
 * Parses an XML property list into a positioned AST. Never throws: problems come back in `errors`, each with an
 * exact position. Entities other than the five predefined ones are never expanded and nothing external is loaded;
 * a DOCTYPE with an internal subset is refused before any XML parsing.
 */
export function parse(text: string): ParseResult {
  const lines = new LineIndex(text);
  const document = setParent(
    { type: "Document", value: null, range: [0, text.length], loc: lines.locationOf([0, text.length]) } as Document,
    null,
  );
  const finish = (pending: PendingError[], comments: Comment[] = []): ParseResult => ({
    ast: document,
    comments,
    errors: pending
      .sort((a, b) => a.offset - b.offset)
      .map(({ message, offset }) => ({ message, offset, ...lines.positionAt(offset) })),
  });

  const notAPlist = preflight(text);
  if (notAPlist) return finish([notAPlist]);

  const markup = scanMarkup(text);
  const comments = markup.comments.map(({ range, value }) => ({
    type: "Comment" as const,
    value,
    range,
    loc: lines.locationOf(range),
  }));
  if (markup.internalSubsetAt !== null) {
    return finish(
      [
        {
          message:
            "A DOCTYPE with an internal subset is not allowed in a property list (entities are never expanded).",
          offset: markup.internalSubsetAt,
        },
      ],
      comments,
    );
  }

  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const unclosed = /^Invalid '\[(.*)\]' found\.$/u.exec(msg);
    if (unclosed) {
      const tags = unclosed[1]!.split(",").map((tag) => `<${tag.trim().replace(/^"|"$/gu, "")}>`);
      return finish([{ message: `The file ends before ${tags.join(", ")} ${tags.length > 1 ? "are" : "is"} closed.`, offset: text.length }], comments);
    }
    // The validator's own line numbers ignore lone CRs: restate the position it quotes in ours.
    const message = msg.replace(/\(opened in line (\d+), col (\d+)\)/u, (_quoted, openLine: string, openCol: string) => {
      const opened = lines.positionAt(validatorOffset(text, Number(openLine), Number(openCol)));
      return `(opened on line ${opened.line}, column ${opened.column + 1})`;
    });
    return finish([{ message, offset: validatorOffset(text, line, col) }], comments);
  }

  let items: XmlItem[];
  try {
    items = xmlParser.parse(text) as XmlItem[];
  } catch (error) {
    return finish([{ message: `Malformed XML: ${(error as Error).message}`, offset: 0 }], comments);
  }
  const builder = new TreeBuilder(text, lines);
  builder.build(items, document);
  return finish(builder.errors, comments);
}
