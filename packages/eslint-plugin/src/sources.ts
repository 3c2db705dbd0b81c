// The one definition of what plistlint lints and what it never looks inside. Every door derives from it: the ESLint
// presets (files and ignores), the engine's discovery (the CLI), the language server, the VS Code extension's
// document selector, the pre-commit hooks and the README's lint-staged glob (generated, and checked by a test).

/** A kind of file that holds Info.plist settings, and the front-end that reads them. */
export interface SourceKind {
  id: "info-plist" | "expo-json" | "expo-js" | "expo-ts";
  /** For people: docs, `--debug`, the editor's status. */
  description: string;
  /** File-name patterns (`*` and `{a,b}` only), matched against the name alone, at any depth. */
  names: readonly string[];
  /**
   * Text a file must contain to hold our settings: most app.json files are not Expo configs with an `infoPlist`,
   * and are not ours to read. Absent when every file of the kind is ours.
   */
  marker?: string;
}

export const SOURCE_KINDS: readonly SourceKind[] = [
  {
    id: "info-plist",
    description: "an Info.plist (XML property list)",
    names: ["Info.plist", "*-Info.plist"],
  },
  {
    id: "expo-json",
    description: "an Expo app config in JSON (expo.ios.infoPlist)",
    names: ["app.json", "app.config.json"],
    marker: "infoPlist",
  },
  {
    id: "expo-js",
    description: "an Expo app config in JavaScript (ios.infoPlist)",
    names: ["app.config.{js,mjs,cjs}"],
    marker: "infoPlist",
  },
  {
    id: "expo-ts",
    description: "an Expo app config in TypeScript (ios.infoPlist)",
    names: ["app.config.{ts,mts,cts}"],
    marker: "infoPlist",
  },
];

/**
 * Folders never linted, as path patterns (`*` and `{a,b}` within one segment) that match the end of a folder's
 * path: dependencies, build output and bundles. Their plists are someone else's (Pods, Carthage, node_modules) or
 * copies the build made (an .app bundle, DerivedData, .NET's output for Apple platforms), never the project's
 * sources.
 */
export const NEVER_LINTED: readonly string[] = [
  ".git",
  "node_modules",
  "Pods",
  "Carthage/Checkouts",
  "Carthage/Build",
  "DerivedData",
  "build",
  ".build",
  "*.xcarchive",
  "*.app",
  // .NET (MAUI, .NET for iOS/macOS): bin/<Configuration>/<framework>-<platform>/…, and the same under obj/.
  "{bin,obj}/*/net*-{ios,maccatalyst,macos,tvos}*",
  // Xamarin.iOS: bin/iPhone/<Configuration>/… and bin/iPhoneSimulator/…
  "{bin,obj}/{iPhone,iPhoneSimulator}",
];

/** A pattern of `*` and `{a,b}` as regular-expression source; `*` never crosses a `/`. */
export function patternSource(pattern: string): string {
  let source = "";
  for (const part of pattern.split(/(\{[^{}]*\})/u)) {
    if (part.startsWith("{")) source += `(?:${part.slice(1, -1).split(",").map(patternSource).join("|")})`;
    else source += part.split("*").map((literal) => literal.replace(/[.+?^${}()|[\]\\]/gu, "\\$&")).join("[^/]*");
  }
  return source;
}

const kindsByName = SOURCE_KINDS.map((kind) => ({
  kind,
  name: new RegExp(`^(?:${kind.names.map(patternSource).join("|")})$`, "u"),
}));

/** The kind of source a file name is, if any. */
export function sourceKindOfName(name: string): SourceKind | undefined {
  return kindsByName.find(({ name: pattern }) => pattern.test(name))?.kind;
}

const neverLintedFolder = new RegExp(`(?:^|/)(?:${NEVER_LINTED.map(patternSource).join("|")})$`, "u");
const neverLintedFile = new RegExp(`(?:^|/)(?:${NEVER_LINTED.map(patternSource).join("|")})/`, "u");

/** Whether a folder, by its path relative to where linting starts (with `/`), is one plistlint never looks inside. */
export function isNeverLintedFolder(relativePath: string): boolean {
  return neverLintedFolder.test(relativePath);
}

/** Whether a file, by its path relative to where linting starts (with `/`), lies in a folder never linted. */
export function isInNeverLintedFolder(relativePath: string): boolean {
  return neverLintedFile.test(relativePath);
}

/** The ESLint `files` patterns of a kind. */
export function filesOf(kind: SourceKind): string[] {
  return kind.names.map((name) => `**/${name}`);
}

/** The ESLint `ignores` patterns for the folders never linted. */
export const NEVER_LINTED_IGNORES: readonly string[] = NEVER_LINTED.map((folder) => `**/${folder}/**`);
