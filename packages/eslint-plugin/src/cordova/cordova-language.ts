import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { type Comment, type Document, type LineIndex, type Node, parseXmlElements } from "@plistlint/parser";
import { plistLanguage, textOf } from "../language/plist-language.js";
import { PlistSourceCode } from "../language/plist-source-code.js";
import { CordovaEdits } from "./cordova-edits.js";
import { type CordovaOrigins, cordovaPlist } from "./cordova-plist.js";

type CordovaParseResult = OkParseResult<Document> & { comments: Comment[]; lines: LineIndex; origins: CordovaOrigins };

/** What explain and the editors call the plist a config.xml makes. */
const CORDOVA_LABEL = "the Info.plist cordova-ios writes";

/**
 * The `plist/cordova` language: a Cordova config.xml read as the Info.plist cordova-ios makes of it (its `<access>`,
 * `<allow-navigation>`, `<edit-config>` and `<config-file>`), so that the plist rules judge it at config.xml's own
 * positions. XML comments in config.xml are ESLint directives and `Justification:` comments, as in an Info.plist.
 */
export const cordovaLanguage: Language<{
  LangOptions: Record<string, never>;
  Code: PlistSourceCode;
  RootNode: Document;
  Node: Node;
}> = {
  ...plistLanguage,

  validateLanguageOptions(languageOptions: Record<string, unknown>): void {
    const unknown = Object.keys(languageOptions);
    if (unknown.length > 0) throw new Error(`plist/cordova has no language options (got: ${unknown.join(", ")}).`);
  },

  /** Never throws: XML that is not well-formed, and plist XML that cordova-common could not read, are parse errors. */
  parse(file: File): ParseResult<Document> {
    const text = textOf(file);
    const xml = parseXmlElements(text);
    const plist = cordovaPlist(text, xml.lines, xml.root);
    const errors = [...xml.errors, ...plist.errors];
    if (errors.length > 0) return { ok: false, errors: errors.map(({ message, line, column }) => ({ message, line, column: column + 1 })) };
    return { ok: true, ast: plist.document, comments: xml.comments, lines: xml.lines, origins: plist.origins } satisfies CordovaParseResult;
  },

  createSourceCode(file: File, result: OkParseResult<Document>): PlistSourceCode {
    const text = textOf(file);
    const { comments, lines, origins } = result as CordovaParseResult;
    return new PlistSourceCode({ text, ast: result.ast, comments, lines, edits: new CordovaEdits(text, lines, origins), label: CORDOVA_LABEL });
  },
};
