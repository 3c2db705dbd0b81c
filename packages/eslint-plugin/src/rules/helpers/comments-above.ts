import type { Entry } from "@plistlint/parser";
import type { PlistSource, SourceComment } from "../../language/plist-source.js";

/**
 * For a file: the comments directly above an entry's key, nearest first, each alone on its lines, as far as they
 * run without a line between them. A comment after a value on its line belongs to that entry, not to the key below.
 */
export function commentsAbove(sourceCode: PlistSource): (entry: Entry) => SourceComment[] {
  const { lines } = sourceCode;
  const endingOn = new Map<number, SourceComment>();
  for (const comment of sourceCode.comments) {
    const { start, end } = comment.loc;
    const alone = lines[start.line - 1]!.slice(0, start.column).trim() === "" && lines[end.line - 1]!.slice(end.column).trim() === "";
    if (alone) endingOn.set(end.line, comment);
  }
  return (entry) => {
    const run: SourceComment[] = [];
    for (let comment = endingOn.get(entry.key.loc.start.line - 1); comment; comment = endingOn.get(comment.loc.start.line - 1)) {
      run.push(comment);
    }
    return run;
  };
}
