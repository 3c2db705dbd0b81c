// The one definition of what plistlint lints and what it never looks inside. Every door derives from it: the ESLint
// presets (files and ignores), the engine's discovery (the CLI), the language server, the VS Code extension's
// document selector, the pre-commit hooks and the README's lint-staged glob (generated, and checked by a test).

/** How a kind of source is written, which decides the parser (and ESLint language) that reads it. */
export type SourceSyntax = "plist" | "json" | "javascript" | "typescript" | "yaml" | "cordova-xml";

/** How a comment (a directive, a `Justification:`) is written in a syntax: between `open` and `close`. */
export interface CommentSyntax {
  open: string;
  close: string;
}

/** Each syntax's comments; JSON has none (a `.json5` file has JavaScript's: see `commentSyntaxOf`). */
export const COMMENT_SYNTAX: Readonly<Record<SourceSyntax, CommentSyntax | undefined>> = {
  plist: { open: "<!-- ", close: " -->" },
  "cordova-xml": { open: "<!-- ", close: " -->" },
  javascript: { open: "// ", close: "" },
  typescript: { open: "// ", close: "" },
  yaml: { open: "# ", close: "" },
  json: undefined,
};

/** How a file of this kind writes a comment, if it can hold one. */
export function commentSyntaxOf(kind: SourceKind, fileName: string): CommentSyntax | undefined {
  return kind.syntax === "json" && fileName.endsWith(".json5") ? COMMENT_SYNTAX.javascript : COMMENT_SYNTAX[kind.syntax];
}

/** A kind of file that holds Info.plist settings, and the front-end that reads them. */
export interface SourceKind {
  id:
    | "info-plist"
    | "expo-json"
    | "expo-js"
    | "expo-ts"
    | "electron-package-json"
    | "electron-builder-json"
    | "electron-builder-yaml"
    | "electron-forge-js"
    | "electron-forge-ts"
    | "xcodegen-json"
    | "xcodegen-yaml"
    | "cordova-config-xml";
  /** For people: docs, `--debug`, the editor's status. */
  description: string;
  syntax: SourceSyntax;
  /** File-name patterns (`*` and `{a,b}` only), matched against the name alone, at any depth. */
  names: readonly string[];
  /**
   * Texts one of which a file must contain to hold our settings: most package.json files are no Electron app's and
   * most YAML files no XcodeGen spec, and are not ours to read. Absent when every file of the kind is ours.
   */
  markers?: readonly string[];
}

/** What an XcodeGen spec (or a file it includes, named anything) must mention to be read: ATS or TrustKit. */
const PLIST_SETTINGS = ["NSAppTransportSecurity", "TSKConfiguration"];

/** Kinds are tried in this order: the first whose names match a file is its kind (electron-builder.yml before any YAML). */
export const SOURCE_KINDS: readonly SourceKind[] = [
  {
    id: "info-plist",
    description: "an Info.plist (XML property list)",
    syntax: "plist",
    names: ["Info.plist", "*-Info.plist"],
  },
  {
    id: "expo-json",
    description: "an Expo app config in JSON (expo.ios.infoPlist)",
    syntax: "json",
    names: ["app.json", "app.config.json"],
    markers: ["infoPlist"],
  },
  {
    id: "expo-js",
    description: "an Expo app config in JavaScript (ios.infoPlist)",
    syntax: "javascript",
    names: ["app.config.{js,mjs,cjs}"],
    markers: ["infoPlist"],
  },
  {
    id: "expo-ts",
    description: "an Expo app config in TypeScript (ios.infoPlist)",
    syntax: "typescript",
    names: ["app.config.{ts,mts,cts}"],
    markers: ["infoPlist"],
  },
  {
    id: "electron-package-json",
    description: "a package.json with electron-builder's build.mac(s).extendInfo or Electron Forge's config.forge",
    syntax: "json",
    names: ["package.json"],
    markers: ["extendInfo"],
  },
  {
    id: "electron-builder-json",
    description: "an electron-builder config in JSON (mac.extendInfo, mas.extendInfo)",
    syntax: "json",
    names: ["electron-builder.{json,json5}"],
    markers: ["extendInfo"],
  },
  {
    id: "electron-builder-yaml",
    description: "an electron-builder config in YAML (mac.extendInfo, mas.extendInfo)",
    syntax: "yaml",
    names: ["electron-builder.{yml,yaml}"],
    markers: ["extendInfo"],
  },
  {
    id: "electron-forge-js",
    description: "an Electron Forge config in JavaScript (packagerConfig.extendInfo)",
    syntax: "javascript",
    names: ["forge.config.{js,mjs,cjs}"],
    markers: ["extendInfo"],
  },
  {
    id: "electron-forge-ts",
    description: "an Electron Forge config in TypeScript (packagerConfig.extendInfo)",
    syntax: "typescript",
    names: ["forge.config.{ts,mts,cts}"],
    markers: ["extendInfo"],
  },
  {
    id: "xcodegen-json",
    description: "an XcodeGen project spec in JSON (targets.<name>.info.properties)",
    syntax: "json",
    names: ["project.json"],
    markers: PLIST_SETTINGS,
  },
  {
    // XcodeGen's included specs can have any name (Element X's target.yml): any YAML file that mentions ATS or
    // TrustKit is read, and only its targets' info.properties are judged.
    id: "xcodegen-yaml",
    description: "an XcodeGen project spec, or a spec it includes, in YAML (targets.<name>.info.properties)",
    syntax: "yaml",
    names: ["*.{yml,yaml}"],
    markers: PLIST_SETTINGS,
  },
  {
    id: "cordova-config-xml",
    description: "a Cordova config.xml (<access>, <allow-navigation>, and <edit-config> / <config-file> for *-Info.plist)",
    syntax: "cordova-xml",
    names: ["config.xml"],
    markers: ["<access", "<allow-navigation", ...PLIST_SETTINGS],
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

/** Whether a file of this kind, with this text, holds settings plistlint reads (an app.json may be no Expo config). */
export function holdsSettings(kind: SourceKind, text: string): boolean {
  return kind.markers === undefined || kind.markers.some((marker) => text.includes(marker));
}

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
