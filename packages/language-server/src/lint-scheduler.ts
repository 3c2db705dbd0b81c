import { TextDocument } from "vscode-languageserver-textdocument";

/** A document's lint at one version: what diagnostics, code actions and fix-all are made from. */
export interface Linted<Result> {
  version: number;
  result: Result;
}

interface DocumentState<Result> {
  /** The last lint that finished, kept for code actions and repeated pulls of the same version. */
  done?: Linted<Result>;
  /** Whether the next current lint is to be published (a push client's change). */
  publish: boolean;
  /** Callers waiting for the lint of the newest version. */
  waiting: ((linted: Linted<Result> | undefined) => void)[];
  timer?: NodeJS.Timeout;
  running: boolean;
  /** How long the last lint took: a change is awaited for a fraction of it, in case more changes follow. */
  lastMs: number;
}

/**
 * A push client's change waits this share of what the document's last lint took, in case more changes follow: at
 * most that much is added to any one change, and a lint that would have been thrown away is saved. Never longer
 * than MAX_SETTLE_MS.
 */
const SETTLE_SHARE = 0.25;
const MAX_SETTLE_MS = 250;

/**
 * Lints each open document at its newest version only. However many changes or pull requests arrive, a document has
 * at most one lint scheduled and one running; a change that arrives while a lint is awaited or running makes it
 * lint the newer text, and results for a version no longer current are never delivered. Linting runs on this
 * thread and cannot be stopped once started, so a burst of changes is absorbed before a lint starts: each change
 * restarts the settling wait. A request (a pull, a code action) starts at once, or joins the lint already due, and
 * gets the last lint when it is still current. `lint` gets a snapshot of the document, and should not throw.
 */
export class LintScheduler<Result> {
  readonly #states = new Map<string, DocumentState<Result>>();
  readonly #document: (uri: string) => TextDocument | undefined;
  readonly #lint: (document: TextDocument) => Promise<Result>;
  readonly #publish: (uri: string, linted: Linted<Result>) => void;

  /** `publish` gets each current lint that changes asked for, once (push clients); `latest` serves requests. */
  constructor(options: {
    document: (uri: string) => TextDocument | undefined;
    lint: (document: TextDocument) => Promise<Result>;
    publish: (uri: string, linted: Linted<Result>) => void;
  }) {
    this.#document = options.document;
    this.#lint = options.lint;
    this.#publish = options.publish;
  }

  #state(uri: string): DocumentState<Result> {
    let state = this.#states.get(uri);
    if (!state) this.#states.set(uri, (state = { waiting: [], publish: false, running: false, lastMs: 0 }));
    return state;
  }

  /** The document changed (or its settings did): publish its newest version's lint once changes settle. */
  changed(uri: string): void {
    const state = this.#state(uri);
    state.publish = true;
    if (!state.running) this.#schedule(uri, state, this.#settleMs(state));
  }

  /** Settings or configs changed: no lint done so far is current, whatever its version. */
  invalidate(): void {
    for (const state of this.#states.values()) state.done = undefined;
  }

  /** The lint of the document's newest version: the last one when it is still current, else a new one at once. */
  latest(uri: string): Promise<Linted<Result> | undefined> {
    const state = this.#state(uri);
    const current = this.#document(uri)?.version;
    if (state.done && state.done.version === current) return Promise.resolve(state.done);
    return this.#await(uri, state, 0);
  }

  /** A closed document: nothing is kept, and whoever waits gets nothing. */
  forget(uri: string): void {
    const state = this.#states.get(uri);
    if (!state) return;
    clearTimeout(state.timer);
    this.#states.delete(uri);
    for (const resolve of state.waiting.splice(0)) resolve(undefined);
  }

  #await(uri: string, state: DocumentState<Result>, delayMs: number): Promise<Linted<Result> | undefined> {
    const linted = new Promise<Linted<Result> | undefined>((resolve) => state.waiting.push(resolve));
    // While a lint runs, its end decides what comes next; otherwise this call sets (or restarts) the wait.
    if (!state.running) this.#schedule(uri, state, delayMs);
    return linted;
  }

  #schedule(uri: string, state: DocumentState<Result>, delayMs: number): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void this.#run(uri, state), delayMs);
  }

  async #run(uri: string, state: DocumentState<Result>): Promise<void> {
    state.timer = undefined;
    const document = this.#document(uri);
    if (!document) return this.forget(uri);
    // The open document changes in place as edits arrive: the lint reads a snapshot of this version.
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
    state.running = true;
    const started = performance.now();
    let linted: Linted<Result> | undefined;
    try {
      linted = { version: snapshot.version, result: await this.#lint(snapshot) };
    } catch {
      linted = undefined; // the lint reports its own failures; nothing to deliver
    }
    state.running = false;
    state.lastMs = performance.now() - started;
    if (this.#states.get(uri) !== state) return; // closed meanwhile
    if (linted) state.done = linted;
    if (linted && this.#document(uri)?.version !== linted.version) {
      // Changed while it ran: what it read is stale. Lint the newest for whoever wants it, once changes settle.
      if (state.waiting.length > 0 || state.publish) this.#schedule(uri, state, this.#settleMs(state));
      return;
    }
    if (linted && state.publish) {
      state.publish = false;
      this.#publish(uri, linted);
    }
    for (const resolve of state.waiting.splice(0)) resolve(linted);
  }

  #settleMs(state: DocumentState<Result>): number {
    return Math.min(state.lastMs * SETTLE_SHARE, MAX_SETTLE_MS);
  }
}
