import { type AtsKey, atsDocument, atsKey, masvsControl } from "eslint-plugin-plist";
import type { Explanation } from "plistlint/engine";
import type { Value } from "@plistlint/parser";
import type { Hover, MarkupContent } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { entryAt, parseText } from "./plist-lookup.js";
import { policyMarkdown } from "./policy-markdown.js";

const JUSTIFICATION: Record<AtsKey["justification"], string> = {
  required: "App Review asks for a justification when this is YES.",
  "below-tls-1.2": "App Review asks for a justification when it allows a version below TLSv1.2.",
  "not-required": "No justification needed.",
  obsolete: "Obsolete: Apple says not to use it.",
};

function keyMarkdown(key: AtsKey, masvs: string, value: Value): string {
  // A NO loosens nothing: App Review has nothing to ask about it.
  const isNo = key.justification === "required" && value.type === "Boolean" && !value.value;
  const rows = [
    ["Default", key.defaultValue ?? "(none)"],
    ["Since", key.since],
    ["App Review", isNo ? "No justification needed for NO." : JUSTIFICATION[key.justification]],
    ["MASVS", masvs],
    ...(key.replacedBy ? [["Replaced by", `\`${key.replacedBy}\` (this key was removed from Apple's documentation in 2016)`]] : []),
  ];
  return [`**${key.name}** (App Transport Security)`, "", key.summary, "", "| | |", "|---|---|", ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join("\n");
}

/**
 * On an ATS key: what it does, its default, since when, App Review and MASVS. On NSAppTransportSecurity or a domain
 * key: the effective policy of that scope, from the same model as `plistlint explain`.
 */
export function hover(document: TextDocument, offset: number, explanation: () => Explanation): Hover | null {
  const { document: ast, bom } = parseText(document.getText());
  if (!ast) return null;
  const entry = entryAt(ast, offset - bom);
  if (!entry || offset - bom < entry.key.range[0] || offset - bom > entry.key.range[1]) return null;
  const ats = atsDocument(ast);
  const scope = entry.parent?.type === "Dict" ? ats.scopes.get(entry.parent) : undefined;
  if (!scope) return null;
  const name = entry.key.value;
  const range = { start: document.positionAt(entry.key.range[0] + bom), end: document.positionAt(entry.key.range[1] + bom) };
  let value: string | undefined;
  if (scope === "root" && name === "NSAppTransportSecurity") {
    value = policyMarkdown(explanation());
  } else if (scope === "exception-domains" || scope === "pinned-domains") {
    const prefix = scope === "exception-domains" ? "exception" : "pinned";
    value = policyMarkdown(explanation(), (row) => row.scope === `${prefix}: ${name}`);
  } else {
    const key = atsKey(name);
    if (key && key.scopes.includes(scope)) value = keyMarkdown(key, masvsControl(scope, name), entry.value);
  }
  if (!value) return null;
  const contents: MarkupContent = { kind: "markdown", value };
  return { contents, range };
}
