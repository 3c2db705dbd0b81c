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

/** One domain entry of a domain map (`<key>` three tabs deep); `settings` (four tabs deep) start two lines below it. */
export function domain(name: string, settings: string): string {
  return `\t\t\t<key>${name}</key>\n\t\t\t<dict>\n${settings}\n\t\t\t</dict>`;
}

function domainMap(mapKey: "NSExceptionDomains" | "NSPinnedDomains", domains: string): string {
  return `\t\t<key>${mapKey}</key>\n\t\t<dict>\n${domains}\n\t\t</dict>`;
}

/** A whole plist (`ats()`) whose NSExceptionDomains holds `domains`: the first domain's `<key>` is on line 8. */
export function exceptionDomains(domains: string): string {
  return ats(domainMap("NSExceptionDomains", domains));
}

/** An atsBody with one exception domain `name` whose dict holds `body`: `body` starts on line 10 of `ats()`. */
export function exceptionDomain(name: string, body: string): string {
  return domainMap("NSExceptionDomains", domain(name, body));
}

/** An atsBody with one pinned domain `name` whose dict holds `body`: `body` starts on line 10 of `ats()`. */
export function pinnedDomain(name: string, body: string): string {
  return domainMap("NSPinnedDomains", domain(name, body));
}

/** A pinned-domain body with one CA identity whose dict holds `identity` (six tabs deep): it starts on line 13. */
export function caIdentity(identity: string): string {
  return `\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<array>\n\t\t\t\t\t<dict>\n${identity}\n\t\t\t\t\t</dict>\n\t\t\t\t</array>`;
}

/** An identity dict as an array item (five tabs deep, four lines) holding `key` (SPKI-SHA256-BASE64) = `value`. */
export function identity(value: string, key = "SPKI-SHA256-BASE64"): string {
  return `\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>${key}</key>\n\t\t\t\t\t\t<string>${value}</string>\n\t\t\t\t\t</dict>`;
}

/** A pinned-domain body entry (four tabs deep): `list` with an array of `items` (2 + their lines + 1 lines). */
export function identityList(list: string, items: string[]): string {
  return `\t\t\t\t<key>${list}</key>\n\t\t\t\t<array>\n${items.join("\n")}\n\t\t\t\t</array>`;
}

/** Valid SPKI pins: base64 of 32 random bytes. */
export const PINS = {
  CA_1: "opWHSpMfB0TLcZLCEc+B2s/EG0/KnpUvrBwaAmGGNAw=",
  CA_2: "F7865TrdDl2fmz/F6iatV4+Li5BVvu9wTRVxkVNnv+4=",
  LEAF_1: "SiGVTqAf0ydlZB6t1YjfSy0xVsIDlbmQaczjySNIlfk=",
  LEAF_2: "xf/Q02iHdTkoe4AmTP9fSVRJleqh567kXbgwV7LMeUE=",
} as const;

/** A correct, well-pinned configuration: CA and leaf lists with two distinct pins each, for every subdomain too. */
export const WELL_PINNED = ats(
  pinnedDomain(
    "example.com",
    `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n${identityList("NSPinnedCAIdentities", [identity(PINS.CA_1), identity(PINS.CA_2)])}\n${identityList("NSPinnedLeafIdentities", [identity(PINS.LEAF_1), identity(PINS.LEAF_2)])}`,
  ),
);
