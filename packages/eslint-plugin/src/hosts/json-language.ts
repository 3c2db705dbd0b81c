import { JSONLanguage } from "@eslint/json";
import type { File } from "@eslint/core";
import { LineIndex, nestedTooDeep } from "@plistlint/parser";
import { MAX_DEPTH } from "../language/max-depth.js";
import { textOf } from "../language/plist-language.js";

/**
 * Where the first object or array nested deeper than `maxDepth` opens in JSON5 text, skipping strings and
 * comments; undefined when none is. One pass, no recursion: it runs before a parser that recurses per level.
 */
function tooDeepAt(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '"' || character === "'") {
      for (index++; index < text.length && text[index] !== character; index++) if (text[index] === "\\") index++;
    } else if (character === "/" && text[index + 1] === "/") {
      while (index < text.length && text[index] !== "\n") index++;
    } else if (character === "/" && text[index + 1] === "*") {
      const end = text.indexOf("*/", index + 2);
      index = end === -1 ? text.length : end + 1;
    } else if (character === "{" || character === "[") {
      if (++depth > maxDepth) return index;
    } else if (character === "}" || character === "]") depth--;
  }
  return undefined;
}

/**
 * @eslint/json's JSON5 language (Expo reads app.json as JSON5), with the nesting limit of XML plists: a deeper
 * object or array is a parse error at its position with the same message, where the parser would overflow its stack.
 */
class ExpoJsonLanguage extends JSONLanguage {
  constructor() {
    super({ mode: "json5" });
  }

  override parse(file: File, context: Parameters<JSONLanguage["parse"]>[1]): ReturnType<JSONLanguage["parse"]> {
    const text = textOf(file);
    const at = tooDeepAt(text, MAX_DEPTH);
    if (at === undefined) return super.parse(file, context);
    const { line, column } = new LineIndex(text).positionAt(at);
    // ESLint shows parse-error columns as given; this language counts them from 1.
    return { ok: false, errors: [{ message: nestedTooDeep(text[at] === "{" ? "An object" : "An array", MAX_DEPTH), line, column: column + 1 }] };
  }
}

export const expoJsonLanguage: JSONLanguage = new ExpoJsonLanguage();
