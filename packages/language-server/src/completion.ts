import { type AtsKey, type Scope, atsDocument, keysOfScope } from "eslint-plugin-plist";
import { type CompletionItem, CompletionItemKind, CompletionItemTag, InsertTextFormat, InsertTextMode, type Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Document } from "@plistlint/parser";
import { dictAt, entryAt, parseXmlPlist } from "./plist-lookup.js";

const TLS_VERSIONS = ["TLSv1.2", "TLSv1.3", "TLSv1.0", "TLSv1.1"];

/** The value written after a new key: a snippet with choices when the client takes snippets, else the default. */
function valueTemplate(key: AtsKey, indent: string, snippets: boolean): string {
  const unit = indent.includes("\t") || indent === "" ? "\t" : "    ";
  const inner = `${indent}${unit}`;
  switch (key.kind) {
    case "bool":
      return snippets ? `<\${1|${key.defaultValue === "YES" ? "true,false" : "false,true"}|}/>` : `<${key.defaultValue === "YES" ? "true" : "false"}/>`;
    case "tls-version":
      return snippets ? "<string>${1|TLSv1.2,TLSv1.3|}</string>" : "<string>TLSv1.2</string>";
    case "domain-map":
      return snippets ? `<dict>\n${inner}<key>\${1:example.com}</key>\n${inner}<dict>\n${inner}${unit}$0\n${inner}</dict>\n${indent}</dict>` : `<dict>\n${indent}</dict>`;
    case "identity-list":
      return snippets
        ? `<array>\n${inner}<dict>\n${inner}${unit}<key>SPKI-SHA256-BASE64</key>\n${inner}${unit}<string>\${1}</string>\n${inner}</dict>\n${indent}</array>`
        : `<array>\n${indent}</array>`;
    case "pin":
      return snippets ? "<string>${1}</string>" : "<string></string>";
    default:
      return snippets ? `<dict>\n${inner}$0\n${indent}</dict>` : `<dict>\n${indent}</dict>`;
  }
}

/** Scopes whose keys are ATS's: completion offers the keys of that level that are not there yet. */
const KEYED_SCOPES: readonly Scope[] = ["root", "ats", "exception-domain", "pinned-domain", "identity"];

/**
 * The document as the parser can read it while a key is being typed: the partial tag around the cursor blanked
 * (from the last `>` before it, through a `</key>` after it), or the whole line when that is not enough.
 */
function readableWhileTyping(document: TextDocument, position: Position): { document: Document | undefined; bom: number } {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  const blank = (from: number, to: number): string => text.slice(0, from) + text.slice(from, to).replace(/[^\r\n]/gu, " ") + text.slice(to);
  const typedFrom = Math.max(lineStart, text.lastIndexOf(">", offset - 1) + 1);
  const closing = /^[\w.-]*<\/key>/u.exec(text.slice(offset, lineEnd));
  const attempts = [text, blank(typedFrom, offset + (closing?.[0].length ?? 0)), blank(lineStart, lineEnd)];
  for (const attempt of attempts) {
    const parsed = parseXmlPlist(attempt);
    if (parsed.document) return parsed;
  }
  return { document: undefined, bom: 0 };
}

/** What the client does with a completion's text. */
export interface CompletionAbilities {
  snippets: boolean;
  /**
   * Whether items may ask for their text as it is: the lines after the first carry their whole indentation, which
   * VS Code would otherwise add to again (its default re-indents them). Clients without the setting (Neovim, Emacs)
   * insert the text as it is anyway.
   */
  insertAsIs: boolean;
}

function keyItems(document: TextDocument, position: Position, { snippets, insertAsIs }: CompletionAbilities): CompletionItem[] {
  const { document: ast, bom } = readableWhileTyping(document, position);
  if (!ast) return [];
  const text = document.getText();
  const offset = document.offsetAt(position);
  const dict = dictAt(ast, offset - bom);
  const scope = dict ? atsDocument(ast).scopes.get(dict) : undefined;
  if (!dict || !scope || !KEYED_SCOPES.includes(scope)) return [];
  const present = new Set(dict.entries.map((entry) => entry.key.value));
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  // What was typed since the last tag on the line (or its indentation), and a `</key>` an editor closed already.
  const afterTag = Math.max(lineStart, text.lastIndexOf(">", offset - 1) + 1);
  // Typing inside `<key>…</key>`: the opening tag is replaced too.
  const typedFrom = text.slice(lineStart, afterTag).trimStart() === "<key>" ? afterTag - "<key>".length : afterTag;
  const typed = text.slice(typedFrom, offset);
  const startsTag = typed.trimStart();
  const from = typedFrom + (typed.length - typed.trimStart().length);
  const closing = /^[\w.-]*(?:<\/key>)?/u.exec(text.slice(offset, lineEnd))?.[0] ?? "";
  const indent = /^[ \t]*/u.exec(text.slice(lineStart, offset))?.[0] ?? "";
  const eol = /\r\n/u.test(text) ? "\r\n" : "\n";
  const replace = { start: document.positionAt(from), end: document.positionAt(offset + closing.length) };
  return keysOfScope(scope)
    // Obsolete keys (NSRequiresCertificateTransparency) are never suggested.
    .filter((key) => !present.has(key.name) && key.justification !== "obsolete")
    .map((key) => ({
      label: key.name,
      kind: CompletionItemKind.Property,
      detail: key.defaultValue ? `default ${key.defaultValue}` : key.kind,
      documentation: key.summary,
      filterText: startsTag.startsWith("<") ? `<key>${key.name}` : key.name,
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      ...(insertAsIs ? { insertTextMode: InsertTextMode.asIs } : {}),
      textEdit: { range: replace, newText: `<key>${key.name}</key>\n${indent}${valueTemplate(key, indent, snippets)}`.replace(/\n/gu, eol) },
    }));
}

function tlsVersionItems(document: TextDocument, position: Position): CompletionItem[] {
  const { document: ast, bom } = parseXmlPlist(document.getText());
  if (!ast) return [];
  const offset = document.offsetAt(position) - bom;
  const entry = entryAt(ast, offset);
  if (entry?.key.value !== "NSExceptionMinimumTLSVersion" || entry.value.type !== "String") return [];
  const [start, end] = entry.value.contentRange;
  if (offset < start || offset > end) return [];
  const range = { start: document.positionAt(start + bom), end: document.positionAt(end + bom) };
  return TLS_VERSIONS.map((version, index) => ({
    label: version,
    kind: CompletionItemKind.EnumMember,
    sortText: String(index),
    ...(version < "TLSv1.2" ? { tags: [CompletionItemTag.Deprecated], detail: "deprecated (RFC 8996)" } : {}),
    textEdit: { range, newText: version },
  }));
}

/** Inside ATS dicts: the keys valid at that level (key and value); inside NSExceptionMinimumTLSVersion: the versions. */
export function completion(document: TextDocument, position: Position, abilities: CompletionAbilities): CompletionItem[] {
  const versions = tlsVersionItems(document, position);
  return versions.length > 0 ? versions : keyItems(document, position, abilities);
}
