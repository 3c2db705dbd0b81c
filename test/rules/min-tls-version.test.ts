import { ats, exceptionDomain, plist, ruleTester, rules } from "./rule-tester.js";

/** An NSExceptionMinimumTLSVersion entry (or `key`) whose value is written `value`. */
function minTls(value: string, key = "NSExceptionMinimumTLSVersion"): string {
  return `\t\t\t\t<key>${key}</key>\n\t\t\t\t${value}`;
}

const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";

/** A whole plist with one exception domain: its `<key>` is on line 8, `settings` from line 10. */
const inExceptionDomain = (name: string, settings: string): string => ats(exceptionDomain(name, settings));

ruleTester.run("min-tls-version", rules["min-tls-version"], {
  valid: [
    inExceptionDomain("example.com", minTls("<string>TLSv1.2</string>")),
    inExceptionDomain("example.com", minTls("<string>TLSv1.3</string>")),
    // Loose spellings of 1.2 or later are valid-tls-version's business, not a weak minimum.
    inExceptionDomain("example.com", minTls("<string>1.2</string>")),
    inExceptionDomain("example.com", minTls("<string>TLS 1.3</string>")),
    // Not a TLS version ATS understands (valid-tls-version reports it): nothing to compare.
    inExceptionDomain("example.com", minTls("<string>SSLv3</string>")),
    // A build variable: the value is unknown until Xcode substitutes it.
    inExceptionDomain("example.com", minTls("<string>$(MINIMUM_TLS_VERSION)</string>")),
    // Other loosenings are other rules' business.
    inExceptionDomain(
      "example.com",
      "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<false/>",
    ),
    // A per-domain key directly in the ATS dict: ATS never reads it there (no-misplaced-ats-keys reports it).
    ats(minTls("<string>TLSv1.0</string>").replace(/\t\t\t\t/gu, "\t\t")),
    // NSExceptionDomains at the plist root instead of inside NSAppTransportSecurity: never read.
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t<string>TLSv1.0</string>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // A typo does nothing (no-unknown-ats-keys reports it).
    inExceptionDomain("example.com", minTls("<string>TLSv1.0</string>", "NSMinimumTLSVersion")),
  ],
  invalid: [
    {
      code: inExceptionDomain("example.com", minTls("<string>TLSv1.0</string>")),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSExceptionMinimumTLSVersion", domain: "'example.com'", version: "TLSv1.0" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 29,
          suggestions: [{ messageId: "useTls12", output: inExceptionDomain("example.com", minTls("<string>TLSv1.2</string>")) }],
        },
      ],
    },
    {
      code: inExceptionDomain("example.com", `${SUBDOMAINS}\n${minTls("<string>TLSv1.1</string>")}`),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSExceptionMinimumTLSVersion", domain: "'example.com'", version: "TLSv1.1" },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 29,
          suggestions: [
            {
              messageId: "useTls12",
              output: inExceptionDomain("example.com", `${SUBDOMAINS}\n${minTls("<string>TLSv1.2</string>")}`),
            },
          ],
        },
      ],
    },
    {
      // Written `1.0`: read as TLSv1.0 (valid-tls-version reports the spelling).
      code: inExceptionDomain("legacy.example.com", minTls("<string>1.0</string>")),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSExceptionMinimumTLSVersion", domain: "'legacy.example.com'", version: "TLSv1.0" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            { messageId: "useTls12", output: inExceptionDomain("legacy.example.com", minTls("<string>TLSv1.2</string>")) },
          ],
        },
      ],
    },
    {
      // Written `TLSv1`: TLS 1.0.
      code: inExceptionDomain("example.com", minTls("<string>TLSv1</string>")),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSExceptionMinimumTLSVersion", domain: "'example.com'", version: "TLSv1.0" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 27,
          suggestions: [{ messageId: "useTls12", output: inExceptionDomain("example.com", minTls("<string>TLSv1.2</string>")) }],
        },
      ],
    },
    {
      code: inExceptionDomain("example.com", minTls("<string>tlsv1.1</string>")),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSExceptionMinimumTLSVersion", domain: "'example.com'", version: "TLSv1.1" },
          suggestions: [{ messageId: "useTls12", output: inExceptionDomain("example.com", minTls("<string>TLSv1.2</string>")) }],
        },
      ],
    },
    {
      // A number instead of a string (valid-ats-types reports the type); the suggestion writes the documented string.
      code: inExceptionDomain("example.com", minTls("<real>1.1</real>")),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSExceptionMinimumTLSVersion", domain: "'example.com'", version: "TLSv1.1" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 21,
          suggestions: [{ messageId: "useTls12", output: inExceptionDomain("example.com", minTls("<string>TLSv1.2</string>")) }],
        },
      ],
    },
    {
      // Legacy keys may still be honoured; the suggestion changes only the value (no-legacy-ats-keys renames the key).
      code: inExceptionDomain("example.com", minTls("<string>TLSv1.0</string>", "NSTemporaryExceptionMinimumTLSVersion")),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSTemporaryExceptionMinimumTLSVersion (legacy, undocumented)", domain: "'example.com'", version: "TLSv1.0" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            {
              messageId: "useTls12",
              output: inExceptionDomain("example.com", minTls("<string>TLSv1.2</string>", "NSTemporaryExceptionMinimumTLSVersion")),
            },
          ],
        },
      ],
    },
    {
      code: inExceptionDomain("cdn.example.net", minTls("<string>TLSv1.1</string>", "NSThirdPartyExceptionMinimumTLSVersion")),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSThirdPartyExceptionMinimumTLSVersion (legacy, undocumented)", domain: "'cdn.example.net'", version: "TLSv1.1" },
          line: 11,
          column: 5,
          suggestions: [
            {
              messageId: "useTls12",
              output: inExceptionDomain("cdn.example.net", minTls("<string>TLSv1.2</string>", "NSThirdPartyExceptionMinimumTLSVersion")),
            },
          ],
        },
      ],
    },
    {
      code: inExceptionDomain(
        "cdn.example.net",
        minTls("<string>TLSv1.0</string>", "NSTemporaryThirdPartyExceptionMinimumTLSVersion"),
      ),
      errors: [
        {
          messageId: "belowTls12",
          data: { key: "NSTemporaryThirdPartyExceptionMinimumTLSVersion (legacy, undocumented)", domain: "'cdn.example.net'", version: "TLSv1.0" },
          suggestions: [
            {
              messageId: "useTls12",
              output: inExceptionDomain(
                "cdn.example.net",
                minTls("<string>TLSv1.2</string>", "NSTemporaryThirdPartyExceptionMinimumTLSVersion"),
              ),
            },
          ],
        },
      ],
    },
    {
      // Both on one line; CRLF line endings are kept.
      code: inExceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key><string>TLSv1.0</string>").replace(
        /\n/gu,
        "\r\n",
      ),
      errors: [
        {
          messageId: "belowTls12",
          line: 10,
          column: 44,
          endLine: 10,
          endColumn: 68,
          suggestions: [
            {
              messageId: "useTls12",
              output: inExceptionDomain(
                "example.com",
                "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key><string>TLSv1.2</string>",
              ).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
    {
      // CRLF line endings, value on its own line.
      code: inExceptionDomain("example.com", `${minTls("<string>TLSv1.1</string>")}\n${SUBDOMAINS}`).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "belowTls12",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            {
              messageId: "useTls12",
              output: inExceptionDomain("example.com", `${minTls("<string>TLSv1.2</string>")}\n${SUBDOMAINS}`).replace(
                /\n/gu,
                "\r\n",
              ),
            },
          ],
        },
      ],
    },
  ],
});
