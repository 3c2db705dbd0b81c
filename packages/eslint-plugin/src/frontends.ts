import json from "@eslint/json";
import type { File } from "@eslint/core";
import { parse as parseJavaScript } from "espree";
import { type HostSourceCode, hostPlistSources } from "./hosts/host-adapter.js";
import { typescriptParser } from "./parsers/typescript-parser.js";
import type { PlistSource } from "./language/plist-source.js";
import { plistLanguage } from "./language/plist-language.js";
import type { SourceKind } from "./sources.js";

/** A file read as plists, or why it could not be: the message and its 1-based line and column. */
export type PlistReading =
  | { ok: true; sources: PlistSource[] }
  | { ok: false; error: { message: string; line: number; column: number } };

const LINE_BREAK = /\r\n|[\r\n]/u;

/** ESLint's File, as a language's parse() takes it. */
function fileOf(text: string, path: string): File {
  return { body: text, path, physicalPath: path, bom: false };
}

/** The position of a parser's exception, as espree and the TypeScript parser give it (1-based line, 0-based column). */
function thrownError(error: unknown): PlistReading {
  const { message, lineNumber, column } = error as { message?: string; lineNumber?: number; column?: number };
  return { ok: false, error: { message: String(message ?? error), line: lineNumber ?? 1, column: (column ?? 0) + 1 } };
}

function scriptSources(ast: HostSourceCode["ast"] & { comments?: HostSourceCode["comments"] }, text: string): PlistReading {
  const host: HostSourceCode = { ast, text, lines: text.split(LINE_BREAK), comments: ast.comments ?? [] };
  return { ok: true, sources: hostPlistSources(host) ?? [] };
}

/**
 * Reads a file as the plists it holds, through the same front-ends linting uses (the XML parser, @eslint/json's
 * JSON5 language, espree and the bundled TypeScript parser): for `plistlint explain` and the editor's hover.
 */
export function readPlistSources(kind: SourceKind["id"], text: string, path: string): PlistReading {
  switch (kind) {
    case "info-plist": {
      const file = fileOf(text, path);
      const result = plistLanguage.parse(file, { languageOptions: {} });
      if (!result.ok) {
        const [error] = result.errors;
        return { ok: false, error: { message: error?.message ?? "Cannot parse", line: error?.line ?? 1, column: error?.column ?? 1 } };
      }
      return { ok: true, sources: [plistLanguage.createSourceCode(file, result, {} as never)] };
    }
    case "expo-json": {
      const language = json.languages.json5;
      const file = fileOf(text, path);
      const result = language.parse(file, { languageOptions: {} });
      if (!result.ok) {
        const [error] = result.errors;
        return { ok: false, error: { message: error?.message ?? "Cannot parse", line: error?.line ?? 1, column: error?.column ?? 1 } };
      }
      const sourceCode = language.createSourceCode(file, result) as unknown as HostSourceCode;
      return { ok: true, sources: hostPlistSources(sourceCode) ?? [] };
    }
    case "expo-js":
      try {
        const sourceType = path.endsWith(".cjs") ? "commonjs" : "module";
        return scriptSources(parseJavaScript(text, { ecmaVersion: "latest", sourceType, range: true, loc: true, comment: true }), text);
      } catch (error) {
        return thrownError(error);
      }
    case "expo-ts":
      try {
        const { ast } = typescriptParser.parseForESLint(text, { filePath: path, range: true, loc: true, comment: true }) as { ast: never };
        return scriptSources(ast, text);
      } catch (error) {
        return thrownError(error);
      }
  }
}
