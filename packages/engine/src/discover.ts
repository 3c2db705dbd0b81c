import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { FileError, messageOf } from "./errors.js";
import { holdsSettings, isInNeverLintedFolder, isNeverLintedFolder, sourceKindOfName } from "./sources.js";

/** Whether a file found by walking holds settings plistlint reads: its name is a source's, and so is its content. */
function isSource(path: string, name: string): boolean {
  const kind = sourceKindOfName(name);
  if (!kind) return false;
  if (kind.markers === undefined) return true;
  try {
    return holdsSettings(kind, readFileSync(path, "utf8"));
  } catch {
    return true; // Unreadable: linting it reports why.
  }
}

/** The rules of one ignore file, which apply to paths below its directory. */
interface IgnoreFile {
  base: string;
  rules: Ignore;
}

function readIgnoreFile(base: string, file: string): IgnoreFile | undefined {
  try {
    return { base, rules: ignore().add(readFileSync(file, "utf8")) };
  } catch {
    return undefined; // No .gitignore here (or an unreadable one, which git ignores too).
  }
}

/** `path` relative to `base` in the form `ignore` expects, or undefined when it is not below `base`. */
function relativeBelow(base: string, path: string, isDirectory: boolean): string | undefined {
  const relativePath = relative(base, path);
  if (relativePath === "" || relativePath.startsWith("..") || resolve(base, relativePath) !== path) return undefined;
  const posix = relativePath.split(sep).join("/");
  return isDirectory ? `${posix}/` : posix;
}

function isIgnoredBy(files: readonly IgnoreFile[], path: string, isDirectory: boolean): boolean {
  return files.some((file) => {
    const relativePath = relativeBelow(file.base, path, isDirectory);
    return relativePath !== undefined && file.rules.ignores(relativePath);
  });
}

/** The git work tree `directory` is in, if any. */
function gitRoot(directory: string): string | undefined {
  for (let current = directory; ; current = dirname(current)) {
    if (existsSync(join(current, ".git"))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** The .gitignore files that apply to `directory` from above it: those from the work tree's root down. */
function inheritedIgnoreFiles(directory: string): IgnoreFile[] {
  const root = gitRoot(directory);
  if (!root) return [];
  const files = [readIgnoreFile(root, join(root, ".git", "info", "exclude"))];
  const below = relative(root, directory).split(sep).filter(Boolean);
  for (let depth = 0; depth < below.length; depth++) {
    const base = join(root, ...below.slice(0, depth));
    files.push(readIgnoreFile(base, join(base, ".gitignore")));
  }
  return files.filter((file) => file !== undefined);
}

export interface Discovery {
  files: string[];
  /** Directories that could not be read: shown, but they do not stop the run. */
  warnings: string[];
}

export interface DiscoveryOptions {
  cwd: string;
  ignorePatterns: readonly string[];
  /** False to lint what .gitignore, the ignore patterns and the folders never linted would skip (ESLint's --no-ignore). */
  ignore?: boolean;
}

/** `path` below `base`, with `/`; undefined when it is not below it. */
function posixBelow(base: string, path: string): string | undefined {
  const relativePath = relative(base, path);
  if (relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath)) return undefined;
  return relativePath.split(sep).join("/");
}

/**
 * The files to lint: explicit files whatever their name, and every source (Info.plist, *-Info.plist, Expo configs
 * that hold an `infoPlist`, …) below explicit directories, skipping what .gitignore ignores and the folders never
 * linted (dependencies, build output), even when named: their paths are judged relative to the working directory,
 * or to the folder walked when it lies outside it. Symbolic links to directories are not followed (as git does
 * not), so a link loop cannot trap the walk. Sorted and without duplicates.
 */
export function discoverFiles(paths: readonly string[], options: DiscoveryOptions): Discovery {
  const patterns: IgnoreFile = { base: options.cwd, rules: ignore().add([...options.ignorePatterns]) };
  const files = new Set<string>();
  const warnings: string[] = [];
  const ignoring = options.ignore !== false;
  /** Where a path is judged from: the working directory when it holds the path, else the folder walked. */
  const relativeOf = (root: string, path: string): string => posixBelow(options.cwd, path) ?? posixBelow(root, path) ?? "";

  const walk = (root: string): void => {
    const stack: { directory: string; ignoreFiles: IgnoreFile[] }[] = [
      { directory: root, ignoreFiles: inheritedIgnoreFiles(root) },
    ];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { directory } = item;
      const local = readIgnoreFile(directory, join(directory, ".gitignore"));
      const ignoreFiles = local ? [...item.ignoreFiles, local] : item.ignoreFiles;
      let entries: Dirent[];
      try {
        entries = readdirSync(directory, { withFileTypes: true });
      } catch (error) {
        warnings.push(`Skipped ${directory}: ${messageOf(error)}`);
        continue;
      }
      for (const entry of entries) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
          if (ignoring && (isNeverLintedFolder(relativeOf(root, path)) || isIgnoredBy([...ignoreFiles, patterns], path, true))) continue;
          stack.push({ directory: path, ignoreFiles });
        } else if (sourceKindOfName(entry.name)) {
          if (!(entry.isFile() || isFileLink(path)) || (ignoring && isIgnoredBy([...ignoreFiles, patterns], path, false))) continue;
          if (isSource(path, entry.name)) files.add(path);
        }
      }
    }
  };

  for (const given of paths) {
    const path = resolve(options.cwd, given);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new FileError(`No such file or directory: ${given}`);
      if (code === "ELOOP") throw new FileError(`Symbolic link loop: ${given}`);
      throw new FileError(`Cannot read ${given}: ${messageOf(error)}`);
    }
    const relativePath = posixBelow(options.cwd, path);
    const neverLinted = relativePath !== undefined && (stats.isDirectory() ? isNeverLintedFolder(relativePath) || isInNeverLintedFolder(relativePath) : isInNeverLintedFolder(relativePath));
    if (ignoring && neverLinted) {
      warnings.push(`Skipped ${given}: plistlint never lints dependencies or build output (use --no-ignore to lint it)`);
    } else if (stats.isDirectory()) walk(path);
    else if (!ignoring || !isIgnoredBy([patterns], path, false)) files.add(path);
  }
  return { files: [...files].sort(), warnings };
}

function isFileLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // A dangling link or a loop is not a file to lint.
  }
}
