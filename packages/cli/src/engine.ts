// What the language server shares with the CLI: the choice of configuration per file, linting, and the explained
// policy. One implementation, so the editor and the command line always agree.
export { isExpoConfigName } from "./discover.js";
export { type FileLinter, LinterChoice, type LinterChoiceOptions } from "./file-linters.js";
export { type ExplainedScope, type Explanation, explain } from "./explain.js";
export { formatExplanationsText } from "./explain-format.js";
export type { PresetName } from "./options.js";
