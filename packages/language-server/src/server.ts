import { dirname, isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Engine, type Explanation, explain, lintedKindOf } from "@plistlint/engine";
import {
  type ClientCapabilities,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  InsertTextMode,
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
import { Engines, documentPath } from "./document-linter.js";
import { hover } from "./hover.js";
import { policyMarkdown } from "./policy-markdown.js";
import { DEFAULT_SETTINGS, type ServerSettings, readSettings } from "./settings.js";
import { VERSION } from "./version.js";

// Not the extension's command ids: vscode-languageclient registers these as VS Code commands too.
export const COMMANDS = { fixAll: "plistlint.server.fixAll", explain: "plistlint.server.explain", status: "plistlint.server.status" } as const;

/** The client's optional abilities, read once at initialize. */
interface ClientAbilities {
  configuration: boolean;
  applyEdit: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  documentChanges: boolean;
  snippets: boolean;
  /** Whether completion items may say their text is to be inserted as it is (VS Code re-indents it otherwise). */
  insertAsIs: boolean;
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
    insertAsIs: capabilities.textDocument?.completion?.completionItem?.insertTextModeSupport?.valueSet.includes(InsertTextMode.asIs) === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
  };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const engines = new Engines();
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

  /** The engine for a document and its path, when the document is one the engine lints; else undefined. */
  async function engineFor(document: TextDocument): Promise<{ engine: Engine; path: string } | undefined> {
    const settings = await settingsFor(document.uri);
    if (!settings.enable) return undefined;
    const engine = engines.for(settings, workspaceRoot);
    const path = documentPath(document.uri, workspaceRoot);
    // An unsaved document is linted (as an Info.plist) when the client calls it a plist.
    const linted = document.uri.startsWith("file:") ? engine.sourceOf(path, document.getText()) !== undefined : document.languageId === "plist";
    return linted ? { engine, path } : undefined;
  }

  /** The configuration a document gets, in words; the first time a folder gets one, the output says which. */
  const configLogged = new Map<string, string>();
  async function configOf(engine: Engine, path: string): Promise<string> {
    const source = await engine.configSource(path);
    const config = isAbsolute(source) && workspaceRoot ? relative(workspaceRoot, source) : source;
    const folder = dirname(path);
    if (configLogged.get(folder) !== config) {
      configLogged.set(folder, config);
      connection.console.info(`${folder}: ${config}`);
    }
    return config;
  }

  async function diagnose(document: TextDocument): Promise<Diagnostic[]> {
    const target = await engineFor(document);
    if (!target) return [];
    try {
      await configOf(target.engine, target.path);
      const outcome = await target.engine.lint(target.path, document.getText());
      return outcome?.messages.map((message) => toDiagnostic(message, document, outcome.rulesMeta)) ?? [];
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

  /** The explained policy, with the project config's minimum OS, or the server's own when that config is broken. */
  async function explanation(document: TextDocument, engine: Engine, path: string): Promise<Explanation> {
    try {
      return await engine.explain(path, document.getText());
    } catch {
      return explain(path, document.getText(), { plist: { minimumOS: (await settingsFor(document.uri)).minimumOS } });
    }
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
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        ...(abilities.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: "plistlint-language-server", version: VERSION },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    engines.reset();
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
    connection.console.info(`plistlint-language-server ${VERSION} on Node ${process.version}, workspace ${workspaceRoot ?? "(none)"}`);
    // Clients other than VS Code's (whose extension watches config files itself) are asked to report config changes.
    if (abilities.watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/eslint.config.{js,mjs,cjs,ts,mts,cts}" }] });
    }
  });

  // An edited eslint.config.* must be read again.
  connection.onDidChangeWatchedFiles(() => {
    engines.reset();
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
    const target = document && (await engineFor(document));
    if (!document || !target) return [];
    const wants = (kind: string): boolean => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    try {
      const { engine, path } = target;
      const report = wants(CodeActionKind.QuickFix) ? await engine.lint(path, document.getText()) : undefined;
      const actions = report ? quickFixes(report, document, range, abilities.documentChanges) : [];
      const fixed = wants(FIX_ALL_KIND) ? await engine.lint(path, document.getText(), { fix: true }) : undefined;
      const fixAll = fixed ? fixAllAction(fixed, document, abilities.documentChanges) : undefined;
      return fixAll ? [...actions, fixAll] : actions;
    } catch (error) {
      connection.console.error(String(error));
      return [];
    }
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const target = document && (await engineFor(document));
    if (!document || !target) return null;
    try {
      const { engine, path } = target;
      return await hover(document, path, document.offsetAt(position), () => explanation(document, engine, path));
    } catch (error) {
      connection.console.error(String(error));
      return null;
    }
  });

  connection.onCompletion(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const target = document && (await engineFor(document));
    // Completion writes XML: Info.plists only.
    if (!document || !target || lintedKindOf(target.path).id !== "info-plist") return [];
    try {
      return completion(document, position, { snippets: abilities.snippets, insertAsIs: abilities.insertAsIs });
    } catch (error) {
      connection.console.error(String(error));
      return [];
    }
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const document = typeof args?.[0] === "string" ? documents.get(args[0]) : undefined;
    const target = document && (await engineFor(document));
    if (!document || !target) return null;
    if (command === COMMANDS.explain) return policyMarkdown(await explanation(document, target.engine, target.path));
    if (command === COMMANDS.status) return { config: await configOf(target.engine, target.path), trust: (await settingsFor(document.uri)).trust };
    if (command === COMMANDS.fixAll) {
      const fixed = await target.engine.lint(target.path, document.getText(), { fix: true });
      const action = fixed && fixAllAction(fixed, document, abilities.documentChanges);
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
