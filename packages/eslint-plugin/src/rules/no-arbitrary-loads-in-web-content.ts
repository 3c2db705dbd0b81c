import { globalLooseningRule } from "./helpers/global-loosening-rule.js";

export default globalLooseningRule(
  "no-arbitrary-loads-in-web-content",
  "webContent",
  "Disallow NSAllowsArbitraryLoadsInWebContent = YES, which turns ATS off in web views",
  "turns App Transport Security off for everything loaded in web views: pages and their resources may come over cleartext HTTP or outdated TLS",
  { recommended: "warn", strict: "error" },
);
