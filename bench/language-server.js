// Language-server latency and memory (part of `npm run bench`): open→diagnostics and change→diagnostics (push mode,
// as Neovim) on a typical 4 KB Info.plist and a generated 1 MB one, p50/p95 over repetitions, and the server's
// resident memory afterwards, once it has been idle for two seconds (it gives memory back after one).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SERVER_NODE_OPTIONS } from "plistlint-language-server/launch";
import { timeAsync } from "./timing.js";
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from "vscode-languageserver-protocol/node";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The servers users run: the VS Code extension's (bundled, with its launch options) and the npm package's. */
export const SERVERS = {
  "VS Code's": { path: join(root, "extension", "dist", "server.js"), nodeOptions: SERVER_NODE_OPTIONS },
  "npm's": { path: join(root, "packages", "language-server", "bin", "plistlint-language-server.js"), nodeOptions: [] },
};
const IDLE_MS = 2000;

/**
 * A plist of about `bytes` bytes: as many exception domains as it takes, each raising TLS to 1.3 (which no rule
 * reports), and one that allows cleartext HTTP: the cost measured is reading the document, not reporting thousands
 * of problems.
 */
export function generatedPlist(bytes) {
  const domain = (index) =>
    `\t\t\t<key>host${index}.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>${index === 0 ? "NSExceptionAllowsInsecureHTTPLoads" : "NSExceptionMinimumTLSVersion"}</key>\n\t\t\t\t${index === 0 ? "<true/>" : "<string>TLSv1.3</string>"}\n\t\t\t</dict>\n`;
  const domains = [];
  for (let index = 0, size = 0; size < bytes - 600; index++) size += (domains[index] = domain(index)).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n${domains.join("")}\t\t</dict>\n\t</dict>\n</dict>\n</plist>\n`;
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/**
 * A language server over stdio as a push client (Neovim) drives it, with what the measurements need: the versions
 * whose diagnostics it pushed, a promise of a version's diagnostics, and its resident memory now and at its peak.
 */
export async function startServer(server) {
  const child = spawn(process.execPath, [...server.nodeOptions, server.path, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const pushes = [];
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, version }) => {
    pushes.push(version);
    waiting.get(`${uri}@${version}`)?.();
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  const pushed = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
  const memoryMiB = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`, "u").exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  const stop = () => (child.kill(), connection.dispose());
  return { connection, pushes, pushed, rssMiB: () => memoryMiB("VmRSS"), peakMiB: () => memoryMiB("VmHWM"), stop };
}

export async function measureLanguageServer({ repetitions = 30, server = SERVERS["VS Code's"] } = {}) {
  const { connection, pushed, rssMiB, peakMiB, stop } = await startServer(server);
  const timed = (uri, version, send) => {
    const done = pushed(uri, version);
    return timeAsync(async () => {
      await send();
      await done;
    });
  };

  const documents = {
    "4 KB": readFileSync(join(root, "examples", "native-app", "Pantry", "Info.plist"), "utf8"),
    "1 MB": generatedPlist(1024 * 1024),
  };
  const rows = [];
  let fileIndex = 0;
  // Documents of an app repository of its own: not this one, whose eslint.config.js lints our TypeScript.
  const workspace = mkdtempSync(join(tmpdir(), "plistlint-bench-server-"));
  for (const [name, text] of Object.entries(documents)) {
    const opens = [];
    const changes = [];
    for (let repetition = 0; repetition < repetitions; repetition++) {
      const uri = pathToFileURL(join(workspace, `doc${fileIndex++}`, "Info.plist")).href;
      opens.push(await timed(uri, 1, () => connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "xml", version: 1, text } })));
      // An edit in the middle of the document: a key renamed and renamed back.
      const edited = text.replace("NSExceptionDomains", "NSExceptionDomainz");
      changes.push(await timed(uri, 2, () => connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] })));
      changes.push(await timed(uri, 3, () => connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text }] })));
      await connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    }
    rows.push({ document: `${name} (${(text.length / 1024).toFixed(0)} KiB)`, openP50: percentile(opens, 50), openP95: percentile(opens, 95), changeP50: percentile(changes, 50), changeP95: percentile(changes, 95) });
  }
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const memory = { rssMiB: rssMiB(), hwmMiB: peakMiB() };
  stop();
  rmSync(workspace, { recursive: true, force: true });
  return { rows, ...memory };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, rssMiB, hwmMiB } = await measureLanguageServer({ server: SERVERS[process.argv[2] ?? "VS Code's"] });
  console.log("| document | open→diagnostics p50 | p95 | change→diagnostics p50 | p95 |\n|---|---|---|---|---|");
  for (const row of rows) console.log(`| ${row.document} | ${row.openP50.toFixed(1)} ms | ${row.openP95.toFixed(1)} ms | ${row.changeP50.toFixed(1)} ms | ${row.changeP95.toFixed(1)} ms |`);
  console.log(`server memory: ${rssMiB.toFixed(0)} MiB resident when idle after the run, ${hwmMiB.toFixed(0)} MiB peak`);
}
