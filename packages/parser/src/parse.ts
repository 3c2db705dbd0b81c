import { XMLValidator } from "fast-xml-parser";
import type { Comment, Document } from "./ast.js";
import type { ParseError, PendingError } from "./errors.js";
import { LineIndex } from "./line-index.js";
import { scanMarkup } from "./markup.js";
import { preflight } from "./preflight.js";
import { DocumentNode } from "./nodes.js";
import { TreeBuilder } from "./tree-builder.js";

export interface ParseResult {
  /** Always present; `value` is null when the text holds no usable root value. */
  ast: Document;
  comments: Comment[];
  /** Empty when the text is a well-formed XML property list. */
  errors: ParseError[];
}

/** Converts the validator's 1-based line/column (it counts LF and CRLF, not lone CR) to an offset. */
export function validatorOffset(text: string, line: number, col: number | undefined): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, (col ?? 1) - 1));
}

export interface ParseOptions {
  /** How deep dicts and arrays may nest; a deeper one is an error and is not read. Unlimited by default. */
  maxDepth?: number;
}

/**
 * Parses an XML property list into a positioned AST. Never throws: problems come back in `errors`, each with an
 * exact position. Entities other than the five predefined ones are never expanded and nothing external is loaded;
 * a DOCTYPE with an internal subset is refused before any XML parsing.
 */
export function parse(text: string, options?: ParseOptions | null): ParseResult {
  const maxDepth = options?.maxDepth ?? Number.POSITIVE_INFINITY;
  const lines = new LineIndex(text);
  const document = new DocumentNode([0, text.length], lines);
  const finish = (pending: PendingError[], comments: Comment[] = []): ParseResult => ({
    ast: document,
    comments,
    errors: pending
      .sort((a, b) => a.offset - b.offset)
      .map(({ message, offset }) => ({ message, offset, ...lines.positionAt(offset) })),
  });

  const notAPlist = preflight(text);
  if (notAPlist) return finish([notAPlist]);

  const markup = scanMarkup(text);
  const comments = markup.comments.map(({ range, value }) => ({
    type: "Comment" as const,
    value,
    range,
    loc: lines.locationOf(range),
  }));
  if (markup.internalSubsetAt !== null) {
    return finish(
      [
        {
          message:
            "A DOCTYPE with an internal subset is not allowed in a property list (entities are never expanded).",
          offset: markup.internalSubsetAt,
        },
      ],
      comments,
    );
  }

  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    const unclosed = /^Invalid '\[(.*)\]' found\.$/u.exec(msg);
    if (unclosed) {
      const tags = unclosed[1]!.split(",").map((tag) => `<${tag.trim().replace(/^"|"$/gu, "")}>`);
      return finish([{ message: `The file ends before ${tags.join(", ")} ${tags.length > 1 ? "are" : "is"} closed.`, offset: text.length }], comments);
    }
    // The validator's own line numbers ignore lone CRs: restate the position it quotes in ours.
    const message = msg.replace(/\(opened in line (\d+), col (\d+)\)/u, (_quoted, openLine: string, openCol: string) => {
      const opened = lines.positionAt(validatorOffset(text, Number(openLine), Number(openCol)));
      return `(opened on line ${opened.line}, column ${opened.column + 1})`;
    });
    return finish([{ message, offset: validatorOffset(text, line, col) }], comments);
  }

  const builder = new TreeBuilder(text, lines, maxDepth);
  builder.build(document);
  return finish(builder.errors, comments);
}
