import { relative } from "node:path";
import type { Explanation } from "./explain.js";
import { textTable } from "./text-table.js";

const HEADINGS = ["Scope", "Covers", "Cleartext HTTP", "Minimum TLS", "Forward secrecy", "Pins", "Lines"];

function describeMinimumOS({ versions, source }: Explanation["minimumOS"]): string {
  const list = Object.entries(versions).map(([platform, version]) => `${platform} ${version}`).join(", ");
  const from = { settings: "from the configuration", file: "from the Info.plist", assumed: "assumed; set --minimum-os" }[source];
  return `minimum OS ${list} (${from})`;
}

/** The explanation as one table per file, then its notes. */
export function formatExplanationsText(explanations: readonly Explanation[], cwd: string): string {
  return explanations
    .map((explanation) => {
      const name = relative(cwd, explanation.filePath) || explanation.filePath;
      if (explanation.parseError) {
        const { message, line, column } = explanation.parseError;
        return `${name}\n  cannot be read: ${message} (line ${line}, column ${column})\n`;
      }
      const rows = explanation.scopes.map((scope) => [
        scope.scope,
        scope.covers,
        scope.cleartextHTTP,
        scope.minimumTLS,
        scope.forwardSecrecy,
        scope.pins,
        scope.lines.join(", ") || "default",
      ]);
      const table = textTable([HEADINGS, ...rows]).map((line) => `  ${line}`);
      const notes = explanation.notes.map((note) => `  * ${note}`);
      return [`${name}: ${describeMinimumOS(explanation.minimumOS)}`, ...table, ...notes, ""].join("\n");
    })
    .join("\n");
}
