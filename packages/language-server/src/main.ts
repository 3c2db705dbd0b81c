// The server process: LSP over --stdio (the default here) or --node-ipc, as vscode-languageserver reads them;
// --version and --help answer and exit, as editors' setup guides expect.
import { ProposedFeatures, createConnection } from "vscode-languageserver/node";
import { startServer } from "./server.js";
import { VERSION } from "./version.js";

const USAGE = `Usage: plistlint-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The plistlint language server: App Transport Security and identity pinning diagnostics, quick-fixes, hover and
completion for Info.plist files and Expo configs, over the Language Server Protocol (stdio by default).

Options:
  --stdio          Talk LSP over standard input and output (the default)
  --node-ipc       Talk LSP over Node's IPC channel
  --socket=PORT    Talk LSP over a TCP socket
  --pipe=NAME      Talk LSP over a named pipe
  -v, --version    Print the version and exit
  -h, --help       Print this help and exit

Settings (workspace/configuration section "plistlint", or initializationOptions.settings): enable, preset
("recommended" or "strict"), rules, minimumOS ({ "iOS": "15.0" }) and trust ("untrusted": no eslint.config.*).`;

const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-v")) {
  process.stdout.write(`${VERSION}\n`);
} else if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${USAGE}\n`);
} else {
  if (!args.some((arg) => arg === "--stdio" || arg === "--node-ipc" || arg.startsWith("--socket") || arg.startsWith("--pipe"))) {
    process.argv.push("--stdio");
  }
  startServer(createConnection(ProposedFeatures.all));
}
