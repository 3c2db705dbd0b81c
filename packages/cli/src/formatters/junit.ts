import { basename, dirname, extname, join } from "node:path";
import type { Formatter } from "./index.js";

/** Characters XML 1.0 cannot hold at all are dropped; the rest is escaped. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[<>&"']/gu, (character) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[character]};`);
}

/**
 * JUnit XML in the layout of ESLint's former junit formatter (one testsuite per file, one failing testcase per
 * problem), so CI dashboards that read ESLint's report read this one. Unlike that formatter it escapes file paths.
 */
export const formatJunit: Formatter = (results) => {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const result of results) {
    const name = escapeXml(result.filePath);
    const classname = escapeXml(join(dirname(result.filePath), basename(result.filePath, extname(result.filePath))));
    if (result.messages.length === 0) {
      output += `<testsuite package="org.eslint" time="0" tests="1" errors="0" name="${name}">\n`;
      output += `<testcase time="0" name="${name}" classname="${classname}" />\n</testsuite>\n`;
      continue;
    }
    const failures = result.messages.filter((message) => !message.fatal).length;
    output += `<testsuite package="org.eslint" time="0" tests="${result.messages.length}" errors="${result.messages.length - failures}" failures="${failures}" name="${name}">\n`;
    for (const message of result.messages) {
      const element = message.fatal ? "error" : "failure";
      const severity = message.fatal || message.severity === 2 ? "Error" : "Warning";
      const text = escapeXml(message.message);
      const rule = message.ruleId ? ` (${escapeXml(message.ruleId)})` : "";
      output += `<testcase time="0" name="org.eslint.${escapeXml(message.ruleId ?? "unknown")}" classname="${classname}">`;
      output += `<${element} message="${text}">line ${message.line || 0}, col ${message.column || 0}, ${severity} - ${text}${rule}</${element}>`;
      output += "</testcase>\n";
    }
    output += "</testsuite>\n";
  }
  return `${output}</testsuites>\n`;
};
