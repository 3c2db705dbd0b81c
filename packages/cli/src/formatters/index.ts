import type { ESLint, Rule } from "eslint";

export const FORMAT_NAMES = ["stylish", "json", "sarif", "xcode", "github", "junit"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatContext {
  cwd: string;
  /** Metadata of the rules that reported, by rule id. */
  rulesMeta: Record<string, Rule.RuleMetaData>;
  color: boolean;
  toolVersion: string;
}

export type Formatter = (results: ESLint.LintResult[], context: FormatContext) => string;

/** Each format loads only when asked for, so the default one costs nothing extra at start-up. */
const LOADERS: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import("./stylish.js")).formatStylish,
  json: async () => (await import("./json.js")).formatJson,
  sarif: async () => (await import("./sarif.js")).formatSarif,
  xcode: async () => (await import("./xcode.js")).formatXcode,
  github: async () => (await import("./github.js")).formatGithub,
  junit: async () => (await import("./junit.js")).formatJunit,
};

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}

/** A problem's severity as the line-oriented formats spell it. */
export function severityOf(message: { fatal?: boolean | undefined; severity: number }): "error" | "warning" {
  return message.fatal || message.severity === 2 ? "error" : "warning";
}
