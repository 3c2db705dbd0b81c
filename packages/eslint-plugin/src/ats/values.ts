import type { Value } from "@plistlint/parser";
import { TLS_VERSIONS, type TlsVersion } from "./keys.js";

/** `$(VAR)` or `${VAR}`: Xcode substitutes build settings into Info.plist, so the final value is unknown here. */
export function hasBuildVariable(text: string): boolean {
  return /\$[({]/u.test(text);
}

/**
 * `text` without the `character`s it ends with. A loop, not `/\.+$/`: that pattern is tried from every position of a
 * run, so "....x" takes time quadratic in its length.
 */
export function withoutTrailing(text: string, character: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === character) end -= 1;
  return text.slice(0, end);
}

/**
 * How a boolean ATS key's value reads. Apple documents only `<true/>`/`<false/>`; for other types the rules take
 * the truthy reading (as NSString.boolValue / NSNumber would), which is the conservative choice for security rules.
 * Undefined when the value cannot be known (a build variable, a dict).
 */
export function readBool(value: Value): boolean | undefined {
  switch (value.type) {
    case "Boolean":
      return value.value;
    case "Integer":
    case "Real":
      return value.value === null ? undefined : value.value !== 0;
    case "String": {
      const text = value.value.trim();
      if (hasBuildVariable(text)) return undefined;
      return /^(?:[YyTt]|[+-]?0*[1-9])/u.test(text);
    }
    default:
      return undefined;
  }
}

/** The canonical TLS version a spelling means (`1.2`, `TLSv1`, `tlsv1.2`, `TLS 1.2`), if any. */
export function canonicalTlsVersion(text: string): TlsVersion | undefined {
  // White space trimmed first: adjacent `\s*` would trade characters, in time quadratic in a run of spaces.
  const match = /^(?:tls\s*(?:v\s*)?|v\s*)?1(?:\.([0-3]))?$/iu.exec(text.trim());
  if (!match) return undefined;
  return TLS_VERSIONS[Number(match[1] ?? 0)];
}

/** The TLS version a value means: exact strings, loose spellings and numbers (`<real>1.2</real>`). */
export function readTlsVersion(value: Value): TlsVersion | undefined {
  if (value.type === "String") return canonicalTlsVersion(value.value);
  if (value.type === "Real" || value.type === "Integer") {
    return value.value === null ? undefined : canonicalTlsVersion(String(value.value));
  }
  return undefined;
}

export function isBelowTls12(version: TlsVersion): boolean {
  return version === "TLSv1.0" || version === "TLSv1.1";
}
