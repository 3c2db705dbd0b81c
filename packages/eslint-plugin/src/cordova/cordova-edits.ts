import type { Dict, Entry, Key, LineIndex, Node, Value } from "@plistlint/parser";
import type { Edits, PlistEdits, ScalarValue, TextEdit } from "../fix/edits.js";
import { XmlEdits } from "../fix/xml-edits.js";
import type { CordovaOrigins } from "./cordova-plist.js";

function escapeAttribute(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/"/gu, "&quot;");
}

/**
 * PlistEdits for a Cordova config.xml. Plist XML in an `<edit-config>` is edited as XML (XmlEdits). What cordova-ios
 * derives from `<access>` and `<allow-navigation>` is edited only where an attribute states the setting: its value
 * replaced, or the attribute removed (cordova-ios then writes the default). An origin's URL (`origin="*"`, an
 * `http:` scheme) says what the app may reach on every platform: no edit of it is offered (null).
 */
export class CordovaEdits implements PlistEdits {
  readonly #text: string;
  readonly #xml: XmlEdits;
  readonly #origins: CordovaOrigins;

  constructor(text: string, lines: LineIndex, origins: CordovaOrigins) {
    this.#text = text;
    this.#xml = new XmlEdits(text, lines);
    this.#origins = origins;
  }

  #isXml(...nodes: Node[]): boolean {
    return nodes.every((node) => !this.#origins.derived.has(node));
  }

  /** An attribute with the white space before it. */
  #attributeRemoval(entry: Entry): TextEdit | null {
    const source = this.#origins.attributes.get(entry);
    if (!source) return null;
    let start = source.attribute.range[0];
    while (start > 0 && /\s/u.test(this.#text[start - 1]!)) start--;
    return { range: [start, source.attribute.range[1]], text: "" };
  }

  removeEntries(entries: Entry[]): Edits {
    if (this.#isXml(...entries)) return this.#xml.removeEntries(entries);
    const removals = entries.map((entry) => this.#attributeRemoval(entry));
    return removals.every((removal) => removal !== null) ? removals : null;
  }

  replaceValue(value: Value, replacement: ScalarValue): Edits {
    if (this.#isXml(value)) return this.#xml.replaceValue(value, replacement);
    const source = this.#origins.attributes.get(value);
    if (!source) return null;
    return [{ range: source.attribute.valueRange, text: escapeAttribute(String(replacement.value)) }];
  }

  renameKey(key: Key, name: string): Edits {
    return this.#isXml(key) ? this.#xml.renameKey(key, name) : null;
  }

  insertEntry(dict: Dict, key: string, value: ScalarValue): Edits {
    return this.#isXml(dict) ? this.#xml.insertEntry(dict, key, value) : null;
  }

  moveEntry(entry: Entry, into: Dict): Edits {
    return this.#isXml(entry, into) ? this.#xml.moveEntry(entry, into) : null;
  }
}
