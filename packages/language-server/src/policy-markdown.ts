import { type ExplainedPlist, type ExplainedScope, type Explanation, caveatsOf, describeMinimumOS, describeScope } from "@plistlint/engine";

const escape = (text: string): string => text.replace(/\|/gu, "\\|");

/** One plist's explained policy as a Markdown table, optionally some rows only (the hover on a domain key). */
function plistMarkdown(plist: ExplainedPlist, include: (row: ExplainedScope) => boolean): string {
  const rows = plist.scopes.filter(include);
  const whole = rows.length === plist.scopes.length;
  const lines = [
    `**Effective App Transport Security policy**${plist.label ? ` of \`${plist.label}\`` : ""} (${describeMinimumOS(plist.minimumOS)})`,
    "",
    "| Scope | Covers | Cleartext HTTP | Minimum TLS | Forward secrecy | Pins |",
    "|---|---|---|---|---|---|",
    ...rows.map((row) => {
      const cells = describeScope(row, plist);
      return `| ${[cells.scope, cells.covers, cells.cleartext, cells.minimumTLS, cells.forwardSecrecy, cells.pins].map(escape).join(" | ")} |`;
    }),
  ];
  const caveats = whole ? caveatsOf(plist) : rows.flatMap((row) => row.caveats);
  const notes = whole ? [...plist.ignored.map((entry) => `Ignored: ${entry.key} (line ${entry.line}): ${entry.reason}`), ...plist.notes] : [];
  const bullets = [...caveats, ...notes];
  return [...lines, ...(bullets.length > 0 ? ["", ...bullets.map((bullet) => `- ${escape(bullet)}`)] : [])].join("\n");
}

/**
 * The explained policy as Markdown (hover, the extension's policy view): every plist of the file, or one of them
 * (by its place among the file's plists: the hover knows which one the key is in), or some rows.
 */
export function policyMarkdown(explanation: Explanation, include: (row: ExplainedScope) => boolean = () => true, plistIndex?: number): string {
  if (explanation.parseError) return `Cannot read this file: ${escape(explanation.parseError.message)}`;
  if (explanation.plists.length === 0) return "This file holds no Info.plist settings.";
  const plists = plistIndex === undefined ? explanation.plists : explanation.plists.slice(plistIndex, plistIndex + 1);
  return plists.map((plist) => plistMarkdown(plist, include)).join("\n\n");
}
