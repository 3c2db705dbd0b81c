import { type ExtensionContext, Uri, commands, version as vscodeVersion, window, workspace } from "vscode";
import { SOURCE_KINDS, filesOf } from "eslint-plugin-plist/sources";
import { ExecuteCommandRequest, LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";
import { PolicyView } from "./policy-view.js";
import { statusItem } from "./status.js";
import { currentTrust, onTrustGranted, trustMiddleware } from "./trust.js";
import { SERVER_NODE_OPTIONS } from "plistlint-language-server/launch";

/**
 * VS Code opens Info.plist files as XML (or plain text): the client selects them by name, whatever the language,
 * from plistlint's one definition of what it lints (the server then reads only those that hold settings, outside
 * dependency and build folders).
 */
const DOCUMENT_SELECTOR = [
  ...SOURCE_KINDS.flatMap(filesOf).map((pattern) => ({ scheme: "file", pattern })),
  { scheme: "untitled", language: "plist" },
];

let client: LanguageClient | undefined;

function activeDocumentUri(): string | undefined {
  return window.activeTextEditor?.document.uri.toString();
}

export async function activate(context: ExtensionContext): Promise<void> {
  const outputChannel = window.createOutputChannel("plistlint", { log: true });
  const log = (message: string): void => outputChannel.info(message);
  const version = (context.extension.packageJSON as { version?: string }).version ?? "?";
  log(`plistlint ${version} in VS Code ${vscodeVersion}; the workspace is ${currentTrust()}${currentTrust() === "untrusted" ? " (Restricted Mode: the built-in preset, no eslint.config.*)" : ""}.`);

  const server = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module: server, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: server, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, "--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    middleware: trustMiddleware,
    // An edited eslint.config.* changes which rules apply.
    synchronize: { fileEvents: workspace.createFileSystemWatcher("**/eslint.config.{js,mjs,cjs,ts,mts,cts}") },
  };
  const languageClient = new LanguageClient("plistlint", "plistlint", serverOptions, clientOptions);
  client = languageClient;
  const explain = (uri: string, version: number | undefined): Promise<unknown> =>
    languageClient.sendRequest(ExecuteCommandRequest.type, { command: "plistlint.server.explain", arguments: [uri, version] });
  const policyView = new PolicyView(explain);

  context.subscriptions.push(
    outputChannel,
    policyView,
    onTrustGranted(languageClient, log),
    statusItem(languageClient, DOCUMENT_SELECTOR, "plistlint.showOutput"),
    commands.registerCommand("plistlint.fixAll", async () => {
      const uri = activeDocumentUri();
      if (uri) await languageClient.sendRequest(ExecuteCommandRequest.type, { command: "plistlint.server.fixAll", arguments: [uri] });
    }),
    commands.registerCommand("plistlint.showPolicy", () => policyView.show()),
    commands.registerCommand("plistlint.showOutput", () => outputChannel.show()),
    commands.registerCommand("plistlint.restart", async () => {
      log("Restarting the plistlint language server.");
      await languageClient.restart();
    }),
  );
  await languageClient.start();
  if (process.env.PLISTLINT_E2E) await (await import("./e2e-driver.js")).runE2E(context, Uri.file(process.env.PLISTLINT_E2E));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
