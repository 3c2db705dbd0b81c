import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { ESLint, Linter } from "eslint";
import type { Log, ReportingDescriptor, Result } from "sarif";
import { type Formatter, severityOf } from "./index.js";
import { lineHashes } from "./line-hash.js";
import { descriptorIdOf, ruleDescriptor } from "./sarif-rules.js";

const HOME = "https://github.com/plistlint/plistlint";

/** A URI reference for the file: relative to the working directory when below it (percent-encoded), else absolute. */
function artifactUri(cwd: string, filePath: string): string {
  const relativePath = relative(cwd, filePath);
  if (relativePath.startsWith("..") || isAbsolute(relativePath)) return pathToFileURL(filePath).href;
  return relativePath.split(sep).map(encodeURIComponent).join("/");
}

/** One result: the problem, where it is, and the line hash that tracks it across commits when its text is known. */
function sarifResult(message: Linter.LintMessage, ruleIndex: number, uri: string, hashes: string[] | undefined): Result {
  const region =
    message.line > 0
      ? {
          startLine: message.line,
          startColumn: Math.max(message.column, 1),
          endLine: message.endLine ?? message.line,
          endColumn: Math.max(message.endColumn ?? message.column, 1),
        }
      : undefined;
  const lineHash = region && hashes?.[region.startLine - 1];
  return {
    ruleId: descriptorIdOf(message),
    ruleIndex,
    level: severityOf(message),
    message: { text: message.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, ...(region ? { region } : {}) } }],
    ...(lineHash ? { partialFingerprints: { primaryLocationLineHash: lineHash } } : {}),
  };
}

/**
 * SARIF 2.1.0 for code scanning (GitHub's upload-sarif or its API, and others), meeting GitHub's ingestion rules: one
 * run; each rule that reported with its description, its docs page as help, and for ours the security-severity,
 * precision and MASVS control; each problem with its region and line hash. Paths are relative to the working
 * directory, which is the repository root in CI; columns count UTF-16 code units, as ESLint's do.
 */
export const formatSarif: Formatter = (results, { cwd, rulesMeta, toolVersion }) => {
  const ids = [...new Set(results.flatMap((result) => result.messages.map(descriptorIdOf)))].sort();
  const rules: ReportingDescriptor[] = ids.map((id) => ruleDescriptor(id, rulesMeta[id]));
  const ruleIndex = new Map(ids.map((id, index) => [id, index]));
  const sarifResults = results.flatMap((result: ESLint.LintResult) => {
    const uri = artifactUri(cwd, result.filePath);
    // The text the positions refer to: the fixed text after a fix, else the file's.
    const text = result.output ?? result.source;
    const hashes = text === undefined ? undefined : lineHashes(text);
    return result.messages.map((message) => sarifResult(message, ruleIndex.get(descriptorIdOf(message))!, uri, hashes));
  });
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "plistlint", version: toolVersion, semanticVersion: toolVersion, informationUri: HOME, rules } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
