import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ESLint, Linter, Rule } from "eslint";
import { type FileLinter, LinterChoice } from "plistlint/engine";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ServerSettings } from "./settings.js";

export interface DocumentReport {
  messages: Linter.LintMessage[];
  rulesMeta: Record<string, Rule.RuleMetaData>;
  /** The text with every fix applied, when some fix applies (fix runs only). */
  output?: string | undefined;
}

/** The path ESLint sees for a document: its file, or an Info.plist in the workspace for an unsaved one. */
export function documentPath(uri: string, workspaceRoot: string | undefined): string {
  if (uri.startsWith("file:")) {
    try {
      return fileURLToPath(uri);
    } catch {
      // A file URI this platform cannot map (another host's share, an encoded slash): lint it as if unsaved.
    }
  }
  return join(workspaceRoot ?? process.cwd(), "Info.plist");
}

/**
 * Lints documents with the CLI's choice of configuration (the project's eslint.config.* when it lints plists,
 * else the preset from the settings), keeping one choice per distinct settings and fix mode.
 */
export class DocumentLinter {
  readonly #choices = new Map<string, LinterChoice>();

  #choice(settings: ServerSettings, filePath: string, fix: boolean): LinterChoice {
    const key = JSON.stringify([settings.preset, settings.rules, settings.minimumOS, fix]);
    let choice = this.#choices.get(key);
    if (!choice) {
      choice = new LinterChoice({
        cwd: dirname(filePath),
        preset: settings.preset,
        config: undefined,
        configLookup: true,
        overrides: { rules: settings.rules, minimumOS: settings.minimumOS },
        fix,
      });
      this.#choices.set(key, choice);
    }
    return choice;
  }

  /** Forgets loaded configs, so that an edited eslint.config.* is read again. */
  reset(): void {
    this.#choices.clear();
  }

  async linterFor(filePath: string, settings: ServerSettings, fix = false): Promise<FileLinter> {
    return this.#choice(settings, filePath, fix).forFile(filePath);
  }

  async lint(document: TextDocument, filePath: string, settings: ServerSettings, fix = false): Promise<DocumentReport> {
    const linter = await this.linterFor(filePath, settings, fix);
    const result: ESLint.LintResult | undefined = await linter.lint(document.getText(), filePath);
    if (!result) return { messages: [], rulesMeta: {} };
    return { messages: result.messages, rulesMeta: linter.rulesMeta([result]), output: result.output };
  }
}
