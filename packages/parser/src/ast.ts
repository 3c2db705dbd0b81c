/** A 1-based line and a 0-based column, counted in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

/** Start and end offsets (UTF-16 code units) into the parsed text; the end is exclusive. */
export type Range = [number, number];

interface NodeBase {
  range: Range;
  loc: SourceLocation;
  /** Non-enumerable, so that ASTs can be serialised and deep-compared without cycles. */
  readonly parent: ParentNode | null;
}

/** The whole text; `value` is the single value inside `<plist>`, or null when there is none. */
export interface Document extends NodeBase {
  type: "Document";
  value: Value | null;
}

interface ContainerBase extends NodeBase {
  /** Between `<dict>` and `</dict>` (or the array's tags); null for a self-closing `<dict/>`. */
  contentRange: Range | null;
}

export interface Dict extends ContainerBase {
  type: "Dict";
  entries: Entry[];
}

/** A `<key>` and the value that follows it, from the start of `<key>` to the end of the value. */
export interface Entry extends NodeBase {
  type: "Entry";
  key: Key;
  value: Value;
}

interface TextNodeBase extends NodeBase {
  /** The source text between the start and end tags, before any decoding. */
  raw: string;
  /** Where `raw` lies in the text; empty (start = end) for `<string/>`. */
  contentRange: Range;
}

export interface Key extends TextNodeBase {
  type: "Key";
  /** The text with entities and character references decoded, CDATA unwrapped and comments dropped. */
  value: string;
}

export interface ArrayNode extends ContainerBase {
  type: "Array";
  items: Value[];
}

export interface StringNode extends TextNodeBase {
  type: "String";
  value: string;
}

export interface IntegerNode extends TextNodeBase {
  type: "Integer";
  /** Null when the text is not a decimal or `0x` hexadecimal integer. */
  value: number | null;
}

export interface RealNode extends TextNodeBase {
  type: "Real";
  value: number | null;
}

export interface BooleanNode extends NodeBase {
  type: "Boolean";
  value: boolean;
}

export interface DateNode extends TextNodeBase {
  type: "Date";
  value: string;
}

export interface DataNode extends TextNodeBase {
  type: "Data";
  /** The base64 text with white space removed. */
  value: string;
}

export interface Comment {
  type: "Comment";
  /** The text between `<!--` and `-->`. */
  value: string;
  range: Range;
  loc: SourceLocation;
}

export type Value = Dict | ArrayNode | StringNode | IntegerNode | RealNode | BooleanNode | DateNode | DataNode;
export type ParentNode = Document | Dict | Entry | ArrayNode;
export type Node = Document | Entry | Key | Value;
export type NodeType = Node["type"];

/** Which properties of each node type hold child nodes, in source order. */
export const visitorKeys: Readonly<Record<NodeType, readonly string[]>> = {
  Document: ["value"],
  Dict: ["entries"],
  Entry: ["key", "value"],
  Key: [],
  Array: ["items"],
  String: [],
  Integer: [],
  Real: [],
  Boolean: [],
  Date: [],
  Data: [],
};

/** The direct children of a node, in source order. */
export function childrenOf(node: Node): readonly Node[] {
  switch (node.type) {
    case "Document":
      return node.value ? [node.value] : [];
    case "Dict":
      return node.entries;
    case "Entry":
      return [node.key, node.value];
    case "Array":
      return node.items;
    default:
      return [];
  }
}

/** The content ranges of every text node (key, string, number, date, data) in `node`, in document order. */
export function textContentRanges(node: Node): Range[] {
  const ranges: Range[] = [];
  const stack: Node[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if ("raw" in current) ranges.push(current.contentRange);
    else stack.push(...[...childrenOf(current)].reverse());
  }
  return ranges;
}
