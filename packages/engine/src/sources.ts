import { basename } from "node:path";
import { type CommentSyntax, SOURCE_KINDS, type SourceKind, commentSyntaxOf, sourceKindOfName } from "eslint-plugin-plist";

export {
  type CommentSyntax,
  NEVER_LINTED,
  NEVER_LINTED_IGNORES,
  SOURCE_KINDS,
  type SourceKind,
  filesOf,
  holdsSettings,
  isInNeverLintedFolder,
  isNeverLintedFolder,
  patternSource,
  sourceKindOfName,
} from "eslint-plugin-plist";

/** The kind of source a file is by its name; undefined when plistlint does not look for files so named. */
export function sourceKindOf(path: string): SourceKind | undefined {
  return sourceKindOfName(basename(path));
}

const INFO_PLIST = SOURCE_KINDS.find((kind) => kind.id === "info-plist")!;

/** How a file is read: by its name, or as an XML property list when it is named explicitly whatever its name. */
export function lintedKindOf(path: string): SourceKind {
  return sourceKindOf(path) ?? INFO_PLIST;
}

/** How a file writes a comment (a directive), as it is linted; undefined when it can hold none (JSON). */
export function commentSyntaxOfPath(path: string): CommentSyntax | undefined {
  return commentSyntaxOf(lintedKindOf(path), basename(path));
}
