import { PINS, WELL_PINNED, ats, caIdentity, domain, exceptionDomain, identity, identityList, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

const { CA_1, CA_2, LEAF_1, LEAF_2 } = PINS;


ruleTester.run("require-pin-identities", rules["require-pin-identities"], {
  valid: [
    WELL_PINNED,
    // Either list alone pins the domain.
    ats(pinnedDomain("example.com", caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${CA_1}</string>`))),
    ats(pinnedDomain("example.com", identityList("NSPinnedLeafIdentities", [identity(LEAF_1), identity(LEAF_2)]))),
    // An empty list is present: no-empty-pin-sets reports it (every connection fails, rather than no pinning).
    ats(pinnedDomain("example.com", "\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<array/>")),
    // A list of the wrong type is valid-ats-types' business.
    ats(pinnedDomain("example.com", `\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<string>${LEAF_1}</string>`)),
    // A domain whose value is not a dict is valid-ats-types' business.
    ats("\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<true/>\n\t\t</dict>"),
    // An empty NSPinnedDomains pins nothing and claims nothing.
    ats("\t\t<key>NSPinnedDomains</key>\n\t\t<dict/>"),
    // NSPinnedDomains inside an exception domain is never read (no-misplaced-ats-keys reports it).
    ats(
      exceptionDomain(
        "example.com",
        "\t\t\t\t<key>NSPinnedDomains</key>\n\t\t\t\t<dict>\n\t\t\t\t\t<key>example.com</key>\n\t\t\t\t\t<dict/>\n\t\t\t\t</dict>",
      ),
    ),
    // Outside NSAppTransportSecurity ATS never reads it.
    plist("<dict>\n\t<key>NSPinnedDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict/>\n\t</dict>\n</dict>"),
  ],
  invalid: [
    {
      // NSIncludesSubdomains alone: the domain looks pinned but is not.
      code: ats(pinnedDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>")),
      errors: [
        {
          messageId: "notPinned",
          data: { domain: "'example.com'" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
        },
      ],
    },
    {
      // A misspelt list key counts for nothing (no-unknown-ats-keys suggests the rename).
      code: ats(pinnedDomain("api.example.com", identityList("NSPinnedCAIdentity", [identity(CA_1), identity(CA_2)]))),
      errors: [
        {
          messageId: "notPinned",
          data: { domain: "'api.example.com'" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 30,
        },
      ],
    },
    {
      // Only the unpinned one of two domains; an empty settings dict, written out.
      code: ats(
        `\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n${domain("example.com", caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${CA_1}</string>`))}\n${domain("example.org", "")}\n\t\t</dict>`,
      ),
      errors: [
        {
          messageId: "notPinned",
          data: { domain: "'example.org'" },
          line: 18,
          column: 4,
          endLine: 18,
          endColumn: 26,
        },
      ],
    },
    {
      // A self-closing empty dict; the domain is named as written.
      code: ats("\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>API.Example.com</key>\n\t\t\t<dict/>\n\t\t</dict>"),
      errors: [
        {
          messageId: "notPinned",
          data: { domain: "'API.Example.com'" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 30,
        },
      ],
    },
  ],
});
