import { type Disposable, LanguageStatusSeverity, type DocumentSelector, languages, window } from "vscode";
import { ExecuteCommandRequest, type LanguageClient, State } from "vscode-languageclient/node";

/** What the server says of a document: the configuration that lints it, and whether the workspace is trusted. */
interface DocumentStatus {
  config: string;
  trust: "trusted" | "untrusted";
}

/**
 * The language status item beside a linted file, as vscode-eslint has: the server's state, the preset or config in
 * use (and Restricted Mode), and a click to the output.
 */
export function statusItem(client: LanguageClient, selector: DocumentSelector, showOutput: string): Disposable {
  const item = languages.createLanguageStatusItem("plistlint.status", selector);
  item.name = "plistlint";
  item.text = "plistlint";
  item.command = { title: "Show output", command: showOutput };

  const refresh = async (): Promise<void> => {
    if (client.state !== State.Running) {
      item.detail = client.state === State.Starting ? "starting" : "stopped";
      item.severity = client.state === State.Starting ? LanguageStatusSeverity.Information : LanguageStatusSeverity.Error;
      item.busy = client.state === State.Starting;
      return;
    }
    item.busy = false;
    item.severity = LanguageStatusSeverity.Information;
    const uri = window.activeTextEditor?.document.uri.toString();
    const status = uri ? ((await client.sendRequest(ExecuteCommandRequest.type, { command: "plistlint.server.status", arguments: [uri] })) as DocumentStatus | null) : null;
    item.detail = status ? `${status.config}${status.trust === "untrusted" ? " (Restricted Mode)" : ""}` : "running";
  };
  const subscriptions: Disposable[] = [item, client.onDidChangeState(() => void refresh()), window.onDidChangeActiveTextEditor(() => void refresh())];
  void refresh();
  return { dispose: () => subscriptions.forEach((subscription) => void subscription.dispose()) };
}
