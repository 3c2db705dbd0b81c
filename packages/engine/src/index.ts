// The engine behind every plistlint door. The CLI and the language server depend on it; it speaks the domain
// (sources, configurations, findings, explanations), not any door's output format.
export type { ConfigOverrides, PresetName } from "./builtin-config.js";
export { type Discovery, type DiscoveryOptions, discoverFiles, excludesStdinFile } from "./discover.js";
export { Engine, type EngineOptions, type Trust } from "./engine.js";
export { ConfigError, EngineError, FileError, RuleOverrideError, messageOf, oneLine } from "./errors.js";
export { isWithin } from "./paths.js";
export { type ExplainedPlist, type ExplainedScope, type Explanation, type IgnoredEntry, type ScopeKind, explain, readPlists } from "./explain.js";
export { type DescribedScope, caveatsOf, describeMinimumOS, describeScope } from "./explain-text.js";
export type { LintOutcome } from "./file-linters.js";
export { MAX_FILE_MIB, type SourceFile, invalidUtf8Problem, readSourceFile, reasonOf, sizeProblem, sourceFileOf } from "./read-file.js";
// What counts as a plist source, and which folders are never linted: the plugin's facts, with the engine's by path.
export * from "./sources.js";
