import { type Explanation, readPlists } from "@plistlint/engine";
import { type AtsKey, type PlistSyntax, atsDocument, atsKey, masvsControl } from "eslint-plugin-plist";
import type { Value } from "@plistlint/parser";
import type { Hover, MarkupContent } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { entryAt } from "./plist-lookup.js";
import { policyMarkdown } from "./policy-markdown.js";

/** What App Review asks of the key, in a table cell; `{{yes}}` is how the file writes true. */
const APP_REVIEW: Record<AtsKey["justification"], string> = {
  required: "justification when {{yes}}",
  "below-tls-1.2": "justification below TLSv1.2",
  "not-required": "none",
  obsolete: "obsolete: do not use",
};

/**
 * The key's card: what it does, then one row (default, since when, what App Review asks, the MASVS control), short
 * enough for a hover beside the Problems panel. Booleans are written as the file writes them.
 */
function keyMarkdown(key: AtsKey, masvs: string, value: Value, booleans: PlistSyntax["booleans"]): string {
  const [no, yes] = booleans;
  const written = (text: string | undefined): string => (text === "YES" ? yes : text === "NO" ? no : (text ?? "–"));
  // A NO loosens nothing: App Review has nothing to ask about it.
  const isNo = key.justification === "required" && value.type === "Boolean" && !value.value;
  const appReview = isNo ? `none for ${no}` : APP_REVIEW[key.justification].replace("{{yes}}", yes);
  const legacy = key.replacedBy ? [`Legacy key, undocumented since 2016: use \`${key.replacedBy}\`.`, ""] : [];
  return [
    `**${key.name}** (App Transport Security)`,
    "",
    key.summary,
    "",
    ...legacy,
    "| Default | Since | App Review | MASVS |",
    "|---|---|---|---|",
    `| ${written(key.defaultValue)} | ${key.since} | ${appReview} | ${masvs} |`,
  ].join("\n");
}

/**
 * On an ATS key: what it does, its default, since when, App Review and MASVS. On NSAppTransportSecurity or a domain
 * key: the effective policy of that scope, from the same model as `plistlint explain`. The same in every kind of
 * source (an Info.plist, an Expo config), read by the front-end that lints it.
 */
export function hover(document: TextDocument, path: string, offset: number, explanation: () => Promise<Explanation>): Promise<Hover | null> | null {
  const text = document.getText();
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const reading = readPlists(path, bom ? text.slice(1) : text);
  if (!reading.ok) return null;
  const at = offset - bom;
  for (const [index, { ast, syntax }] of reading.sources.entries()) {
    const entry = entryAt(ast, at);
    if (!entry || at < entry.key.range[0] || at > entry.key.range[1]) continue;
    const scope = entry.parent?.type === "Dict" ? atsDocument(ast).scopes.get(entry.parent) : undefined;
    if (!scope) return null;
    const name = entry.key.value;
    const range = { start: document.positionAt(entry.key.range[0] + bom), end: document.positionAt(entry.key.range[1] + bom) };
    const answer = (value: string | undefined): Hover | null => (value ? { contents: { kind: "markdown", value } satisfies MarkupContent, range } : null);
    if (scope === "root" && name === "NSAppTransportSecurity") return explanation().then((explained) => answer(policyMarkdown(explained, undefined, index)));
    if (scope === "exception-domains" || scope === "pinned-domains") {
      const kind = scope === "exception-domains" ? "exception" : "pinned";
      return explanation().then((explained) => answer(policyMarkdown(explained, (row) => row.kind === kind && row.host === name, index)));
    }
    const key = atsKey(name);
    return Promise.resolve(answer(key && key.scopes.includes(scope) ? keyMarkdown(key, masvsControl(scope, name), entry.value, syntax.booleans) : undefined));
  }
  return null;
}
