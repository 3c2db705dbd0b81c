// IP addresses in domain keys, read without node:net (domains.ts): the same answers as node's isIPv4, isIPv6 and a
// BlockList of 127.0.0.0/8 and ::1.
import { BlockList, isIPv4, isIPv6 } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIPv4Address, isIPv6Address, isLoopback, parseAddressKey } from "../../packages/eslint-plugin/dist/ats/domains.js";

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom("127", "255", "256", "01", "00", ""));
const ipv4Like = fc.array(octet, { minLength: 3, maxLength: 5 }).map((parts) => parts.join("."));
const group = fc.oneof(fc.stringMatching(/^[\da-fA-Fg]{0,5}$/u), fc.constantFrom("0", "1", "7f", "7f00", "ffff", "FFFF"));
const ipv6Like = fc
  .tuple(fc.array(group, { minLength: 1, maxLength: 9 }), fc.nat(), fc.boolean(), fc.option(ipv4Like), fc.option(fc.constantFrom("\t", "\n", "\r", " ", "%en0")))
  .map(([groups, at, compress, tail, junk]) => {
    let text = groups.join(":");
    if (compress) text = `${text.slice(0, at % (text.length + 1))}::${text.slice(at % (text.length + 1))}`;
    if (tail !== null) text += `:${tail}`;
    if (junk !== null) text = at % 2 ? `${junk}${text}` : `${text}${junk}`;
    return text;
  });

describe("IP addresses in domain keys", () => {
  it("IPv4 as node's isIPv4 reads it (dotted decimal, no leading zeros)", () => {
    fc.assert(
      fc.property(ipv4Like, (text) => {
        expect(isIPv4Address(text)).toBe(isIPv4(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("IPv6 as node's isIPv6 reads it, with no zone ID and no white space the URL parser would drop", () => {
    fc.assert(
      fc.property(ipv6Like, (text) => {
        expect(isIPv6Address(text)).toBe(isIPv6(text) && !text.includes("%"));
      }),
      { numRuns: 5000 },
    );
    for (const text of ["::1\t", "\t::1", "::1\r", "::\n1", " ::1", "[::1]", "::1/128"]) expect(isIPv6Address(text)).toBe(false);
  });

  it("loopback as a BlockList of 127.0.0.0/8 and ::1 says, IPv4-mapped addresses included", () => {
    const address = fc.oneof(
      ipv4Like,
      ipv6Like,
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([a, b]) => `::ffff:${a % 2 ? 127 : b}.0.0.${b}`),
    );
    fc.assert(
      fc.property(address, fc.option(fc.constantFrom(8, 7, 32, 127, 128)), (text, prefix) => {
        const key = prefix === null ? text : `${text}/${prefix}`;
        // ATS names `127.0.0.1.` as it names `127.0.0.1`, as it does any domain key with a trailing dot.
        const name = key.replace(/\.$/u, "");
        const parsed = parseAddressKey(name);
        const narrowest = parsed?.family === 4 ? 8 : 128;
        const expected = parsed !== undefined && (parsed.prefix ?? narrowest) >= narrowest && loopback.check(name.split("/")[0]!, parsed.family === 4 ? "ipv4" : "ipv6");
        expect(isLoopback(key)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    expect(isLoopback("localhost")).toBe(true);
    expect(isLoopback("::1\t")).toBe(false);
  });
});
