import { LineIndex, type Range } from "@plistlint/parser";
import type { TSESTree } from "@typescript-eslint/types";
import type { AST } from "yaml-eslint-parser";
import type { PlistEdits } from "../fix/edits.js";
import type { PlistSource, PlistSyntax, SourceComment } from "../language/plist-source.js";
import { COMMENT_SYNTAX, SOURCE_KINDS, type SourceKind, type SourceSyntax, holdsSettings, sourceKindOfName } from "../sources.js";
import { plistsInProgram } from "./from-estree.js";
import { jsonDocumentValue } from "./from-json.js";
import { yamlDocumentValue } from "./from-yaml.js";
import { type FoundPlist, type HostedKind, PLIST_LOCATIONS, type PlistLocations, plistsAtPaths } from "./locations.js";
import { ObjectLiteralEdits } from "./object-literal-edits.js";
import { type HostValue, HostPlistSource, plistDocument } from "./plist-view.js";
import { YamlEdits } from "./yaml-edits.js";

type Comment = { range?: Range; value?: unknown };

/** What the front-ends need of a host language's SourceCode (ESLint's JavaScript one, or @eslint/json's). */
export interface HostSourceCode {
  ast: { type: string; body?: unknown };
  text: string;
  lines: string[];
  comments?: Comment[];
  getAllComments?(): Comment[];
  getInlineConfigNodes?(): { range?: Range }[];
}

/** A syntax that holds plists: how to know its AST, find the plists in it, and write what the rules write. */
export interface Host {
  /** The kinds of source written in this syntax are the ones this host reads. */
  syntaxes: readonly SourceSyntax[];
  /** ESLint's column base in this host's language: 0 for JavaScript (and YAML, read through it), 1 for @eslint/json's. */
  columnStart: number;
  syntax: PlistSyntax;
  recognises(ast: HostSourceCode["ast"]): boolean;
  /** The plist objects at a kind's locations. */
  plists(ast: HostSourceCode["ast"], locations: PlistLocations): FoundPlist[];
  edits(text: string, lines: LineIndex, found: FoundPlist): PlistEdits;
}

/** The quote a plist object's strings mostly use (its own text only: comments elsewhere do not count). */
function quoteOf(text: string, value: HostValue): '"' | "'" {
  const own = "range" in value ? text.slice(value.range[0], value.range[1]) : text;
  const count = (pattern: RegExp): number => own.match(pattern)?.length ?? 0;
  return count(/'[^'\r\n]*'/gu) > count(/"[^"\r\n]*"/gu) ? "'" : '"';
}

function isYamlProgram(ast: HostSourceCode["ast"]): boolean {
  return ast.type === "Program" && Array.isArray(ast.body) && (ast.body[0] as { type?: string } | undefined)?.type === "YAMLDocument";
}

/** yaml-eslint-parser's AST, which ESLint's JavaScript language holds when a YAML file is linted with that parser. */
const YAML: Host = {
  syntaxes: ["yaml"],
  columnStart: 0,
  syntax: { name: "yaml", booleans: ["false", "true"], comments: COMMENT_SYNTAX.yaml !== undefined },
  recognises: isYamlProgram,
  plists: (ast, locations) => plistsAtPaths(yamlDocumentValue(ast as unknown as AST.YAMLProgram, locations.yaml11Booleans === true), locations),
  edits: (text) => new YamlEdits(text),
};

/** @eslint/json's AST (momoa's `Document`): JSON, JSONC and JSON5 alike. */
const JSON_HOST: Host = {
  syntaxes: ["json"],
  columnStart: 1,
  syntax: { name: "json", booleans: ["false", "true"], comments: COMMENT_SYNTAX.json !== undefined },
  recognises: (ast) => ast.type === "Document",
  plists: (ast, locations) => plistsAtPaths(jsonDocumentValue(ast as never), locations),
  edits: (text, lines) => new ObjectLiteralEdits(text, lines, { quote: '"', bareKeys: false }),
};

/** ESTree, from espree or the TypeScript parser. */
const JAVASCRIPT: Host = {
  syntaxes: ["javascript", "typescript"],
  columnStart: 0,
  syntax: { name: "javascript", booleans: ["false", "true"], comments: COMMENT_SYNTAX.javascript !== undefined },
  recognises: (ast) => ast.type === "Program" && !isYamlProgram(ast),
  plists: (ast, locations) => plistsInProgram(ast as unknown as TSESTree.Program, locations),
  edits: (text, lines, found) => new ObjectLiteralEdits(text, lines, { quote: quoteOf(text, found.value), bareKeys: true }),
};

/** Every syntax the plugin reads plists from besides its own languages; the first that recognises an AST reads it. */
const HOSTS: readonly Host[] = [YAML, JSON_HOST, JAVASCRIPT];

export function hostOf(ast: HostSourceCode["ast"]): Host | undefined {
  return HOSTS.find((host) => host.recognises(ast));
}

function isHosted(kind: SourceKind): kind is SourceKind & { id: HostedKind } {
  return kind.id in PLIST_LOCATIONS;
}

/**
 * The kinds a file may be: its name's, when the host reads that kind; else (a name no kind has, which a project's
 * own `files` pattern chose) every kind the host reads.
 */
function kindsOf(fileName: string, host: Host): (SourceKind & { id: HostedKind })[] {
  const named = sourceKindOfName(fileName.split(/[\\/]/u).at(-1) ?? "");
  if (named && isHosted(named) && host.syntaxes.includes(named.syntax)) return [named];
  return SOURCE_KINDS.filter(isHosted).filter((kind) => host.syntaxes.includes(kind.syntax));
}

function commentsOf(nodes: Comment[], text: string, lines: LineIndex): SourceComment[] {
  return nodes.flatMap((node) => {
    if (!node.range) return [];
    const [start, end] = node.range;
    // ESTree and YAML comments carry their text; @eslint/json's hold it between /* and */, or after //.
    const value =
      typeof node.value === "string" ? node.value : text.startsWith("/*", start) ? text.slice(start + 2, end - 2) : text.slice(start + 2, end);
    return [{ value, range: node.range, loc: lines.locationOf(node.range) }];
  });
}

const sources = new WeakMap<object, PlistSource[]>();

/**
 * The plists a JSON, JavaScript/TypeScript or YAML file holds where its kind keeps them (an Expo config's
 * `infoPlist`, an XcodeGen target's `info.properties`, electron-builder's `mac.extendInfo`), as the rules see any
 * plist; undefined when no host reads the AST. A file that mentions none of its kinds' markers is not read any
 * further, so that other files of the same syntax cost nothing.
 */
export function hostPlistSources(host: HostSourceCode, fileName: string): PlistSource[] | undefined {
  const reader = hostOf(host.ast);
  if (!reader) return undefined;
  let found = sources.get(host);
  if (found) return found;
  const { text } = host;
  const kinds = kindsOf(fileName, reader).filter((kind) => holdsSettings(kind, text));
  const seen = new Set<number>();
  const plists = kinds
    .flatMap((kind) => reader.plists(host.ast, PLIST_LOCATIONS[kind.id]))
    .filter((plist) => "range" in plist.value && !seen.has(plist.value.range[0]) && seen.add(plist.value.range[0]));
  found = [];
  if (plists.length > 0) {
    const lines = new LineIndex(text);
    const comments = commentsOf(host.getAllComments?.() ?? host.comments ?? [], text, lines);
    const directiveStarts = new Set((host.getInlineConfigNodes?.() ?? []).map((node) => node.range?.[0]));
    const directives = comments.filter((comment) => directiveStarts.has(comment.range[0]));
    found = plists.map(
      (plist) =>
        new HostPlistSource({
          ast: plistDocument(plist.value, text, lines),
          text,
          lines: host.lines,
          lineIndex: lines,
          comments,
          directives,
          edits: reader.edits(text, lines, plist),
          syntax: reader.syntax,
          label: plist.label,
        }),
    );
  }
  sources.set(host, found);
  return found;
}
