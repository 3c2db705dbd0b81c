import type { Branch, Comment, Document, LineIndex, Node, Position, Preprocessing } from "@plistlint/parser";
import { childrenOf, textContentRanges } from "@plistlint/parser";
import type { FileProblem, RulesConfig, SourceLocation, TraversalStep } from "@eslint/core";
import { ConfigCommentParser, Directive, TextSourceCodeBase } from "@eslint/plugin-kit";
import type { PlistEdits } from "../fix/edits.js";
import { XmlEdits } from "../fix/xml-edits.js";
import { type PlistSource, XML_SYNTAX } from "./plist-source.js";
import { IndexedPositions } from "./positions.js";
import { traversal } from "./traversal.js";

type InlineConfig = { config: { rules: RulesConfig }; loc: SourceLocation };

/** One plist of a preprocessed Info.plist: the one Xcode builds with the branches named by `label`. */
export interface PreprocessedVariant {
  label: string;
  sourceCode: PlistSourceCode;
}

const commentParser = new ConfigCommentParser();
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

/** The text and AST of one Info.plist (or of the one a Cordova config.xml makes) as ESLint and our rules see it. */
export class PlistSourceCode
  extends TextSourceCodeBase<{
    LangOptions: Record<string, never>;
    RootNode: Document;
    SyntaxElementWithLoc: Node | Comment;
    ConfigNode: Comment;
  }>
  implements PlistSource
{
  override ast: Document;
  readonly comments: Comment[];
  /** How rules change this file's text: as plist XML, unless the plist is derived from other XML (config.xml). */
  readonly edits: PlistEdits;
  readonly syntax = XML_SYNTAX;
  /**
   * For an Info.plist whose #if branches (Xcode's INFOPLIST_PREPROCESS) make different plists: each of them, over
   * this same text (the first is `ast`), for the rules to run on; empty otherwise.
   */
  readonly variants: readonly PreprocessedVariant[];
  readonly #branches: readonly Branch[];
  readonly label: string | undefined;
  readonly #positions: IndexedPositions;
  #inlineConfigComments: Comment[] | undefined;

  /**
   * `lines`: the parser's index of `text`, which the AST's positions come from; `edits` and `label` for a plist
   * derived from other XML (config.xml), whose edits are that XML's.
   */
  constructor(options: { text: string; ast: Document; comments: Comment[]; lines: LineIndex; preprocessing?: Preprocessing; edits?: PlistEdits; label?: string }) {
    const { text, ast, comments, lines, preprocessing } = options;
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.ast = ast;
    this.comments = comments;
    this.edits = options.edits ?? new XmlEdits(text, lines);
    this.label = options.label;
    this.#positions = new IndexedPositions(lines);
    const variants = preprocessing?.variants ?? [];
    // Each variant reads the text as written, so that its edits see the directive lines and the other branches.
    this.variants =
      variants.length > 1
        ? variants.map(({ label, ast: variantAst, comments: variantComments }) => ({
            label,
            sourceCode: new PlistSourceCode({ text, ast: variantAst, comments: variantComments, lines }),
          }))
        : [];
    this.#branches = preprocessing?.branches ?? [];
  }

  override getLocFromIndex(index: number): Position {
    return this.#positions.locFromIndex(index);
  }

  override getIndexFromLoc(loc: Position): number {
    return this.#positions.indexFromLoc(loc);
  }

  /** The innermost #if branch that holds `line` ("#ifdef DEBUG", "#else of #if DEBUG"), in a preprocessed Info.plist. */
  branchAt(line: number): string | undefined {
    let innermost: Branch | undefined;
    for (const branch of this.#branches) {
      const lines = branch.lines;
      if (!lines || line < lines.first || line > lines.last) continue;
      if (!innermost || lines.last - lines.first < innermost.lines!.last - innermost.lines!.first) innermost = branch;
    }
    return innermost?.label;
  }

  /** The ASTs the rules see: the variants' when there are several, else this one. */
  get #documents(): Document[] {
    return this.variants.length > 0 ? this.variants.map((variant) => variant.sourceCode.ast) : [this.ast];
  }

  override getParent(node: Node | Comment): Node | undefined {
    return node.type === "Comment" ? undefined : (node.parent ?? undefined);
  }

  override traverse(): Iterable<TraversalStep> {
    return traversal(this.ast);
  }

  /**
   * Directive comments, leaving out those inside a key or string: they are part of the value, and ESLint's removal
   * of an unused directive would change it.
   */
  getInlineConfigNodes(): Comment[] {
    if (!this.#inlineConfigComments) {
      const candidates = this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
      const text = candidates.length > 0 ? this.#documents.flatMap((document) => textContentRanges(document)).sort((a, b) => a[0] - b[0]) : [];
      let next = 0;
      this.#inlineConfigComments = candidates.filter((comment) => {
        while (next < text.length && text[next]![1] <= comment.range[0]) next += 1;
        return !(next < text.length && text[next]![0] <= comment.range[0]);
      });
    }
    return this.#inlineConfigComments;
  }

  /**
   * ESLint's directives, with one change: problems about a value are reported on the value's first line, which may
   * be below its key, so an `eslint-disable-next-line` comment directly above an entry's key (or
   * `eslint-disable-line` on the key's line) covers the entry from its key to the line where its value starts, never
   * a whole nested dict. Such a directive becomes a block `disable` and an `enable` at the start of the line after
   * the value's first line: ESLint then reports it unused (once, at the comment, which its fix removes) exactly when
   * nothing in that span was reported. Where that pair could interact with other directives (inside an
   * `eslint-disable` block for the same rules, or with another directive in the span), ESLint's own line rule applies.
   */
  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    const comments = this.getInlineConfigNodes();
    /** Rules turned off by `eslint-disable` comments and not yet on again; null stands for every rule. */
    const disabled = new Set<string | null>();
    comments.forEach((comment, index) => {
      const directive = commentParser.parseDirective(comment.value);
      if (!directive) return;
      const { label, value, justification } = directive;
      if (label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
        return;
      }
      const rules = Object.keys(commentParser.parseListConfig(value));
      if (label === "eslint-disable") {
        for (const rule of rules.length > 0 ? rules : [null]) disabled.add(rule);
      } else if (label === "eslint-enable") {
        if (rules.length === 0) disabled.clear();
        for (const rule of rules) disabled.delete(rule);
      } else if (label !== "eslint-disable-next-line" && label !== "eslint-disable-line") {
        return;
      }
      const type = label.slice("eslint-".length) as "disable" | "enable" | "disable-next-line" | "disable-line";
      const span = type === "disable-next-line" || type === "disable-line" ? this.#entrySpan(comment, type) : undefined;
      // No eslint-disable block for the same rules may be open, and no other directive may share the span, or the
      // pair would change what they do. (The enable names the same rules as the disable, so that it never stands
      // unused on its own; a misspelt rule id is then reported at both.)
      const overlapsBlock = disabled.has(null) || (rules.length === 0 ? disabled.size > 0 : rules.some((rule) => disabled.has(rule)));
      const independent = span && !overlapsBlock && (comments[index - 1]?.loc.end.line ?? 0) < span.disable.loc.start.line &&
        (comments[index + 1]?.loc.start.line ?? Number.POSITIVE_INFINITY) > span.valueLine;
      if (!span || !independent) {
        directives.push(new Directive({ type, node: comment, value, justification }));
        return;
      }
      directives.push(new Directive({ type: "disable", node: span.disable, value, justification }));
      const enableAt = { line: span.valueLine + 1, column: 0 };
      directives.push(new Directive({ type: "enable", node: { ...comment, loc: { start: enableAt, end: enableAt } }, value, justification }));
    });
    return { problems, directives };
  }

  /**
   * For a line directive that applies to an entry whose value starts below its key: where the block that replaces
   * it starts (the comment, or for `disable-line` the start of its line, with the comment's range, which the removal
   * of an unused directive takes) and the line where the value starts.
   */
  #entrySpan(comment: Comment, type: "disable-next-line" | "disable-line"): { disable: Comment; valueLine: number } | undefined {
    const keyLine = type === "disable-line" ? comment.loc.start.line : comment.loc.end.line + 1;
    const valueLine = this.#valueLineOfKeyOn(keyLine);
    if (valueLine === undefined || valueLine === keyLine) return undefined;
    if (type === "disable-line") return { disable: { ...comment, loc: { start: { line: keyLine, column: 0 }, end: comment.loc.end } }, valueLine };
    // A comment with something after it on its line is not directly above the key.
    const rest = this.lines[comment.loc.end.line - 1]!.slice(comment.loc.end.column);
    return rest.trim() === "" ? { disable: comment, valueLine } : undefined;
  }

  /**
   * The last line where the value of an entry whose key starts on `line` starts, if one does. Only the containers
   * that reach into that line are searched, by offsets: a large plist has hundreds of thousands of nodes.
   */
  #valueLineOfKeyOn(line: number): number | undefined {
    if (line > this.lines.length) return undefined;
    const from = this.getIndexFromLoc({ line, column: 0 });
    const to = from + this.lines[line - 1]!.length;
    let valueLine: number | undefined;
    const stack: Node[] = this.#documents;
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === "Entry" && node.key.range[0] >= from && node.key.range[0] <= to) {
        valueLine = Math.max(valueLine ?? 0, node.value.loc.start.line);
      }
      for (const child of childrenOf(node)) if (child.range[0] <= to && child.range[1] >= from) stack.push(child);
    }
    return valueLine;
  }

  applyInlineConfig(): { configs: InlineConfig[]; problems: FileProblem[] } {
    const configs: InlineConfig[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (directive?.label !== "eslint") continue;
      const result = commentParser.parseJSONLikeConfig(directive.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }
}
