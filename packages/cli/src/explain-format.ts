import { relative } from "node:path";
import { type Explanation, caveatsOf, describeMinimumOS, describeScope } from "@plistlint/engine";
import { printable } from "./printable.js";
import { textTable } from "./text-table.js";

const HEADINGS = ["Scope", "Covers", "Cleartext HTTP", "Minimum TLS", "Forward secrecy", "Pins", "Lines"];

/**
 * The explanation as one table per plist (a file may hold several), then what ATS ignores, caveats and notes; what
 * comes from the file (hosts, keys, its path) with its control characters escaped.
 */
export function formatExplanationsText(explanations: readonly Explanation[], cwd: string): string {
  return explanations
    .map((explanation) => {
      const name = printable(relative(cwd, explanation.filePath) || explanation.filePath);
      if (explanation.parseError) {
        const { message, line, column } = explanation.parseError;
        return `${name}\n  cannot be read: ${printable(message)} (line ${line}, column ${column})\n`;
      }
      if (explanation.plists.length === 0) return `${name}: holds no Info.plist settings\n`;
      return explanation.plists
        .map((plist) => {
          const rows = plist.scopes.map((scope) => {
            const row = describeScope(scope, plist);
            return [row.scope, row.covers, row.cleartext, row.minimumTLS, row.forwardSecrecy, row.pins, row.lines].map(printable);
          });
          const where = plist.label ? ` (${plist.label})` : explanation.plists.length > 1 ? ` (the plist at line ${plist.line})` : "";
          return [
            `${name}${where}: ${describeMinimumOS(plist.minimumOS)}`,
            ...textTable([HEADINGS, ...rows]).map((line) => `  ${line}`),
            ...plist.ignored.map((entry) => `  ignored: ${printable(entry.key)} (line ${entry.line}): ${printable(entry.reason)}`),
            ...caveatsOf(plist).map((caveat) => `  ! ${printable(caveat)}`),
            ...plist.notes.map((note) => `  * ${printable(note)}`),
            "",
          ].join("\n");
        })
        .join("\n");
    })
    .join("\n");
}
