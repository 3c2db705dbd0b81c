import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import {
  type ClientCapabilities,
  ConfigurationRequest,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  type InsertTextMode,
  type InitializeResult,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type ShowDocumentParams,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from "vscode-languageserver-protocol/node";

export const SERVER = join(import.meta.dirname, "..", "..", "packages", "language-server", "bin", "plistlint-language-server.js");

export interface ClientOptions {
  /** Pull diagnostics (textDocument/diagnostic), as VS Code; otherwise push only, as Neovim 0.7 and Emacs. */
  pull: boolean;
  /** Answered to workspace/configuration; without it the client does not advertise configuration, as Vim's ALE. */
  settings?: unknown;
  documentChanges?: boolean;
  initializationOptions?: unknown;
  /** The server's main script: by default the workspace's language server; the .vsix bundle's server.js works too. */
  server?: string;
  /** The completion insert-text modes the client declares (VS Code: asIs and adjustIndentation); none by default. */
  insertTextModes?: InsertTextMode[];
  /** Whether the client takes snippet edits in workspace edits and window/showDocument, as VS Code does. */
  vscodeLike?: boolean;
}

interface PushWaiter {
  uri: string;
  version: number | undefined;
  resolve: (diagnostics: Diagnostic[]) => void;
}

/** A headless LSP client over the server's stdio, with what a real editor answers and remembers. */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly options: ClientOptions;
  /** The latest pushed diagnostics per document. */
  readonly pushed = new Map<string, Diagnostic[]>();
  /** What the server asked the client to open (window/showDocument) and to show (window/showMessage). */
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly shownMessages: string[] = [];
  /** Every push, in order: which document and version. */
  readonly pushes: { uri: string; version: number | undefined }[] = [];
  readonly stderr: string[] = [];
  #waiters: PushWaiter[] = [];
  initializeResult: InitializeResult | undefined;

  constructor(options: ClientOptions) {
    this.options = options;
    this.child = spawn(process.execPath, [options.server ?? SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr!.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => options.settings ?? null));
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("workspace/diagnostic/refresh", () => null);
    this.connection.onNotification("window/logMessage", () => {});
    this.connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    this.connection.onNotification(ShowMessageNotification.type, ({ message }) => {
      this.shownMessages.push(message);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, version, diagnostics }) => {
      this.pushed.set(uri, diagnostics);
      this.pushes.push({ uri, version });
      // A push for an older version may still be on its way when a newer one is awaited.
      const due = (waiter: PushWaiter): boolean => waiter.uri === uri && (waiter.version === undefined || waiter.version === version);
      for (const waiter of this.#waiters.filter(due)) waiter.resolve(diagnostics);
      this.#waiters = this.#waiters.filter((waiter) => !due(waiter));
    });
    this.connection.listen();
  }

  get capabilities(): ClientCapabilities {
    return {
      workspace: {
        workspaceEdit: { documentChanges: this.options.documentChanges ?? this.options.pull, ...(this.options.vscodeLike ? { snippetEditSupport: true } : {}) },
        configuration: this.options.settings !== undefined,
        applyEdit: true,
        ...(this.options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      ...(this.options.vscodeLike ? { window: { showDocument: { support: true } } } : {}),
      textDocument: {
        publishDiagnostics: {},
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } } },
        completion: {
          completionItem: {
            snippetSupport: this.options.pull,
            ...(this.options.insertTextModes ? { insertTextModeSupport: { valueSet: this.options.insertTextModes } } : {}),
          },
        },
        hover: { contentFormat: ["markdown", "plaintext"] },
        ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
    };
  }

  async initialize(rootUri: string | null = null): Promise<InitializeResult> {
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities: this.capabilities,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: "workspace" }] : null,
      initializationOptions: this.options.initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  #nextPush(uri: string, version?: number): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.#waiters.push({ uri, version, resolve }));
  }

  /** Diagnostics for `version` after an open or change: pulled, or pushed for that version. */
  async diagnostics(uri: string, version: number, change: () => Promise<void>): Promise<Diagnostic[]> {
    if (this.options.pull) {
      await change();
      const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      return report.kind === "full" ? report.items : [];
    }
    const pushed = this.#nextPush(uri, version);
    await change();
    return pushed;
  }

  open(uri: string, text: string, version = 1): Promise<Diagnostic[]> {
    return this.diagnostics(uri, version, () =>
      this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "xml", version, text } }),
    );
  }

  change(uri: string, text: string, version: number): Promise<Diagnostic[]> {
    return this.diagnostics(uri, version, () =>
      this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] }),
    );
  }

  /** Closing clears a push client's diagnostics: resolves with what the server pushed. */
  close(uri: string): Promise<Diagnostic[]> {
    const pushed = this.#nextPush(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return pushed;
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.on("exit", resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
