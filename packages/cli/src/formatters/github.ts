import { relative, sep } from "node:path";
import { printable } from "../printable.js";
import { type Formatter, severityOf } from "./index.js";

/** Workflow-command escaping (actions/toolkit, packages/core/src/command.ts), then the terminal's: the log shows it. */
function escapeData(text: string): string {
  return printable(text.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A"));
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}

/** GitHub Actions annotations (`::error file=…,line=…::message`), shown on the pull request's diff. */
export const formatGithub: Formatter = (results, { cwd }) =>
  results
    .flatMap((result) => {
      const file = relative(cwd, result.filePath).split(sep).join("/");
      return result.messages.map((message) => {
        const properties: [string, string | number | undefined][] = [
          ["file", file],
          ["line", message.line || undefined],
          ["col", message.line ? message.column : undefined],
          ["endLine", message.endLine],
          ["endColumn", message.endColumn],
          ["title", message.ruleId ?? "plistlint"],
        ];
        const list = properties
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
          .join(",");
        return `::${severityOf(message)} ${list}::${escapeData(message.message)}\n`;
      });
    })
    .join("");
