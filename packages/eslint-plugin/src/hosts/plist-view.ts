import {
  ArrayValueNode,
  BooleanValueNode,
  type Dict,
  DictNode,
  type Document,
  DocumentNode,
  type Entry,
  EntryNode,
  KeyNode,
  LineIndex,
  type Node,
  type Position,
  type ParentNode,
  type Range,
  type SourceLocation,
  TextValueNode,
  type Value,
} from "@plistlint/parser";
import type { TraversalStep } from "@eslint/core";
import type { PlistEdits } from "../fix/edits.js";
import type { PlistSource, PlistSyntax, SourceComment } from "../language/plist-source.js";
import { IndexedPositions } from "../language/positions.js";
import { traversal } from "../language/traversal.js";
import { Memo } from "../memo.js";

/** A value as a front-end reads it from JSON or JavaScript, before it becomes a plist node. */
export type HostValue =
  | { kind: "object"; range: Range; members: HostMember[] }
  | { kind: "array"; range: Range; items: HostValue[] }
  /** `contentRange`: where the characters are, when not just inside one quote at each end (YAML's plain scalars). */
  | { kind: "string"; range: Range; value: string; contentRange?: Range }
  | { kind: "boolean"; range: Range; value: boolean }
  | { kind: "number"; range: Range; value: number }
  /** Anything not written out in the file: a variable, a call, a spread, `process.env.…`. */
  | { kind: "dynamic" };

export interface HostMember {
  name: string;
  keyRange: Range;
  /** Where the name's characters are (inside the quotes, if any). */
  nameRange: Range;
  range: Range;
  value: HostValue;
}

/** The ranges of all of an object's members (spreads and unknown ones included), for edits. */
const hostMembers = new Memo<Dict, Range[]>();

/** Every member the object really has in the file, or undefined for a dict that was not read from a host object. */
export function hostMembersOf(dict: Dict): Range[] | undefined {
  return hostMembers.get(dict);
}

/**
 * What host edits remove for `entries`, so that nothing the rules cannot see is ever deleted: a rule that removes an
 * entry whose dict would be left empty removes the dict's own entry instead, and when that dict has members the rules
 * cannot see (spreads, aliases, dynamic values), only its known entries go.
 */
export function withoutHiddenLosses(entries: Entry[]): Entry[] {
  return entries.flatMap((entry) =>
    entry.value.type === "Dict" && (hostMembersOf(entry.value)?.length ?? 0) > entry.value.entries.length ? withoutHiddenLosses(entry.value.entries) : [entry],
  );
}

export const NO_PARENT = null as never;

/** Sets a node's parent once its parent exists: a front-end builds values before the dict or array that holds them. */
export function adopt(child: Node, parent: ParentNode): void {
  (child as { parent: ParentNode | null }).parent = parent;
}

/**
 * The plist value for a host value, or undefined when it is not fully written out in the file. An object or array
 * with anything dynamic in it is left out whole (its entry disappears from the parent), so that the rules never
 * judge a dict whose real content is unknown: spreads, variables and calls can never cause a false positive. The
 * dict that holds it keeps its other entries (edits still see every member, through hostMembersOf).
 */
function toValue(host: HostValue, text: string, lines: LineIndex, isRoot = false): Value | undefined {
  switch (host.kind) {
    case "dynamic":
      return undefined;
    case "string": {
      const [start, end] = host.contentRange ?? [host.range[0] + 1, host.range[1] - 1];
      return new TextValueNode(NO_PARENT, "String", text.slice(start, end), host.value, host.range, [start, end], lines) as Value;
    }
    case "boolean":
      return new BooleanValueNode(NO_PARENT, host.value, host.range, lines);
    case "number": {
      const raw = text.slice(host.range[0], host.range[1]);
      const type = Number.isInteger(host.value) && !/[.eE]/u.test(raw) ? "Integer" : "Real";
      return new TextValueNode(NO_PARENT, type, raw, host.value, host.range, host.range, lines) as Value;
    }
    case "array": {
      const items = host.items.map((item) => toValue(item, text, lines));
      if (items.some((item) => item === undefined)) return undefined;
      const array = new ArrayValueNode(NO_PARENT, host.range, lines);
      array.contentRange = [host.range[0] + 1, host.range[1] - 1];
      array.items = items as Value[];
      for (const item of array.items) adopt(item, array);
      return array;
    }
    case "object": {
      const dict = new DictNode(NO_PARENT, host.range, lines);
      dict.contentRange = [host.range[0] + 1, host.range[1] - 1];
      // Edits work on every member the object really has, known to the rules or not.
      hostMembers.set(dict, host.members.map((member) => member.range));
      for (const member of host.members) {
        const value = toValue(member.value, text, lines);
        if (value === undefined) {
          if (member.value.kind === "dynamic") {
            // An unknown value or key (a variable, call, spread or computed key) makes this dict unknown...
            if (!isRoot) return undefined;
            // ...except the `infoPlist` object itself, as `{ ...config.ios?.infoPlist, NSAppTransportSecurity: … }`:
            // what comes after is what the app gets; what came before may be overridden by it.
            dict.entries = member.name === "" ? [] : dict.entries.filter((entry) => entry.key.value !== member.name);
          }
          // A written-out dict or array that holds something unknown is one unknown entry: its siblings are judged.
          continue;
        }
        const raw = text.slice(member.nameRange[0], member.nameRange[1]);
        const key = new KeyNode(raw, member.name, member.keyRange, member.nameRange, lines);
        const entry = new EntryNode(dict, key, member.range, lines);
        entry.value = value;
        adopt(key, entry);
        adopt(value, entry);
        dict.entries.push(entry);
      }
      return dict;
    }
  }
}

/** A plist Document whose value is the plist object (`infoPlist`, `extendInfo`, …); null when it is not written out. */
export function plistDocument(infoPlist: HostValue | undefined, text: string, lines: LineIndex): Document {
  const document = new DocumentNode([0, text.length], lines);
  const value = infoPlist?.kind === "object" ? toValue(infoPlist, text, lines, true) : undefined;
  if (value) {
    document.value = value;
    adopt(value, document);
  }
  return document;
}

/**
 * A plist read out of another file (an Expo config's `infoPlist` object, an XcodeGen target's `info.properties`), as
 * the rules see any plist: the parser's nodes at the host file's own offsets, that syntax's edits, and the host
 * file's comments and lines.
 */
export class HostPlistSource implements PlistSource {
  readonly ast: Document;
  readonly label: string;
  readonly text: string;
  readonly lines: string[];
  readonly comments: readonly SourceComment[];
  readonly edits: PlistEdits;
  readonly syntax: PlistSyntax;
  readonly #directives: SourceComment[];
  readonly #positions: IndexedPositions;

  constructor(options: {
    ast: Document;
    text: string;
    lines: string[];
    /** The host text's line starts, which the nodes' positions come from. */
    lineIndex: LineIndex;
    comments: readonly SourceComment[];
    directives: SourceComment[];
    edits: PlistEdits;
    syntax: PlistSyntax;
    label: string;
  }) {
    this.ast = options.ast;
    this.label = options.label;
    this.text = options.text;
    this.lines = options.lines;
    this.comments = options.comments;
    this.#directives = options.directives;
    this.edits = options.edits;
    this.syntax = options.syntax;
    this.#positions = new IndexedPositions(options.lineIndex);
  }

  /** As ESLint's, with this view's 0-based columns. */
  getLocFromIndex(index: number): Position {
    return this.#positions.locFromIndex(index);
  }

  getIndexFromLoc(loc: Position): number {
    return this.#positions.indexFromLoc(loc);
  }

  getText(node?: { range: Range }): string {
    return node ? this.text.slice(node.range[0], node.range[1]) : this.text;
  }

  getLoc(node: Node | SourceComment): SourceLocation {
    return node.loc;
  }

  getRange(node: Node | SourceComment): Range {
    return node.range;
  }

  getParent(node: Node): Node | undefined {
    return node.parent ?? undefined;
  }

  getInlineConfigNodes(): SourceComment[] {
    return this.#directives;
  }

  traverse(): Iterable<TraversalStep> {
    return traversal(this.ast);
  }
}
