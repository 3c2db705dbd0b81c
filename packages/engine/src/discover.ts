import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { FileError, messageOf } from "./errors.js";
import { type IgnoreRules, gitTreeOf, ignorePatternRules, inheritedIgnoreFiles, isIgnoredBy, readIgnoreFile } from "./git-ignore.js";
import { isWithin, posixBelow } from "./paths.js";
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

export interface Discovery {
  files: string[];
  /**
   * The folders being linted, links resolved: each folder named (or walked) and the folder of each file named. What
   * plistlint writes (--fix) must lie in one of them.
   */
  roots: string[];
  /** Directories that could not be read, .gitignore lines that could not be used: shown, but they do not stop the run. */
  warnings: string[];
}

export interface DiscoveryOptions {
  cwd: string;
  ignorePatterns: readonly string[];
  /** False to lint what .gitignore, the ignore patterns and the folders never linted would skip (ESLint's --no-ignore). */
  ignore?: boolean;
}

/**
 * The files to lint: explicit files whatever their name, and every source (Info.plist, *-Info.plist, Expo configs
 * that hold an `infoPlist`, …) below explicit directories, skipping what .gitignore ignores and the folders never
 * linted (dependencies, build output), even when named: their paths are judged relative to the working directory,
 * or to the folder walked when it lies outside it. Symbolic links to directories are not followed (as git does
 * not), so a link loop cannot trap the walk. Paths are matched as git matches them in their work tree (case-sensitive
 * unless git set `core.ignorecase`). Sorted and without duplicates.
 */
export function discoverFiles(paths: readonly string[], options: DiscoveryOptions): Discovery {
  const patterns = ignorePatternRules(options.cwd, options.ignorePatterns, gitTreeOf(options.cwd));
  const files = new Set<string>();
  const roots = new Set<string>();
  const warnings: string[] = [];
  const ignoring = options.ignore !== false;
  /** Where a path is judged from: the working directory when it holds the path, else the folder walked. */
  const relativeOf = (root: string, path: string): string => posixBelow(options.cwd, path) ?? posixBelow(root, path) ?? "";

  const walk = (root: string): void => {
    const tree = gitTreeOf(root);
    const realRoot = realpathSync(root);
    const stack: { directory: string; ignoreFiles: IgnoreRules[] }[] = [
      { directory: root, ignoreFiles: inheritedIgnoreFiles(root, tree, warnings) },
    ];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { directory } = item;
      const local = readIgnoreFile(directory, join(directory, ".gitignore"), tree, warnings);
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
          // A link found by walking may point anywhere (a planted Info.plist -> ~/.ssh/id_rsa would put the key's text
          // in the report): only files inside the folder walked are read. A file named explicitly is the user's choice.
          const outside = entry.isSymbolicLink() ? linkOutside(path, realRoot) : undefined;
          if (outside) warnings.push(`Skipped ${path}: it is a link to ${outside}, outside the folders being linted`);
          else if (isSource(path, entry.name)) files.add(path);
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
    const exclusion = ignoring ? exclusionOf(path, given, stats.isDirectory(), options.cwd, patterns) : undefined;
    if (exclusion) {
      if (exclusion.warning) warnings.push(exclusion.warning);
    } else if (stats.isDirectory()) {
      roots.add(realpathSync(path));
      walk(path);
    } else {
      roots.add(realpathSync(dirname(path)));
      files.add(path);
    }
  }
  return { files: [...files].sort(), roots: [...roots], warnings };
}

/**
 * Why a path named by the user is not linted: in a folder never linted (with a warning), or, for a file, matched by
 * --ignore-pattern (silently, as ESLint skips it); undefined when it is linted.
 */
function exclusionOf(path: string, given: string, isDirectory: boolean, cwd: string, patterns: IgnoreRules): { warning?: string } | undefined {
  const relativePath = posixBelow(cwd, path);
  const neverLinted = relativePath !== undefined && (isInNeverLintedFolder(relativePath) || (isDirectory && isNeverLintedFolder(relativePath)));
  if (neverLinted) return { warning: `Skipped ${given}: plistlint never lints dependencies or build output (use --no-ignore to lint it)` };
  return !isDirectory && isIgnoredBy([patterns], path, false) ? {} : undefined;
}

/**
 * Whether text read from standard input as the file `given` is skipped, as the file would be if named on the command
 * line; the warning to show, if any. The file itself need not exist (an editor's unsaved buffer).
 */
export function excludesStdinFile(given: string, options: DiscoveryOptions): { warning?: string } | undefined {
  if (options.ignore === false) return undefined;
  const patterns = ignorePatternRules(options.cwd, options.ignorePatterns, gitTreeOf(options.cwd));
  return exclusionOf(resolve(options.cwd, given), given, false, options.cwd, patterns);
}

/** Where a link points when that is outside `root`; undefined when it stays inside. */
function linkOutside(path: string, root: string): string | undefined {
  const target = realpathSync(path);
  return isWithin(root, target) ? undefined : target;
}

function isFileLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // A dangling link or a loop is not a file to lint.
  }
}
