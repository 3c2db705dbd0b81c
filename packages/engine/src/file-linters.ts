import { dirname } from "node:path";
import type { ESLint, Linter as LinterType, Rule } from "eslint";
import { Linter } from "eslint/universal";
import plugin from "eslint-plugin-plist";
import { type ConfigOverrides, type PresetName, blameOverride, builtinConfig, overrideConfig, printableRules } from "./builtin-config.js";
import { computedConfig } from "./computed-config.js";
import { ConfigLookup } from "./config-lookup.js";
import { ConfigError, type RuleOverrideError, messageOf, oneLine } from "./errors.js";
import { lintedKindOf } from "./sources.js";

/** What linting one file gives. */
export interface LintOutcome {
  /** Every problem, each with a 1-based line and column (a problem without a position is put at 1:1). */
  messages: LinterType.LintMessage[];
  /** Problems silenced by directive comments. */
  suppressedMessages: LinterType.SuppressedLintMessage[];
  /** The text with every fix applied, when some fix applied (fix runs only). */
  output?: string;
  /** The metadata of the rules that reported, for their docs links. */
  rulesMeta: Record<string, Rule.RuleMetaData>;
  /**
   * The config file that linted it (a project's eslint.config.*, or the one named with --config), which runs every
   * rule `npx eslint` would; undefined for the built-in preset, which runs plistlint's rules alone.
   */
  configFile: string | undefined;
}

/** Lints files with one configuration. */
export interface FileLinter {
  /** Where the configuration comes from, for --debug, --print-config and the editor's status. */
  readonly source: string;
  /** Undefined when the configuration ignores the file. */
  lint(text: string, filePath: string, fix: boolean): Promise<LintOutcome | undefined>;
  printableConfig(filePath: string): Promise<unknown>;
  /** The `settings` the rules get (the minimum OS), for explaining a file as the rules read it. */
  settings(filePath: string): Promise<unknown>;
}

/** ESLint can report a problem without a position (a parser's exception); every door needs one. */
function positioned<Message extends LinterType.LintMessage>(message: Message): Message {
  if (message.line >= 1 && message.column >= 1) return message;
  return { ...message, line: message.line >= 1 ? message.line : 1, column: message.column >= 1 ? message.column : 1 };
}

function outcome(
  messages: LinterType.LintMessage[],
  suppressedMessages: LinterType.SuppressedLintMessage[],
  output: string | undefined,
  rulesMeta: Record<string, Rule.RuleMetaData>,
  configFile: string | undefined,
): LintOutcome {
  return {
    messages: messages.map(positioned),
    suppressedMessages: suppressedMessages.map(positioned),
    ...(output === undefined ? {} : { output }),
    rulesMeta,
    configFile,
  };
}

/** Characters from which a document is large: a Linter that kept its AST would keep tens of megabytes. */
const LARGE_DOCUMENT = 256 * 1024;

/** The built-in preset, on ESLint's Linter alone: what most runs use, and the quickest to start. */
class BuiltinLinter implements FileLinter {
  readonly source: string;
  readonly #config: LinterType.Config[];
  /** The config as the Linter takes it, calculated once: it is every file's. */
  readonly #computed: LinterType.Config[];
  readonly #linter = new Linter();

  private constructor(preset: PresetName, config: LinterType.Config[], computed: LinterType.Config[]) {
    this.source = `built-in preset "${preset}"`;
    this.#config = config;
    this.#computed = computed;
  }

  /**
   * The preset with the overrides, checked: ESLint checks a config when it calculates it, and a bad override is
   * reported as such, before any file is read (the preset itself is always valid).
   */
  static async checked(preset: PresetName, overrides: ConfigOverrides, config: LinterType.Config[]): Promise<BuiltinLinter> {
    try {
      return new BuiltinLinter(preset, config, computedConfig(config));
    } catch (error) {
      const [presetConfig] = config;
      throw (await blameOverride(overrides.rules, (rules) => computedConfig([presetConfig!, { rules: rules as LinterType.RulesRecord }]))) ??
        new ConfigError(`Invalid configuration: ${oneLine(messageOf(error))}`);
    }
  }

  lint(text: string, filePath: string, fix: boolean): Promise<LintOutcome> {
    // A Linter keeps the last file's SourceCode, and with it the AST and all the rules computed from it: for a large
    // document, in the editor's long-lived server, tens of megabytes. Such a document gets a Linter of its own, which
    // goes with it. Not every file: ESLint keeps each Linter's state in a WeakMap, which V8's young-generation
    // collector treats as live, so a Linter per file kept every file's AST through scavenges.
    const linter = text.length > LARGE_DOCUMENT ? new Linter() : this.#linter;
    const report = linter.verifyAndFix(text, this.#computed, { filename: filePath, fix });
    // Public since ESLint 8.22 (the ESLint class uses it) but missing from ESLint's type declarations.
    const suppressed = (linter as unknown as { getSuppressedMessages(): LinterType.SuppressedLintMessage[] }).getSuppressedMessages();
    return Promise.resolve(outcome(report.messages, suppressed, report.fixed ? report.output : undefined, this.#rulesMeta(report.messages), undefined));
  }

  #rulesMeta(messages: LinterType.LintMessage[]): Record<string, Rule.RuleMetaData> {
    const meta: Record<string, Rule.RuleMetaData> = {};
    for (const { ruleId } of messages) {
      const rule = ruleId?.startsWith("plist/") ? plugin.rules[ruleId.slice(6) as keyof typeof plugin.rules] : undefined;
      if (rule && ruleId) meta[ruleId] = rule.meta as Rule.RuleMetaData;
    }
    return meta;
  }

  printableConfig(): Promise<unknown> {
    const [preset] = this.#config;
    const overrides = this.#config.at(-1);
    return Promise.resolve({
      source: this.source,
      // ESLint names its own JavaScript language "@/js" (its default config's plugin "@").
      language: preset?.language ?? "@/js",
      plugins: [`plist:${plugin.meta.name}@${plugin.meta.version}`],
      rules: printableRules({ ...preset?.rules, ...overrides?.rules }),
      settings: overrides?.settings ?? {},
    });
  }

  settings(): Promise<unknown> {
    return Promise.resolve(this.#config.at(-1)?.settings ?? {});
  }
}

type ESLintClass = typeof ESLint;

/** The parts of ESLint's calculated config that tell whether a file is linted with our plugin. */
interface ResolvedConfig {
  language?: unknown;
  plugins?: Record<string, { meta?: { name?: string }; languages?: Record<string, unknown> } | undefined>;
  rules?: Record<string, unknown>;
  settings?: unknown;
}

/** The ESLint class, loaded only when a project's own config is used. */
let eslintClass: Promise<ESLintClass> | undefined;
function loadESLint(): Promise<ESLintClass> {
  eslintClass ??= import("eslint").then((module) => module.ESLint);
  return eslintClass;
}

/** A project's eslint.config.*, through the ESLint class so that it behaves exactly as `npx eslint` would. */
class ProjectConfigLinter implements FileLinter {
  readonly source: string;
  readonly #cwd: string;
  readonly #overrides: ConfigOverrides;
  /** One ESLint per fix mode: ESLint takes `fix` when it is made. */
  readonly #eslint = new Map<boolean, Promise<ESLint>>();

  constructor(configFile: string, cwd: string, overrides: ConfigOverrides) {
    this.source = configFile;
    this.#cwd = cwd;
    this.#overrides = overrides;
  }

  #instance(fix: boolean): Promise<ESLint> {
    let eslint = this.#eslint.get(fix);
    if (!eslint) {
      eslint = loadESLint().then((ESLint) => new ESLint({ cwd: this.#cwd, overrideConfigFile: this.source, overrideConfig: overrideConfig(this.#overrides), fix }));
      this.#eslint.set(fix, eslint);
    }
    return eslint;
  }

  async #configFor(filePath: string): Promise<ResolvedConfig | undefined> {
    try {
      return (await (await this.#instance(false)).calculateConfigForFile(filePath)) as ResolvedConfig | undefined;
    } catch (error) {
      throw (await this.#overrideAtFault(filePath)) ?? new ConfigError(`Cannot use ${this.source}: ${oneLine(messageOf(error))}`);
    }
  }

  /** The override to blame when the config file alone is accepted but not with the overrides. */
  async #overrideAtFault(filePath: string): Promise<RuleOverrideError | undefined> {
    const ESLint = await loadESLint();
    const withRules = (rules: Record<string, unknown>) =>
      new ESLint({ cwd: this.#cwd, overrideConfigFile: this.source, overrideConfig: { rules: rules as LinterType.RulesRecord } }).calculateConfigForFile(filePath);
    try {
      await withRules({});
    } catch {
      return undefined;
    }
    return blameOverride(this.#overrides.rules, withRules);
  }

  /**
   * Whether this config lints `filePath` with our plugin: in one of its languages, or with some of its rules on (an
   * Expo config read as JavaScript). A config for JavaScript alone does not count.
   */
  async configuresPlist(filePath: string): Promise<boolean> {
    const config = await this.#configFor(filePath);
    // The project may load its own copy of the plugin, under any namespace: recognise it by name.
    const namespaces = Object.entries(config?.plugins ?? {}).filter(([, candidate]) => candidate?.meta?.name === plugin.meta.name);
    if (namespaces.some(([, candidate]) => Object.values(candidate?.languages ?? {}).includes(config?.language))) return true;
    return Object.entries(config?.rules ?? {}).some(
      ([id, entry]) => namespaces.some(([namespace]) => id.startsWith(`${namespace}/`)) && (Array.isArray(entry) ? entry[0] : entry) !== 0,
    );
  }

  async lint(text: string, filePath: string, fix: boolean): Promise<LintOutcome | undefined> {
    const eslint = await this.#instance(fix);
    const [result] = await eslint.lintText(text, { filePath, warnIgnored: false });
    if (!result) return undefined;
    return outcome(result.messages, result.suppressedMessages, result.output, eslint.getRulesMetaForResults([result]), this.source);
  }

  async printableConfig(filePath: string): Promise<unknown> {
    // ESLint's config serialises itself (toJSON: plugins as names, no functions), as `eslint --print-config` shows it.
    const config = await this.#configFor(filePath);
    try {
      return { source: this.source, ...(JSON.parse(JSON.stringify(config)) as object) };
    } catch (error) {
      throw new ConfigError(`Cannot print the configuration of ${this.source}: ${oneLine(messageOf(error))}`);
    }
  }

  async settings(filePath: string): Promise<unknown> {
    return (await this.#configFor(filePath))?.settings;
  }
}

export interface ConfigChoiceOptions {
  cwd: string;
  preset: PresetName;
  /** A config file to use for every file. */
  configFile: string | undefined;
  /** Whether to use the nearest eslint.config.* (code from the linted repository). */
  configLookup: boolean;
  overrides: ConfigOverrides;
}

/**
 * Chooses each file's configuration: the given config file; else the nearest eslint.config.* when lookup is on and
 * it lints the file with our plugin; else the built-in preset.
 */
export class ConfigChoice {
  readonly #options: ConfigChoiceOptions;
  readonly #lookup = new ConfigLookup();
  readonly #projectLinters = new Map<string, ProjectConfigLinter>();
  /** By kind of source; a promise, so that files linted at once (in the editor) share one check. */
  readonly #builtin = new Map<string, Promise<BuiltinLinter>>();

  constructor(options: ConfigChoiceOptions) {
    this.#options = options;
  }

  /** The built-in preset for the file's kind of source, checked when first used. */
  #builtinFor(filePath: string): Promise<BuiltinLinter> {
    const kind = lintedKindOf(filePath);
    let linter = this.#builtin.get(kind.id);
    if (!linter) {
      const { preset, overrides } = this.#options;
      this.#builtin.set(kind.id, (linter = BuiltinLinter.checked(preset, overrides, builtinConfig(preset, overrides, kind))));
    }
    return linter;
  }

  #project(configFile: string, cwd: string): ProjectConfigLinter {
    let linter = this.#projectLinters.get(configFile);
    if (!linter) this.#projectLinters.set(configFile, (linter = new ProjectConfigLinter(configFile, cwd, this.#options.overrides)));
    return linter;
  }

  async forFile(filePath: string): Promise<FileLinter> {
    const { configFile, configLookup, cwd } = this.#options;
    if (configFile) {
      const linter = this.#project(configFile, cwd);
      if (!(await linter.configuresPlist(filePath))) throw new ConfigError(`${configFile} does not lint ${filePath} with eslint-plugin-plist`);
      return linter;
    }
    const nearest = configLookup ? this.#lookup.nearest(dirname(filePath)) : undefined;
    if (nearest) {
      const linter = this.#project(nearest, dirname(nearest));
      if (await linter.configuresPlist(filePath)) return linter;
    }
    return this.#builtinFor(filePath);
  }
}
