import { globalLooseningRule } from "./helpers/global-loosening-rule.js";

export default globalLooseningRule(
  "no-arbitrary-loads-for-media",
  "media",
  "Disallow NSAllowsArbitraryLoadsForMedia = YES, which turns ATS off for AVFoundation media",
  "turns App Transport Security off for media loaded with AVFoundation: audio and video may come over cleartext HTTP and be read or replaced in transit",
  { recommended: "warn", strict: "error" },
);
