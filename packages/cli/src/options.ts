import { type ParseArgsConfig, parseArgs } from "node:util";
import levn from "levn";
import type { PresetName } from "@plistlint/engine";
import { PLATFORMS } from "eslint-plugin-plist";
import { UsageError } from "./errors.js";
import { unknownFlagHint } from "./flag-suggestions.js";
import { FORMAT_NAMES, type FormatName } from "./formatters/index.js";
import type { SuppressionOptions } from "./suppressions.js";

export type Command = "lint" | "explain" | "rules";

export interface Options extends SuppressionOptions {
  command: Command;
  paths: string[];
  preset: PresetName;
  config: string | undefined;
  configLookup: boolean;
  rules: Record<string, unknown>;
  /** The --rule flag that set each rule, as written, to name it in an error. */
  ruleFlags: Record<string, string>;
  minimumOS: Record<string, string>;
  ignorePatterns: string[];
  ignore: boolean;
  errorOnUnmatchedPattern: boolean;
  /** Lint what standard input holds instead of files. */
  stdin: boolean;
  /** The file standard input stands for: its kind of source, its configuration. */
  stdinFilename: string | undefined;
  fix: boolean;
  fixDryRun: boolean;
  format: FormatName;
  outputFile: string | undefined;
  quiet: boolean;
  maxWarnings: number;
  passOnUnprunedSuppressions: boolean;
  color: boolean | undefined;
  printConfig: string | undefined;
  debug: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: plistlint [command] [options] [paths...]

Commands:
  (none)            Lint Info.plist files and Expo configs. Without paths: the current directory.
  explain           Show the effective App Transport Security policy of each file.
  rules             List the rules with their preset severities and documentation links.

Configuration:
  --preset NAME               Built-in preset when no ESLint config applies: recommended (default) or strict
  -c, --config FILE           Use this ESLint config file
  --no-config-lookup          Run no code from the linted repository: ignore eslint.config.* files, use the built-in preset
  --rule RULE                 Override a rule, as in ESLint: --rule 'plist/no-local-networking: off' (repeatable)
  --minimum-os PLATFORM=VER   The deployment target, e.g. --minimum-os iOS=15.0 (repeatable;
                              ${PLATFORMS.join(", ")})
  --print-config FILE         Print the configuration used for FILE and exit

Files:
  --ignore-pattern PATTERN    Skip files matching this .gitignore-style pattern (repeatable)
  --no-ignore                 Also lint what .gitignore, --ignore-pattern and the dependency and build folders
                              (Pods, node_modules, build, …) would skip
  --no-error-on-unmatched-pattern
                              Exit 0 instead of 2 when no file to lint is found
  --stdin                     Lint the text on standard input (an Info.plist, unless --stdin-filename says otherwise)
  --stdin-filename FILE       The file that text stands for: app.json is read as an Expo config, and FILE's
                              configuration applies

Fixing:
  --fix                       Apply automatic fixes and write the files
  --fix-dry-run               Apply automatic fixes without writing (see the json format's "output")

Suppressing errors (ESLint's bulk suppressions: one eslint-suppressions.json for plistlint and eslint):
  --suppress-all              Record every error in the suppressions file, so that only new ones are reported
  --suppress-rule RULE        Record the errors of this rule (repeatable)
  --suppressions-location FILE
                              The suppressions file (default: eslint-suppressions.json in the current directory)
  --prune-suppressions        Remove the entries of errors that no longer occur
  --pass-on-unpruned-suppressions
                              Do not exit 2 when entries no longer occur

Output:
  -f, --format NAME           ${FORMAT_NAMES.join(", ")} (default: stylish)
  -o, --output-file FILE      Write the report to FILE
  --quiet                     Report errors only
  --max-warnings N            Exit 1 when there are more than N warnings
  --color, --no-color         Force colours on or off (default: as FORCE_COLOR says, else on for a terminal unless
                              NO_COLOR is set)

Miscellaneous:
  --debug                     Show stack traces and the configuration chosen for each file
  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 no errors, 1 lint or parse errors (or too many warnings), 2 usage, configuration or file errors, or
suppressed errors that no longer occur.`;

const PRESETS: readonly PresetName[] = ["recommended", "strict"];

/** `plist/x: off` or `{"plist/x": ["error", {...}]}`, parsed with levn exactly as ESLint's --rule is. */
function parseRule(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = levn.parse("Object", text);
  } catch (error) {
    throw new UsageError(`Invalid --rule '${text}': ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
    throw new UsageError(`Invalid --rule '${text}': expected 'plugin/rule: severity', e.g. 'plist/no-arbitrary-loads: off'`);
  }
  return parsed as Record<string, unknown>;
}

function parseMinimumOS(text: string): [string, string] {
  const match = /^([A-Za-z]+)=(\d+(?:\.\d+){0,2})$/u.exec(text);
  const platform = PLATFORMS.find((name) => name.toLowerCase() === match?.[1]?.toLowerCase());
  if (!match || !platform) {
    throw new UsageError(`Invalid --minimum-os '${text}': expected PLATFORM=VERSION with PLATFORM one of ${PLATFORMS.join(", ")}, e.g. iOS=15.0`);
  }
  return [platform, match[2]!];
}

function parseMaxWarnings(text: string | undefined): number {
  if (text === undefined) return -1;
  if (!/^-?\d+$/u.test(text)) throw new UsageError(`Invalid --max-warnings '${text}': expected a whole number (-1 for no limit)`);
  return Math.max(Number(text), -1);
}

/** `--max-warnings -1` (ESLint's "no limit") reads as an option to parseArgs: join it to its option. */
function joinNegativeNumbers(argv: string[]): string[] {
  return argv.flatMap((arg, index) =>
    arg === "--max-warnings" && /^-\d+$/u.test(argv[index + 1] ?? "") ? [] : index > 0 && argv[index - 1] === "--max-warnings" && /^-\d+$/u.test(arg) ? [`--max-warnings=${arg}`] : [arg],
  );
}

/** The flags, as node's parseArgs takes them. */
const PARSE_OPTIONS = {
  preset: { type: "string" },
  config: { type: "string", short: "c" },
  "no-config-lookup": { type: "boolean" },
  rule: { type: "string", multiple: true },
  "minimum-os": { type: "string", multiple: true },
  "print-config": { type: "string" },
  "ignore-pattern": { type: "string", multiple: true },
  "no-ignore": { type: "boolean" },
  "no-error-on-unmatched-pattern": { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  "suppress-all": { type: "boolean" },
  "suppress-rule": { type: "string", multiple: true },
  "suppressions-location": { type: "string" },
  "prune-suppressions": { type: "boolean" },
  "pass-on-unpruned-suppressions": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies ParseArgsConfig["options"];

const FLAGS = Object.keys(PARSE_OPTIONS).map((name) => `--${name}`);

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(argv), allowPositionals: true, strict: true, options: PARSE_OPTIONS });
  } catch (error) {
    // Node's advice on positionals that start with '-' does not fit a linter's paths.
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/su, "").replace(/\.$/u, "");
    const unknown = (error as NodeJS.ErrnoException).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/u.exec(message)?.[1] : undefined;
    const hint = unknown && unknownFlagHint(unknown, FLAGS);
    const sentence = hint ? `${message}: ${hint}` : message;
    throw new UsageError(`${sentence}${sentence.endsWith("?") ? "" : "."} Run 'plistlint --help' for the options.`);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const command: Command = first === "explain" || first === "rules" ? first : "lint";
  const paths = command === "lint" ? positionals : rest;

  const preset = values.preset ?? "recommended";
  if (!PRESETS.includes(preset as PresetName)) {
    throw new UsageError(`Unknown --preset '${preset}': use ${PRESETS.join(" or ")}`);
  }
  const format = values.format ?? "stylish";
  if (!FORMAT_NAMES.includes(format as FormatName)) {
    throw new UsageError(`Unknown --format '${format}': use one of ${FORMAT_NAMES.join(", ")}`);
  }
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color cannot be used together");
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together");
  if (values.config && values["no-config-lookup"]) {
    throw new UsageError("--config and --no-config-lookup cannot be used together");
  }
  for (const [first, second] of [["suppress-all", "suppress-rule"], ["suppress-all", "prune-suppressions"], ["suppress-rule", "prune-suppressions"]] as const) {
    if (values[first] && values[second]) throw new UsageError(`--${first} and --${second} cannot be used together`);
  }
  if (values["stdin-filename"] !== undefined && !values.stdin) throw new UsageError("--stdin-filename names the text read with --stdin: add --stdin");
  if (values.stdin) {
    if (command !== "lint") throw new UsageError(`'plistlint ${command}' reads no standard input: drop --stdin`);
    if (paths.length > 0) throw new UsageError("--stdin lints standard input, not paths: drop the paths, or --stdin");
    if (values["print-config"] !== undefined) throw new UsageError("--print-config and --stdin cannot be used together");
    if (values.fix) throw new UsageError("--fix cannot write piped-in text: use --fix-dry-run, whose json format holds the fixed text as \"output\"");
    if (values["suppress-all"] || values["suppress-rule"] || values["prune-suppressions"]) {
      throw new UsageError("--suppress-all, --suppress-rule and --prune-suppressions cannot be used with --stdin");
    }
  }
  if (command === "rules" && paths.length > 0) throw new UsageError("'plistlint rules' takes no paths");
  if (command !== "lint" && (values.fix || values["fix-dry-run"])) throw new UsageError(`'plistlint ${command}' does not fix: drop --fix`);
  if (command !== "lint" && (values["suppress-all"] || values["suppress-rule"] || values["prune-suppressions"])) {
    throw new UsageError(`'plistlint ${command}' does not suppress errors: drop the suppression options`);
  }

  const rules = (values.rule ?? []).map((text) => [text, parseRule(text)] as const);
  return {
    command,
    paths,
    preset: preset as PresetName,
    config: values.config,
    configLookup: !values["no-config-lookup"],
    rules: Object.assign({}, ...rules.map(([, parsed]) => parsed)) as Record<string, unknown>,
    ruleFlags: Object.fromEntries(rules.flatMap(([text, parsed]) => Object.keys(parsed).map((ruleId) => [ruleId, text]))),
    minimumOS: Object.fromEntries((values["minimum-os"] ?? []).map(parseMinimumOS)),
    ignorePatterns: values["ignore-pattern"] ?? [],
    ignore: !values["no-ignore"],
    errorOnUnmatchedPattern: !values["no-error-on-unmatched-pattern"],
    stdin: values.stdin ?? false,
    stdinFilename: values["stdin-filename"],
    fix: values.fix ?? false,
    fixDryRun: values["fix-dry-run"] ?? false,
    format: format as FormatName,
    outputFile: values["output-file"],
    quiet: values.quiet ?? false,
    maxWarnings: parseMaxWarnings(values["max-warnings"]),
    suppressAll: values["suppress-all"] ?? false,
    suppressRules: values["suppress-rule"] ?? [],
    suppressionsLocation: values["suppressions-location"],
    pruneSuppressions: values["prune-suppressions"] ?? false,
    passOnUnprunedSuppressions: values["pass-on-unpruned-suppressions"] ?? false,
    color: values.color ? true : values["no-color"] ? false : undefined,
    printConfig: values["print-config"],
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
