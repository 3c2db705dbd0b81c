import { globalLooseningRule } from "./helpers/global-loosening-rule.js";

export default globalLooseningRule(
  "no-local-networking",
  "localNetworking",
  "Disallow NSAllowsLocalNetworking = YES, which allows cleartext connections to local names and IP addresses",
  "allows insecure connections to unqualified and .local host names and, from iOS 17 / macOS 14, to IP addresses",
  { recommended: "off", strict: "warn" },
);
