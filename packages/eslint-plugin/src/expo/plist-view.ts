import type { Dict, Document, Entry, Key, Range, SourceLocation, Value } from "@plistlint/parser";
import type { PlistEdits } from "../fix/edits.js";

/** A value as a front-end reads it from JSON or JavaScript, before it becomes a plist node. */
export type HostValue =
  | { kind: "object"; range: Range; loc: SourceLocation; members: HostMember[] }
  | { kind: "array"; range: Range; loc: SourceLocation; items: HostValue[] }
  | { kind: "string"; range: Range; loc: SourceLocation; value: string }
  | { kind: "boolean"; range: Range; loc: SourceLocation; value: boolean }
  | { kind: "number"; range: Range; loc: SourceLocation; value: number }
  /** Anything not written out in the file: a variable, a call, a spread, `process.env.…`. */
  | { kind: "dynamic" };

export interface HostMember {
  name: string;
  keyRange: Range;
  keyLoc: SourceLocation;
  /** Where the name's characters are (inside the quotes, if any). */
  nameRange: Range;
  range: Range;
  loc: SourceLocation;
  value: HostValue;
}

/** The ranges of all of an object's members (spreads and unknown ones included), for edits. */
export const HOST_MEMBERS = Symbol("hostMembers");

function withParent<T extends object>(node: T, parent: object | null): T {
  Object.defineProperty(node, "parent", { value: parent, enumerable: false, writable: true, configurable: true });
  return node;
}

/**
 * The plist value for a host value, or undefined when it is not fully written out in the file. An object or array
 * with anything dynamic in it is left out whole (its entry disappears from the parent), so that the rules never
 * judge a dict whose real content is unknown: spreads, variables and calls can never cause a false positive. The
 * dict that holds it keeps its other entries (edits still see every member, through HOST_MEMBERS).
 */
function toValue(host: HostValue, text: string, isRoot = false): Value | undefined {
  switch (host.kind) {
    case "dynamic":
      return undefined;
    case "string":
      return { type: "String", value: host.value, raw: text.slice(host.range[0], host.range[1]), contentRange: [host.range[0] + 1, host.range[1] - 1], range: host.range, loc: host.loc } as Value;
    case "boolean":
      return { type: "Boolean", value: host.value, range: host.range, loc: host.loc } as Value;
    case "number": {
      const raw = text.slice(host.range[0], host.range[1]);
      return { type: Number.isInteger(host.value) && !/[.eE]/u.test(raw) ? "Integer" : "Real", value: host.value, raw, contentRange: host.range, range: host.range, loc: host.loc } as Value;
    }
    case "array": {
      const items = host.items.map((item) => toValue(item, text));
      if (items.some((item) => item === undefined)) return undefined;
      const array = { type: "Array", items: items as Value[], range: host.range, loc: host.loc, contentRange: [host.range[0] + 1, host.range[1] - 1] } as Value & { items: Value[] };
      for (const item of array.items) withParent(item, array);
      return array;
    }
    case "object": {
      const dict: Dict = { type: "Dict", entries: [], range: host.range, loc: host.loc, contentRange: [host.range[0] + 1, host.range[1] - 1] } as unknown as Dict;
      // Edits work on every member the object really has, known to the rules or not.
      Object.defineProperty(dict, HOST_MEMBERS, { value: host.members.map((member) => member.range), enumerable: false });
      for (const member of host.members) {
        const value = toValue(member.value, text);
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
        const key = withParent({ type: "Key", value: member.name, raw: text.slice(member.nameRange[0], member.nameRange[1]), contentRange: member.nameRange, range: member.keyRange, loc: member.keyLoc } as Key, null);
        const entry = withParent({ type: "Entry", key, value, range: member.range, loc: member.loc } as Entry, dict);
        withParent(key, entry);
        withParent(value, entry);
        dict.entries.push(entry);
      }
      return dict;
    }
  }
}

/** A plist Document whose value is the `infoPlist` object; null when it is absent or not written out. */
export function plistDocument(infoPlist: HostValue | undefined, text: string, loc: SourceLocation): Document {
  const value = infoPlist?.kind === "object" ? toValue(infoPlist, text, true) : undefined;
  const document = withParent({ type: "Document", value: value ?? null, range: [0, text.length], loc } as Document, null);
  if (value) withParent(value, document);
  return document;
}

/**
 * What a plist rule sees of an Expo config: the `infoPlist` object as a plist AST (ranges and locations in the
 * config's own text), that syntax's edits, and the host file's comments and lines.
 */
export interface PlistView {
  ast: Document;
  text: string;
  lines: string[];
  comments: unknown[];
  edits: PlistEdits;
  getText(node?: { range: Range }): string;
  getInlineConfigNodes(): unknown[];
}
