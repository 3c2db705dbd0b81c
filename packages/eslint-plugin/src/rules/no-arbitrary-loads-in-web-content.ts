import { globalLooseningRule } from "./helpers/global-loosening-rule.js";

export default globalLooseningRule(
  "no-arbitrary-loads-in-web-content",
  "webContent",
  "Disallow NSAllowsArbitraryLoadsInWebContent = YES, which turns ATS off in web views",
  "turns ATS off in web views: remove it unless the app shows arbitrary web pages",
  { presets: { recommended: "warn", strict: "error" }, securitySeverity: 6.0 },
);
