/**
 * What is computed once from a syntax tree and shared by every rule (a document's ATS structure, its policy, …),
 * kept on the tree's own object, under a symbol that only this memo knows and that no enumeration shows.
 *
 * Not a module-level WeakMap, which would be the usual way: V8's young-generation collector keeps a WeakMap's entries
 * alive (measured on Node 20), so every linted file's tree, and all that was computed from it, survived into the old
 * generation, and garbage collection took a third of the time linting a typical Info.plist.
 */
export class Memo<Owner extends object, Value> {
  readonly #slot = Symbol("plistlint memo");

  get(owner: Owner): Value | undefined {
    return (owner as Record<symbol, Value | undefined>)[this.#slot];
  }

  set(owner: Owner, value: Value): Value {
    Object.defineProperty(owner, this.#slot, { value, writable: true });
    return value;
  }
}
