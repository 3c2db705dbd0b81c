import type { Dict } from "@plistlint/parser";
import { lastEntry } from "./ats-document.js";
import { hasBuildVariable, readBool } from "./values.js";

/**
 * The platforms whose minimum OS the rules read. tvOS and visionOS share iOS's ATS, keys and defaults included; tvOS
 * took the iOS 10 override with tvOS 10, and visionOS always had it.
 */
export const PLATFORMS = ["iOS", "macOS", "watchOS", "tvOS", "visionOS"] as const;

export type Platform = (typeof PLATFORMS)[number];

export interface MinimumOS {
  /** Per platform, as [major, minor]; absent when the platform is not targeted or not known. */
  versions: Partial<Record<Platform, [number, number]>>;
  source: "settings" | "file" | "assumed";
}

/** Xcode's oldest deployment targets: what we assume when nothing says otherwise. */
const ASSUMED_FLOOR: MinimumOS = { versions: { iOS: [12, 0], macOS: [10, 13] }, source: "assumed" };

/** Where iOS 10 / macOS 10.12 began ignoring NSAllowsArbitraryLoads next to the newer keys. */
const OVERRIDE_SINCE: Record<Platform, [number, number]> = { iOS: [10, 0], macOS: [10, 12], watchOS: [3, 0], tvOS: [10, 0], visionOS: [1, 0] };

const FILE_KEYS = { MinimumOSVersion: "iOS", LSMinimumSystemVersion: "macOS" } as const;

/** Keys that make an Info.plist a watch app's, whose MinimumOSVersion is a watchOS version. */
const WATCH_APP_KEYS = ["WKApplication", "WKWatchKitApp", "WKWatchOnly"];

/** "15.0", "9", 9 or 9.3 (a number, as people write in JSON configs and `<real>` values). */
function parseVersion(version: unknown): [number, number] | undefined {
  const text = typeof version === "number" ? String(version) : version;
  if (typeof text !== "string" || hasBuildVariable(text)) return undefined;
  const match = /^\s*(\d+)(?:\.(\d+))?(?:\.\d+)?\s*$/u.exec(text);
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : undefined;
}

function atLeast(version: [number, number], floor: [number, number]): boolean {
  return version[0] > floor[0] || (version[0] === floor[0] && version[1] >= floor[1]);
}

/** The shape of `settings.plist.minimumOS` in an ESLint config: `{ "iOS": "15.0", "macOS": "12.0", "tvOS": "17.0" }`. */
export function minimumOSFromSettings(settings: unknown): MinimumOS | undefined {
  const configured = (settings as { plist?: { minimumOS?: Record<string, unknown> } } | undefined)?.plist?.minimumOS;
  if (!configured || typeof configured !== "object") return undefined;
  const versions: MinimumOS["versions"] = {};
  for (const platform of PLATFORMS) {
    const version = parseVersion(configured[platform]);
    if (version) versions[platform] = version;
  }
  return Object.keys(versions).length > 0 ? { versions, source: "settings" } : undefined;
}

function readBoolEntry(root: Dict | null, key: string): boolean {
  const value = lastEntry(root, key)?.value;
  return value !== undefined && readBool(value) === true;
}

/** Settings first, then a literal MinimumOSVersion / LSMinimumSystemVersion in the file, then the assumed floor. */
export function resolveMinimumOS(settings: unknown, root: Dict | null): MinimumOS {
  const fromSettings = minimumOSFromSettings(settings);
  if (fromSettings) return fromSettings;
  const versions: MinimumOS["versions"] = {};
  const watchApp = WATCH_APP_KEYS.some((key) => readBoolEntry(root, key));
  for (const [key, filePlatform] of Object.entries(FILE_KEYS)) {
    const platform: Platform = watchApp && filePlatform === "iOS" ? "watchOS" : filePlatform;
    const value = lastEntry(root, key)?.value;
    const literal = value?.type === "String" || value?.type === "Real" || value?.type === "Integer" ? value.value : undefined;
    const version = parseVersion(literal);
    if (version) versions[platform] = version;
  }
  return Object.keys(versions).length > 0 ? { versions, source: "file" } : ASSUMED_FLOOR;
}

/** The targeted platforms whose minimum OS predates the iOS 10 override, described ("iOS 9.0"). */
export function platformsBeforeOverride(minimumOS: MinimumOS): string[] {
  return (Object.entries(minimumOS.versions) as [Platform, [number, number]][])
    .filter(([platform, version]) => !atLeast(version, OVERRIDE_SINCE[platform]))
    .map(([platform, [major, minor]]) => `${platform} ${major}.${minor}`);
}
