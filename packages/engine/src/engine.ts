import { type ConfigOverrides, type PresetName } from "./builtin-config.js";
import { ConfigError, FileError } from "./errors.js";
import { type Explanation, explain } from "./explain.js";
import { ConfigChoice, type LintOutcome } from "./file-linters.js";
import { posixBelow } from "./paths.js";
import { sizeProblem } from "./read-file.js";
import { type SourceKind, holdsSettings, isInNeverLintedFolder, sourceKindOf } from "./sources.js";

/**
 * Whether code from the linted repository may run. `untrusted` (a repository under review, VS Code's Restricted
 * Mode, --no-config-lookup): only what plistlint ships runs, the built-in preset and the parsers it bundles; no
 * eslint.config.* is loaded (it is code).
 */
export type Trust = "trusted" | "untrusted";

export interface EngineOptions {
  /** Where relative paths and the never-linted folders are judged from (a workspace folder, the CLI's cwd). */
  cwd: string;
  trust?: Trust;
  preset?: PresetName;
  /** A config file named by the user, used for every file (trusted: the user chose it). */
  configFile?: string | undefined;
  /** Rule overrides, as in an ESLint config. */
  rules?: Record<string, unknown>;
  /** The deployment target, e.g. { iOS: "15.0" }. */
  minimumOS?: Record<string, string>;
}


/**
 * The one engine behind every door (the CLI, the language server): which files are plist sources, which
 * configuration applies, linting, and explaining what ATS enforces.
 */
export class Engine {
  readonly #cwd: string;
  readonly #choice: ConfigChoice;

  constructor(options: EngineOptions) {
    const trust = options.trust ?? "trusted";
    if (trust === "untrusted" && options.configFile) throw new ConfigError("An untrusted run uses no config file: drop the config file, or trust it");
    const overrides: ConfigOverrides = { rules: options.rules ?? {}, minimumOS: options.minimumOS ?? {} };
    this.#cwd = options.cwd;
    this.#choice = new ConfigChoice({
      cwd: options.cwd,
      preset: options.preset ?? "recommended",
      configFile: options.configFile,
      configLookup: trust === "trusted",
      overrides,
    });
  }

  /**
   * The kind of source an opened document is, when the engine would lint it: a source's name outside the folders
   * never linted, holding the settings plistlint reads. (A file named on the command line is linted whatever it is.)
   */
  sourceOf(filePath: string, text: string): SourceKind | undefined {
    const kind = sourceKindOf(filePath);
    if (!kind || !holdsSettings(kind, text)) return undefined;
    const below = posixBelow(this.#cwd, filePath);
    if (below !== undefined && isInNeverLintedFolder(below)) return undefined;
    return kind;
  }

  /**
   * Lints a file's text; undefined when its configuration ignores it or it holds no settings plistlint reads. Text
   * over the size plistlint reads from disk (an editor's buffer) is refused with the same FileError.
   */
  async lint(filePath: string, text: string, { fix = false }: { fix?: boolean } = {}): Promise<LintOutcome | undefined> {
    const tooLarge = sizeProblem(filePath, Buffer.byteLength(text));
    if (tooLarge) throw new FileError(tooLarge);
    const kind = sourceKindOf(filePath);
    if (kind && !holdsSettings(kind, text)) return undefined;
    return (await this.#choice.forFile(filePath)).lint(text, filePath, fix);
  }

  /** What ATS enforces for each plist the file holds, with the minimum OS its configuration sets. */
  async explain(filePath: string, text: string): Promise<Explanation> {
    const settings = await (await this.#choice.forFile(filePath)).settings(filePath);
    return explain(filePath, text, settings);
  }

  /** Where the configuration that lints a file comes from, in words: a preset, or a config file's path. */
  async configSource(filePath: string): Promise<string> {
    return (await this.#choice.forFile(filePath)).source;
  }

  /** The configuration that lints a file, as ESLint's --print-config shows it. */
  async printableConfig(filePath: string): Promise<unknown> {
    return (await this.#choice.forFile(filePath)).printableConfig(filePath);
  }
}
