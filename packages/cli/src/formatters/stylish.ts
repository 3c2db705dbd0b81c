import { styleText } from "node:util";
import { printable } from "../printable.js";
import { textTable } from "../text-table.js";
import type { Formatter } from "./index.js";

type Style = Parameters<typeof styleText>[0];

function pluralize(word: string, count: number): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * ESLint's stylish layout (file, then `line:column  severity  message  rule`, then a summary), so that plistlint's
 * output reads like `npx eslint`. Colour is decided by the caller: a terminal, NO_COLOR, --color / --no-color. What
 * comes from the files (paths, keys and values in messages) is shown with its control characters escaped.
 */
export const formatStylish: Formatter = (results, { color }) => {
  // The caller has decided; styleText must not second-guess it from the stream or the environment.
  const style = (format: Style, text: string): string => (color ? styleText(format, text, { validateStream: false }) : text);
  let output = "\n";
  const totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  for (const result of results) {
    if (result.messages.length === 0) continue;
    totals.errors += result.errorCount;
    totals.warnings += result.warningCount;
    totals.fixableErrors += result.fixableErrorCount;
    totals.fixableWarnings += result.fixableWarningCount;
    const rows = result.messages.map((message) => {
      const isError = message.fatal || message.severity === 2;
      return [
        "",
        style("dim", `${message.line || 0}:${message.column || 0}`),
        isError ? style("red", "error") : style("yellow", "warning"),
        printable(message.message.replace(/([^ ])\.$/u, "$1")),
        message.ruleId ? style("dim", printable(message.ruleId)) : "",
      ];
    });
    output += `${style("underline", printable(result.filePath))}\n${textTable(rows, new Set([1])).join("\n")}\n\n`;
  }
  const total = totals.errors + totals.warnings;
  if (total === 0) return "";
  const summaryStyle = (text: string): string => style(totals.errors > 0 ? "red" : "yellow", style("bold", text));
  output += `${summaryStyle(
    `\u2716 ${pluralize("problem", total)} (${pluralize("error", totals.errors)}, ${pluralize("warning", totals.warnings)})`,
  )}\n`;
  if (totals.fixableErrors + totals.fixableWarnings > 0) {
    output += `${summaryStyle(
      `  ${pluralize("error", totals.fixableErrors)} and ${pluralize("warning", totals.fixableWarnings)} potentially fixable with the \`--fix\` option.`,
    )}\n`;
  }
  return output;
};
