import { type Formatter, severityOf } from "./index.js";

/**
 * Clang's diagnostic format, which Xcode shows inline when a Run Script build phase prints it:
 * `/abs/path:line:column: error: message [rule]`.
 */
export const formatXcode: Formatter = (results) =>
  results
    .flatMap((result) =>
      result.messages.map((message) => {
        const position = message.line ? `:${message.line}:${message.column || 1}` : "";
        const rule = message.ruleId ? ` [${message.ruleId}]` : "";
        return `${result.filePath}${position}: ${severityOf(message)}: ${message.message.replace(/\s*\n\s*/gu, " ")}${rule}\n`;
      }),
    )
    .join("");
