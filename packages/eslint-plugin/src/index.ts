import type { Linter } from "eslint";
import { presetConfig } from "./configs.js";
import { cordovaLanguage } from "./cordova/cordova-language.js";
import { plistLanguage } from "./language/plist-language.js";
import { expoJsonLanguage } from "./hosts/json-language.js";
import { withHosts } from "./hosts/host-adapter.js";
import { withPreprocessedVariants } from "./language/preprocessed-rules.js";
import { rules } from "./rules/index.js";

const plugin = {
  // Written out rather than read from package.json so that bundles (the CLI, the VS Code extension) carry it; a test
  // keeps it equal to package.json.
  meta: { name: "eslint-plugin-plist", version: "0.1.0", namespace: "plist" },
  // Expo's app.json is read as JSON5, as Expo reads it (and any JSON source, with XML plists' depth limit); Cordova's
  // config.xml is read as the Info.plist cordova-ios makes of it.
  languages: { plist: plistLanguage, json: expoJsonLanguage, cordova: cordovaLanguage },
  // The rules know only the plist AST; here they also learn to read the plists JSON, JavaScript and YAML files hold,
  // and each plist a preprocessed Info.plist's #if branches make.
  rules: withHosts(withPreprocessedVariants(rules)),
  configs: {} as { recommended: Linter.Config[]; strict: Linter.Config[] },
};
plugin.configs.recommended = presetConfig("recommended", plugin);
plugin.configs.strict = presetConfig("strict", plugin);

export default plugin;
export { SYNTAX_CONFIGS } from "./configs.js";
export { type PlistReading, readPlistSources } from "./frontends.js";
export {
  COMMENT_SYNTAX,
  type CommentSyntax,
  NEVER_LINTED,
  NEVER_LINTED_IGNORES,
  SOURCE_KINDS,
  type SourceKind,
  type SourceSyntax,
  filesOf,
  holdsSettings,
  isInNeverLintedFolder,
  isNeverLintedFolder,
  commentSyntaxOf,
  patternSource,
  sourceKindOfName,
} from "./sources.js";
export { atsDocument, type AtsDocument, type DomainEntry, lastEntries } from "./ats/ats-document.js";
export { ATS_KEYS, atsKey, keysOfScope, masvsControl, type AtsKey, type Scope } from "./ats/keys.js";
export { editDistance } from "./ats/key-suggestions.js";
export {
  effectivePolicy,
  pinnedCleartext,
  type EffectivePolicy,
  type ExceptionDomainPolicy,
  type PinnedDomainPolicy,
  type Setting,
} from "./ats/policy.js";
export { PLATFORMS, type MinimumOS, type Platform, resolveMinimumOS } from "./ats/minimum-os.js";
export { type PlistRuleDocs, type SecurityLevel, securityLevel } from "./rule.js";
export { parseAddressKey } from "./ats/domains.js";
export type { Edits, PlistEdits, ScalarValue, TextEdit } from "./fix/edits.js";
export { PlistSourceCode } from "./language/plist-source-code.js";
export type { PlistSource, PlistSyntax, SourceComment } from "./language/plist-source.js";
export { plistLanguage } from "./language/plist-language.js";
