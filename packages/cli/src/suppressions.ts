import { existsSync, lstatSync, readFileSync, writeFileSync } from "node:fs";
import { join, normalize, posix, relative, resolve, sep } from "node:path";
import type { ESLint, Linter } from "eslint";
import murmur from "imurmurhash";
import stringify from "json-stable-stringify-without-jsonify";
import { reasonOf } from "@plistlint/engine";
import { UsageError } from "./errors.js";
import { countMessages } from "./lint-result.js";

// ESLint's bulk suppressions (lib/services/suppressions-service.js and the part of lib/cli.js that drives it), so that
// `plistlint` and `eslint` read and write one eslint-suppressions.json: the same location, the same JSON, the same
// counting. A file's errors of a rule are suppressed while there are no more of them than its entry counts; with more,
// all of them are reported. Warnings are never suppressed.

const DEFAULT_SUPPRESSIONS_FILE = "eslint-suppressions.json";

/** By file (relative to the working directory, with `/`), by rule id: how many errors are suppressed. */
export type Suppressions = Map<string, Map<string, number>>;

/**
 * Whether plistlint ran a rule on a file. The built-in preset runs plistlint's rules alone, where `npx eslint` may also
 * run a project's other rules (JavaScript rules on app.config.js): their entries are not plistlint's to judge or prune.
 */
export type RanRule = (filePath: string, ruleId: string) => boolean;

/**
 * Where the file is, as ESLint resolves --suppressions-location (getCacheFile): relative to the working directory,
 * and in a directory (one that exists, or a path ending with a separator) `suppressions_<hash of the cwd>`.
 */
function suppressionsPath(location: string | undefined, cwd: string): string {
  const normalized = normalize(location ?? DEFAULT_SUPPRESSIONS_FILE);
  const path = resolve(cwd, normalized);
  let isDirectory = normalized.endsWith(sep);
  try {
    isDirectory ||= lstatSync(path).isDirectory();
  } catch {
    // Not there yet: a file, unless the path ends with a separator.
  }
  return isDirectory ? join(path, `suppressions_${murmur(cwd).result().toString(36)}`) : path;
}

function invalid(path: string, why: string): UsageError {
  return new UsageError(`Invalid suppressions file ${path}: ${why}`);
}

/** The file's suppressions; none when it does not exist. */
function readSuppressions(path: string): Suppressions {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw new UsageError(`Cannot read the suppressions file ${path}: ${reasonOf(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(path, (error as Error).message);
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!isObject(parsed)) throw invalid(path, 'expected { "<file>": { "<rule>": { "count": <number> } } }');
  const suppressions: Suppressions = new Map();
  for (const [file, rules] of Object.entries(parsed)) {
    if (!isObject(rules)) throw invalid(path, `the entry of ${file} is not an object`);
    const counts = new Map<string, number>();
    for (const [ruleId, entry] of Object.entries(rules)) {
      const count = isObject(entry) ? entry.count : undefined;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 0) throw invalid(path, `${file}: ${ruleId} has no whole "count"`);
      counts.set(ruleId, count);
    }
    suppressions.set(file, counts);
  }
  return suppressions;
}

/** Writes the file as ESLint does: keys sorted, two spaces, no final line break. */
function writeSuppressions(path: string, suppressions: Suppressions): void {
  const json = Object.fromEntries([...suppressions].map(([file, rules]) => [file, Object.fromEntries([...rules].map(([ruleId, count]) => [ruleId, { count }]))]));
  try {
    writeFileSync(path, stringify(json, { space: 2 }));
  } catch (error) {
    throw new UsageError(`Cannot write the suppressions file ${path}: ${reasonOf(error)}`);
  }
}

/** The file's path as the suppressions file keys it. */
function keyOf(filePath: string, cwd: string): string {
  return relative(cwd, filePath).split(sep).join(posix.sep);
}

/** Errors by rule, as ESLint counts violations: warnings and problems without a rule do not count. */
function errorsByRule(messages: readonly Linter.LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { ruleId, severity } of messages) if (ruleId && severity === 2) counts.set(ruleId, (counts.get(ruleId) ?? 0) + 1);
  return counts;
}

/** Each file's current errors (of `rules` only, when given) become its entries, replacing what they said before. */
function suppress(suppressions: Suppressions, results: readonly ESLint.LintResult[], cwd: string, rules?: readonly string[]): void {
  for (const result of results) {
    const key = keyOf(result.filePath, cwd);
    for (const [ruleId, count] of errorsByRule(result.messages)) {
      if (rules && !rules.includes(ruleId)) continue;
      if (!suppressions.has(key)) suppressions.set(key, new Map());
      suppressions.get(key)!.set(ruleId, count);
    }
  }
}

export interface Applied {
  results: ESLint.LintResult[];
  /** What the entries count beyond today's errors, by file and rule: errors that were fixed since. */
  unused: Suppressions;
}

/**
 * Moves the suppressed errors of each file to its `suppressedMessages` (as `{ kind: "file" }`) and recounts its
 * problems. An entry of a rule that plistlint did not run on the file is neither applied nor judged unused.
 */
function applySuppressions(results: readonly ESLint.LintResult[], suppressions: Suppressions, cwd: string, ranRule: RanRule): Applied {
  const unused: Suppressions = new Map();
  const applied = results.map((result) => {
    const key = keyOf(result.filePath, cwd);
    const entries = suppressions.get(key);
    if (!entries) return result;
    const errors = errorsByRule(result.messages);
    const suppressedRules = new Set<string>();
    const unusedHere = new Map<string, number>();
    for (const [ruleId, allowed] of entries) {
      if (!ranRule(result.filePath, ruleId)) continue;
      const count = errors.get(ruleId) ?? 0;
      if (count > 0 && count <= allowed) suppressedRules.add(ruleId);
      // As in ESLint, an entry of a rule without errors is unused whatever its count (a hand-written 0 included).
      if (count === 0 || count < allowed) unusedHere.set(ruleId, allowed - count);
    }
    if (unusedHere.size > 0) unused.set(key, unusedHere);
    if (suppressedRules.size === 0) return result;
    const isSuppressed = (message: Linter.LintMessage): boolean => message.ruleId !== null && suppressedRules.has(message.ruleId);
    const suppressedNow = result.messages.filter(isSuppressed);
    const messages = result.messages.filter((message) => !isSuppressed(message));
    return {
      ...result,
      messages,
      suppressedMessages: [...result.suppressedMessages, ...suppressedNow.map((message) => ({ ...message, suppressions: [{ kind: "file", justification: "" }] }))],
      ...countMessages(messages),
    };
  });
  return { results: applied, unused };
}

/** Lowers each entry to today's errors, dropping those with none left and those of files that no longer exist. */
function prune(suppressions: Suppressions, unused: Suppressions, cwd: string): void {
  for (const [key, rules] of unused) {
    const entries = suppressions.get(key)!;
    for (const [ruleId, extra] of rules) {
      const count = entries.get(ruleId)! - extra;
      if (count > 0) entries.set(ruleId, count);
      else entries.delete(ruleId);
    }
    if (entries.size === 0) suppressions.delete(key);
  }
  for (const key of suppressions.keys()) if (!existsSync(resolve(cwd, key))) suppressions.delete(key);
}

/** What the command line asks of the suppressions file (ESLint's flags). */
export interface SuppressionOptions {
  suppressAll: boolean;
  /** --suppress-rule, repeatable: record these rules' errors only. */
  suppressRules: string[];
  pruneSuppressions: boolean;
  suppressionsLocation: string | undefined;
}

/** Checked before linting: a file named with --suppressions-location must exist unless this run writes it. */
export function checkSuppressionsFile(options: SuppressionOptions, cwd: string): void {
  const writes = options.suppressAll || options.suppressRules.length > 0;
  if (options.suppressionsLocation && !writes && !existsSync(suppressionsPath(options.suppressionsLocation, cwd))) {
    throw new UsageError(`The suppressions file ${options.suppressionsLocation} does not exist: create it with --suppress-all or --suppress-rule`);
  }
}

/**
 * What ESLint's CLI does after linting: records (--suppress-all, --suppress-rule) or prunes (--prune-suppressions) the
 * file's entries, then applies them whenever the file exists.
 */
export function bulkSuppress(results: ESLint.LintResult[], options: SuppressionOptions, cwd: string, ranRule: RanRule): Applied {
  const path = suppressionsPath(options.suppressionsLocation, cwd);
  const writes = options.suppressAll || options.suppressRules.length > 0;
  if (!writes && !options.pruneSuppressions && !existsSync(path)) return { results, unused: new Map() };
  const suppressions = readSuppressions(path);
  if (writes) {
    suppress(suppressions, results, cwd, options.suppressAll ? undefined : options.suppressRules);
    writeSuppressions(path, suppressions);
  }
  if (options.pruneSuppressions) {
    prune(suppressions, applySuppressions(results, suppressions, cwd, ranRule).unused, cwd);
    writeSuppressions(path, suppressions);
  }
  return applySuppressions(results, suppressions, cwd, ranRule);
}

/** The entries that no longer occur, in words: `App/Info.plist (plist/no-arbitrary-loads: 1)`. */
export function describeUnused(unused: Suppressions): string {
  return [...unused].map(([file, rules]) => `${file} (${[...rules].map(([ruleId, count]) => `${ruleId}: ${count}`).join(", ")})`).join(", ");
}
