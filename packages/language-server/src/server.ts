import { dirname, isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type Engine, type Explanation, type LintOutcome, explain, lintedKindOf, sizeProblem } from "@plistlint/engine";
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
import { FIX_ALL_KIND, SHOW_DOCUMENTATION, fixAllAction, quickFixes } from "./code-actions.js";
import { completion } from "./completion.js";
import { toDiagnostic } from "./diagnostics.js";
import { Engines, documentPath } from "./document-linter.js";
import { hover } from "./hover.js";
import { LintScheduler } from "./lint-scheduler.js";
import { MemoryReducer } from "./memory-reducer.js";
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
  /** Snippet edits in workspace edits (LSP 3.18), for a placeholder the user types over. */
  snippetEdits: boolean;
  /** window/showDocument, to open a rule's documentation. */
  showDocument: boolean;
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
    snippetEdits: capabilities.workspace?.workspaceEdit?.snippetEditSupport === true,
    showDocument: capabilities.window?.showDocument?.support === true,
    snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    insertAsIs: capabilities.textDocument?.completion?.completionItem?.insertTextModeSupport?.valueSet.includes(InsertTextMode.asIs) === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
  };
}

/** One version of a document, linted: what its diagnostics, quick-fixes and fix-all are made from. */
interface DocumentLint {
  /** The text that was linted, at its version. */
  document: TextDocument;
  target: { engine: Engine; path: string } | undefined;
  outcome: LintOutcome | undefined;
  diagnostics: Diagnostic[];
  /** The lint with fixes applied, made on the first fix-all asked for this version. */
  fixed?: Promise<LintOutcome | undefined>;
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
  async function lintTarget(document: TextDocument): Promise<{ engine: Engine; path: string } | undefined> {
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

  /**
   * The target for hover, completion and commands, which parse the document themselves: none for a document over
   * the size plistlint reads (its diagnostic says so).
   */
  async function editorTarget(document: TextDocument): Promise<{ engine: Engine; path: string } | undefined> {
    const target = await lintTarget(document);
    return target && !sizeProblem(target.path, Buffer.byteLength(document.getText())) ? target : undefined;
  }

  const memory = new MemoryReducer();

  async function diagnose(document: TextDocument): Promise<DocumentLint> {
    const target = await lintTarget(document);
    if (!target) return { document, target, outcome: undefined, diagnostics: [] };
    memory.worked(document.getText().length);
    try {
      await configOf(target.engine, target.path);
      const outcome = await target.engine.lint(target.path, document.getText());
      const diagnostics = outcome?.messages.map((message) => toDiagnostic(message, document, outcome.rulesMeta)) ?? [];
      return { document, target, outcome, diagnostics };
    } catch (error) {
      return { document, target, outcome: undefined, diagnostics: [failureDiagnostic(error)] };
    }
  }

  /** Each document is linted at its newest version only; a push client gets each such lint once. */
  const lints = new LintScheduler<DocumentLint>({
    document: (uri) => documents.get(uri),
    lint: diagnose,
    publish: (uri, { version, result }) => void connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics }),
  });

  /** The lint with fixes applied, of the version `lint` is: made once, on the first fix-all asked for. */
  function fixedOf(lint: DocumentLint): Promise<LintOutcome | undefined> {
    const { target, document } = lint;
    lint.fixed ??= target ? target.engine.lint(target.path, document.getText(), { fix: true }).catch(() => undefined) : Promise.resolve(undefined);
    return lint.fixed;
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
        executeCommandProvider: { commands: [...Object.values(COMMANDS), SHOW_DOCUMENTATION] },
        ...(abilities.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: "plistlint-language-server", version: VERSION },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    engines.reset();
    lints.invalidate();
    const plistlint = (change.settings as { plistlint?: unknown } | null)?.plistlint;
    if (plistlint !== undefined) globalSettings = readSettings(plistlint);
    refreshAll();
  });

  /** After a settings or config change: pull clients are asked to pull again, push clients get new diagnostics. */
  function refreshAll(): void {
    if (abilities.pullDiagnostics) {
      if (abilities.diagnosticRefresh) void connection.languages.diagnostics.refresh();
    } else {
      for (const document of documents.all()) lints.changed(document.uri);
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
    lints.invalidate();
    refreshAll();
  });

  // A pull for an older version joins the lint of the newest; pulls of one version share one lint.
  connection.languages.diagnostics.on(async ({ textDocument }) => {
    const linted = documents.get(textDocument.uri) ? await lints.latest(textDocument.uri) : undefined;
    return { kind: DocumentDiagnosticReportKind.Full, items: linted?.result.diagnostics ?? [] };
  });

  documents.onDidChangeContent(({ document }) => {
    if (!abilities.pullDiagnostics) lints.changed(document.uri);
  });

  documents.onDidClose(({ document }) => {
    settingsCache.delete(document.uri);
    lints.forget(document.uri);
    if (!abilities.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  // Problems come from the lint of the current version (the one published, or made now), never from the client's
  // possibly stale diagnostics, and never linted again for each request.
  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const linted = documents.get(textDocument.uri) ? await lints.latest(textDocument.uri) : undefined;
    if (!linted?.result.outcome) return [];
    const { document, outcome, target } = linted.result;
    const wants = (kind: string): boolean => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    const actions = wants(CodeActionKind.QuickFix) && target ? quickFixes(outcome, linted.result.diagnostics, document, target.path, range, abilities) : [];
    const fixed = wants(FIX_ALL_KIND) ? await fixedOf(linted.result) : undefined;
    const fixAll = fixed ? fixAllAction(fixed, document, abilities.documentChanges) : undefined;
    return fixAll ? [...actions, fixAll] : actions;
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const target = document && (await editorTarget(document));
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
    const target = document && (await editorTarget(document));
    // Completion writes XML: Info.plists only.
    if (!document || !target || lintedKindOf(target.path).id !== "info-plist") return [];
    try {
      return completion(document, position, { snippets: abilities.snippets, insertAsIs: abilities.insertAsIs });
    } catch (error) {
      connection.console.error(String(error));
      return [];
    }
  });

  /** A rule's documentation, opened by the client in a browser where it can; else its address, shown. */
  async function showDocumentation(url: unknown): Promise<null> {
    if (typeof url !== "string" || !url.startsWith("https://")) return null;
    if (abilities.showDocument) await connection.window.showDocument({ uri: url, external: true });
    else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `plistlint: the rule's documentation is at ${url}` });
    return null;
  }

  /**
   * The document at `version` at least: a client may ask about an edit (the policy view, refreshed as the user types)
   * before its change notification has come; it comes within moments.
   */
  async function documentAt(uri: string, version: unknown): Promise<TextDocument | undefined> {
    const fresh = (): TextDocument | undefined => {
      const document = documents.get(uri);
      return document && (typeof version !== "number" || document.version >= version) ? document : undefined;
    };
    for (const started = Date.now(); !fresh() && documents.get(uri) && Date.now() - started < 2000; ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return fresh() ?? documents.get(uri);
  }

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command === SHOW_DOCUMENTATION) return showDocumentation(args?.[0]);
    // Arguments: the document's URI, and the version the client means (optional).
    const document = typeof args?.[0] === "string" ? await documentAt(args[0], args[1]) : undefined;
    const target = document && (await editorTarget(document));
    if (!document || !target) return null;
    if (command === COMMANDS.explain) return policyMarkdown(await explanation(document, target.engine, target.path));
    if (command === COMMANDS.status) return { config: await configOf(target.engine, target.path), trust: (await settingsFor(document.uri)).trust };
    if (command === COMMANDS.fixAll) {
      const linted = await lints.latest(document.uri);
      const fixed = linted && (await fixedOf(linted.result));
      const action = fixed && linted && fixAllAction(fixed, linted.result.document, abilities.documentChanges);
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
