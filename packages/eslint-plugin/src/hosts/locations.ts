import type { SourceKind } from "../sources.js";
import type { HostValue } from "./plist-view.js";

/** The kinds of source whose plists sit inside another syntax (JSON, JavaScript, YAML). */
export type HostedKind = Exclude<SourceKind["id"], "info-plist" | "cordova-config-xml">;

/** Where a kind of source keeps its plists, and how its tool reads the file. */
export interface PlistLocations {
  /**
   * Member paths, dotted; `*` is any member. In JSON and YAML they start at the document's root; in JavaScript they
   * are the innermost names of nested object literals, found at any depth (a config may be exported through
   * `defineConfig(…)`, a function or a variable).
   */
  paths: readonly string[];
  /**
   * Whether plain YAML scalars `yes`, `no`, `on` and `off` are booleans, as YAML 1.1 has them: XcodeGen reads its
   * specs with Yams' default resolver, which does; electron-builder's js-yaml (YAML 1.2) reads them as strings.
   */
  yaml11Booleans?: true;
  /** A suffix the tool strips from a member's name: XcodeGen's `key:REPLACE` (replace, not merge, on include). */
  nameSuffix?: string;
}

const ELECTRON_BUILDER = ["mac.extendInfo", "mas.extendInfo"];
const XCODEGEN: PlistLocations = {
  paths: ["targets.*.info.properties", "targetTemplates.*.info.properties"],
  yaml11Booleans: true,
  nameSuffix: ":REPLACE",
};

export const PLIST_LOCATIONS: Record<HostedKind, PlistLocations> = {
  // app.config.json may leave out the `expo` key.
  "expo-json": { paths: ["expo.ios.infoPlist", "ios.infoPlist"] },
  // Anywhere: a split-out module may export `{ infoPlist }`.
  "expo-js": { paths: ["infoPlist"] },
  "expo-ts": { paths: ["infoPlist"] },
  "electron-package-json": {
    paths: [...ELECTRON_BUILDER.map((path) => `build.${path}`), "config.forge.packagerConfig.extendInfo"],
  },
  "electron-builder-json": { paths: ELECTRON_BUILDER },
  "electron-builder-yaml": { paths: ELECTRON_BUILDER },
  "electron-forge-js": { paths: ["packagerConfig.extendInfo"] },
  "electron-forge-ts": { paths: ["packagerConfig.extendInfo"] },
  "xcodegen-json": XCODEGEN,
  "xcodegen-yaml": XCODEGEN,
};

/** A plist object found in a host file, and where: the member path that leads to it, with the names it matched. */
export interface FoundPlist {
  value: HostValue;
  label: string;
}

/** The members of `value` that `segment` names, with the name as written (a suffix the tool strips, left out). */
function membersNamed(value: HostValue, segment: string, nameSuffix: string | undefined): { name: string; value: HostValue }[] {
  if (value.kind !== "object") return [];
  return value.members.flatMap((member) => {
    const name = nameSuffix && member.name.endsWith(nameSuffix) ? member.name.slice(0, -nameSuffix.length) : member.name;
    return member.value.kind !== "dynamic" && (segment === "*" ? name !== "" : name === segment) ? [{ name, value: member.value }] : [];
  });
}

/** The objects at each of `locations`' paths below a document's root (JSON, YAML), in document order. */
export function plistsAtPaths(root: HostValue, locations: PlistLocations): FoundPlist[] {
  const found: FoundPlist[] = [];
  for (const path of locations.paths) {
    let reached = [{ names: [] as string[], value: root }];
    for (const segment of path.split(".")) {
      reached = reached.flatMap(({ names, value }) =>
        membersNamed(value, segment, locations.nameSuffix).map((member) => ({ names: [...names, member.name], value: member.value })),
      );
    }
    for (const { names, value } of reached) if (value.kind === "object") found.push({ value, label: names.join(".") });
  }
  return found.sort((a, b) => startOf(a.value) - startOf(b.value));
}

function startOf(value: HostValue): number {
  return "range" in value ? value.range[0] : 0;
}
