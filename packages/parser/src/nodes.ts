import type {
  ArrayNode,
  BooleanNode,
  Dict,
  Document,
  Entry,
  Key,
  ParentNode,
  Range,
  SourceLocation,
  Value,
} from "./ast.js";
import type { LineIndex } from "./line-index.js";

/**
 * What every node the parser makes has beyond its own fields: a parent, and a location worked out from its range
 * when first asked for. A large plist has hundreds of thousands of nodes and rules ask for the location of few:
 * computing each up front, and setting each parent with Object.defineProperty, were a measurable part of parsing.
 * Private fields and accessors are not enumerable, so ASTs serialise and deep-compare without cycles.
 */
abstract class ParsedNode {
  #parent: ParentNode | null;
  readonly #lines: LineIndex;
  #loc: SourceLocation | undefined;
  abstract range: Range;

  constructor(parent: ParentNode | null, lines: LineIndex) {
    this.#parent = parent;
    this.#lines = lines;
  }

  get parent(): ParentNode | null {
    return this.#parent;
  }

  set parent(parent: ParentNode | null) {
    this.#parent = parent;
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#lines.locationOf(this.range));
  }
}

/** Not yet known while the element is being read: an entry's value. */
const PENDING = null as never;

export class DocumentNode extends ParsedNode implements Document {
  readonly type = "Document";
  value: Value | null = null;

  constructor(
    public range: Range,
    lines: LineIndex,
  ) {
    super(null, lines);
  }
}

/** A dict or an array: its end, and the content range between its tags, are set when its end tag is read. */
abstract class ContainerNode extends ParsedNode {
  contentRange: Range | null = null;

  constructor(
    parent: ParentNode,
    public range: Range,
    lines: LineIndex,
  ) {
    super(parent, lines);
  }
}

export class DictNode extends ContainerNode implements Dict {
  readonly type = "Dict";
  entries: Entry[] = [];
}

export class ArrayValueNode extends ContainerNode implements ArrayNode {
  readonly type = "Array";
  items: Value[] = [];
}

export class EntryNode extends ParsedNode implements Entry {
  readonly type = "Entry";
  value: Value = PENDING;

  constructor(
    parent: Dict,
    public key: Key,
    public range: Range,
    lines: LineIndex,
  ) {
    super(parent, lines);
  }
}

/** Where a key's or leaf value's text lies, kept as two numbers: most nodes are these, and few are ever edited. */
abstract class TextNode extends ParsedNode {
  readonly #contentStart: number;
  readonly #contentEnd: number;

  constructor(parent: ParentNode | null, contentStart: number, contentEnd: number, lines: LineIndex) {
    super(parent, lines);
    this.#contentStart = contentStart;
    this.#contentEnd = contentEnd;
  }

  get contentRange(): Range {
    return [this.#contentStart, this.#contentEnd];
  }
}

export class KeyNode extends TextNode implements Key {
  readonly type = "Key";

  constructor(
    public raw: string,
    public value: string,
    public range: Range,
    content: Range,
    lines: LineIndex,
  ) {
    super(null, content[0], content[1], lines);
  }
}

type TextValue = Exclude<Value, Dict | ArrayNode | BooleanNode>;

export class TextValueNode<T extends TextValue> extends TextNode {
  constructor(
    parent: ParentNode,
    public type: T["type"],
    public raw: string,
    public value: T["value"],
    public range: Range,
    content: Range,
    lines: LineIndex,
  ) {
    super(parent, content[0], content[1], lines);
  }
}

export class BooleanValueNode extends ParsedNode implements BooleanNode {
  readonly type = "Boolean";

  constructor(
    parent: ParentNode,
    public value: boolean,
    public range: Range,
    lines: LineIndex,
  ) {
    super(parent, lines);
  }
}
