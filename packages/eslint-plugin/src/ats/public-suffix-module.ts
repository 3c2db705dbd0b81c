import { createRequire } from "node:module";
import type * as PublicSuffixList from "tldts";

/**
 * tldts (the public suffix list), loaded when a rule first asks whether a domain is a public suffix: building its
 * tables was a sixth of a one-file run's start-up, and most Info.plists never ask. Bundles (the CLI, the language
 * server) replace this module with one that requires the copy inside the bundle, at the same moment.
 */
export function loadPublicSuffixList(): typeof PublicSuffixList {
  return createRequire(import.meta.url)("tldts") as typeof PublicSuffixList;
}
