import {
  BooleanValueNode,
  DictNode,
  type Document,
  DocumentNode,
  type Entry,
  EntryNode,
  KeyNode,
  type LineIndex,
  type Node,
  type ParseError,
  type Range,
  TextValueNode,
  type Value,
  type XmlElement,
  plistValuesWithin,
} from "@plistlint/parser";
import { type AllowlistAts, type AtsSetting, type SettingSource, allowlistAts } from "./allowlist-ats.js";
import { cordovaConfig } from "./config-xml.js";
import { MAX_DEPTH } from "../language/max-depth.js";
import { NO_PARENT, adopt } from "../hosts/plist-view.js";

/**
 * Where the nodes of a Cordova app's Info.plist come from: nodes cordova-ios derives from `<access>` and
 * `<allow-navigation>` (no text of config.xml is theirs to edit as plist XML), and among them the settings an
 * attribute states. Every other node is plist XML an `<edit-config>` holds.
 */
export interface CordovaOrigins {
  derived: WeakSet<Node>;
  attributes: WeakMap<Node, SettingSource>;
}

function span(...ranges: Range[]): Range {
  return [Math.min(...ranges.map((range) => range[0])), Math.max(...ranges.map((range) => range[1]))];
}

/** Builds the nodes of the Info.plist cordova-ios writes, at the positions in config.xml that say each part. */
class CordovaPlistBuilder {
  readonly origins: CordovaOrigins = { derived: new WeakSet(), attributes: new WeakMap() };
  readonly #text: string;
  readonly #lines: LineIndex;

  constructor(text: string, lines: LineIndex) {
    this.#text = text;
    this.#lines = lines;
  }

  #derived<T extends Node>(node: T): T {
    this.origins.derived.add(node);
    return node;
  }

  /** A key spelled by an attribute's value (a host name, an Info.plist key), or named by a setting's source. */
  key(name: string, range: Range, contentRange: Range): KeyNode {
    return this.#derived(new KeyNode(this.#text.slice(contentRange[0], contentRange[1]), name, range, contentRange, this.#lines));
  }

  entry(key: KeyNode, value: Value): EntryNode {
    const entry = new EntryNode(NO_PARENT, key, span(key.range, value.range), this.#lines);
    entry.value = value;
    adopt(key, entry);
    adopt(value, entry);
    return this.#derived(entry);
  }

  dict(entries: Entry[], range: Range): DictNode {
    const dict = this.#derived(new DictNode(NO_PARENT, range, this.#lines));
    dict.entries = entries;
    for (const entry of entries) adopt(entry, dict);
    return dict;
  }

  /**
   * A setting as an entry: the attribute (or the part of a URL) that says it is both its key and its value. Only an
   * attribute that states a setting is the setting's to edit.
   */
  setting({ key, value, source }: AtsSetting): EntryNode {
    const where = source.url?.part ?? source.attribute.range;
    const valueRange = source.url?.part ?? source.attribute.valueRange;
    const node =
      typeof value === "boolean"
        ? new BooleanValueNode(NO_PARENT, value, valueRange, this.#lines)
        : (new TextValueNode(NO_PARENT, "String", this.#text.slice(valueRange[0], valueRange[1]), value, valueRange, valueRange, this.#lines) as Value);
    const entry = this.entry(this.key(key, where, valueRange), this.#derived(node));
    if (!source.url) {
      this.origins.attributes.set(entry, source);
      this.origins.attributes.set(node, source);
    }
    return entry;
  }

  /** The NSAppTransportSecurity dict cordova-ios derives from the allowlist. */
  allowlistDict(ats: AllowlistAts): DictNode {
    const global = ats.global.map((setting) => this.setting(setting));
    const domainEntries = ats.domains.map((domain) => {
      const { origin } = domain;
      const settings = domain.settings.map((setting) => this.setting(setting));
      const dict = this.dict(settings, span(...domain.elements.map((element) => element.range)));
      return this.entry(this.key(domain.host, origin.range, origin.valueRange), dict);
    });
    const entries = [...global];
    if (domainEntries.length > 0) {
      const first = ats.domains[0]!.origin;
      const map = this.dict(domainEntries, span(...domainEntries.map((entry) => entry.range)));
      const domains = this.entry(this.key("NSExceptionDomains", first.range, first.valueRange), map);
      if (ats.globalFirst) entries.push(domains);
      else entries.unshift(domains);
    }
    return this.dict(entries, span(...entries.map((entry) => entry.range)));
  }

  /**
   * What several writers leave under one key, as cordova-common's graftPLIST does: a dict written onto a dict keeps
   * the keys already there and adds the others; anything else replaces what was there.
   */
  graft(existing: Value | undefined, written: Value): Value {
    if (existing?.type !== "Dict" || written.type !== "Dict") return written;
    const present = new Set(existing.entries.map((entry) => entry.key.value));
    const entries = [...existing.entries, ...written.entries.filter((entry) => !present.has(entry.key.value))];
    return this.dict(entries, span(existing.range, written.range));
  }
}

export interface CordovaPlist {
  document: Document;
  origins: CordovaOrigins;
  /** Plist XML in an `<edit-config>` or `<config-file>` that is not well-formed: cordova-common would fail on it. */
  errors: ParseError[];
}

/**
 * The Info.plist a Cordova app gets from its config.xml, as a plist AST positioned in config.xml: cordova-ios writes
 * NSAppTransportSecurity from `<access>` and `<allow-navigation>` (or removes it), and then cordova-lib grafts each
 * `<edit-config>` and `<config-file>` aimed at `*-Info.plist` under its key, where what cordova-ios wrote stays.
 * Its document is empty when the root element is no `<widget>` (another tool's config.xml).
 */
export function cordovaPlist(text: string, lines: LineIndex, widget: XmlElement | null): CordovaPlist {
  const document = new DocumentNode([0, text.length], lines);
  const builder = new CordovaPlistBuilder(text, lines);
  const errors: ParseError[] = [];
  if (widget?.name !== "widget") return { document, origins: builder.origins, errors };
  const config = cordovaConfig(widget);
  // Each top-level key: the key node of its first writer, and what the writers leave. A top-level entry is no plist
  // XML of config.xml (its key is an attribute), so it is derived.
  const written = new Map<string, { key: KeyNode; value: Value }>();
  const ats = allowlistAts(config.allowlist);
  if (ats) {
    const first = config.allowlist.find((item) => item.url)!.url!;
    written.set("NSAppTransportSecurity", { key: builder.key("NSAppTransportSecurity", first.range, first.valueRange), value: builder.allowlistDict(ats) });
  }
  for (const { element, key } of config.infoPlistEdits) {
    const read = plistValuesWithin(text, lines, element, { maxDepth: MAX_DEPTH });
    errors.push(...read.errors);
    for (const value of read.values) {
      const before = written.get(key.value);
      written.set(key.value, { key: before?.key ?? builder.key(key.value, key.range, key.valueRange), value: builder.graft(before?.value, value) });
    }
  }
  const entries = [...written.values()].map(({ key, value }) => builder.entry(key, value));
  const root = builder.dict(entries, widget.range);
  document.value = root;
  adopt(root, document);
  return { document, origins: builder.origins, errors };
}
