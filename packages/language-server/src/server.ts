import { fileURLToPath } from "node:url";
import { explain, isExpoConfigName } from "plistlint/engine";
import {
  type ClientCapabilities,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  type InitializeResult,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { FIX_ALL_KIND, fixAllAction, quickFixes } from "./code-actions.js";
import { completion } from "./completion.js";
import { toDiagnostic } from "./diagnostics.js";
import { DocumentLinter, documentPath } from "./document-linter.js";
import { hover } from "./hover.js";
import { policyMarkdown } from "./policy-markdown.js";
import { DEFAULT_SETTINGS, type ServerSettings, readSettings } from "./settings.js";

// Not the extension's command ids: vscode-languageclient registers these as VS Code commands too.
export const COMMANDS = { fixAll: "plistlint.server.fixAll", explain: "plistlint.server.explain" } as const;

/** The client's optional abilities, read once at initialize. */
interface ClientAbilities {
  configuration: boolean;
  applyEdit: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  documentChanges: boolean;
  snippets: boolean;
  watchedFilesRegistration: boolean;
}

function abilitiesOf(capabilities: ClientCapabilities): ClientAbilities {
  return {
    configuration: capabilities.workspace?.configuration === true,
    applyEdit: capabilities.workspace?.applyEdit === true,
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
  };
}

/**
 * What the server lints: any `.plist` a client opens, unsaved documents in the `plist` language, and Expo configs
 * (app.json, app.config.*) that hold an `infoPlist`.
 */
function isPlist(document: TextDocument): boolean {
  const path = document.uri.split(/[?#]/u)[0]!;
  if (isExpoConfigName(path.slice(path.lastIndexOf("/") + 1))) return document.getText().includes("infoPlist");
  return document.languageId === "plist" || /\.plist$/iu.test(path);
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linter = new DocumentLinter();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  let abilities: ClientAbilities;
  let globalSettings = DEFAULT_SETTINGS;
  let workspaceRoot: string | undefined;

  /** Settings per document through workspace/configuration, only when the client offers it. */
  function settingsFor(uri: string): Promise<ServerSettings> {
    if (!abilities.configuration) return Promise.resolve(globalSettings);
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = connection.workspace.getConfiguration({ scopeUri: uri, section: "plistlint" }).then(readSettings, () => globalSettings);
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  /** A failure to lint (a broken eslint.config.*) is shown on the document rather than lost in a log. */
  function failureDiagnostic(error: unknown): Diagnostic {
    connection.console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: "plistlint", message: `plistlint could not lint this file: ${message}` };
  }

  async function diagnose(document: TextDocument): Promise<Diagnostic[]> {
    const settings = await settingsFor(document.uri);
    if (!settings.enable || !isPlist(document)) return [];
    try {
      const report = await linter.lint(document, documentPath(document.uri, workspaceRoot), settings);
      return report.messages.map((message) => toDiagnostic(message, document, report.rulesMeta));
    } catch (error) {
      return [failureDiagnostic(error)];
    }
  }

  /** Push mode: lint the latest text; results for a version that is no longer current are dropped. */
  async function publish(document: TextDocument): Promise<void> {
    try {
      const diagnostics = await diagnose(document);
      const current = documents.get(document.uri);
      if (current && current.version === document.version) await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    } catch (error) {
      connection.console.error(String(error));
    }
  }

  /** Settings from the project's config (for the minimum OS), or the server's own when that config is broken. */
  async function configuredSettings(document: TextDocument, path: string): Promise<unknown> {
    const settings = await settingsFor(document.uri);
    try {
      return ((await (await linter.linterFor(path, settings)).printableConfig(path)) as { settings?: unknown }).settings;
    } catch {
      return { plist: { minimumOS: settings.minimumOS } };
    }
  }

  async function explanationMarkdown(document: TextDocument): Promise<string> {
    const path = documentPath(document.uri, workspaceRoot);
    return policyMarkdown(explain(path, document.getText(), await configuredSettings(document, path)));
  }

  connection.onInitialize((params): InitializeResult => {
    abilities = abilitiesOf(params.capabilities);
    globalSettings = readSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings ?? params.initializationOptions);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    workspaceRoot = folder?.startsWith("file:") ? fileURLToPath(folder) : undefined;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ["<"] },
        executeCommandProvider: { commands: [COMMANDS.fixAll, COMMANDS.explain] },
        ...(abilities.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: "plistlint-language-server", version: "0.1.0" },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    linter.reset();
    const plistlint = (change.settings as { plistlint?: unknown } | null)?.plistlint;
    if (plistlint !== undefined) globalSettings = readSettings(plistlint);
    refreshAll();
  });

  /** After a settings or config change: pull clients are asked to pull again, push clients get new diagnostics. */
  function refreshAll(): void {
    if (abilities.pullDiagnostics) {
      if (abilities.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    } else {
      for (const document of documents.all()) void publish(document);
    }
  }

  connection.onInitialized(() => {
    // Clients other than VS Code's (whose extension watches config files itself) are asked to report config changes.
    if (abilities.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/eslint.config.{js,mjs,cjs,ts,mts,cts}" }] });
    }
  });

  // An edited eslint.config.* must be read again.
  connection.onDidChangeWatchedFiles(() => {
    linter.reset();
    refreshAll();
  });

  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: document ? await diagnose(document) : [] };
  });

  documents.onDidChangeContent(({ document }) => {
    if (!abilities.pullDiagnostics) void publish(document);
  });

  documents.onDidClose(({ document }) => {
    settingsCache.delete(document.uri);
    if (!abilities.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isPlist(document)) return [];
    const settings = await settingsFor(document.uri);
    if (!settings.enable) return [];
    const wants = (kind: string): boolean => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    try {
      const path = documentPath(document.uri, workspaceRoot);
      const actions = wants(CodeActionKind.QuickFix) ? quickFixes(await linter.lint(document, path, settings), document, range, abilities.documentChanges) : [];
      const fixAll = wants(FIX_ALL_KIND) ? fixAllAction(await linter.lint(document, path, settings, true), document, abilities.documentChanges) : undefined;
      return fixAll ? [...actions, fixAll] : actions;
    } catch (error) {
      connection.console.error(String(error));
      return [];
    }
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isPlist(document)) return null;
    try {
      const path = documentPath(document.uri, workspaceRoot);
      const configured = await configuredSettings(document, path);
      return hover(document, document.offsetAt(position), () => explain(path, document.getText(), configured));
    } catch (error) {
      connection.console.error(String(error));
      return null;
    }
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !isPlist(document)) return [];
    try {
      return completion(document, position, abilities.snippets);
    } catch (error) {
      connection.console.error(String(error));
      return [];
    }
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const document = typeof args?.[0] === "string" ? documents.get(args[0]) : undefined;
    if (!document) return null;
    if (command === COMMANDS.explain) return explanationMarkdown(document);
    if (command === COMMANDS.fixAll) {
      if (!isPlist(document)) return null;
      const action = fixAllAction(await linter.lint(document, documentPath(document.uri, workspaceRoot), await settingsFor(document.uri), true), document, abilities.documentChanges);
      if (!action?.edit) return null;
      if (abilities.applyEdit) await connection.workspace.applyEdit({ label: action.title, edit: action.edit });
      else {
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Warning,
          message: "plistlint: this editor does not take edits from the server; use the source.fixAll.plistlint code action instead.",
        });
      }
      return null;
    }
    return null;
  });

  documents.listen(connection);
  connection.listen();
}
