import { XMLValidator } from "fast-xml-parser";
import type { Comment, Document } from "./ast.js";
import { located, type ParseError, type PendingError } from "./errors.js";
import { hasDirectiveLines, type Preprocessing, type PreprocessorLine, preprocess, type Reading } from "./preprocessing.js";
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
  /**
   * Set when the text has preprocessor lines between its elements (Xcode's INFOPLIST_PREPROCESS): those lines, the
   * branches of each #if, and the plist each choice of branches makes (`ast` is the first). No variants when
   * `errors` is not empty.
   */
  preprocessing?: Preprocessing;
  /** The text's line starts, which the AST's positions come from: for any other position in the same text. */
  lines: LineIndex;
}

const DIRECTIVES_ONLY_BETWEEN_ELEMENTS =
  "The file has preprocessor lines (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS): plistlint reads them between elements only, and each #if branch must keep the XML well-formed.";

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

/** Where the XML declaration starts when only white space (and perhaps a BOM) comes before it; else 0. */
function declarationAfterSpace(text: string): number {
  const declaration = /^\uFEFF?[ \t\r\n]+(?=<\?xml[ \t\r\n])/u.exec(text);
  return declaration ? declaration[0].length : 0;
}

export interface ParseOptions {
  /** How deep dicts and arrays may nest; a deeper one is an error and is not read. Unlimited by default. */
  maxDepth?: number;
}

/** Reads one text: the part of parsing that each variant of a preprocessed Info.plist goes through again. */
function read(text: string, lines: LineIndex, maxDepth: number): Reading {
  const empty = (): DocumentNode => new DocumentNode([0, text.length], lines);
  const finish = (errors: PendingError[], comments: Comment[] = [], document = empty(), preprocessorLines: PreprocessorLine[] = []): Reading => ({
    ast: document,
    comments,
    errors,
    preprocessorLines,
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

  const document = empty();
  const builder = new TreeBuilder(text, lines, maxDepth);
  builder.build(document);
  // What the builder read may be malformed XML: the validator then decides, and its message is the one reported (with
  // no tree: a malformed file's values are not guessed at).
  const malformed = builder.provenWellFormed ? undefined : xmlError(text, lines);
  if (malformed) return finish([malformed], comments);
  return finish(builder.errors, comments, document, builder.preprocessorLines);
}

/** The XML validator's verdict on the text: its first error, at our position, or undefined if the XML is well-formed. */
function xmlError(text: string, lines: LineIndex): PendingError | undefined {
  // CoreFoundation skips white space (and a BOM) before the XML declaration; the validator allows neither, so it
  // reads the text from the declaration on, and its positions are moved back by what it did not read.
  const validatedFrom = declarationAfterSpace(text);
  const validated = validatedFrom === 0 ? text : text.slice(validatedFrom);
  const offsetOf = (line: number, col: number | undefined): number => validatedFrom + validatorOffset(validated, line, col);
  const validation = XMLValidator.validate(validated);
  if (validation === true) return undefined;
  const { msg, line, col } = validation.err;
  const unclosed = /^Invalid '\[(.*)\]' found\.$/u.exec(msg);
  if (unclosed) {
    const tags = unclosed[1]!.split(",").map((tag) => `<${tag.trim().replace(/^"|"$/gu, "")}>`);
    return { message: `The file ends before ${tags.join(", ")} ${tags.length > 1 ? "are" : "is"} closed.`, offset: text.length };
  }
  // The validator's own line numbers ignore lone CRs: restate the position it quotes in ours.
  const message = msg.replace(/\(opened in line (\d+), col (\d+)\)/u, (_quoted, openLine: string, openCol: string) => {
    const opened = lines.positionAt(offsetOf(Number(openLine), Number(openCol)));
    return `(opened on line ${opened.line}, column ${opened.column + 1})`;
  });
  return { message, offset: offsetOf(line, col) };
}

/**
 * Parses an XML property list into a positioned AST. Never throws: problems come back in `errors`, each with an
 * exact position. Entities other than the five predefined ones are never expanded and nothing external is loaded;
 * a DOCTYPE with an internal subset is refused before any XML parsing. Preprocessor lines (Xcode's
 * INFOPLIST_PREPROCESS) between elements are set aside, and each branch of an #if is read as its own plist.
 */
export function parse(text: string, options?: ParseOptions | null): ParseResult {
  const maxDepth = options?.maxDepth ?? Number.POSITIVE_INFINITY;
  const lines = new LineIndex(text);
  const reading = read(text, lines, maxDepth);
  let { ast, errors } = reading;
  let preprocessing: Preprocessing | undefined;
  if (reading.preprocessorLines.length > 0) {
    ({ preprocessing, errors } = preprocess(text, reading, (variantText) => read(variantText, lines, maxDepth)));
    ast = preprocessing.variants[0]?.ast ?? ast;
  } else if (errors.length > 0 && hasDirectiveLines(text) && !errors.some((error) => error.message.includes("INFOPLIST_PREPROCESS"))) {
    // Directive lines in XML that does not validate: most likely branches whose tags do not nest, which no variant can
    // be read around.
    const [first, ...rest] = errors.sort((a, b) => a.offset - b.offset);
    errors = [{ ...first!, message: `${first!.message} ${DIRECTIVES_ONLY_BETWEEN_ELEMENTS}` }, ...rest];
  }
  return {
    ast,
    comments: reading.comments,
    lines,
    errors: located(errors.sort((a, b) => a.offset - b.offset), lines),
    ...(preprocessing ? { preprocessing } : {}),
  };
}
