import type { File, Language, OkParseResult, ParseResult } from "@eslint/core";
import { type Comment, type Document, type LineIndex, type Node, type Preprocessing, parse, visitorKeys } from "@plistlint/parser";
import { MAX_DEPTH } from "./max-depth.js";
import { PlistSourceCode } from "./plist-source-code.js";

type PlistParseResult = OkParseResult<Document> & { comments: Comment[]; lines: LineIndex; preprocessing?: Preprocessing };


/** ESLint hands text languages a string (BOM already removed); the type also allows bytes. */
export function textOf(file: File): string {
  return typeof file.body === "string" ? file.body : new TextDecoder().decode(file.body);
}

/** The `plist/plist` language: XML property lists on ESLint's custom-language API. */
export const plistLanguage: Language<{
  LangOptions: Record<string, never>;
  Code: PlistSourceCode;
  RootNode: Document;
  Node: Node;
}> = {
  fileType: "text",
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: "type",
  visitorKeys: Object.fromEntries(Object.entries(visitorKeys).map(([type, keys]) => [type, [...keys]])),
  defaultLanguageOptions: {},

  validateLanguageOptions(languageOptions: Record<string, unknown>): void {
    const unknown = Object.keys(languageOptions);
    if (unknown.length > 0) throw new Error(`plist/plist has no language options (got: ${unknown.join(", ")}).`);
  },

  /** Never throws: every problem, XML or plist structure, is a fatal parse error at its position. */
  parse(file: File): ParseResult<Document> {
    const { ast, comments, errors, lines, preprocessing } = parse(textOf(file), { maxDepth: MAX_DEPTH });
    if (errors.length > 0) {
      // ESLint shows parse-error columns as given, so they are made 1-based here.
      return { ok: false, errors: errors.map(({ message, line, column }) => ({ message, line, column: column + 1 })) };
    }
    return { ok: true, ast, comments, lines, preprocessing } satisfies PlistParseResult;
  },

  createSourceCode(file: File, result: OkParseResult<Document>): PlistSourceCode {
    const { comments, lines, preprocessing } = result as PlistParseResult;
    return new PlistSourceCode({ text: textOf(file), ast: result.ast, comments, lines, preprocessing });
  },
};
