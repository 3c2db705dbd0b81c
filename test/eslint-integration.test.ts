import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import plist from "eslint-plugin-plist";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";

const APP_PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>NSAppTransportSecurity</key>
	<dict>
		<!-- eslint-disable-next-line plist/no-arbitrary-loads -- a browser must open any URL the user types -->
		<key>NSAllowsArbitraryLoads</key>
		<true/>
		<key>NSExceptionDomains</key>
		<dict>
			<key>legacy.example.com</key>
			<dict>
				<key>NSExceptionMinimumTLSVersion</key> <!-- eslint-disable-line plist/min-tls-version -- vendor box, replaced in Q3 -->
				<string>TLSv1.0</string>
				<key>NSRequiresCertificateTransparency</key>
				<true/>
				<!-- eslint-disable plist/no-insecure-http-exceptions, plist/no-forward-secrecy-exceptions -->
				<key>NSExceptionAllowsInsecureHTTPLoads</key>
				<true/>
				<key>NSExceptionRequiresForwardSecrecy</key>
				<false/>
				<!-- eslint-enable plist/no-insecure-http-exceptions, plist/no-forward-secrecy-exceptions -->
			</dict>
			<key>media.example.com</key>
			<dict>
				<key>NSExceptionRequiresForwardSecrecy</key>
				<false/>
			</dict>
		</dict>
	</dict>
</dict>
</plist>
`;

/** A share extension as Windows tools leave it: BOM and CRLF. */
const SHARE_PLIST =
  "\uFEFF" +
  `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSAppTransportSecurity</key>
	<dict>
		<key>NSAllowsArbitraryLoads</key>
		<true/>
		<key>NSAllowsArbitraryLoadsInWebContent</key>
		<true/>
		<!-- eslint plist/no-arbitrary-loads-in-web-content: "off" -->
		<key>NSExceptionDomains</key>
		<dict>
			<key>cdn.example.com</key>
			<dict>
				<key>NSRequiresCertificateTransparency</key>
				<true/>
				<key>NSIncludesSubdomains</key>
				<true/>
			</dict>
		</dict>
	</dict>
</dict>
</plist>
`.replace(/\n/gu, "\r\n");

const BROKEN_PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSAppTransportSecurity</key>
	<dict>
		<key>NSAllowsArbitraryLoads</key>
		<true/>
	</dct>
</dict>
</plist>
`;

let dir: string;

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  return full;
}

function eslint(options: ESLint.Options = {}): ESLint {
  return new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      ...plist.configs.strict,
      // These fixtures document decisions with directive reasons; Justification comments are tested with their rule.
      { linterOptions: { reportUnusedDisableDirectives: "error" }, rules: { "plist/require-ats-justification": "off" } },
    ],
    ...options,
  });
}

function summary(results: ESLint.LintResult[], path: string): string[] {
  const result = results.find((candidate) => candidate.filePath === join(dir, path));
  if (!result) throw new Error(`${path} was not linted`);
  return result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId ?? "(none)"}`);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "plistlint-eslint-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("ESLint with plist.configs.strict", () => {
  it("runs on the ESLint major of its test project", () => {
    expect(ESLint.version.split(".")[0]).toBe(String(inject("eslintMajor")));
  });

  it("finds Info.plist and *-Info.plist files, honouring every directive form", async () => {
    write("App/Info.plist", APP_PLIST);
    write("Share/Share-Info.plist", SHARE_PLIST);
    write("App/Settings.plist", APP_PLIST);
    const results = await eslint().lintFiles(["."]);
    expect(results.map((result) => result.filePath.slice(dir.length + 1)).sort()).toEqual([
      "App/Info.plist",
      "Share/Share-Info.plist",
    ]);
    expect(summary(results, "App/Info.plist")).toEqual([
      "18:5 plist/no-certificate-transparency-key",
      "29:5 plist/no-forward-secrecy-exceptions",
    ]);
    expect(summary(results, "Share/Share-Info.plist")).toEqual([
      "6:3 plist/no-ignored-arbitrary-loads",
      "15:5 plist/no-certificate-transparency-key",
    ]);
  });

  it("reports an eslint-disable directive that suppresses nothing", async () => {
    write(
      "Info.plist",
      APP_PLIST.replace("<key>CFBundleIdentifier</key>", "<!-- eslint-disable-next-line plist/no-local-networking -->\n\t<key>CFBundleIdentifier</key>"),
    );
    const [result] = await eslint().lintFiles(["Info.plist"]);
    const unused = result!.messages.filter((message) => message.ruleId === null);
    expect(unused).toMatchObject([
      { line: 5, column: 2, message: "Unused eslint-disable directive (no problems were reported from 'plist/no-local-networking')." },
    ]);
  });

  it("ignores directive-looking comments inside a key or string, and --fix leaves them alone", async () => {
    const path = write(
      "Info.plist",
      APP_PLIST.replace("<key>CFBundleIdentifier</key>", "<key>CFBundleIdentifier<!-- eslint-disable-line plist/no-local-networking --></key>"),
    );
    const [result] = await eslint({ fix: true }).lintFiles(["Info.plist"]);
    await ESLint.outputFixes([result!]);
    expect(result!.messages.filter((message) => message.ruleId === null)).toEqual([]);
    expect(readFileSync(path, "utf8")).toContain("<key>CFBundleIdentifier<!-- eslint-disable-line plist/no-local-networking --></key>");
  });

  it("applies fixes (not suggestions), keeping the BOM and CRLF, and a second run changes nothing", async () => {
    const path = write("Share/Share-Info.plist", SHARE_PLIST);
    await ESLint.outputFixes(await eslint({ fix: true }).lintFiles(["."]));
    const fixed = readFileSync(path, "utf8");
    const expected =
      "\uFEFF" +
      `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSAppTransportSecurity</key>
	<dict>
		<key>NSAllowsArbitraryLoadsInWebContent</key>
		<true/>
		<!-- eslint plist/no-arbitrary-loads-in-web-content: "off" -->
		<key>NSExceptionDomains</key>
		<dict>
			<key>cdn.example.com</key>
			<dict>
				<key>NSIncludesSubdomains</key>
				<true/>
			</dict>
		</dict>
	</dict>
</dict>
</plist>
`.replace(/\n/gu, "\r\n");
    expect(fixed).toBe(expected);
    const again = await eslint({ fix: true }).lintFiles(["."]);
    expect(again[0]!.output).toBeUndefined();
    expect(again[0]!.messages).toEqual([]);
  });

  it("gives one parse error at the right line for a malformed file, without a stack trace", async () => {
    write("Broken/Info.plist", BROKEN_PLIST);
    const [result] = await eslint().lintFiles(["."]);
    // ESLint 9 adds `nodeType: null`, which ESLint 10 dropped.
    expect(result!.messages).toMatchObject([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: "Parsing error: Expected closing tag 'dict' (opened on line 5, column 2) instead of closing tag 'dct'.",
        line: 8,
        column: 2,
      },
    ]);
  });

  it.each([
    ["UTF-16 LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><plist/>', "utf16le")]), "Parsing error: The file looks like UTF-16: convert it to UTF-8 (plutil -convert xml1 <file>)."],
    ["UTF-16 BE", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<?xml version="1.0"?><plist/>', "utf16le").swap16()]), "Parsing error: The file looks like UTF-16: convert it to UTF-8 (plutil -convert xml1 <file>)."],
    ["binary", Buffer.from([0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30, 0xd1, 0x01, 0x02, 0x5f, 0x10, 0x16]), "Parsing error: This is a binary property list (bplist): convert it with 'plutil -convert xml1 <file>' to lint it."],
  ])("gives a specific parse error for a %s plist read from disk", async (_kind, bytes, message) => {
    writeFileSync(write("Info.plist", ""), bytes);
    const [result] = await eslint().lintFiles(["Info.plist"]);
    expect(result!.messages).toMatchObject([{ fatal: true, line: 1, column: 1, message }]);
  });

  it("reads a file with white space before the XML declaration, as CoreFoundation does, and reports its pins", async () => {
    const pinned = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>NSAppTransportSecurity</key>
	<dict>
		<key>NSPinnedDomains</key>
		<dict>
			<key>api.example.com</key>
			<dict>
				<key>NSPinnedLeafIdentities</key>
				<array>
					<dict>
						<key>SPKI-SHA256-BASE64</key>
						<string>SiGVTqAf0ydlZB6t1YjfSy0xVsIDlbmQaczjySNIlfk=</string>
					</dict>
				</array>
			</dict>
		</dict>
	</dict>
</dict>
</plist>
`;
    write("App/Info.plist", `\n  \n${pinned}`);
    expect(summary(await eslint().lintFiles(["App/Info.plist"]), "App/Info.plist")).toEqual(["12:5 plist/require-backup-pin"]);
  });

  it("finishes at once on an entity-bomb DOCTYPE, with a parse error", async () => {
    const entities = Array.from({ length: 12 }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join("\n");
    write(
      "Bomb/Info.plist",
      `<?xml version="1.0"?>\n<!DOCTYPE plist [\n<!ENTITY e0 "lol">\n${entities}\n]>\n<plist version="1.0"><string>&e12;</string></plist>\n`,
    );
    const started = performance.now();
    const [result] = await eslint().lintFiles(["."]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result!.messages).toMatchObject([{ fatal: true, line: 2, column: 17 }]);
  });
});

