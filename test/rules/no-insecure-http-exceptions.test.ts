import { ats, domain, exceptionDomains, plist, ruleTester, rules } from "./rule-tester.js";

const INSECURE = "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>";
const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";

ruleTester.run("no-insecure-http-exceptions", rules["no-insecure-http-exceptions"], {
  valid: [
    exceptionDomains(domain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<false/>")),
    exceptionDomains(domain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<string>NO</string>")),
    // Other loosenings are other rules' business.
    exceptionDomains(
      domain(
        "example.com",
        "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<false/>",
      ),
    ),
    // The default `allow` list: loopback names and addresses.
    exceptionDomains(domain("localhost", INSECURE)),
    exceptionDomains(domain("127.0.0.1", INSECURE)),
    exceptionDomains(domain("::1", INSECURE)),
    exceptionDomains(`${domain("localhost", INSECURE)}\n${domain("127.0.0.1", INSECURE)}\n${domain("::1", INSECURE)}`),
    // A duplicated key: the OS reads the last entry, and no-duplicate-keys reports the dead one.
    exceptionDomains(
      domain("example.com", `${INSECURE}\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<false/>`),
    ),
    // A custom `allow` list.
    {
      code: exceptionDomains(domain("dev.example.com", `${INSECURE}\n${SUBDOMAINS}`)),
      options: [{ allow: ["dev.example.com"] }],
    },
    // A build variable: the value is unknown until Xcode substitutes it.
    exceptionDomains(
      domain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<string>$(ALLOW_HTTP)</string>"),
    ),
    // A per-domain key directly in the ATS dict: ATS never reads it there (no-misplaced-ats-keys reports it).
    ats("\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t<true/>"),
    // NSExceptionDomains at the plist root instead of inside NSAppTransportSecurity: never read.
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // In a pinned-domain dict, where ATS does not read it.
    ats(
      "\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
    ),
    // Typos and invented keys do nothing (no-unknown-ats-keys reports them).
    exceptionDomains(domain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoad</key>\n\t\t\t\t<true/>")),
    exceptionDomains(domain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPSLoads</key>\n\t\t\t\t<true/>")),
  ],
  invalid: [
    {
      // A key with a port never matches a host as Apple documents keys: the message does not claim it does.
      code: exceptionDomains(domain("localhost:3000", INSECURE)),
      errors: [
        {
          message: "NSExceptionAllowsInsecureHTTPLoads = YES allows cleartext HTTP to 'localhost:3000' (may never match): use HTTPS instead.",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 50,
        },
      ],
    },
    {
      // A legacy key is not presented as an active fact either; ATS applies to an IP only from iOS 17 / macOS 14.
      code: exceptionDomains(domain("192.0.2.11", "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>")),
      errors: [
        {
          message:
            "NSTemporaryExceptionAllowsInsecureHTTPLoads (legacy, undocumented) = YES allows cleartext HTTP to '192.0.2.11' (ATS covers IPs from iOS 17 / macOS 14): use HTTPS instead.",
          line: 10,
          column: 5,
        },
      ],
    },
    {
      // NSIncludesSubdomains means nothing for an address range: the message does not claim subdomains.
      code: exceptionDomains(domain("192.168.1.0/24", `${SUBDOMAINS}\n${INSECURE}`)),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", yes: "YES", domain: "'192.168.1.0/24' (ATS covers IPs from iOS 17 / macOS 14)", subdomains: "" },
          line: 12,
        },
      ],
    },
    {
      // The last NSIncludesSubdomains (NO) is the one the OS reads.
      code: exceptionDomains(
        domain("legacy.example.com", `${SUBDOMAINS}\n${INSECURE}\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<false/>`),
      ),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", yes: "YES", domain: "'legacy.example.com'", subdomains: "" },
          line: 12,
        },
      ],
    },
    {
      code: exceptionDomains(domain("example.com", INSECURE)),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", yes: "YES", domain: "'example.com'", subdomains: "" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 50,
        },
      ],
    },
    {
      // NSIncludesSubdomains widens the exception, and the message says so.
      code: exceptionDomains(domain("example.com", `${SUBDOMAINS}\n${INSECURE}`)),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", yes: "YES", domain: "'example.com'", subdomains: " and subdomains" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 50,
        },
      ],
    },
    {
      // `<string>YES</string>` is read as true (the conservative reading).
      code: exceptionDomains(
        domain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<string>YES</string>"),
      ),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", yes: "YES", domain: "'example.com'", subdomains: "" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 50,
        },
      ],
    },
    {
      // Legacy keys may still be honoured: report them as insecure too (no-legacy-ats-keys reports the name).
      code: exceptionDomains(
        domain("example.com", "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>"),
      ),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSTemporaryExceptionAllowsInsecureHTTPLoads (legacy, undocumented)", yes: "YES", domain: "'example.com'", subdomains: "" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 59,
        },
      ],
    },
    {
      code: exceptionDomains(
        domain("cdn.example.net", "\t\t\t\t<key>NSThirdPartyExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>"),
      ),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSThirdPartyExceptionAllowsInsecureHTTPLoads (legacy, undocumented)", yes: "YES", domain: "'cdn.example.net'", subdomains: "" },
          line: 10,
          column: 5,
        },
      ],
    },
    {
      code: exceptionDomains(
        domain(
          "cdn.example.net",
          `${SUBDOMAINS}\n\t\t\t\t<key>NSTemporaryThirdPartyExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>`,
        ),
      ),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSTemporaryThirdPartyExceptionAllowsInsecureHTTPLoads (legacy, undocumented)", yes: "YES", domain: "'cdn.example.net'", subdomains: " and subdomains" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 69,
        },
      ],
    },
    {
      // Only the domain that is not in the default allow list; an IP on the LAN is not loopback.
      code: exceptionDomains(`${domain("localhost", INSECURE)}\n${domain("192.168.1.10", INSECURE)}`),
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", yes: "YES", domain: "'192.168.1.10' (ATS covers IPs from iOS 17 / macOS 14)", subdomains: "" },
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 50,
        },
      ],
    },
    {
      // A custom `allow` list replaces the default one.
      code: exceptionDomains(`${domain("localhost", INSECURE)}\n${domain("dev.example.com", INSECURE)}`),
      options: [{ allow: ["dev.example.com"] }],
      errors: [
        {
          messageId: "insecureHTTP",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", yes: "YES", domain: "'localhost'", subdomains: "" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 50,
        },
      ],
    },
    {
      // Both on one line.
      code: exceptionDomains(domain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key><true/>")),
      errors: [{ messageId: "insecureHTTP", line: 10, column: 5, endLine: 10, endColumn: 50 }],
    },
  ],
});
