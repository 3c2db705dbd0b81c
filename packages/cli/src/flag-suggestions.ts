import { editDistance } from "eslint-plugin-plist";

/**
 * SwiftLint's baseline flags. They are not aliases: a SwiftLint baseline is another file format, matching each
 * violation by its text, where ESLint's bulk suppressions (which plistlint shares with eslint) count errors per file
 * and rule. The error points to the flags that do the job.
 */
const SWIFTLINT_FLAGS: Readonly<Record<string, string>> = {
  "--baseline": "plistlint reads ESLint's bulk suppressions instead of a SwiftLint baseline: --suppressions-location FILE (default eslint-suppressions.json)",
  "--write-baseline": "plistlint records ESLint's bulk suppressions instead of a SwiftLint baseline: --suppress-all [--suppressions-location FILE]",
};

/** How far a typo may be from the flag meant: two edits (a swapped pair of letters), three in a long name. */
function allowedDistance(name: string): number {
  return name.length > 8 ? 3 : 2;
}

/**
 * What to say about an unknown flag: the flag or flags of `known` nearest to it ("did you mean --fix?"), or where a
 * SwiftLint flag's job is done; undefined when nothing is close.
 */
export function unknownFlagHint(flag: string, known: readonly string[]): string | undefined {
  const swiftLint = SWIFTLINT_FLAGS[flag];
  if (swiftLint) return swiftLint;
  if (!flag.startsWith("--")) return undefined;
  const limit = allowedDistance(flag.slice(2));
  const distances = known.map((candidate) => [candidate, editDistance(flag, candidate, limit)] as const).filter(([, distance]) => distance <= limit);
  const nearest = Math.min(...distances.map(([, distance]) => distance));
  const candidates = distances.filter(([, distance]) => distance === nearest).map(([candidate]) => candidate);
  return candidates.length > 0 ? `did you mean ${candidates.join(" or ")}?` : undefined;
}
