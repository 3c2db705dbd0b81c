import json from "@eslint/json";
import type { Linter } from "eslint";
import { presetConfig } from "./configs.js";
import { plistLanguage } from "./language/plist-language.js";
import { withHosts } from "./expo/host-adapter.js";
import { withPreprocessedVariants } from "./language/preprocessed-rules.js";
import { rules } from "./rules/index.js";

const plugin = {
  // Written out rather than read from package.json so that bundles (the CLI, the VS Code extension) carry it; a test
  // keeps it equal to package.json.
  meta: { name: "eslint-plugin-plist", version: "0.1.0", namespace: "plist" },
  // @eslint/json's language reads Expo's app.json: the rules find `expo.ios.infoPlist` in it.
  languages: { plist: plistLanguage, json: json.languages.json },
  // The rules know only the plist AST; here they also learn to read the plists Expo configs hold, and each plist a
  // preprocessed Info.plist's #if branches make.
  rules: withHosts(withPreprocessedVariants(rules)),
  configs: {} as { recommended: Linter.Config[]; strict: Linter.Config[] },
};
plugin.configs.recommended = presetConfig("recommended", plugin);
plugin.configs.strict = presetConfig("strict", plugin);

export default plugin;
export { EXPO_JSON_FILES, EXPO_JS_FILES, EXPO_TS_FILES, INFO_PLIST_FILES } from "./configs.js";
export { atsDocument, type AtsDocument, type DomainEntry } from "./ats/ats-document.js";
export { ATS_KEYS, atsKey, keysOfScope, masvsControl, type AtsKey, type Scope } from "./ats/keys.js";
export { effectivePolicy, type EffectivePolicy, type ExceptionDomainPolicy, type Setting } from "./ats/policy.js";
export { resolveMinimumOS, type MinimumOS } from "./ats/minimum-os.js";
export { parseAddressKey } from "./ats/domains.js";
export type { PlistEdits, ScalarValue, TextEdit } from "./fix/edits.js";
export { PlistSourceCode } from "./language/plist-source-code.js";
export type { PlistSource, PlistSyntax, SourceComment } from "./language/plist-source.js";
export { plistLanguage } from "./language/plist-language.js";
