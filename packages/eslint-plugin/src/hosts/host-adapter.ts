import { LineIndex, type Node, type Range, type SourceLocation } from "@plistlint/parser";
import type { TSESTree } from "@typescript-eslint/types";
import type { PlistSource, PlistSyntax, SourceComment } from "../language/plist-source.js";
import { infoPlistOfJson } from "./from-json.js";
import { infoPlistsOfProgram } from "./from-estree.js";
import { ObjectLiteralEdits } from "./object-literal-edits.js";
import { type HostValue, HostPlistSource, plistDocument } from "./plist-view.js";

/** What the adapter needs of a host language's SourceCode (ESLint's JavaScript one, or @eslint/json's). */
export interface HostSourceCode {
  ast: { type: string; body?: unknown };
  text: string;
  lines: string[];
  comments?: { range?: Range }[];
  getAllComments?(): { range?: Range }[];
  getInlineConfigNodes?(): { range?: Range }[];
}

/** A syntax that holds plists: how to find them in its AST, and how it writes what the rules write. */
interface Host {
  /** ESLint's column base in this language: 0 for JavaScript, 1 for @eslint/json's. */
  columnStart: number;
  syntax: PlistSyntax;
  infoPlists(ast: HostSourceCode["ast"], text: string): { value: HostValue; quote: '"' | "'" }[];
}

/** The quote an `infoPlist` object's strings mostly use (its own text only: comments elsewhere do not count). */
function quoteOf(text: string, infoPlist: HostValue): '"' | "'" {
  const own = "range" in infoPlist ? text.slice(infoPlist.range[0], infoPlist.range[1]) : text;
  const count = (pattern: RegExp): number => own.match(pattern)?.length ?? 0;
  return count(/'[^'\r\n]*'/gu) > count(/"[^"\r\n]*"/gu) ? "'" : '"';
}

const JAVASCRIPT: Host = {
  columnStart: 0,
  syntax: { name: "javascript", booleans: ["false", "true"], comments: true },
  infoPlists: (ast, text) =>
    infoPlistsOfProgram(ast as unknown as TSESTree.Program).map((value) => ({ value, quote: quoteOf(text, value) })),
};

const JSON_HOST: Host = {
  columnStart: 1,
  syntax: { name: "json", booleans: ["false", "true"], comments: false },
  infoPlists: (ast) => {
    const value = ast.body ? infoPlistOfJson(ast as never) : undefined;
    return value ? [{ value, quote: '"' }] : [];
  },
};

function hostOf(ast: HostSourceCode["ast"]): Host | undefined {
  if (ast.type === "Program") return JAVASCRIPT;
  if (ast.type === "Document") return JSON_HOST;
  return undefined;
}

function commentsOf(nodes: { range?: Range }[], text: string, lines: LineIndex): SourceComment[] {
  return nodes.flatMap((node) => {
    if (!node.range) return [];
    const [start, end] = node.range;
    // Block comments hold their text between /* and */, line comments after //.
    const value = text.startsWith("/*", start) ? text.slice(start + 2, end - 2) : text.slice(start + 2, end);
    return [{ value, range: node.range, loc: lines.locationOf(node.range) }];
  });
}

const sources = new WeakMap<object, PlistSource[]>();

/**
 * The plists an Expo config's JSON or JavaScript/TypeScript holds (its `infoPlist` objects), as the rules see any
 * plist; undefined when the host is neither. A file that does not mention `infoPlist` is not read any further, so
 * plain source files cost nothing.
 */
export function hostPlistSources(host: HostSourceCode): PlistSource[] | undefined {
  const kind = hostOf(host.ast);
  if (!kind) return undefined;
  let found = sources.get(host);
  if (found) return found;
  found = [];
  const { text } = host;
  if (text.includes("infoPlist")) {
    const lines = new LineIndex(text);
    const comments = commentsOf(host.getAllComments?.() ?? host.comments ?? [], text, lines);
    const directiveStarts = new Set((host.getInlineConfigNodes?.() ?? []).map((node) => node.range?.[0]));
    const directives = comments.filter((comment) => directiveStarts.has(comment.range[0]));
    found = kind.infoPlists(host.ast, text).map(
      ({ value, quote }) =>
        new HostPlistSource({
          ast: plistDocument(value, text, lines),
          text,
          lines: host.lines,
          comments,
          directives,
          edits: new ObjectLiteralEdits(text, { quote, bareKeys: kind.syntax.name === "javascript" }),
          syntax: kind.syntax,
        }),
    );
  }
  sources.set(host, found);
  return found;
}

type Visitors = Record<string, ((node: Node) => void) | undefined>;

/** Runs a plist rule's visitors over a plist AST, depth first, without recursion. */
function traverse(visitors: Visitors, source: PlistSource): void {
  for (const step of source.traverse()) {
    const node = step.target as Node;
    visitors[step.phase === 1 ? node.type : `${node.type}:exit`]?.(node);
  }
}

type Report = (descriptor: { loc?: SourceLocation | SourceLocation["start"]; node?: { loc: SourceLocation } }) => void;

/** Our positions count columns from 0; the host language may count them from 1. */
function shifted(loc: SourceLocation | SourceLocation["start"], by: number): SourceLocation | SourceLocation["start"] {
  if (by === 0) return loc;
  const move = (position: SourceLocation["start"]) => ({ line: position.line, column: position.column + by });
  return "start" in loc ? { start: move(loc.start), end: move(loc.end) } : move(loc);
}

/**
 * Lets a plist rule run where Expo apps write their Info.plist: in a plist language it is the rule itself; in
 * app.json (@eslint/json's language) or app.config.js/ts (ESTree) it reads each `infoPlist` object as a plist and
 * runs the same rule on it, reporting at the config's own positions with that syntax's edits.
 */
function hostAware<Context extends { sourceCode: unknown; report: Report }>(context: Context, create: (context: Context) => object): object {
  // A plist language's own SourceCode is already what the rules read.
  if ((context.sourceCode as Partial<PlistSource>).syntax) return create(context);
  const host = context.sourceCode as HostSourceCode;
  const kind = hostOf(host.ast);
  const found = hostPlistSources(host);
  if (!kind || !found?.length) return {};
  const report: Report = (descriptor) => {
    const loc = descriptor.loc ?? descriptor.node?.loc;
    context.report({ ...descriptor, node: undefined, ...(loc ? { loc: shifted(loc, kind.columnStart) } : {}) });
  };
  const exit = `${host.ast.type}:exit`;
  return {
    [exit]: () => {
      for (const source of found) {
        if (!source.ast.value) continue;
        const sourceContext = Object.create(context, { sourceCode: { value: source }, report: { value: report } }) as Context;
        traverse(create(sourceContext) as Visitors, source);
      }
    },
  };
}

/**
 * The rules as ESLint gets them: each also runs on the plists other syntaxes hold. Kept out of the rules
 * themselves, which know only the plist AST.
 */
export function withHosts<Rules extends Record<string, { create: (context: never) => object }>>(rules: Rules): Rules {
  return Object.fromEntries(
    Object.entries(rules).map(([id, rule]) => [id, { ...rule, create: (context: never) => hostAware(context, rule.create as never) }]),
  ) as Rules;
}
