import { globalLooseningRule } from "./helpers/global-loosening-rule.js";

export default globalLooseningRule(
  "no-arbitrary-loads-for-media",
  "media",
  "Disallow NSAllowsArbitraryLoadsForMedia = YES, which turns ATS off for AVFoundation media",
  "turns ATS off for AVFoundation media: serve it over HTTPS and remove the key",
  { presets: { recommended: "warn", strict: "error" }, securitySeverity: 5.0 },
);
