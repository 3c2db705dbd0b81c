import type { File } from "@eslint/core";
import { LINE_BREAK } from "@plistlint/parser";
import { type HostSourceCode, hostPlistSources } from "./hosts/hosts.js";
import { expoJsonLanguage } from "./hosts/json-language.js";
import { cordovaLanguage } from "./cordova/cordova-language.js";
import { typescriptParser } from "./parsers/typescript-parser.js";
import { yamlParser } from "./parsers/yaml-parser.js";
import type { PlistSource } from "./language/plist-source.js";
import { plistLanguage } from "./language/plist-language.js";
import { SOURCE_KINDS, type SourceKind } from "./sources.js";
import { loadJavaScriptParser } from "./parsers/javascript-parser-module.js";

/** A file read as plists, or why it could not be: the message and its 1-based line and column. */
export type PlistReading =
  | { ok: true; sources: PlistSource[] }
  | { ok: false; error: { message: string; line: number; column: number } };

/** ESLint's File, as a language's parse() takes it. */
function fileOf(text: string, path: string): File {
  return { body: text, path, physicalPath: path, bom: false };
}

/** A file read by one of the plugin's own languages, which make one plist of it. */
function languageSources(language: typeof plistLanguage, text: string, path: string): PlistReading {
  const file = fileOf(text, path);
  const result = language.parse(file, { languageOptions: {} });
  if (!result.ok) return parseError(result.errors);
  return { ok: true, sources: [language.createSourceCode(file, result, {} as never)] };
}

/** A language's first parse error (1-based line and column). */
function parseError(errors: readonly { message?: string; line?: number; column?: number }[]): PlistReading {
  const [error] = errors;
  return { ok: false, error: { message: error?.message ?? "Cannot parse", line: error?.line ?? 1, column: error?.column ?? 1 } };
}

/** The position of a parser's exception, as espree and the TypeScript parser give it (1-based line, 0-based column). */
function thrownError(error: unknown): PlistReading {
  const { message, lineNumber, column } = error as { message?: string; lineNumber?: number; column?: number };
  return { ok: false, error: { message: String(message ?? error), line: lineNumber ?? 1, column: (column ?? 0) + 1 } };
}

/** The plists of a file parsed by an ESLint parser (espree, the TypeScript or YAML parser): its comments are the AST's. */
function parsedSources(ast: HostSourceCode["ast"] & { comments?: HostSourceCode["comments"] }, text: string, path: string): PlistReading {
  const host: HostSourceCode = { ast, text, lines: text.split(LINE_BREAK), comments: ast.comments ?? [] };
  return { ok: true, sources: hostPlistSources(host, path) ?? [] };
}

/**
 * Reads a file as the plists it holds, through the same front-ends linting uses (the XML parser, @eslint/json's
 * JSON5 language, espree and the bundled TypeScript and YAML parsers): for `plistlint explain` and the editor's hover.
 */
export function readPlistSources(kindId: SourceKind["id"], text: string, path: string): PlistReading {
  const kind = SOURCE_KINDS.find((candidate) => candidate.id === kindId)!;
  switch (kind.syntax) {
    case "plist":
      return languageSources(plistLanguage, text, path);
    case "json": {
      const language = expoJsonLanguage;
      const file = fileOf(text, path);
      const result = language.parse(file, { languageOptions: {} });
      if (!result.ok) return parseError(result.errors);
      const sourceCode = language.createSourceCode(file, result) as unknown as HostSourceCode;
      return { ok: true, sources: hostPlistSources(sourceCode, path) ?? [] };
    }
    case "javascript":
      try {
        const sourceType = path.endsWith(".cjs") ? "commonjs" : "module";
        return parsedSources(loadJavaScriptParser().parse(text, { ecmaVersion: "latest", sourceType, range: true, loc: true, comment: true }), text, path);
      } catch (error) {
        return thrownError(error);
      }
    case "typescript":
      try {
        const { ast } = typescriptParser.parseForESLint(text, { filePath: path, range: true, loc: true, comment: true }) as { ast: never };
        return parsedSources(ast, text, path);
      } catch (error) {
        return thrownError(error);
      }
    case "cordova-xml":
      return languageSources(cordovaLanguage, text, path);
    case "yaml":
      try {
        return parsedSources(yamlParser.parseForESLint(text).ast, text, path);
      } catch (error) {
        return thrownError(error);
      }
  }
}
