import { type ExtensionContext, Uri, commands, window, workspace } from "vscode";
import { SOURCE_KINDS, filesOf } from "eslint-plugin-plist/sources";
import { ExecuteCommandRequest, LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from "vscode-languageclient/node";

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
  const server = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module: server, transport: TransportKind.ipc },
    debug: { module: server, transport: TransportKind.ipc, options: { execArgv: ["--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel,
    // An edited eslint.config.* changes which rules apply.
    synchronize: { fileEvents: workspace.createFileSystemWatcher("**/eslint.config.{js,mjs,cjs,ts,mts,cts}") },
  };
  client = new LanguageClient("plistlint", "plistlint", serverOptions, clientOptions);

  context.subscriptions.push(
    outputChannel,
    commands.registerCommand("plistlint.fixAll", async () => {
      const uri = activeDocumentUri();
      if (uri && client) await client.sendRequest(ExecuteCommandRequest.type, { command: "plistlint.server.fixAll", arguments: [uri] });
    }),
    commands.registerCommand("plistlint.showPolicy", async () => {
      const uri = activeDocumentUri();
      if (!uri || !client) return;
      const markdown: unknown = await client.sendRequest(ExecuteCommandRequest.type, { command: "plistlint.server.explain", arguments: [uri] });
      if (typeof markdown !== "string") {
        void window.showInformationMessage("plistlint: open an Info.plist to see its App Transport Security policy.");
        return;
      }
      const document = await workspace.openTextDocument({ language: "markdown", content: markdown });
      await commands.executeCommand("markdown.showPreview", document.uri);
    }),
    commands.registerCommand("plistlint.restart", async () => {
      outputChannel.appendLine("Restarting the plistlint language server.");
      await client?.restart();
    }),
  );
  await client.start();
  if (process.env.PLISTLINT_E2E) await (await import("./e2e-driver.js")).runE2E(context, Uri.file(process.env.PLISTLINT_E2E));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
