import { oneLine } from "@plistlint/engine";
import { printable } from "../printable.js";
import { type Formatter, severityOf } from "./index.js";

/**
 * Clang's diagnostic format, which Xcode shows inline when a Run Script build phase prints it:
 * `/abs/path:line:column: error: message [rule]`, one line each (control characters escaped).
 */
export const formatXcode: Formatter = (results) =>
  results
    .flatMap((result) =>
      result.messages.map((message) => {
        const position = message.line ? `:${message.line}:${message.column || 1}` : "";
        const rule = message.ruleId ? ` [${printable(message.ruleId)}]` : "";
        return `${printable(result.filePath)}${position}: ${severityOf(message)}: ${printable(oneLine(message.message))}${rule}\n`;
      }),
    )
    .join("");
