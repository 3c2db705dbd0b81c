import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** What counts as a large document: its lint's garbage grows the heap well beyond what the server needs at rest. */
const LARGE_DOCUMENT_BYTES = 256 * 1024;
/** How long the server must have been idle before it gives memory back: a full collection takes tens of ms. */
const IDLE_MS = 1000;

/**
 * Gives memory back once the server is idle after large documents. V8 keeps the heap it grew to while linting a
 * large document (its young generation at its largest, old-generation room for the next such lint): an idle server
 * that had opened a 1 MB Info.plist held 150–220 MiB, most of it empty. A full collection when no work has come for a
 * second lets V8 shrink the heap and return the pages. Node offers no way to ask for one but V8's `gc` extension,
 * switched on here before any context that exposes it is made.
 */
export class MemoryReducer {
  #collect: (() => void) | undefined;
  #timer: NodeJS.Timeout | undefined;
  #large = false;

  /** The server did some work; `bytes`, the size of the document it concerned. */
  worked(bytes: number): void {
    if (bytes >= LARGE_DOCUMENT_BYTES) this.#large = true;
    if (!this.#large) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#reduce(), IDLE_MS);
    this.#timer.unref();
  }

  #reduce(): void {
    this.#large = false;
    if (!this.#collect) {
      setFlagsFromString("--expose-gc");
      this.#collect = runInNewContext("gc") as () => void;
    }
    // Twice: the first collection frees the objects, the second finds their pages empty and returns them (measured:
    // once, an idle server held 82–104 MiB from run to run; twice, 82 MiB every time).
    this.#collect();
    this.#collect();
  }
}
