// The server process: LSP over --stdio (the default here) or --node-ipc, as vscode-languageserver reads them.
import { ProposedFeatures, createConnection } from "vscode-languageserver/node";
import { startServer } from "./server.js";

if (!process.argv.some((arg) => arg === "--stdio" || arg === "--node-ipc" || arg.startsWith("--socket") || arg.startsWith("--pipe"))) {
  process.argv.push("--stdio");
}
startServer(createConnection(ProposedFeatures.all));
