import { RuleTester } from "eslint";
import plistPlugin from "eslint-plugin-plist";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const ruleTester = new RuleTester({ plugins: { plist: plistPlugin }, language: "plist/plist" });

export const rules = plistPlugin.rules;

/**
 * A whole plist around `body`: line 1 is the XML declaration, line 2 `<plist version="1.0">`, so the body's first
 * line is line 3 of the file. `body` is used as written (tabs included).
 */
export function plist(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n${body}\n</plist>\n`;
}

/** `plist()` with `atsBody` inside `<dict><key>NSAppTransportSecurity</key><dict>…</dict></dict>`: its first line is line 6. */
export function ats(atsBody: string): string {
  return plist(`<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n${atsBody}\n\t</dict>\n</dict>`);
}
