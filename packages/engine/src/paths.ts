import { isAbsolute, relative, sep } from "node:path";

/** `path` below `base`, with `/`; undefined when it is not below it (or is `base` itself). */
export function posixBelow(base: string, path: string): string | undefined {
  const relativePath = relative(base, path);
  if (relativePath === "" || relativePath === ".." || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath)) return undefined;
  return relativePath.split(sep).join("/");
}

/** Whether `path` is `base` or lies below it (both absolute, links already resolved). */
export function isWithin(base: string, path: string): boolean {
  return relative(base, path) === "" || posixBelow(base, path) !== undefined;
}
