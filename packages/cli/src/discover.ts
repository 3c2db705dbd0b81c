import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { UsageError, messageOf } from "./errors.js";

/** The names Xcode gives Info.plist files: `Info.plist` and `<Target>-Info.plist`. */
export function isInfoPlistName(name: string): boolean {
  return name === "Info.plist" || name.endsWith("-Info.plist");
}

/** Expo configs, which hold an Info.plist's settings as `infoPlist` (app.json: `expo.ios.infoPlist`). */
const EXPO_CONFIG_NAME = /^app(?:\.config)?\.(?:json|[cm]?[jt]s)$/u;

export function isExpoConfigName(name: string): boolean {
  return EXPO_CONFIG_NAME.test(name) && name !== "app.js" && name !== "app.ts";
}

/** An Expo config is linted only when it has an `infoPlist`: other app.json files are not ours to read. */
function holdsInfoPlist(path: string): boolean {
  try {
    return readFileSync(path, "utf8").includes("infoPlist");
  } catch {
    return false;
  }
}

/** Dependencies and build output: never the project's own Info.plist files, and often huge. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", "Pods", "DerivedData", "build", ".build", ".git"]);

function isSkippedDirectory(path: string, name: string): boolean {
  const carthage = (name === "Checkouts" || name === "Build") && basename(dirname(path)) === "Carthage";
  return SKIPPED_DIRECTORIES.has(name) || name.endsWith(".xcarchive") || carthage;
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
  /** Whether walked directories also yield Expo configs (app.json, app.config.*) that hold an `infoPlist`. */
  expoConfigs: boolean;
}

/**
 * The files to lint: explicit files whatever their name, and every Info.plist / *-Info.plist (and, for linting,
 * every Expo config with an `infoPlist`) below explicit directories, skipping what .gitignore ignores, dependencies and build output. Symbolic links to directories are
 * not followed (as git does not), so a link loop cannot trap the walk. Sorted and without duplicates.
 */
export function discoverFiles(paths: readonly string[], options: DiscoveryOptions): Discovery {
  const patterns: IgnoreFile = { base: options.cwd, rules: ignore().add([...options.ignorePatterns]) };
  const files = new Set<string>();
  const warnings: string[] = [];

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
          if (isSkippedDirectory(path, entry.name) || isIgnoredBy([...ignoreFiles, patterns], path, true)) continue;
          stack.push({ directory: path, ignoreFiles });
        } else if (isInfoPlistName(entry.name) || (options.expoConfigs && isExpoConfigName(entry.name))) {
          if (!(entry.isFile() || isFileLink(path)) || isIgnoredBy([...ignoreFiles, patterns], path, false)) continue;
          if (isInfoPlistName(entry.name) || holdsInfoPlist(path)) files.add(path);
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
      if (code === "ENOENT") throw new UsageError(`No such file or directory: ${given}`);
      if (code === "ELOOP") throw new UsageError(`Symbolic link loop: ${given}`);
      throw new UsageError(`Cannot read ${given}: ${messageOf(error)}`);
    }
    if (stats.isDirectory()) walk(path);
    else if (!isIgnoredBy([patterns], path, false)) files.add(path);
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
