// The bad-input battery: each input through the CLI (a message naming the file, and the line where there is one;
// exit code 1 or 2; no stack trace; bounded time and memory) and through the language server (it answers, and
// keeps answering).
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generatedPlist } from "../bench/language-server.js";
import { BIN, project } from "./cli/cli-helpers.js";
import { LspClient } from "./language-server/lsp-client.js";

const PLIST = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n</dict>\n</plist>\n';
const utf16 = (encoding: "utf16le", swap: boolean): Buffer => {
  const bytes = Buffer.from(`\uFEFF${PLIST}`, encoding);
  return swap ? Buffer.from(bytes).swap16() : bytes;
};
const nested = (depth: number): string =>
  `<?xml version="1.0"?>\n<plist version="1.0">\n${"<dict><key>k</key>".repeat(depth)}<true/>${"</dict>".repeat(depth)}\n</plist>\n`;
/** An exception domain whose key is `key`, in a file of many lines. */
const domainKey = (key: string): string =>
  `<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>${key}</key>\n\t\t\t<dict><key>NSIncludesSubdomains</key><true/></dict>\n\t\t</dict>\n\t</dict>\n</dict>\n</plist>\n`;
/** `count` entries of one key in one dict, all on one line: a finding (and a fix) per entry, on the same line. */
const duplicatesOnOneLine = (count: number): string =>
  `<?xml version="1.0"?><plist version="1.0"><dict><key>NSAppTransportSecurity</key><dict>${"<key>NSAllowsArbitraryLoads</key><false/>".repeat(count)}</dict></dict></plist>`;
const oneLine = (size: number): string => {
  let text = '<?xml version="1.0"?><plist version="1.0"><dict><key>NSAppTransportSecurity</key><dict><key>NSExceptionDomains</key><dict>';
  for (let index = 0; text.length < size; index++) text += `<key>a${index}.example.com</key><dict><key>NSIncludesSubdomains</key><true/></dict>`;
  return `${text}</dict></dict></dict></plist>`;
};

interface Case {
  name: string;
  content: string | Buffer;
  /** The message, after `<file>:` (line:column where there is one). */
  message: RegExp;
  exit: 0 | 1;
}

const CASES: Case[] = [
  { name: "an empty file", content: "", message: /^1:1: error: Parsing error: The file is empty/u, exit: 1 },
  { name: "white space only", content: " \n\t\n", message: /^1:1: error: Parsing error: The file is empty/u, exit: 1 },
  { name: "a binary plist", content: Buffer.from("bplist00\xd1\x01\x02Q", "latin1"), message: /^1:1: error: Parsing error: This is a binary property list/u, exit: 1 },
  { name: "UTF-16 LE with a BOM", content: utf16("utf16le", false), message: /^1:1: error: Parsing error: The file looks like UTF-16/u, exit: 1 },
  { name: "UTF-16 BE with a BOM", content: utf16("utf16le", true), message: /^1:1: error: Parsing error: The file looks like UTF-16/u, exit: 1 },
  { name: "invalid UTF-8", content: Buffer.concat([Buffer.from(PLIST.slice(0, 70)), Buffer.from([0xff]), Buffer.from(PLIST.slice(70))]), message: /^4:3: error: File is not valid UTF-8 \(the first invalid byte is at line 4, column 3\)/u, exit: 1 },
  { name: "a NUL byte", content: PLIST.replace("App", "A\u0000pp"), message: /^5:11: error: Parsing error: The file contains a NUL character/u, exit: 1 },
  { name: "BOM and CRLF", content: `\uFEFF${PLIST.replace(/\n/gu, "\r\n")}`, message: /^$/u, exit: 0 },
  { name: "lone CR line ends", content: PLIST.replace(/\n/gu, "\r"), message: /^$/u, exit: 0 },
  { name: "an entity bomb", content: '<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<plist version="1.0"><dict><key>x</key><string>&b;</string></dict></plist>\n', message: /^2:17: error: Parsing error: A DOCTYPE with an internal subset is not allowed/u, exit: 1 },
  { name: "an external entity", content: '<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<plist version="1.0"><dict><key>x</key><string>&x;</string></dict></plist>\n', message: /^2:17: error: Parsing error: A DOCTYPE with an internal subset is not allowed/u, exit: 1 },
  { name: "__proto__ and constructor keys", content: PLIST.replace("CFBundleName", "__proto__").replace("<string>App</string>", "<dict><key>constructor</key><true/></dict>"), message: /^$/u, exit: 0 },
  { name: "an OpenStep plist", content: "{\n  CFBundleName = App;\n}\n", message: /^1:1: error: Parsing error: This looks like an OpenStep/u, exit: 1 },
  { name: "#if lines", content: PLIST.replace("\t<key>CFBundleName", "#if DEBUG\n\t<key>CFBundleName").replace("</dict>", "#endif\n</dict>"), message: /^$/u, exit: 0 },
  { name: "an #if without #endif", content: PLIST.replace("\t<key>CFBundleName", "#if DEBUG\n\t<key>CFBundleName"), message: /^4:1: error: Parsing error: '#if DEBUG' has no #endif \(Xcode's Info\.plist preprocessing, INFOPLIST_PREPROCESS\)/u, exit: 1 },
  { name: "white space before the XML declaration", content: `\n  ${PLIST}`, message: /^$/u, exit: 0 },
  { name: "a {{template}}", content: PLIST.replace("<string>App</string>", "<string>{{name}}</string>\n\t{{#ats}}"), message: /^6:2: error: Parsing error: Text is not allowed directly inside <dict>/u, exit: 1 },
  { name: "XML that is not a plist", content: '<?xml version="1.0"?>\n<project><name>x</name></project>\n', message: /^2:1: error: Parsing error: The root element must be <plist>, not <project>/u, exit: 1 },
  { name: "a 1 MB single line", content: oneLine(1024 * 1024), message: /^$/u, exit: 0 },
  // Each of these took time quadratic in its size (issue 14, rows 2 and 3): minutes at these sizes, so the run's
  // time limit catches a regression; npm run bench measures them against ordinary twins.
  { name: "a domain key of 1,000,000 dots then a.", content: domainKey(`${".".repeat(1_000_000)}a.`), message: /^8:4: error: Domain key '\.{1000000}a\.' starts with a dot, ends with a dot/u, exit: 1 },
  { name: "100,000 duplicate keys on one 4 MB line", content: duplicatesOnOneLine(100_000), message: /^1:88: error: 'NSAllowsArbitraryLoads' is set again on line 1, so this entry is ignored: remove one of them\. \[plist\/no-duplicate-keys\]$/u, exit: 1 },
  { name: "50,000 nested dicts", content: nested(50_000), message: /^3:18001: error: Parsing error: <dict> is nested more than 1000 levels deep; deeper nesting is not read/u, exit: 1 },
];

/** The CLI under a memory ceiling: a run that needs more crashes instead of passing. */
function runBounded(args: string[], cwd: string, heapMiB = 512): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = Date.now();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, BIN, ...args], { cwd, encoding: "utf8", timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

describe("bad input, through the CLI", () => {
  it.each(CASES)("$name", ({ content, message, exit }) => {
    const root = project({ "App/Info.plist": content });
    const file = join(root, "App", "Info.plist");
    const run = runBounded(["--format", "xcode", "--preset", "strict", "App"], root);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(exit);
    const lines = run.stdout.split("\n").filter(Boolean);
    if (exit === 0) expect(lines.every((line) => !line.includes(": error:")), run.stdout).toBe(true);
    else expect(lines[0]!.startsWith(`${file}:`) ? lines[0]!.slice(file.length + 1) : lines[0], run.stdout).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /u);
    expect(run.ms).toBeLessThan(30_000);
  }, 60_000);

  it("a 20 MB plist, within 768 MiB of heap", () => {
    const root = project({ "App/Info.plist": generatedPlist(20 * 1024 * 1024) });
    const run = runBounded(["--format", "xcode", "App"], root, 768);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^.*Info\.plist:12:5: warning: NSExceptionAllowsInsecureHTTPLoads = YES .*\n$/u);
    expect(run.ms).toBeLessThan(90_000);
  }, 120_000);

  it("a directory named Info.plist, an unreadable file and a symbolic link loop: exit code 2 with the path", () => {
    const root = project({ "Odd/Info.plist/README": "not a plist\n", "App/Info.plist": PLIST });
    symlinkSync(join(root, "loop-a"), join(root, "loop-b"));
    symlinkSync(join(root, "loop-b"), join(root, "loop-a"));
    const directory = runBounded(["Odd/Info.plist"], root);
    expect(directory).toMatchObject({ status: 2, stderr: "plistlint: No Info.plist, *-Info.plist or Expo config files found in Odd/Info.plist (outside ignored directories)\n" });
    const loop = runBounded(["loop-a"], root);
    expect(loop).toMatchObject({ status: 2, stderr: "plistlint: Symbolic link loop: loop-a\n" });
    mkdirSync(join(root, "Locked"));
    writeFileSync(join(root, "Locked", "Info.plist"), PLIST, { mode: 0o000 });
    const locked = runBounded(["Locked"], root);
    if (process.getuid?.() !== 0) expect(locked).toMatchObject({ status: 2, stderr: `plistlint: Cannot read ${join(root, "Locked", "Info.plist")}: permission denied\n` });
    else expect(locked.status).toBe(0); // root reads it anyway
  });

  it("a FIFO named Info.plist and a file over 64 MiB: exit code 2 at once, nothing read", () => {
    const root = project({ "Big/Info.plist": "" });
    mkdirSync(join(root, "Fifo"));
    const fifo = join(root, "Fifo", "Info.plist");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const blocked = runBounded([fifo], root);
    expect(blocked).toMatchObject({ status: 2, stderr: `plistlint: Cannot read ${fifo}: it is not a regular file\n` });
    // Sparse: the size is on record without 65 MiB being written.
    truncateSync(join(root, "Big", "Info.plist"), 65 * 1024 * 1024);
    const big = runBounded(["Big"], root);
    expect(big).toMatchObject({ status: 2, stderr: `plistlint: Cannot read ${join(root, "Big", "Info.plist")}: it is 65 MiB, more than the 64 MiB plistlint reads\n` });
  });
});

describe("bad input, through the language server", () => {
  it("answers every input with diagnostics and keeps answering", async () => {
    const client = new LspClient({ pull: true, settings: {} });
    const root = project({});
    await client.initialize(pathToFileURL(root).href);
    for (const [index, { name, content, exit }] of CASES.entries()) {
      const text = typeof content === "string" ? content : content.toString("utf8");
      const uri = pathToFileURL(join(root, `case${index}`, "Info.plist")).href;
      const started = Date.now();
      const diagnostics = await client.open(uri, text);
      expect(Date.now() - started, name).toBeLessThan(20_000);
      if (exit === 1) expect(diagnostics.some((diagnostic) => diagnostic.severity === 1), name).toBe(true);
    }
    expect(client.stderr.join("")).toBe("");
    expect(await client.shutdown()).toBe(0);
  }, 120_000);
});
