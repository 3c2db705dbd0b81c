import type { ExplainedScope, Explanation } from "plistlint/engine";

const escape = (text: string): string => text.replace(/\|/gu, "\\|");

/** The explained policy as a Markdown table (hover, the extension's policy preview), optionally some rows only. */
export function policyMarkdown(explanation: Explanation, include: (row: ExplainedScope) => boolean = () => true): string {
  if (explanation.parseError) return `Cannot read this Info.plist: ${escape(explanation.parseError.message)}`;
  const rows = explanation.scopes.filter(include);
  const os = Object.entries(explanation.minimumOS.versions).map(([platform, version]) => `${platform} ${version}`).join(", ");
  const lines = [
    `**Effective App Transport Security policy** (minimum OS ${os}${explanation.minimumOS.source === "assumed" ? ", assumed" : ""})`,
    "",
    "| Scope | Covers | Cleartext HTTP | Minimum TLS | Forward secrecy | Pins |",
    "|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${[row.scope, row.covers, row.cleartextHTTP, row.minimumTLS, row.forwardSecrecy, row.pins].map(escape).join(" | ")} |`),
  ];
  const notes = rows.length === explanation.scopes.length ? explanation.notes : [];
  return [...lines, ...(notes.length > 0 ? ["", ...notes.map((note) => `- ${escape(note)}`)] : [])].join("\n");
}
