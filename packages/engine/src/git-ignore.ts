import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { ConfigError, messageOf } from "./errors.js";

/** The rules of one ignore file (or of the ignore patterns given), which apply to paths below `base`. */
export interface IgnoreRules {
  base: string;
  rules: Ignore;
}

/** The work tree's matching of paths: case-sensitive unless git recorded otherwise (`core.ignorecase`). */
export interface GitTree {
  root: string | undefined;
  ignoreCase: boolean;
}

/** The git work tree `directory` is in, if any. */
function gitRoot(directory: string): string | undefined {
  for (let current = directory; ; current = dirname(current)) {
    if (existsSync(join(current, ".git"))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** The repository's config file: in `.git/`, or for a linked work tree or a submodule, where `.git` points. */
function gitConfigOf(root: string): string {
  const dotGit = join(root, ".git");
  if (statSync(dotGit).isDirectory()) return join(dotGit, "config");
  const [firstLine = ""] = readFileSync(dotGit, "utf8").split("\n");
  const gitDir = resolve(root, firstLine.startsWith("gitdir:") ? firstLine.slice("gitdir:".length).trim() : ".git");
  const common = existsSync(join(gitDir, "commondir")) ? resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim()) : gitDir;
  return join(common, "config");
}

/**
 * `core.ignorecase` as git reads it: true only where git set it (when it made the repository on a case-insensitive
 * file system: macOS, Windows), so `myapp/` does not skip `MyApp/` on Linux.
 */
function ignoresCase(root: string): boolean {
  let text: string;
  try {
    text = readFileSync(gitConfigOf(root), "utf8");
  } catch {
    return false;
  }
  let inCore = false;
  let value = false;
  for (const line of text.split(/\r?\n/u)) {
    const trimmed = line.trim();
    if (trimmed.startsWith("[")) inCore = /^\[core\]/iu.test(trimmed);
    else if (inCore && /^ignorecase\b/iu.test(trimmed)) {
      // `ignorecase` alone means true; the last setting wins.
      const setting = /^ignorecase\s*(?:=\s*([^\s;#]*))?/iu.exec(trimmed)?.[1];
      value = setting === undefined || /^(?:true|yes|on|1)$/iu.test(setting);
    }
  }
  return value;
}

export function gitTreeOf(directory: string): GitTree {
  const root = gitRoot(directory);
  return { root, ignoreCase: root !== undefined && ignoresCase(root) };
}

/** Why `ignore` cannot use a pattern, in a few words: its message quotes the whole regular expression. */
function unusable(pattern: string, ignoreCase: boolean): string | undefined {
  try {
    // One rule alone, so that it is compiled (the ignore package compiles lazily, and stops at the first match).
    ignore({ ignorecase: ignoreCase }).add(pattern.replace(/^!/u, "")).ignores("p");
    return undefined;
  } catch (error) {
    return messageOf(error).split(": ").at(-1);
  }
}

function shortened(pattern: string): string {
  return pattern.length > 40 ? `${pattern.slice(0, 40)}…` : pattern;
}

/**
 * A .gitignore (or .git/info/exclude) as rules; undefined when there is none (or it is unreadable, which git
 * ignores too). A line that cannot be compiled (a pattern of 40,000 characters) is skipped with a warning naming it.
 */
export function readIgnoreFile(base: string, file: string, tree: GitTree, warnings: string[]): IgnoreRules | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const rules = ignore({ ignorecase: tree.ignoreCase });
  text.split(/\r?\n/u).forEach((line, index) => {
    const reason = line.trim() === "" || line.startsWith("#") ? undefined : unusable(line, tree.ignoreCase);
    if (reason) warnings.push(`Skipped line ${index + 1} of ${file} (${line.length} characters): ${reason}`);
    else rules.add(line);
  });
  return { base, rules };
}

/** The ignore patterns given (--ignore-pattern), judged from `base`; one that cannot be compiled is an error. */
export function ignorePatternRules(base: string, patterns: readonly string[], tree: GitTree): IgnoreRules {
  for (const pattern of patterns) {
    const reason = unusable(pattern, tree.ignoreCase);
    if (reason) throw new ConfigError(`Cannot use the ignore pattern '${shortened(pattern)}' (${pattern.length} characters): ${reason}`);
  }
  return { base, rules: ignore({ ignorecase: tree.ignoreCase }).add([...patterns]) };
}

/** `path` relative to `base` in the form `ignore` expects, or undefined when it is not below `base`. */
function relativeBelow(base: string, path: string, isDirectory: boolean): string | undefined {
  const relativePath = relative(base, path);
  if (relativePath === "" || relativePath.startsWith("..") || resolve(base, relativePath) !== path) return undefined;
  const posix = relativePath.split(sep).join("/");
  return isDirectory ? `${posix}/` : posix;
}

export function isIgnoredBy(files: readonly IgnoreRules[], path: string, isDirectory: boolean): boolean {
  return files.some((file) => {
    const relativePath = relativeBelow(file.base, path, isDirectory);
    return relativePath !== undefined && file.rules.ignores(relativePath);
  });
}

/** The ignore files that apply to `directory` from above it: .git/info/exclude, and .gitignore from the root down. */
export function inheritedIgnoreFiles(directory: string, tree: GitTree, warnings: string[]): IgnoreRules[] {
  const { root } = tree;
  if (!root) return [];
  const files = [readIgnoreFile(root, join(root, ".git", "info", "exclude"), tree, warnings)];
  const below = relative(root, directory).split(sep).filter(Boolean);
  for (let depth = 0; depth < below.length; depth++) {
    const base = join(root, ...below.slice(0, depth));
    files.push(readIgnoreFile(base, join(base, ".gitignore"), tree, warnings));
  }
  return files.filter((file) => file !== undefined);
}
