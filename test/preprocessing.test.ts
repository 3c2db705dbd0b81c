// Info.plists that Xcode preprocesses (INFOPLIST_PREPROCESS = YES): the rules run on each plist the #if branches
// make, in ESLint and in the plistlint CLI alike, and say which branch a finding depends on.
import { join } from "node:path";
import { Linter } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./cli/cli-helpers.js";

const PREPROCESSED = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>CFBundleName</key>
	<string>App</string>
	<key>NSAppTransportSecurity</key>
	<dict>
#if DEBUG
		<key>NSAllowsLocalNetworking</key>
		<true/>
#endif
		<key>NSAllowsArbitraryLoads</key>
		<true/>
		<key>NSExceptionDomains</key>
		<dict>
			<key>example.com</key>
			<dict>
#ifndef NO_LEGACY_TLS
				<key>NSExceptionMinimumTLSVersion</key>
				<string>TLSv1.0</string>
#else
				<key>NSExceptionMinimumTLSVersion</key>
				<string>TLSv1.2</string>
#endif
				<key>NSRequiresCertificateTransparency</key>
				<true/>
			</dict>
		</dict>
	</dict>
</dict>
</plist>
`;

const linter = new Linter();
const config = [...plist.configs.strict, { rules: { "plist/require-ats-justification": "off" as const } }];

/** Each problem as `line:column rule [where]`, the branch tag (if any) taken from the end of its message. */
function summary(messages: Linter.LintMessage[]): string[] {
  return messages.map(({ line, column, ruleId, message }) => `${line}:${column} ${ruleId} ${/\[[^\]]+\]$/u.exec(message)?.[0] ?? "-"}`);
}

describe("a preprocessed Info.plist (INFOPLIST_PREPROCESS)", () => {
  it("is linted once per choice of #if branches; a finding that depends on a branch says which", () => {
    const messages = linter.verify(PREPROCESSED, config, "App/Info.plist");
    expect(summary(messages)).toEqual([
      "9:3 plist/no-local-networking [in #if DEBUG]",
      "12:3 plist/no-arbitrary-loads [with no #if DEBUG, #else of #ifndef NO_LEGACY_TLS]",
      "12:3 plist/no-ignored-arbitrary-loads [with #if DEBUG, #ifndef NO_LEGACY_TLS]",
      "20:5 plist/min-tls-version [in #ifndef NO_LEGACY_TLS]",
      "22:5 plist/no-redundant-ats-defaults [in #else of #ifndef NO_LEGACY_TLS]",
      "25:5 plist/no-certificate-transparency-key -",
    ]);
    // A fix is applied only when every variant has its finding: removing an entry that one branch ignores could
    // change what another branch does.
    expect(messages.map((message) => [message.ruleId, Boolean(message.fix)])).toEqual([
      ["plist/no-local-networking", false],
      ["plist/no-arbitrary-loads", false],
      ["plist/no-ignored-arbitrary-loads", false],
      ["plist/min-tls-version", false],
      ["plist/no-redundant-ats-defaults", false],
      ["plist/no-certificate-transparency-key", true],
    ]);
    // Suggestions stay: they are applied by hand, one at a time.
    expect(messages[1]!.suggestions?.map((suggestion) => suggestion.desc)).toEqual(["Remove NSAllowsArbitraryLoads"]);
    const { output } = linter.verifyAndFix(PREPROCESSED, config, "App/Info.plist");
    expect(output).toBe(PREPROCESSED.replace("\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<true/>\n", ""));
  });

  it("gives one fatal message naming INFOPLIST_PREPROCESS when a branch is no valid plist", () => {
    const text = PREPROCESSED.replace("\t\t<true/>\n#endif", "#endif\n\t\t<true/>");
    expect(linter.verify(text, config, "App/Info.plist")).toEqual([
      expect.objectContaining({
        fatal: true,
        line: 11,
        column: 3,
        message:
          "Parsing error: Preprocessed with no #if DEBUG, #else of #ifndef NO_LEGACY_TLS (Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS), this Info.plist is not a valid plist: <true> has no <key>: every value in a <dict> follows a key.",
      }),
    ]);
  });

  it("honours directive comments inside a branch", () => {
    const text = PREPROCESSED.replace("#if DEBUG\n", "#if DEBUG\n\t\t<!-- eslint-disable-next-line plist/no-local-networking -- the debug build talks to a local server -->\n");
    const messages = linter.verify(text, [...config, { linterOptions: { reportUnusedDisableDirectives: "error" } }], "App/Info.plist");
    expect(summary(messages).filter((line) => line.includes("local-networking"))).toEqual([]);
  });

  it("gives the same findings through the plistlint CLI", () => {
    const root = project({ "App/Info.plist": PREPROCESSED });
    const run = runCli(["--format", "xcode", "--preset", "strict", "--rule", "plist/require-ats-justification: off", "App"], root);
    const file = join(root, "App", "Info.plist");
    expect(run.stderr).toBe("");
    // Xcode's format: `<file>:<line>:<column>: <severity>: <message> [<rule>]`.
    const lines = run.stdout.split("\n").filter(Boolean).map((line) => {
      const [, position, severity, where, rule] = /^(\d+:\d+): (error|warning): .*?(?: (\[(?:in|with) [^\]]+\]))? \[([^\]]+)\]$/u.exec(line.slice(file.length + 1))!;
      return `${position} ${rule} ${where ?? "-"} ${severity}`;
    });
    expect(lines).toEqual(summary(linter.verify(PREPROCESSED, config, "App/Info.plist")).map((line, index) => `${line} ${["warning", "error", "error", "error", "warning", "warning"][index]}`));
  });
});
