import { type AtsKey, type Scope, atsDocument, keysOfScope } from "eslint-plugin-plist";
import { type CompletionItem, CompletionItemKind, CompletionItemTag, InsertTextFormat, type Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { dictAt, entryAt, parseText } from "./plist-lookup.js";

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

function keyItems(document: TextDocument, position: Position, snippets: boolean): CompletionItem[] {
  const text = document.getText();
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  // While a key is being typed the XML is broken: read the document without the current line.
  const blanked = text.slice(0, lineStart) + text.slice(lineStart, lineEnd).replace(/[^\r\n]/gu, " ") + text.slice(lineEnd);
  const { document: ast, bom } = parseText(blanked);
  if (!ast) return [];
  const dict = dictAt(ast, document.offsetAt(position) - bom);
  const scope = dict ? atsDocument(ast).scopes.get(dict) : undefined;
  if (!dict || !scope || !KEYED_SCOPES.includes(scope)) return [];
  const present = new Set(dict.entries.map((entry) => entry.key.value));
  const keys = scope === "root" ? keysOfScope("root") : keysOfScope(scope);
  const typed = text.slice(lineStart, document.offsetAt(position));
  const indent = /^[ \t]*/u.exec(typed)?.[0] ?? "";
  const replace = { start: { line: position.line, character: indent.length }, end: position };
  return keys
    // Obsolete keys (NSRequiresCertificateTransparency) are never suggested.
    .filter((key) => !present.has(key.name) && key.justification !== "obsolete")
    .map((key) => ({
      label: key.name,
      kind: CompletionItemKind.Property,
      detail: key.defaultValue ? `default ${key.defaultValue}` : key.kind,
      documentation: key.summary,
      filterText: typed.trimStart().startsWith("<") ? `<key>${key.name}` : key.name,
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: replace, newText: `<key>${key.name}</key>\n${indent}${valueTemplate(key, indent, snippets)}` },
    }));
}

function tlsVersionItems(document: TextDocument, position: Position): CompletionItem[] {
  const { document: ast, bom } = parseText(document.getText());
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
export function completion(document: TextDocument, position: Position, snippets: boolean): CompletionItem[] {
  const versions = tlsVersionItems(document, position);
  return versions.length > 0 ? versions : keyItems(document, position, snippets);
}
