import type { Document, Node, Range, SourceLocation } from "@plistlint/parser";
import type { TextSourceCode } from "@eslint/core";
import type { PlistEdits } from "../fix/edits.js";
import { COMMENT_SYNTAX } from "../sources.js";

/** A comment as the rules read it, whatever the syntax: its text and where it is (0-based columns). */
export interface SourceComment {
  value: string;
  range: Range;
  loc: SourceLocation;
}

/** How the file writes what the rules' messages mention. */
export interface PlistSyntax {
  name: "xml" | "json" | "javascript" | "yaml";
  /** `false` and `true` as the file writes them: `NO`/`YES` in an XML plist, `false`/`true` elsewhere. */
  booleans: readonly [string, string];
  /** Whether the file can hold a comment (a `Justification:` or a directive); JSON cannot. */
  comments: boolean;
}

export const XML_SYNTAX: PlistSyntax = { name: "xml", booleans: ["NO", "YES"], comments: COMMENT_SYNTAX.plist !== undefined };

/**
 * What a rule sees of a file, whatever its syntax: one plist document as the parser's nodes (0-based columns),
 * that syntax's edits, and the file's text, lines and comments. The XML plist's `PlistSourceCode` implements it,
 * and so does each front-end that reads a plist out of another file (an Expo config's `infoPlist`).
 */
export interface PlistSource
  extends TextSourceCode<{ LangOptions: Record<string, never>; RootNode: Document; SyntaxElementWithLoc: Node | SourceComment; ConfigNode: unknown }> {
  readonly ast: Document;
  readonly text: string;
  readonly lines: string[];
  readonly comments: readonly SourceComment[];
  readonly edits: PlistEdits;
  readonly syntax: PlistSyntax;
  /**
   * Where in the file this plist is, for people (`targets.App.info.properties`, `build.mac.extendInfo`); absent when
   * the file is itself the plist.
   */
  readonly label?: string;
  getText(node?: { range: Range }): string;
  getParent(node: Node): Node | undefined;
  /** The comments that are ESLint directives (`eslint-disable…`): never a justification. */
  getInlineConfigNodes(): SourceComment[];
}
