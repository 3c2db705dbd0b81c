import { type Disposable, EventEmitter, type TextDocumentContentProvider, Uri, commands, window, workspace } from "vscode";

/** The virtual documents of the policy view: read-only, never "Untitled", named after the file they describe. */
export const POLICY_SCHEME = "plistlint-policy";

/** The policy view's document for a file: `plistlint-policy:/Info.plist — ATS policy.md?<the file's URI>`. */
function policyUri(source: Uri): Uri {
  const name = source.path.slice(source.path.lastIndexOf("/") + 1);
  return Uri.from({ scheme: POLICY_SCHEME, path: `/${name} — ATS policy.md`, query: source.toString() });
}

/** How long a file's changes pause before its policy view is refreshed: typing asks for one explanation, not one per key. */
const REFRESH_DELAY_MS = 250;

/**
 * "Show effective ATS policy": the server's explanation of a file as Markdown, in a virtual document shown in the
 * Markdown preview, refreshed once the file's changes pause.
 */
export class PolicyView implements TextDocumentContentProvider, Disposable {
  readonly #changed = new EventEmitter<Uri>();
  readonly onDidChange = this.#changed.event;
  /** The server's explanation of a file, at the version the editor has (the server may not have it yet). */
  readonly #explain: (uri: string, version: number | undefined) => Promise<unknown>;
  readonly #subscriptions: Disposable[];
  /** The refresh due for each view, by its URI. */
  readonly #refreshes = new Map<string, NodeJS.Timeout>();

  constructor(explain: (uri: string, version: number | undefined) => Promise<unknown>) {
    this.#explain = explain;
    this.#subscriptions = [
      workspace.registerTextDocumentContentProvider(POLICY_SCHEME, this),
      workspace.onDidChangeTextDocument(({ document }) => {
        for (const shown of workspace.textDocuments) {
          if (shown.uri.scheme === POLICY_SCHEME && shown.uri.query === document.uri.toString()) this.#refresh(shown.uri);
        }
      }),
    ];
  }

  #refresh(view: Uri): void {
    const key = view.toString();
    clearTimeout(this.#refreshes.get(key));
    this.#refreshes.set(
      key,
      setTimeout(() => {
        this.#refreshes.delete(key);
        this.#changed.fire(view);
      }, REFRESH_DELAY_MS),
    );
  }

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const source = Uri.parse(uri.query);
    const version = workspace.textDocuments.find((document) => document.uri.toString() === source.toString())?.version;
    const markdown = await this.#explain(source.toString(), version);
    const name = source.path.slice(source.path.lastIndexOf("/") + 1);
    const body = typeof markdown === "string" ? markdown : "plistlint does not lint this file: it holds no Info.plist settings.";
    return `# ${name}: App Transport Security\n\n\`${workspace.asRelativePath(source)}\`\n\n${body}\n`;
  }

  /** Shows the policy of the active editor's file. */
  async show(): Promise<void> {
    const source = window.activeTextEditor?.document.uri;
    if (!source || source.scheme === POLICY_SCHEME) {
      void window.showInformationMessage("plistlint: open an Info.plist or an Expo config to see its App Transport Security policy.");
      return;
    }
    await commands.executeCommand("markdown.showPreview", policyUri(source));
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    for (const refresh of this.#refreshes.values()) clearTimeout(refresh);
    this.#changed.dispose();
  }
}
