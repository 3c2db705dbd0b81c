/**
 * A rule's context with some members replaced (the plist a host file holds, a report that collects), as a plain
 * object. Not Object.create(context): V8 gives every object that becomes a prototype a hidden class of its own, kept
 * in the old generation, and that class keeps the file's context, and so its AST, alive through every young-generation
 * collection until a full one (measured: garbage collection was a third of the time linting a typical Info.plist).
 */
export function contextWith<Context extends object>(context: Context, members: Partial<Context>): Context {
  const copy: Record<string, unknown> = {};
  // for…in reads the members ESLint's context inherits (sourceCode, settings, filename, …) as well as its own.
  for (const key in context) copy[key] = (context as Record<string, unknown>)[key];
  return Object.assign(copy, members) as Context;
}
