import { basename, dirname, parse } from "node:path";
import type { ESLint, Linter as LinterType, Rule } from "eslint";
import { Linter } from "eslint/universal";
import plugin from "eslint-plugin-plist";
import { builtinConfig, type ConfigOverrides, overrideConfig } from "./builtin-config.js";
import { ConfigLookup } from "./config-lookup.js";
import { isExpoConfigName } from "./discover.js";
import { UsageError, messageOf, oneLine } from "./errors.js";
import { lintResult } from "./lint-result.js";
import type { PresetName } from "./options.js";

/** Lints one file with one configuration. */
export interface FileLinter {
  /** Where the configuration comes from, for --debug and --print-config. */
  readonly source: string;
  /** Undefined when the configuration ignores the file. */
  lint(text: string, filePath: string): Promise<ESLint.LintResult | undefined>;
  rulesMeta(results: ESLint.LintResult[]): Record<string, Rule.RuleMetaData>;
  printableConfig(filePath: string): Promise<unknown>;
}

/** The built-in preset, on ESLint's Linter alone: what most runs use, and the quickest to start. */
class BuiltinLinter implements FileLinter {
  readonly source: string;
  readonly #config: LinterType.Config[];
  readonly #fix: boolean;
  readonly #linters = new Map<string, Linter>();

  constructor(preset: PresetName, overrides: ConfigOverrides, fix: boolean, expoConfig: boolean) {
    this.source = `built-in preset "${preset}"`;
    this.#config = builtinConfig(preset, overrides, expoConfig);
    this.#fix = fix;
    // ESLint checks a config when it first lints with it: check it now, so that a bad --rule is a usage error.
    try {
      new Linter({ cwd: "/" }).verify("", this.#config, { filename: "/Info.plist" });
    } catch (error) {
      throw new UsageError(`Invalid configuration: ${oneLine(messageOf(error))}`);
    }
  }

  /** A Linter whose base path holds the file: ESLint matches `files` only below it. */
  #linterFor(filePath: string): Linter {
    const { root } = parse(filePath);
    let linter = this.#linters.get(root);
    if (!linter) this.#linters.set(root, (linter = new Linter({ cwd: root })));
    return linter;
  }

  async lint(text: string, filePath: string): Promise<ESLint.LintResult> {
    const linter = this.#linterFor(filePath);
    const report = linter.verifyAndFix(text, this.#config, { filename: filePath, fix: this.#fix });
    return lintResult(filePath, text, {
      messages: report.messages,
      // Public since ESLint 8.22 (the ESLint class uses it) but missing from ESLint's type declarations.
      suppressedMessages: (linter as unknown as { getSuppressedMessages(): LinterType.SuppressedLintMessage[] }).getSuppressedMessages(),
      output: report.fixed ? report.output : undefined,
    });
  }

  rulesMeta(results: ESLint.LintResult[]): Record<string, Rule.RuleMetaData> {
    const meta: Record<string, Rule.RuleMetaData> = {};
    for (const message of results.flatMap((result) => result.messages)) {
      const rule = message.ruleId?.startsWith("plist/") ? plugin.rules[message.ruleId.slice(6) as keyof typeof plugin.rules] : undefined;
      if (rule && message.ruleId) meta[message.ruleId] = rule.meta as Rule.RuleMetaData;
    }
    return meta;
  }

  async printableConfig(): Promise<unknown> {
    const [preset] = this.#config;
    const overrides = this.#config.at(-1);
    return {
      source: this.source,
      language: "plist/plist",
      plugins: [`plist:${plugin.meta.name}@${plugin.meta.version}`],
      rules: { ...preset?.rules, ...overrides?.rules },
      settings: overrides?.settings ?? {},
    };
  }
}

type ESLintClass = typeof ESLint;

/** The parts of ESLint's calculated config that tell which language a file is linted as. */
interface ResolvedConfig {
  language?: unknown;
  plugins?: Record<string, { meta?: { name?: string }; languages?: Record<string, unknown> } | undefined>;
  rules?: Record<string, unknown>;
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
  readonly #eslint: ESLint;

  private constructor(configFile: string, eslint: ESLint) {
    this.source = configFile;
    this.#eslint = eslint;
  }

  static async load(configFile: string, cwd: string, overrides: ConfigOverrides, fix: boolean): Promise<ProjectConfigLinter> {
    const ESLintClass = await loadESLint();
    const eslint = new ESLintClass({ cwd, overrideConfigFile: configFile, overrideConfig: overrideConfig(overrides), fix });
    return new ProjectConfigLinter(configFile, eslint);
  }

  async #configFor(filePath: string): Promise<ResolvedConfig | undefined> {
    try {
      return (await this.#eslint.calculateConfigForFile(filePath)) as ResolvedConfig | undefined;
    } catch (error) {
      throw new UsageError(`Cannot use ${this.source}: ${oneLine(messageOf(error))}`);
    }
  }

  /**
   * Whether this config lints `filePath` with our plugin: in its plist (or JSON) language, or, for an Expo config in
   * JavaScript, with some of its rules on. A config for JavaScript alone does not count.
   */
  async configuresPlist(filePath: string): Promise<boolean> {
    const config = await this.#configFor(filePath);
    // The project may load its own copy of the plugin, under any namespace: recognise it by name.
    const namespaces = Object.entries(config?.plugins ?? {}).filter(([, candidate]) => candidate?.meta?.name === plugin.meta.name);
    if (namespaces.some(([, candidate]) => Object.values(candidate?.languages ?? {}).includes(config?.language))) return true;
    if (!isExpoConfigName(basename(filePath))) return false;
    return Object.entries(config?.rules ?? {}).some(
      ([id, entry]) => namespaces.some(([namespace]) => id.startsWith(`${namespace}/`)) && (Array.isArray(entry) ? entry[0] : entry) !== 0,
    );
  }

  async lint(text: string, filePath: string): Promise<ESLint.LintResult | undefined> {
    const [result] = await this.#eslint.lintText(text, { filePath, warnIgnored: false });
    return result;
  }

  rulesMeta(results: ESLint.LintResult[]): Record<string, Rule.RuleMetaData> {
    return this.#eslint.getRulesMetaForResults(results);
  }

  async printableConfig(filePath: string): Promise<unknown> {
    // ESLint's config serialises itself (toJSON: plugins as names, no functions), as `eslint --print-config` shows it.
    return { source: this.source, ...(JSON.parse(JSON.stringify(await this.#configFor(filePath))) as object) };
  }
}

export interface LinterChoiceOptions {
  cwd: string;
  preset: PresetName;
  config: string | undefined;
  configLookup: boolean;
  overrides: ConfigOverrides;
  fix: boolean;
}

/**
 * Chooses each file's configuration: --config when given; else the nearest eslint.config.* when it lints the file
 * as a plist; else the built-in preset.
 */
export class LinterChoice {
  readonly #options: LinterChoiceOptions;
  readonly #lookup = new ConfigLookup();
  readonly #projectLinters = new Map<string, Promise<ProjectConfigLinter>>();
  readonly #builtin = new Map<boolean, BuiltinLinter>();

  constructor(options: LinterChoiceOptions) {
    this.#options = options;
  }

  /** The built-in preset, for Expo configs or for plists. */
  #builtinFor(filePath: string): BuiltinLinter {
    const expoConfig = isExpoConfigName(basename(filePath));
    let linter = this.#builtin.get(expoConfig);
    if (!linter) {
      const { preset, overrides, fix } = this.#options;
      this.#builtin.set(expoConfig, (linter = new BuiltinLinter(preset, overrides, fix, expoConfig)));
    }
    return linter;
  }

  #project(configFile: string, cwd: string): Promise<ProjectConfigLinter> {
    let linter = this.#projectLinters.get(configFile);
    if (!linter) {
      linter = ProjectConfigLinter.load(configFile, cwd, this.#options.overrides, this.#options.fix);
      this.#projectLinters.set(configFile, linter);
    }
    return linter;
  }

  async forFile(filePath: string): Promise<FileLinter> {
    const { config, configLookup, cwd } = this.#options;
    if (config) {
      const linter = await this.#project(config, cwd);
      if (!(await linter.configuresPlist(filePath))) {
        throw new UsageError(`${config} does not lint ${filePath} with eslint-plugin-plist`);
      }
      return linter;
    }
    const nearest = configLookup ? this.#lookup.nearest(dirname(filePath)) : undefined;
    if (nearest) {
      const linter = await this.#project(nearest, dirname(nearest));
      if (await linter.configuresPlist(filePath)) return linter;
    }
    return this.#builtinFor(filePath);
  }
}
