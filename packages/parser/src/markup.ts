import type { Range } from "./ast.js";

export interface Markup {
  comments: { range: Range; value: string }[];
  /** Where a `<!DOCTYPE … [` internal subset starts, if there is one. */
  internalSubsetAt: number | null;
}

function skipQuoted(text: string, i: number): number {
  const quote = text[i]!;
  const end = text.indexOf(quote, i + 1);
  return end === -1 ? text.length : end + 1;
}

/** Index just past the `>` that closes the declaration starting at `start`; nested `[…]` and quotes are skipped. */
function endOfDeclaration(text: string, start: number): { end: number; subsetAt: number | null } {
  let subsetAt: number | null = null;
  let depth = 0;
  let i = start + 2;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(text, i);
      continue;
    }
    if (ch === "[") {
      subsetAt ??= i;
      depth += 1;
    } else if (ch === "]") depth -= 1;
    else if (ch === ">" && depth <= 0) return { end: i + 1, subsetAt };
    i += 1;
  }
  return { end: text.length, subsetAt };
}

/** Index just past the `>` that ends the tag starting at `start`, skipping quoted attribute values. */
export function endOfTag(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = skipQuoted(text, i);
    else if (ch === ">") return i + 1;
    else i += 1;
  }
  return text.length;
}

function indexAfter(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? text.length : end + terminator.length;
}

/**
 * One linear pass over the text that finds comments and the DOCTYPE's internal subset, skipping CDATA sections,
 * processing instructions and tags. It runs before the XML validator, so that a hostile DOCTYPE is refused without
 * being read.
 */
export function scanMarkup(text: string): Markup {
  const comments: Markup["comments"] = [];
  let internalSubsetAt: number | null = null;
  let i = text.indexOf("<");
  while (i !== -1 && i < text.length) {
    let next: number;
    if (text.startsWith("<!--", i)) {
      next = indexAfter(text, "-->", i + 4);
      const valueEnd = next === text.length && !text.endsWith("-->") ? next : next - 3;
      comments.push({ range: [i, next], value: text.slice(i + 4, valueEnd) });
    } else if (text.startsWith("<![CDATA[", i)) {
      next = indexAfter(text, "]]>", i + 9);
    } else if (text.startsWith("<?", i)) {
      next = indexAfter(text, "?>", i + 2);
    } else if (text.startsWith("<!", i)) {
      const declaration = endOfDeclaration(text, i);
      internalSubsetAt ??= declaration.subsetAt;
      next = declaration.end;
    } else {
      next = endOfTag(text, i);
    }
    i = text.indexOf("<", next);
  }
  return { comments, internalSubsetAt };
}
