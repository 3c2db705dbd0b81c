import { domain, exceptionDomains, plist, ruleTester, rules } from "./rule-tester.js";

/**
 * One domain entry: `<key>` at column 4, `settings` (tab-indented `\t\t\t\t`) from two lines below it, and the
 * closing `\t\t\t</dict>` (end column 11) on the line after them.
 */
const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";
const INSECURE = "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>";
const TLS_1_0 = "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>";
const NO_FORWARD_SECRECY = "\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<false/>";

ruleTester.run("no-broad-exception-domains", rules["no-broad-exception-domains"], {
  valid: [
    // A registrable domain with its subdomains: a network the app's owner can control.
    exceptionDomains(domain("example.com", `${SUBDOMAINS}\n${INSECURE}`)),
    exceptionDomains(domain("example.co.uk", `${SUBDOMAINS}\n${TLS_1_0}`)),
    exceptionDomains(domain("myproject.github.io", `${SUBDOMAINS}\n${NO_FORWARD_SECRECY}`)),
    // A public suffix without NSIncludesSubdomains names only itself.
    exceptionDomains(domain("com", INSECURE)),
    exceptionDomains(domain("co.uk", `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<false/>\n${INSECURE}`)),
    // A public suffix with subdomains but nothing loosened (explicit defaults, or nothing at all).
    exceptionDomains(
      domain(
        "com",
        `${SUBDOMAINS}\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<false/>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<true/>`,
      ),
    ),
    exceptionDomains(domain("com", SUBDOMAINS)),
    // Not a host name at all (a port, a build variable): not a top-level name.
    exceptionDomains(domain("localhost:8888", `${SUBDOMAINS}\n${INSECURE}`)),
    exceptionDomains(domain("$(API_HOST)", `${SUBDOMAINS}\n${INSECURE}`)),
    // `localhost` and its subdomains are loopback (RFC 6761).
    exceptionDomains(domain("localhost", `${SUBDOMAINS}\n${INSECURE}`)),
    // The default `allow` list: `onion` (Tor hidden services authenticate themselves).
    exceptionDomains(domain("onion", `${SUBDOMAINS}\n${INSECURE}`)),
    // A custom `allow` list.
    {
      code: exceptionDomains(domain("github.io", `${SUBDOMAINS}\n${INSECURE}`)),
      options: [{ allow: ["github.io"] }],
    },
    // CIDR ranges no wider than /16 (IPv4) or /48 (IPv6), and single addresses.
    exceptionDomains(domain("10.1.0.0/16", INSECURE)),
    exceptionDomains(domain("2001:db8::/48", INSECURE)),
    exceptionDomains(domain("192.168.1.1", INSECURE)),
    exceptionDomains(domain("fe80::1", INSECURE)),
    // A wide range that loosens nothing.
    exceptionDomains(domain("10.0.0.0/8", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>")),
    // Not IP addresses at all (valid-domain-keys' business), and not public suffixes.
    exceptionDomains(domain("999.1.1.1/8", INSECURE)),
    exceptionDomains(domain("1.2.3.4/33", INSECURE)),
    // A build variable: the value is unknown until Xcode substitutes it.
    exceptionDomains(
      domain("com", `${SUBDOMAINS}\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<string>$(ALLOW_HTTP)</string>`),
    ),
    // NSExceptionDomains at the plist root instead of inside NSAppTransportSecurity: never read.
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>com</key>\n\t\t<dict>\n\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t<true/>\n\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // A typo: NSIncludeSubdomains does nothing, so only `com` itself is covered (no-unknown-ats-keys reports it).
    exceptionDomains(domain("com", `\t\t\t\t<key>NSIncludeSubdomains</key>\n\t\t\t\t<true/>\n${INSECURE}`)),
  ],
  invalid: [
    {
      // An internationalised single label is a top-level name too.
      code: exceptionDomains(domain("арбуз", `${SUBDOMAINS}\n${INSECURE}`)),
      errors: [{ messageId: "publicSuffix", data: { domain: "арбуз", kind: "a top-level name", loosening: "cleartext HTTP" }, line: 8 }],
    },
    {
      // A single-label name that is no public suffix is still a whole top-level namespace.
      code: exceptionDomains(domain("corp", `${SUBDOMAINS}\n${INSECURE}`)),
      errors: [{ messageId: "publicSuffix", data: { domain: "corp", kind: "a top-level name", loosening: "cleartext HTTP" }, line: 8, column: 4 }],
    },
    {
      code: exceptionDomains(domain("com", `${SUBDOMAINS}\n${INSECURE}`)),
      errors: [
        {
          messageId: "publicSuffix",
          data: { domain: "com", kind: "a top-level name", loosening: "cleartext HTTP" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 18,
        },
      ],
    },
    {
      // Only TLS below 1.2 is loosened.
      code: exceptionDomains(domain("co.uk", `${SUBDOMAINS}\n${TLS_1_0}`)),
      errors: [
        {
          messageId: "publicSuffix",
          data: { domain: "co.uk", kind: "a public suffix", loosening: "TLSv1.0" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 20,
        },
      ],
    },
    {
      // Only forward secrecy is off; github.io is in the private section of the Public Suffix List.
      code: exceptionDomains(domain("github.io", `${SUBDOMAINS}\n${NO_FORWARD_SECRECY}`)),
      errors: [
        {
          messageId: "publicSuffix",
          data: { domain: "github.io", kind: "a shared domain (public suffix list)", loosening: "no forward secrecy" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 24,
        },
      ],
    },
    {
      // Shared domains on the list's private section, whose owners give out subdomains to anyone.
      code: exceptionDomains(`${domain("akamaihd.net", `${SUBDOMAINS}\n${NO_FORWARD_SECRECY}`)}\n${domain("ts.net", `${SUBDOMAINS}\n${NO_FORWARD_SECRECY}`)}`),
      errors: [
        {
          message:
            "'akamaihd.net' is a shared domain (public suffix list): NSIncludesSubdomains extends its exception (no forward secrecy) to every site under it. List your own hosts.",
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 27,
        },
        {
          message:
            "'ts.net' is a shared domain (public suffix list): NSIncludesSubdomains extends its exception (no forward secrecy) to every site under it. List your own hosts.",
          line: 15,
          column: 4,
        },
      ],
    },
    {
      // Every loosening at once, listed in the message.
      code: exceptionDomains(
        domain(
          "com",
          `${SUBDOMAINS}\n${INSECURE}\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.1</string>\n${NO_FORWARD_SECRECY}`,
        ),
      ),
      errors: [
        {
          messageId: "publicSuffix",
          data: { domain: "com", kind: "a top-level name", loosening: "cleartext HTTP, TLSv1.1, no forward secrecy" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 18,
        },
      ],
    },
    {
      // Legacy keys may still be honoured.
      code: exceptionDomains(
        domain("co.uk", `${SUBDOMAINS}\n\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>`),
      ),
      errors: [{ messageId: "publicSuffix", data: { domain: "co.uk", kind: "a public suffix", loosening: "cleartext HTTP" }, line: 8, column: 4 }],
    },
    {
      code: exceptionDomains(
        domain("com", `${SUBDOMAINS}\n\t\t\t\t<key>NSThirdPartyExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>`),
      ),
      errors: [{ messageId: "publicSuffix", data: { domain: "com", kind: "a top-level name", loosening: "TLSv1.0" }, line: 8, column: 4 }],
    },
    {
      code: exceptionDomains(
        domain(
          "com",
          `${SUBDOMAINS}\n\t\t\t\t<key>NSTemporaryThirdPartyExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<false/>`,
        ),
      ),
      errors: [{ messageId: "publicSuffix", data: { domain: "com", kind: "a top-level name", loosening: "no forward secrecy" }, line: 8, column: 4 }],
    },
    {
      // `<string>YES</string>` read as true, and a TLS version written `1.0` read as TLSv1.0 (conservative readings).
      code: exceptionDomains(
        domain(
          "com",
          "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<string>YES</string>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>1.0</string>",
        ),
      ),
      errors: [
        {
          messageId: "publicSuffix",
          data: { domain: "com", kind: "a top-level name", loosening: "TLSv1.0" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 18,
        },
      ],
    },
    {
      code: exceptionDomains(domain("10.0.0.0/8", INSECURE)),
      errors: [
        {
          messageId: "wideRange",
          data: { domain: "'10.0.0.0/8' (ATS covers IPs from iOS 17 / macOS 14)", addresses: "2^24", widest: 16, loosening: "cleartext HTTP" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 25,
        },
      ],
    },
    {
      // NSIncludesSubdomains has no effect on a range; the range is what makes it broad.
      code: exceptionDomains(domain("2001:db8::/32", `${SUBDOMAINS}\n${NO_FORWARD_SECRECY}`)),
      errors: [
        {
          messageId: "wideRange",
          data: { domain: "'2001:db8::/32' (ATS covers IPs from iOS 17 / macOS 14)", addresses: "2^96", widest: 48, loosening: "no forward secrecy" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
        },
      ],
    },
    {
      // Only the broad entries among several domains.
      code: exceptionDomains(
        `${domain("example.com", `${SUBDOMAINS}\n${INSECURE}`)}\n${domain("com", `${SUBDOMAINS}\n${INSECURE}`)}\n${domain("10.1.0.0/16", INSECURE)}\n${domain("172.16.0.0/12", TLS_1_0)}`,
      ),
      errors: [
        {
          messageId: "publicSuffix",
          data: { domain: "com", kind: "a top-level name", loosening: "cleartext HTTP" },
          line: 15,
          column: 4,
          endLine: 15,
          endColumn: 18,
        },
        {
          messageId: "wideRange",
          data: { domain: "'172.16.0.0/12' (ATS covers IPs from iOS 17 / macOS 14)", addresses: "2^20", widest: 16, loosening: "TLSv1.0" },
          line: 27,
          column: 4,
          endLine: 27,
          endColumn: 28,
        },
      ],
    },
    {
      // A custom `allow` list replaces the default one.
      code: exceptionDomains(domain("onion", `${SUBDOMAINS}\n${INSECURE}`)),
      options: [{ allow: ["github.io"] }],
      errors: [{ messageId: "publicSuffix", data: { domain: "onion", kind: "a top-level name", loosening: "cleartext HTTP" }, line: 8, column: 4 }],
    },
  ],
});
