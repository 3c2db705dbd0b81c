import type { PresetName, Trust } from "@plistlint/engine";

/** The client settings under `plistlint.*`. */
export interface ServerSettings {
  enable: boolean;
  preset: PresetName;
  /** Rule overrides, as in an ESLint config: { "plist/no-local-networking": "off" }. */
  rules: Record<string, unknown>;
  /** The deployment target: { "iOS": "15.0" }. */
  minimumOS: Record<string, string>;
  /** "untrusted" in VS Code's Restricted Mode: no eslint.config.* (it is code) runs, the preset applies. */
  trust: Trust;
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, preset: "recommended", rules: {}, minimumOS: {}, trust: "trusted" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whatever the client sent, as valid settings: unknown or malformed values fall back to the defaults. */
export function readSettings(raw: unknown): ServerSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const minimumOS = isRecord(raw.minimumOS)
    ? Object.fromEntries(Object.entries(raw.minimumOS).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""))
    : {};
  return {
    enable: raw.enable !== false,
    preset: raw.preset === "strict" ? "strict" : "recommended",
    rules: isRecord(raw.rules) ? raw.rules : {},
    minimumOS,
    trust: raw.trust === "untrusted" ? "untrusted" : "trusted",
  };
}
