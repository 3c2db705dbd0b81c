import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from "node-sarif-builder";
import { type Formatter, severityOf } from "./index.js";

const HOME = "https://github.com/plistlint/plistlint";
const PARSE_ERROR = "plistlint/parse-error";

/** A URI reference for the file: relative to the working directory when below it (percent-encoded), else absolute. */
function artifactUri(cwd: string, filePath: string): string {
  const relativePath = relative(cwd, filePath);
  if (relativePath.startsWith("..") || isAbsolute(relativePath)) return pathToFileURL(filePath).href;
  return relativePath.split(sep).map(encodeURIComponent).join("/");
}

/**
 * SARIF 2.1.0 for code scanning (GitHub's upload-sarif and others): one run, the rules that reported with their
 * descriptions and documentation links, and each problem with its region. Paths are relative to the working
 * directory, which is the repository root in CI.
 */
export const formatSarif: Formatter = (results, { cwd, rulesMeta, toolVersion }) => {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: "plistlint", toolDriverVersion: toolVersion, url: HOME });
  for (const [ruleId, meta] of Object.entries(rulesMeta)) {
    const rule = new SarifRuleBuilder().initSimple({
      ruleId,
      shortDescriptionText: meta.docs?.description ?? ruleId,
      ...(meta.docs?.url ? { helpUri: meta.docs.url } : {}),
    });
    // Code scanning shows tags as filters; the MASVS control says which verification requirement a finding breaks.
    const masvs = (meta.docs as { masvs?: string } | undefined)?.masvs;
    rule.rule.properties = { tags: ["security", ...(masvs?.startsWith("MASVS") ? [masvs] : [])] };
    run.addRule(rule);
  }
  if (results.some((result) => result.messages.some((message) => !message.ruleId))) {
    run.addRule(new SarifRuleBuilder().initSimple({ ruleId: PARSE_ERROR, shortDescriptionText: "The file is not a well-formed XML property list" }));
  }
  for (const result of results) {
    const fileUri = artifactUri(cwd, result.filePath);
    for (const message of result.messages) {
      const hasRegion = message.line > 0;
      run.addResult(
        new SarifResultBuilder().initSimple({
          level: severityOf(message),
          messageText: message.message,
          ruleId: message.ruleId ?? PARSE_ERROR,
          fileUri,
          ...(hasRegion
            ? {
                startLine: message.line,
                startColumn: Math.max(message.column, 1),
                endLine: message.endLine ?? message.line,
                endColumn: Math.max(message.endColumn ?? message.column, 1),
              }
            : {}),
        }),
      );
    }
  }
  const sarif = new SarifBuilder();
  sarif.addRun(run);
  return sarif.buildSarifJsonString({ indent: true });
};
