import { BlockList, isIPv4, isIPv6 } from "node:net";
import { parse as parseDomain } from "tldts";

export interface AddressKey {
  family: 4 | 6;
  /** The CIDR prefix length; undefined for a single address. */
  prefix: number | undefined;
}

/** Parses an IP address or CIDR range exactly (node's own address parser; no regex guesswork). */
export function parseAddressKey(key: string): AddressKey | undefined {
  const slash = key.indexOf("/");
  const address = slash === -1 ? key : key.slice(0, slash);
  // node accepts IPv6 zone IDs (fe80::1%en0), which are no part of a domain key. Host names (most keys) never reach
  // node's address patterns, which cost a noticeable part of a one-file run to compile.
  const family =
    /^[\d.]+$/u.test(address) && isIPv4(address) ? 4 : address.includes(":") && isIPv6(address) && !address.includes("%") ? 6 : undefined;
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

/**
 * Which section of the public suffix list names `name` itself, if any: "icann" for registry suffixes (`com`,
 * `co.uk`), "private" for shared domains whose owners give out subdomains (`github.io`, `akamaihd.net`, `ts.net`).
 */
export function publicSuffixSection(name: string): "icann" | "private" | undefined {
  const parsed = parseDomain(name, { allowPrivateDomains: true });
  if (parsed.domain !== null || parsed.publicSuffix !== name) return undefined;
  if (parsed.isPrivate === true) return "private";
  return parsed.isIcann === true ? "icann" : undefined;
}

/** 127.0.0.0/8 and ::1; made on first use, as node's address patterns take a noticeable time to compile. */
let loopback: BlockList | undefined;

/**
 * Whether a domain key names only this device: `localhost` (and, by RFC 6761, its subdomains), or an address or
 * range inside 127.0.0.0/8 or ::1. Traffic to it never leaves the device.
 */
export function isLoopback(key: string): boolean {
  const name = normalizeDomainKey(key);
  if (name === "localhost" || name.endsWith(".localhost")) return true;
  const address = parseAddressKey(name);
  if (!address) return false;
  const narrowest = address.family === 4 ? 8 : 128;
  if ((address.prefix ?? narrowest) < narrowest) return false;
  if (!loopback) {
    loopback = new BlockList();
    loopback.addSubnet("127.0.0.0", 8, "ipv4");
    loopback.addAddress("::1", "ipv6");
  }
  return loopback.check(name.split("/")[0]!, address.family === 4 ? "ipv4" : "ipv6");
}
