import { ats, exceptionDomain, plist, ruleTester, rules } from "./rule-tester.js";

const CT = "\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<true/>";
const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";
const TLS_1_3 = "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>";

/** A whole plist with one exception domain: its `<key>` is on line 8, `settings` from line 10. */
const inExceptionDomain = (name: string, settings: string): string => ats(exceptionDomain(name, settings));

ruleTester.run("no-certificate-transparency-key", rules["no-certificate-transparency-key"], {
  valid: [
    // Certificate Transparency is enforced without the key; its absence is not a problem.
    inExceptionDomain("example.com", SUBDOMAINS),
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>"),
    // In a dict that has nothing to do with ATS.
    plist("<dict>\n\t<key>MyAppSettings</key>\n\t<dict>\n\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t<true/>\n\t</dict>\n</dict>"),
    // NSExceptionDomains at the plist root instead of inside NSAppTransportSecurity: never read.
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // Where ATS never reads it, no-misplaced-ats-keys reports it instead.
    ats(CT.replace(/\t\t\t\t/gu, "\t\t")),
    ats("\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t<dict/>\n\t\t</dict>"),
    // A misspelling is not the obsolete key (no-unknown-ats-keys reports it).
    inExceptionDomain("example.com", "\t\t\t\t<key>NSRequireCertificateTransparency</key>\n\t\t\t\t<true/>"),
  ],
  invalid: [
    {
      // Sharing a line with the next entry: the removal takes the space between them too.
      code: inExceptionDomain("example.com", "\t\t\t\t<key>NSRequiresCertificateTransparency</key><true/> <key>NSIncludesSubdomains</key><true/>"),
      output: inExceptionDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key><true/>"),
      errors: [{ messageId: "obsolete", line: 10, column: 5, endLine: 10, endColumn: 49 }],
    },
    {
      code: inExceptionDomain("example.com", `${SUBDOMAINS}\n${CT}\n${TLS_1_3}`),
      output: inExceptionDomain("example.com", `${SUBDOMAINS}\n${TLS_1_3}`),
      errors: [
        {
          messageId: "obsolete",
          data: { domain: " for 'example.com'" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 49,
        },
      ],
    },
    {
      // Obsolete whatever its value.
      code: inExceptionDomain("example.com", `\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<false/>\n${SUBDOMAINS}`),
      output: inExceptionDomain("example.com", SUBDOMAINS),
      errors: [
        {
          messageId: "obsolete",
          data: { domain: " for 'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 49,
        },
      ],
    },
    {
      code: inExceptionDomain("example.com", `\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<string>YES</string>`),
      output: ats(
        "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t</dict>\n\t\t</dict>",
      ),
      errors: [{ messageId: "obsolete", line: 10, column: 5, endLine: 10, endColumn: 49 }],
    },
    {
      // The only key of the domain: the (now empty) domain dict stays, since it still opts the domain out of
      // global keys.
      code: inExceptionDomain("example.com", CT),
      output: ats(
        "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t</dict>\n\t\t</dict>",
      ),
      errors: [{ messageId: "obsolete", data: { domain: " for 'example.com'" }, line: 10, column: 5, endLine: 10, endColumn: 49 }],
    },
    {
      // Several domains: every entry is reported and removed in one pass.
      code: ats(
        `\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>a.example.com</key>\n\t\t\t<dict>\n${CT}\n${SUBDOMAINS}\n\t\t\t</dict>\n\t\t\t<key>b.example.com</key>\n\t\t\t<dict>\n${TLS_1_3}\n${CT}\n\t\t\t</dict>\n\t\t</dict>`,
      ),
      output: ats(
        `\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>a.example.com</key>\n\t\t\t<dict>\n${SUBDOMAINS}\n\t\t\t</dict>\n\t\t\t<key>b.example.com</key>\n\t\t\t<dict>\n${TLS_1_3}\n\t\t\t</dict>\n\t\t</dict>`,
      ),
      errors: [
        { messageId: "obsolete", data: { domain: " for 'a.example.com'" }, line: 10, column: 5, endLine: 10, endColumn: 49 },
        { messageId: "obsolete", data: { domain: " for 'b.example.com'" }, line: 19, column: 5, endLine: 19, endColumn: 49 },
      ],
    },
    {
      // Sharing a line with another entry: only the entry goes, the rest of the line stays.
      code: inExceptionDomain(
        "example.com",
        "\t\t\t\t<key>NSIncludesSubdomains</key><true/><key>NSRequiresCertificateTransparency</key><true/>",
      ),
      output: inExceptionDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key><true/>"),
      errors: [{ messageId: "obsolete", line: 10, column: 43, endLine: 10, endColumn: 87 }],
    },
    {
      // CRLF line endings are kept.
      code: inExceptionDomain("example.com", `${SUBDOMAINS}\n${CT}\n${TLS_1_3}`).replace(/\n/gu, "\r\n"),
      output: inExceptionDomain("example.com", `${SUBDOMAINS}\n${TLS_1_3}`).replace(/\n/gu, "\r\n"),
      errors: [{ messageId: "obsolete", line: 12, column: 5, endLine: 12, endColumn: 49 }],
    },
  ],
});
