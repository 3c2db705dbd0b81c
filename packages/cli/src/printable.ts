/**
 * Characters a terminal or a log viewer acts on instead of showing: C0 controls but the tab (ESC starts the
 * sequences that erase lines, move the cursor or retitle the window; BEL; line breaks that forge report lines), DEL
 * and C1 controls, line and paragraph separators, and the bidirectional overrides that reorder what is shown.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Text from a linted file (keys, values, paths) as it may be shown to a person: such characters as `\u001b`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
