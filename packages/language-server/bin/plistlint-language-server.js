#!/usr/bin/env node
// Speaks LSP over --stdio (the default) or --node-ipc, as vscode-languageserver's createConnection reads them.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "../dist/server.js";

if (!process.argv.some((arg) => arg === "--stdio" || arg === "--node-ipc" || arg.startsWith("--socket") || arg.startsWith("--pipe"))) {
  process.argv.push("--stdio");
}
startServer(createConnection(ProposedFeatures.all));
