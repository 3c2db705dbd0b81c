import { globalLooseningRule } from "./helpers/global-loosening-rule.js";

export default globalLooseningRule(
  "no-local-networking",
  "localNetworking",
  "Disallow NSAllowsLocalNetworking = YES, which allows cleartext connections to local names and IP addresses",
  "allows cleartext HTTP to local names and, from iOS 17, IPs: keep it only if the app needs it",
  { presets: { recommended: "off", strict: "warn" }, securitySeverity: 4.0 },
);
