import type { Comment, Document, Node } from "@plistlint/parser";
import { textContentRanges } from "@plistlint/parser";
import type { FileProblem, RulesConfig, SourceLocation, TraversalStep } from "@eslint/core";
import { ConfigCommentParser, Directive, TextSourceCodeBase } from "@eslint/plugin-kit";
import type { PlistEdits } from "../fix/edits.js";
import { XmlEdits } from "../fix/xml-edits.js";
import { type PlistSource, XML_SYNTAX } from "./plist-source.js";
import { traversal } from "./traversal.js";

type InlineConfig = { config: { rules: RulesConfig }; loc: SourceLocation };

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
  readonly label: string | undefined;
  #inlineConfigComments: Comment[] | undefined;

  constructor({ text, ast, comments, edits, label }: { text: string; ast: Document; comments: Comment[]; edits?: PlistEdits; label?: string }) {
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.ast = ast;
    this.comments = comments;
    this.edits = edits ?? new XmlEdits(this);
    this.label = label;
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
      const text = candidates.length > 0 ? textContentRanges(this.ast) : [];
      let next = 0;
      this.#inlineConfigComments = candidates.filter((comment) => {
        while (next < text.length && text[next]![1] <= comment.range[0]) next += 1;
        return !(next < text.length && text[next]![0] <= comment.range[0]);
      });
    }
    return this.#inlineConfigComments;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const directive = commentParser.parseDirective(comment.value);
      if (!directive) continue;
      const { label, value, justification } = directive;
      if (label === "eslint-disable-line" && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({ ruleId: null, message: `${label} comment should not span multiple lines.`, loc: comment.loc });
        continue;
      }
      if (label === "eslint-disable" || label === "eslint-enable" || label === "eslint-disable-next-line" ||
        label === "eslint-disable-line") {
        const type = label.slice("eslint-".length) as "disable" | "enable" | "disable-next-line" | "disable-line";
        directives.push(new Directive({ type, node: comment, value, justification }));
      }
    }
    return { problems, directives };
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
