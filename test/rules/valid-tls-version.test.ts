import { ats, exceptionDomain, plist, ruleTester, rules } from "./rule-tester.js";

/** An NSExceptionMinimumTLSVersion entry (or `key`) with the string `version`, on lines 10 and 11. */
function minTls(version: string, key = "NSExceptionMinimumTLSVersion"): string {
  return `\t\t\t\t<key>${key}</key>\n\t\t\t\t<string>${version}</string>`;
}

const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";

/** A whole plist with one exception domain: its `<key>` is on line 8, `settings` from line 10. */
const inExceptionDomain = (name: string, settings: string): string => ats(exceptionDomain(name, settings));

ruleTester.run("valid-tls-version", rules["valid-tls-version"], {
  valid: [
    inExceptionDomain("example.com", minTls("TLSv1.2")),
    inExceptionDomain("example.com", minTls("TLSv1.3")),
    // Weak but correctly spelled: min-tls-version reports these.
    inExceptionDomain("example.com", minTls("TLSv1.0")),
    inExceptionDomain("example.com", minTls("TLSv1.1", "NSTemporaryExceptionMinimumTLSVersion")),
    // Build variables: the value is unknown until Xcode substitutes it.
    inExceptionDomain("example.com", minTls("$(MINIMUM_TLS_VERSION)")),
    inExceptionDomain("example.com", minTls("${MINIMUM_TLS_VERSION}")),
    // Not a string at all: valid-ats-types reports the type.
    inExceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<real>1.2</real>"),
    // A per-domain key directly in the ATS dict: ATS never reads it there (no-misplaced-ats-keys reports it).
    ats("\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t<string>1.2</string>"),
    // NSExceptionDomains at the plist root instead of inside NSAppTransportSecurity: never read.
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t<string>1.2</string>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // A typo'd key does nothing (no-unknown-ats-keys reports it).
    inExceptionDomain("example.com", minTls("1.2", "NSMinimumTLSVersion")),
  ],
  invalid: [
    {
      code: inExceptionDomain("example.com", minTls("1.2")),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "1.2", domain: "'example.com'", canonical: "TLSv1.2" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            { messageId: "useCanonical", data: { canonical: "TLSv1.2" }, output: inExceptionDomain("example.com", minTls("TLSv1.2")) },
          ],
        },
      ],
    },
    {
      code: inExceptionDomain("example.com", minTls("1.0")),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "1.0", domain: "'example.com'", canonical: "TLSv1.0" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            { messageId: "useCanonical", data: { canonical: "TLSv1.0" }, output: inExceptionDomain("example.com", minTls("TLSv1.0")) },
          ],
        },
      ],
    },
    {
      // `TLSv1` means TLS 1.0.
      code: inExceptionDomain("example.com", `${SUBDOMAINS}\n${minTls("TLSv1")}`),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "TLSv1", domain: "'example.com'", canonical: "TLSv1.0" },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 27,
          suggestions: [
            {
              messageId: "useCanonical",
              data: { canonical: "TLSv1.0" },
              output: inExceptionDomain("example.com", `${SUBDOMAINS}\n${minTls("TLSv1.0")}`),
            },
          ],
        },
      ],
    },
    {
      // Wrong case.
      code: inExceptionDomain("example.com", minTls("tlsv1.2")),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "tlsv1.2", domain: "'example.com'", canonical: "TLSv1.2" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            { messageId: "useCanonical", data: { canonical: "TLSv1.2" }, output: inExceptionDomain("example.com", minTls("TLSv1.2")) },
          ],
        },
      ],
    },
    {
      // Written as prose.
      code: inExceptionDomain("example.com", minTls("TLS 1.2")),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "TLS 1.2", domain: "'example.com'", canonical: "TLSv1.2" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 29,
          suggestions: [
            { messageId: "useCanonical", data: { canonical: "TLSv1.2" }, output: inExceptionDomain("example.com", minTls("TLSv1.2")) },
          ],
        },
      ],
    },
    {
      // Stray white space.
      code: inExceptionDomain("example.com", minTls("TLSv1.3 ")),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "TLSv1.3 ", domain: "'example.com'", canonical: "TLSv1.3" },
          suggestions: [
            { messageId: "useCanonical", data: { canonical: "TLSv1.3" }, output: inExceptionDomain("example.com", minTls("TLSv1.3")) },
          ],
        },
      ],
    },
    {
      // Not a TLS version at all: nothing to suggest.
      code: inExceptionDomain("example.com", minTls("SSLv3")),
      errors: [
        {
          messageId: "unknownVersion",
          data: { value: "SSLv3", domain: "'example.com'" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      // A version that does not exist.
      code: inExceptionDomain("example.com", minTls("TLSv1.4")),
      errors: [{ messageId: "unknownVersion", data: { value: "TLSv1.4", domain: "'example.com'" }, suggestions: [] }],
    },
    {
      code: inExceptionDomain("example.com", minTls("")),
      errors: [
        {
          messageId: "unknownVersion",
          data: { value: "", domain: "'example.com'" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      // Legacy keys are read too; the suggestion changes only the value (no-legacy-ats-keys renames the key).
      code: inExceptionDomain("cdn.example.net", minTls("1.2", "NSThirdPartyExceptionMinimumTLSVersion")),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "1.2", domain: "'cdn.example.net'", canonical: "TLSv1.2" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            {
              messageId: "useCanonical",
              data: { canonical: "TLSv1.2" },
              output: inExceptionDomain("cdn.example.net", minTls("TLSv1.2", "NSThirdPartyExceptionMinimumTLSVersion")),
            },
          ],
        },
      ],
    },
    {
      code: inExceptionDomain("cdn.example.net", minTls("TLSv1", "NSTemporaryExceptionMinimumTLSVersion")),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "TLSv1", domain: "'cdn.example.net'", canonical: "TLSv1.0" },
          suggestions: [
            {
              messageId: "useCanonical",
              data: { canonical: "TLSv1.0" },
              output: inExceptionDomain("cdn.example.net", minTls("TLSv1.0", "NSTemporaryExceptionMinimumTLSVersion")),
            },
          ],
        },
      ],
    },
    {
      // CRLF line endings are kept.
      code: inExceptionDomain("example.com", `${minTls("1.2")}\n${SUBDOMAINS}`).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "invalidVersion",
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            {
              messageId: "useCanonical",
              output: inExceptionDomain("example.com", `${minTls("TLSv1.2")}\n${SUBDOMAINS}`).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
    {
      // One problem per domain.
      code: ats(
        "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>a.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>\n\t\t\t</dict>\n\t\t\t<key>b.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>1.3</string>\n\t\t\t</dict>\n\t\t</dict>",
      ),
      errors: [
        {
          messageId: "invalidVersion",
          data: { value: "1.3", domain: "'b.example.com'", canonical: "TLSv1.3" },
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 25,
          suggestions: [
            {
              messageId: "useCanonical",
              data: { canonical: "TLSv1.3" },
              output: ats(
                "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>a.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>\n\t\t\t</dict>\n\t\t\t<key>b.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>\n\t\t\t</dict>\n\t\t</dict>",
              ),
            },
          ],
        },
      ],
    },
  ],
});
