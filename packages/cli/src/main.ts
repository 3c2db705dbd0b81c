import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import {
  type Discovery,
  Engine,
  EngineError,
  type Explanation,
  FileError,
  RuleOverrideError,
  type SourceFile,
  discoverFiles,
  excludesStdinFile,
  invalidUtf8Problem,
  messageOf,
  oneLine,
  readSourceFile,
  reasonOf,
} from "@plistlint/engine";
import type { Rule } from "eslint";
import { useColor } from "./color.js";
import { type CliEnvironment, asksForXcode, say } from "./environment.js";
import { UsageError } from "./errors.js";
import { formatExplanationsText } from "./explain-format.js";
import { loadFormatter } from "./formatters/index.js";
import { type FileReport, lintFile, lintSource } from "./lint-file.js";
import { errorsOnly } from "./lint-result.js";
import { type Options, USAGE, parseOptions } from "./options.js";
import { formatRulesText, ruleSummaries } from "./rules-list.js";
import { readStdin } from "./stdin.js";
import { type Applied, type RanRule, bulkSuppress, checkSuppressionsFile, describeUnused } from "./suppressions.js";
import { VERSION } from "./version.js";

export type { CliEnvironment } from "./environment.js";

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** --no-config-lookup means no code from the linted repository runs; a config named with --config is trusted. */
function engineFor(options: Options, cwd: string): Engine {
  return new Engine({
    cwd,
    trust: options.configLookup || options.config ? "trusted" : "untrusted",
    preset: options.preset,
    configFile: options.config && resolve(cwd, options.config),
    rules: options.rules,
    minimumOS: options.minimumOS,
  });
}

function emit(report: string, options: Options, env: CliEnvironment): void {
  if (options.outputFile) {
    const path = resolve(env.cwd, options.outputFile);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, report);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a directory" : reasonOf(error);
      throw new UsageError(`Cannot write the report to ${options.outputFile}: ${reason}`);
    }
  } else if (report) {
    // As ESLint's CLI prints it: the report, then a line break.
    env.stdout.write(report.endsWith("\n") ? report : `${report}\n`);
  }
}

function findFiles(options: Options, env: CliEnvironment): Discovery {
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const discovery = discoverFiles(paths, { cwd: env.cwd, ignorePatterns: options.ignorePatterns, ignore: options.ignore });
  for (const warning of discovery.warnings) say(env, warning, "warning");
  if (discovery.files.length === 0 && options.errorOnUnmatchedPattern) {
    throw new UsageError(`No Info.plist, *-Info.plist or Expo config files found in ${paths.join(", ")} (outside ignored directories)`);
  }
  return discovery;
}

/** The report must never replace a file it reports on (`-o App/Info.plist`, or a link to it): checked before any work. */
function refuseToOverwriteInputs(options: Options, files: readonly string[], cwd: string): void {
  if (!options.outputFile) return;
  const output = fileIdentity(resolve(cwd, options.outputFile));
  if (output && files.some((file) => fileIdentity(file) === output)) {
    throw new UsageError(`Not writing the report to ${options.outputFile}: it is one of the files being linted`);
  }
}

/** The device and inode a path resolves to (so a link or a hard link is the file it names); undefined if none. */
function fileIdentity(path: string): string | undefined {
  try {
    const { dev, ino } = statSync(path);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

/** What ESLint's lintText calls text without a file name. */
const UNNAMED_TEXT = "<text>";

/**
 * Standard input, as the file --stdin-filename names (its kind of source, its configuration, and whether it is
 * skipped), else as an Info.plist in the working directory, reported as ESLint reports such text: `<text>`.
 */
async function lintStdin(engine: Engine, options: Options, env: CliEnvironment): Promise<FileReport | undefined> {
  const name = options.stdinFilename;
  const skipped = name === undefined ? undefined : excludesStdinFile(name, { cwd: env.cwd, ignorePatterns: options.ignorePatterns, ignore: options.ignore });
  if (skipped?.warning) say(env, skipped.warning, "warning");
  if (skipped) return undefined;
  const file = await readStdin(env.stdin, resolve(env.cwd, name ?? UNNAMED_TEXT));
  const report = await lintSource(file, engine, options, [], env);
  return report && name === undefined ? { ...report, result: { ...report.result, filePath: UNNAMED_TEXT } } : report;
}

/** Each file's report: the files found from the paths given, or standard input. */
async function lintReports(engine: Engine, options: Options, env: CliEnvironment): Promise<FileReport[]> {
  if (options.stdin) {
    const report = await lintStdin(engine, options, env);
    return report ? [report] : [];
  }
  const { files, roots } = findFiles(options, env);
  refuseToOverwriteInputs(options, files, env.cwd);
  const reports: FileReport[] = [];
  for (const filePath of files) {
    if (options.debug) say(env, `${filePath}: ${await engine.configSource(filePath)}`);
    const report = await lintFile(filePath, engine, options, roots, env);
    if (report) reports.push(report);
  }
  return reports;
}

async function lint(options: Options, env: CliEnvironment): Promise<number> {
  const engine = engineFor(options, env.cwd);
  if (!options.stdin) checkSuppressionsFile(options, env.cwd);
  const reports = await lintReports(engine, options, env);
  const linted = reports.map((report) => report.result);
  const rulesMeta: Record<string, Rule.RuleMetaData> = Object.fromEntries(reports.flatMap((report) => Object.entries(report.rulesMeta ?? {})));
  const failures = reports.filter((report) => report.failed).length;
  const builtinPresetFiles = new Set(reports.filter((report) => report.builtinPreset).map((report) => report.result.filePath));
  const ranRule: RanRule = (filePath, ruleId) => !builtinPresetFiles.has(filePath) || ruleId.startsWith("plist/");
  // As ESLint, piped-in text gets no bulk suppressions.
  const { results, unused }: Applied = options.stdin ? { results: linted, unused: new Map() } : bulkSuppress(linted, options, env.cwd, ranRule);
  const reported = options.quiet ? results.map(errorsOnly) : results;
  const color = useColor(options.color, options.outputFile, env);
  const formatter = await loadFormatter(options.format);
  emit(formatter(reported, { cwd: env.cwd, rulesMeta, color, toolVersion: VERSION }), options, env);

  if (unused.size > 0 && !options.passOnUnprunedSuppressions) {
    const hint = "Remove their entries with --prune-suppressions, or pass with --pass-on-unpruned-suppressions.";
    say(env, `Suppressed errors no longer occur: ${describeUnused(unused)}. ${hint}`, "error");
    return EXIT.usage;
  }
  if (failures > 0) return EXIT.usage;
  const errors = reported.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = reported.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return EXIT.problems;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    env.stderr.write(`${env.xcodeMessages ? "error: " : ""}plistlint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

async function explainFiles(options: Options, env: CliEnvironment): Promise<number> {
  if (options.format !== "stylish" && options.format !== "json") {
    throw new UsageError(`'plistlint explain' writes a table or, with --format json, JSON; not ${options.format}`);
  }
  const engine = engineFor(options, env.cwd);
  const explanations: Explanation[] = [];
  const { files } = findFiles(options, env);
  refuseToOverwriteInputs(options, files, env.cwd);
  let failures = 0;
  for (const filePath of files) {
    let file: SourceFile;
    try {
      file = readSourceFile(filePath);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      say(env, error.message, "error");
      failures++;
      continue;
    }
    const invalidUtf8 = invalidUtf8Problem(file);
    explanations.push(invalidUtf8 ? { filePath, plists: [], parseError: invalidUtf8 } : await engine.explain(filePath, file.text));
  }
  emit(options.format === "json" ? JSON.stringify(explanations, null, 2) : formatExplanationsText(explanations, env.cwd), options, env);
  if (failures > 0) return EXIT.usage;
  return explanations.some((explanation) => explanation.parseError) ? EXIT.problems : EXIT.ok;
}

async function printConfig(filePath: string, options: Options, env: CliEnvironment): Promise<number> {
  const path = resolve(env.cwd, filePath);
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`--print-config takes a file, not a directory: ${filePath}`);
  const printable = await engineFor(options, env.cwd).printableConfig(path);
  env.stdout.write(`${JSON.stringify(printable, null, 2)}\n`);
  return EXIT.ok;
}

async function run(options: Options, env: CliEnvironment): Promise<number> {
  if (options.help) {
    env.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (options.version) {
    env.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (options.printConfig) return printConfig(options.printConfig, options, env);
  if (options.command === "rules") {
    emit(options.format === "json" ? JSON.stringify(ruleSummaries(), null, 2) : formatRulesText(ruleSummaries()), options, env);
    return EXIT.ok;
  }
  return options.command === "explain" ? explainFiles(options, env) : lint(options, env);
}

/** Runs the CLI and returns its exit code; failures become one-line messages (with the stack under --debug). */
export async function main(argv: string[], processEnv: CliEnvironment): Promise<number> {
  const env: CliEnvironment = { ...processEnv, xcodeMessages: asksForXcode(argv) };
  let debug = argv.includes("--debug");
  let options: Options | undefined;
  try {
    options = parseOptions(argv);
    debug = options.debug;
    return await run(options, env);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof EngineError;
    // An override the configuration rejects is the --rule flag's fault, whatever config file it was laid over.
    const flag = error instanceof RuleOverrideError ? options?.ruleFlags[error.ruleId] : undefined;
    const message = flag !== undefined ? `Invalid --rule '${flag}': ${(error as RuleOverrideError).reason}` : messageOf(error);
    say(env, `${known ? "" : "internal error: "}${oneLine(message)}`, "error");
    if (debug && error instanceof Error && error.stack) env.stderr.write(`${error.stack}\n`);
    else if (!known) env.stderr.write("Run again with --debug to see the stack trace.\n");
    return EXIT.usage;
  }
}
