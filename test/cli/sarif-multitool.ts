import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Log } from "sarif";

/** Microsoft's SARIF Multitool, run directly: its npm bin goes through a shell, which would split "Gh;Sarif" in two. */
const MULTITOOL = createRequire(import.meta.url)("@microsoft/sarif-multitool") as string;

/**
 * The validator's policy: SARIF2006 checks that each helpUri answers an HTTP GET; tests do not touch the network (and
 * the docs links point at the repository's main branch, which a pull request's new rule is not on yet).
 */
const POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

/**
 * What `Sarif.Multitool validate --rule-kind "Gh;Sarif"` finds in a SARIF file at the levels error and warning: GitHub's
 * ingestion rules (GHxxxx) and SARIF's own (SARIFxxxx), one line each.
 */
export function sarifProblems(file: string): string[] {
  const policy = `${file}.policy.xml`;
  const output = `${file}.validation.sarif`;
  writeFileSync(policy, POLICY);
  execFileSync(MULTITOOL, ["validate", file, "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--config", policy, "--output", output, "--log", "ForceOverwrite"], {
    encoding: "utf8",
  });
  const validation = JSON.parse(readFileSync(output, "utf8")) as Log;
  return (validation.runs[0]!.results ?? []).map(
    (result) => `${result.ruleId} ${result.level ?? "warning"}: ${result.message.id} ${(result.message.arguments ?? []).join(", ")}`,
  );
}
