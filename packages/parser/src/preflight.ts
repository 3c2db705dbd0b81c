import type { PendingError } from "./errors.js";

const BOM = "\uFEFF";

/**
 * Recognises inputs that are not XML property lists before any XML parsing, so that each gets a specific message
 * instead of an XML syntax error.
 */
export function preflight(text: string): PendingError | null {
  const start = text.startsWith(BOM) ? 1 : 0;
  const firstChar = text.slice(start).search(/\S/u);
  if (firstChar === -1) {
    return { message: "The file is empty: expected an XML property list.", offset: 0 };
  }
  const at = start + firstChar;
  if (text.startsWith("bplist", at)) {
    return {
      message: "This is a binary property list (bplist): convert it with 'plutil -convert xml1 <file>' to lint it.",
      offset: at,
    };
  }
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const utf16 = text.startsWith("\uFFFD\uFFFD", start) || /^.?\0.\0|^\0.\0./su.test(text.slice(start, start + 4));
    return utf16
      ? { message: "The file looks like UTF-16: convert it to UTF-8 (plutil -convert xml1 <file>).", offset: 0 }
      : { message: "The file contains a NUL character: it is not a text property list.", offset: nul };
  }
  const ch = text[at];
  if (ch === "{" || ch === "(" || text.startsWith("//", at) || text.startsWith("/*", at)) {
    return {
      message: "This looks like an OpenStep (old-style ASCII) property list: convert it with 'plutil -convert xml1 <file>'.",
      offset: at,
    };
  }
  const conflict = /^(?:<{7}|={7}|>{7})(?=[ \r\n]|$)/mu.exec(text);
  if (conflict) {
    return { message: "Unresolved merge-conflict marker: resolve the conflict first.", offset: conflict.index };
  }
  if (ch !== "<") {
    return { message: "Expected an XML property list starting with '<'.", offset: at };
  }
  return null;
}
