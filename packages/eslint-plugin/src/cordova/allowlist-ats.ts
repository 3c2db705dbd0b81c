import type { Range, XmlAttribute, XmlElement } from "@plistlint/parser";
import { type AllowlistElement, attribute } from "./config-xml.js";

/**
 * Where a setting comes from in config.xml: an attribute that states it (`minimum-tls-version="TLSv1.0"`,
 * `allows-local-networking="true"`), which an edit of that attribute can change; or an origin's URL (`*`, or a part
 * of it: its `http` scheme, its `*.`), which no edit of config.xml maps to without changing what the origin allows on
 * every platform.
 */
export type SettingSource = { attribute: XmlAttribute; url?: undefined } | { attribute: XmlAttribute; url: { part: Range | undefined } };

/** One key cordova-ios writes, with its value and where config.xml says it. */
export interface AtsSetting {
  key: string;
  value: boolean | string;
  source: SettingSource;
}

/** An NSExceptionDomains entry cordova-ios writes for one host name, from every element that names it. */
export interface AllowlistDomain {
  host: string;
  /** The URL attribute of the first element that names the host. */
  origin: XmlAttribute;
  elements: XmlElement[];
  /** Its settings, each written by the last element that sets it (cordova-ios merges elements key by key). */
  settings: AtsSetting[];
}

/** What cordova-ios writes into NSAppTransportSecurity: the global keys (from origin `*`) and the exception domains. */
export interface AllowlistAts {
  global: AtsSetting[];
  domains: AllowlistDomain[];
  /** Whether NSAllowsArbitraryLoads comes before NSExceptionDomains (the order of first appearance). */
  globalFirst: boolean;
}

/** The global keys only `<access origin="*">` sets, each from `"true"` in its attribute. */
const GLOBAL_ATTRIBUTES: readonly [string, readonly string[]][] = [
  ["NSAllowsArbitraryLoadsInWebContent", ["allows-arbitrary-loads-in-web-content"]],
  // cordova-ios takes the deprecated `-in-media` first, when present, whatever it says.
  ["NSAllowsArbitraryLoadsForMedia", ["allows-arbitrary-loads-in-media", "allows-arbitrary-loads-for-media"]],
  ["NSAllowsLocalNetworking", ["allows-local-networking"]],
];

/** A piece of an attribute's value, as a range of the file: `text` at or after `from` in it. */
function partOf(url: XmlAttribute, text: string, from = 0): Range {
  const at = Math.max(0, url.value.indexOf(text, from));
  return [url.valueRange[0] + at, url.valueRange[0] + at + text.length];
}

/** A host and its non-default settings, as cordova-ios's parseAllowlistUrlForATS reads one element; null to skip it. */
function readOrigin({ kind, element, url }: AllowlistElement): { host: string; settings: AtsSetting[] } | null {
  if (!url) return null; // cordova-ios would fail on it
  const settings: AtsSetting[] = [];
  if (url.value === "*") {
    if (kind === "access") {
      for (const [key, names] of GLOBAL_ATTRIBUTES) {
        const given = names.map((name) => attribute(element, name)).find((candidate) => candidate !== undefined);
        if (given?.value === "true") settings.push({ key, value: true, source: { attribute: given } });
      }
    }
    return { host: "*", settings };
  }
  let parsed: URL;
  const scheme = url.value.split(":")[0]!;
  try {
    parsed = new URL(url.value);
  } catch {
    // A wildcard scheme (`*://…`) is read as http; any other URL that does not parse is skipped.
    if (!scheme.includes("*")) return null;
    try {
      parsed = new URL(url.value.replace(scheme, "http"));
    } catch {
      return null;
    }
  }
  let host = parsed.hostname;
  if (host === "") return null; // `tel:*` and the like
  // `http://*/*` names every host, as `*` does: cordova-ios writes NSAllowsArbitraryLoads for it, and nothing else.
  if (host === "*") return { host, settings: [] };
  if (host.startsWith("*.")) {
    settings.push({ key: "NSIncludesSubdomains", value: true, source: { attribute: url, url: { part: partOf(url, "*.", scheme.length) } } });
    host = host.slice(2);
  }
  const tls = attribute(element, "minimum-tls-version");
  if (tls?.value && tls.value !== "TLSv1.2") settings.push({ key: "NSExceptionMinimumTLSVersion", value: tls.value, source: { attribute: tls } });
  const forwardSecrecy = attribute(element, "requires-forward-secrecy");
  if (forwardSecrecy?.value && forwardSecrecy.value !== "true") {
    settings.push({ key: "NSExceptionRequiresForwardSecrecy", value: false, source: { attribute: forwardSecrecy } });
  }
  const transparency = attribute(element, "requires-certificate-transparency");
  if (transparency?.value === "true") settings.push({ key: "NSRequiresCertificateTransparency", value: true, source: { attribute: transparency } });
  if (parsed.protocol === "http:") {
    settings.push({ key: "NSExceptionAllowsInsecureHTTPLoads", value: true, source: { attribute: url, url: { part: partOf(url, scheme) } } });
  }
  return { host, settings };
}

/** Settings merged key by key: a later element's value for a key replaces an earlier one's. */
function merged(settings: AtsSetting[], later: AtsSetting[]): AtsSetting[] {
  const keys = new Set(later.map((setting) => setting.key));
  return [...settings.filter((setting) => !keys.has(setting.key)), ...later];
}

/**
 * The ATS dictionary cordova-ios's prepare step (writeATSEntries) derives from `<allow-navigation>` and `<access>`:
 * origin `*` (or a URL whose host is `*`) writes NSAllowsArbitraryLoads = true, and with `<access origin="*">` only,
 * `allows-arbitrary-loads-in-web-content`, `allows-arbitrary-loads-for-media` (or the deprecated `-in-media`) and
 * `allows-local-networking` = "true" write their keys; every other host becomes an exception domain with
 * NSIncludesSubdomains for `*.`, NSExceptionAllowsInsecureHTTPLoads for `http:`, and the non-default values of
 * `minimum-tls-version`, `requires-forward-secrecy` and `requires-certificate-transparency`. Elements naming one
 * host are merged. Undefined when nothing is written (cordova-ios then removes NSAppTransportSecurity).
 */
export function allowlistAts(allowlist: readonly AllowlistElement[]): AllowlistAts | undefined {
  const global: AtsSetting[] = [];
  const domains = new Map<string, AllowlistDomain>();
  let globalFirst: boolean | undefined;
  for (const item of allowlist) {
    const origin = readOrigin(item);
    if (!origin) continue;
    if (origin.host === "*") {
      globalFirst ??= true;
      if (!global.some((setting) => setting.key === "NSAllowsArbitraryLoads")) {
        global.push({ key: "NSAllowsArbitraryLoads", value: true, source: { attribute: item.url!, url: { part: undefined } } });
      }
      global.splice(0, global.length, ...merged(global, origin.settings));
      continue;
    }
    globalFirst ??= false;
    const domain = domains.get(origin.host);
    if (domain) {
      domain.elements.push(item.element);
      domain.settings = merged(domain.settings, origin.settings);
    } else {
      domains.set(origin.host, { host: origin.host, origin: item.url!, elements: [item.element], settings: origin.settings });
    }
  }
  if (globalFirst === undefined) return undefined;
  return { global, domains: [...domains.values()], globalFirst };
}
