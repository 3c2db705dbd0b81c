import { loadPublicSuffixList } from "./public-suffix-module.js";

export interface AddressKey {
  family: 4 | 6;
  /** The CIDR prefix length; undefined for a single address. */
  prefix: number | undefined;
}

// IP addresses are read without node:net, whose loading (with the streams it needs) and whose address patterns (a
// pattern of several kilobytes, compiled on first use) were a noticeable part of a one-file run.

const IPV4_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
const IPV4 = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`, "u");

/** Whether the text is an IPv4 address in dotted-decimal form, as node's isIPv4 says (no leading zeros). */
export function isIPv4Address(text: string): boolean {
  return IPV4.test(text);
}

/**
 * Whether the text is an IPv6 address (without a zone ID), by the URL parser's rules for a bracketed host. Only hex
 * digits, colons and dots are let through to it: the URL parser drops tabs and line breaks, which no address has.
 */
export function isIPv6Address(text: string): boolean {
  return /^[\da-f:.]+$/iu.test(text) && URL.canParse(`http://[${text}]/`);
}

/** Parses an IP address or CIDR range exactly. */
export function parseAddressKey(key: string): AddressKey | undefined {
  const slash = key.indexOf("/");
  const address = slash === -1 ? key : key.slice(0, slash);
  const family = isIPv4Address(address) ? 4 : address.includes(":") && isIPv6Address(address) ? 6 : undefined;
  if (family === undefined) return undefined;
  if (slash === -1) return { family, prefix: undefined };
  const prefixText = key.slice(slash + 1);
  const prefix = Number(prefixText);
  const maxPrefix = family === 4 ? 32 : 128;
  return /^(?:0|[1-9]\d{0,2})$/u.test(prefixText) && prefix <= maxPrefix ? { family, prefix } : undefined;
}

/** How ATS compares domain keys: case-insensitively, and `example.com.` names `example.com` too. */
export function normalizeDomainKey(key: string): string {
  return key.toLowerCase().replace(/\.$/u, "");
}

let publicSuffixList: ReturnType<typeof loadPublicSuffixList> | undefined;

/**
 * Which section of the public suffix list names `name` itself, if any: "icann" for registry suffixes (`com`,
 * `co.uk`), "private" for shared domains whose owners give out subdomains (`github.io`, `akamaihd.net`, `ts.net`).
 */
export function publicSuffixSection(name: string): "icann" | "private" | undefined {
  publicSuffixList ??= loadPublicSuffixList();
  const parsed = publicSuffixList.parse(name, { allowPrivateDomains: true });
  if (parsed.domain !== null || parsed.publicSuffix !== name) return undefined;
  if (parsed.isPrivate === true) return "private";
  return parsed.isIcann === true ? "icann" : undefined;
}

/**
 * Whether a domain key names only this device: `localhost` (and, by RFC 6761, its subdomains), or an address or
 * range inside 127.0.0.0/8 or ::1 (an IPv4-mapped IPv6 address counts as its IPv4 address). Traffic to it never
 * leaves the device.
 */
export function isLoopback(key: string): boolean {
  const name = normalizeDomainKey(key);
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  const address = parseAddressKey(name);
  if (!address) return false;
  const narrowest = address.family === 4 ? 8 : 128;
  if ((address.prefix ?? narrowest) < narrowest) return false;
  const written = name.split("/")[0]!;
  if (address.family === 4) return written.startsWith("127.");
  // The URL parser writes an IPv6 address in its one canonical form: ::1, or ::ffff:7f00:1 for 127.0.0.1.
  const canonical = new URL(`http://[${written}]/`).hostname;
  const mapped = /^\[::ffff:([\da-f]{1,4}):[\da-f]{1,4}\]$/u.exec(canonical);
  return canonical === "[::1]" || (mapped !== null && Number.parseInt(mapped[1]!, 16) >> 8 === 127);
}
