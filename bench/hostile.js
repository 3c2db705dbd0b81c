// Hostile input (issue 14; part of `npm run bench`): each input that once took time quadratic in its size, against an
// ordinary twin of the same size, as the ratio of their medians; and a push client's burst of 100 edits of a 1 MB
// document, with the language server's peak resident memory.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Engine } from "@plistlint/engine";
import { CodeActionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from "vscode-languageserver-protocol/node";
import { SERVERS, generatedPlist, startServer } from "./language-server.js";
import { median, timeAsync } from "./timing.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages", "cli", "bin", "plistlint.cjs");

const domainKey = (key) =>
  `<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>${key}</key>\n\t\t\t<dict><key>NSIncludesSubdomains</key><true/></dict>\n\t\t</dict>\n\t</dict>\n</dict>\n</plist>\n`;
/** 8,000 entries of one key, each a finding with a fix, separated by `separator`. */
const duplicates = (separator) =>
  `<?xml version="1.0"?>${separator}<plist version="1.0">${separator}<dict>${separator}<key>NSAppTransportSecurity</key>${separator}<dict>${separator}${`<key>NSAllowsArbitraryLoads</key><false/>${separator}`.repeat(8000)}</dict>${separator}</dict>${separator}</plist>${separator}`;

/** Medians of `measure` on the hostile input and its twin, interleaved so that both see the same machine. */
async function ratio(name, hostile, twin, measure, repetitions) {
  const times = { hostile: [], twin: [] };
  for (let index = 0; index < repetitions + 1; index++) {
    const [a, b] = [await measure(hostile), await measure(twin)];
    if (index > 0) times.hostile.push(a), times.twin.push(b); // the first round warms up
  }
  const [h, t] = [median(times.hostile), median(times.twin)];
  return { name, hostile: h, twin: t, ratio: h / t };
}

/** Lint (with fixes) in this process, through the engine the CLI and the server use. */
function engineTime(text) {
  const engine = new Engine({ cwd: root, trust: "untrusted", preset: "strict" });
  return timeAsync(() => engine.lint(join(root, "bench", "Info.plist"), text, { fix: true }));
}

/** The CLI, as a person runs it: lint, fixes in a dry run, and the stylish report. */
function cliTime(text) {
  const dir = mkdtempSync(join(tmpdir(), "plistlint-bench-hostile-"));
  writeFileSync(join(dir, "Info.plist"), text);
  const ms = timeAsync(() => spawnSync(process.execPath, [cli, "--no-config-lookup", "--fix-dry-run", "--format", "stylish", "Info.plist"], { cwd: dir, stdio: "ignore" }));
  return ms.finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * The npm package's server, as Neovim and Emacs run it, on documents of an app repository of their own: not this
 * one, whose eslint.config.js lints our TypeScript.
 */
const SERVER = SERVERS["npm's"];
const workspace = mkdtempSync(join(tmpdir(), "plistlint-bench-hostile-"));
process.once("exit", () => rmSync(workspace, { recursive: true, force: true }));
const workspaceDocument = (name) => pathToFileURL(join(workspace, name, "Info.plist")).href;

/** Open→diagnostics, then the quick-fixes for the whole document, in the language server. */
async function serverTime(text) {
  const { connection, pushed, stop } = await startServer(SERVER);
  const uri = workspaceDocument("hostile");
  const ms = await timeAsync(async () => {
    const diagnostics = pushed(uri, 1);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "xml", version: 1, text } });
    await diagnostics;
    const range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };
    await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } });
  });
  stop();
  return ms;
}

export async function measureHostileRatios() {
  const dotted = domainKey(`${".".repeat(100_000)}a.`);
  const ordinary = domainKey(`${"a".repeat(100_000)}.b`);
  return [
    await ratio("domain key of 100,000 dots then a. vs 100,000 letters (engine)", dotted, ordinary, engineTime, 9),
    await ratio("8,000 duplicate keys on one line vs one per line (engine)", duplicates(""), duplicates("\n"), engineTime, 9),
    await ratio("the same through the CLI (--fix-dry-run, stylish)", duplicates(""), duplicates("\n"), cliTime, 5),
    await ratio("the same in the language server (diagnostics, code actions)", duplicates(""), duplicates("\n"), serverTime, 5),
  ];
}

/** A push client (Neovim, Emacs) sends 100 edits of a 1 MB document at once: when do the last diagnostics arrive? */
export async function measureBurst() {
  const { connection, pushes, pushed, peakMiB, stop } = await startServer(SERVER);
  const uri = workspaceDocument("burst");
  const text = generatedPlist(1024 * 1024);
  const edited = text.replace("NSExceptionDomains", "NSExceptionDomainz");
  const opened = pushed(uri, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "xml", version: 1, text } });
  await opened;
  const last = pushed(uri, 101);
  const ms = await timeAsync(async () => {
    for (let version = 2; version <= 101; version++) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: version % 2 ? text : edited }] });
    }
    await last;
  });
  const result = { ms, lints: pushes.length - 1, peakMiB: peakMiB() };
  stop();
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const row of await measureHostileRatios()) console.log(`${row.name}: ${row.hostile.toFixed(0)} ms vs ${row.twin.toFixed(0)} ms, ${row.ratio.toFixed(2)}×`);
  const burst = await measureBurst();
  console.log(`burst: last diagnostics after ${burst.ms.toFixed(0)} ms, ${burst.lints} lints, peak ${burst.peakMiB.toFixed(0)} MiB`);
}
