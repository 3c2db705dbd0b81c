import { type Node, childrenOf } from "@plistlint/parser";
import type { TSESTree } from "@typescript-eslint/types";
import { PlistSourceCode } from "../language/plist-source-code.js";
import { infoPlistOfJson } from "./from-json.js";
import { infoPlistsOfProgram } from "./from-estree.js";
import { ObjectLiteralEdits } from "./object-literal-edits.js";
import { type HostValue, type PlistView, plistDocument } from "./plist-view.js";

/** What the adapter needs of a host language's SourceCode (ESLint's JavaScript one, or @eslint/json's). */
interface HostSourceCode {
  ast: { type: string; body?: unknown; loc: PlistView["ast"]["loc"] };
  text: string;
  lines: string[];
  comments?: unknown[];
  getAllComments?(): unknown[];
  getInlineConfigNodes?(): unknown[];
}

function viewOf(host: HostSourceCode, infoPlist: HostValue | undefined, quote: '"' | "'", bareKeys: boolean): PlistView {
  const { text } = host;
  return {
    ast: plistDocument(infoPlist, text, host.ast.loc),
    text,
    lines: host.lines,
    comments: host.getAllComments?.() ?? host.comments ?? [],
    edits: new ObjectLiteralEdits(text, { quote, bareKeys }),
    getText: (node) => (node ? text.slice(node.range[0], node.range[1]) : text),
    getInlineConfigNodes: () => host.getInlineConfigNodes?.() ?? [],
  };
}

/** The quote an `infoPlist` object's strings mostly use (its own text only: comments elsewhere do not count). */
function quoteOf(text: string, infoPlist: HostValue): '"' | "'" {
  const own = "range" in infoPlist ? text.slice(infoPlist.range[0], infoPlist.range[1]) : text;
  const count = (pattern: RegExp): number => own.match(pattern)?.length ?? 0;
  return count(/'[^'\r\n]*'/gu) > count(/"[^"\r\n]*"/gu) ? "'" : '"';
}

const views = new WeakMap<object, PlistView[]>();

/**
 * The Expo configs' `infoPlist` objects in a JSON or JavaScript/TypeScript file, as plist views. A file that does
 * not mention `infoPlist` is not parsed any further, so plain source files cost nothing.
 */
function plistViews(host: HostSourceCode): PlistView[] {
  let found = views.get(host);
  if (found) return found;
  found = [];
  if (host.text.includes("infoPlist")) {
    if (host.ast.type === "Program") {
      found = infoPlistsOfProgram(host.ast as unknown as TSESTree.Program).map((infoPlist) => viewOf(host, infoPlist, quoteOf(host.text, infoPlist), true));
    } else if (host.ast.type === "Document" && host.ast.body) {
      const infoPlist = infoPlistOfJson(host.ast as never);
      if (infoPlist) found = [viewOf(host, infoPlist, '"', false)];
    }
  }
  views.set(host, found);
  return found;
}

type Visitors = Record<string, ((node: Node) => void) | undefined>;

/** Runs a plist rule's visitors over a view's AST, depth first, without recursion. */
function traverse(visitors: Visitors, root: Node): void {
  const stack: { node: Node; exiting: boolean }[] = [{ node: root, exiting: false }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, exiting } = item;
    if (exiting) {
      visitors[`${node.type}:exit`]?.(node);
      continue;
    }
    visitors[node.type]?.(node);
    stack.push({ node, exiting: true });
    const children = childrenOf(node);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, exiting: false });
  }
}

/**
 * Lets a plist rule run on the files where Expo apps write their Info.plist: in an XML plist it is the rule itself;
 * in app.json (ESLint's JSON language) or app.config.js/ts (ESTree) it reads each `infoPlist` object as a plist and
 * runs the same rule on it, reporting at the config's own positions with that syntax's edits.
 */
export function hostAware<Context extends { sourceCode: unknown }>(context: Context, create: (context: Context) => object): object {
  if (context.sourceCode instanceof PlistSourceCode) return create(context);
  const host = context.sourceCode as HostSourceCode;
  const found = plistViews(host);
  if (found.length === 0) return {};
  const exit = host.ast.type === "Program" ? "Program:exit" : `${host.ast.type}:exit`;
  return {
    [exit]: () => {
      for (const view of found) {
        if (!view.ast.value) continue;
        const viewContext = Object.create(context, { sourceCode: { value: view } }) as Context;
        traverse(create(viewContext) as Visitors, view.ast);
      }
    },
  };
}
