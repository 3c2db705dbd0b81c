import { PINS, WELL_PINNED, ats, caIdentity, identity, identityList, pinnedDomain, ruleTester, rules } from "./rule-tester.js";

const { CA_1, CA_2, LEAF_1 } = PINS;


ruleTester.run("no-empty-pin-sets", rules["no-empty-pin-sets"], {
  valid: [
    WELL_PINNED,
    // One valid pin is enough to connect (require-backup-pin asks for a second).
    ats(pinnedDomain("example.com", caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${CA_1}</string>`))),
    // One valid pin among invalid ones (valid-spki-pins reports those).
    ats(pinnedDomain("example.com", identityList("NSPinnedLeafIdentities", [identity("..."), identity(LEAF_1)]))),
    // A build variable counts as a pin: Xcode substitutes it.
    ats(pinnedDomain("example.com", caIdentity("\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>$(CA_PIN)</string>"))),
    // No list at all: the domain is not pinned (require-pin-identities), so connections do not fail.
    ats(pinnedDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>")),
  ],
  invalid: [
    {
      // A list that is no array still pins the domain, to nothing (valid-ats-types reports the type too).
      code: ats(pinnedDomain("example.com", "\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<dict/>")),
      errors: [{ messageId: "noValidPin", data: { list: "NSPinnedCAIdentities", domain: "'example.com'" }, line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
    {
      code: ats(pinnedDomain("example.com", "\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<array/>")),
      errors: [
        {
          messageId: "noValidPin",
          data: { list: "NSPinnedCAIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      // An empty array written with an end tag.
      code: ats(pinnedDomain("example.com", "\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array>\n\t\t\t\t</array>")),
      errors: [
        {
          messageId: "noValidPin",
          data: { list: "NSPinnedLeafIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 38,
        },
      ],
    },
    {
      // Every identity is dropped: a misnamed key (even with a valid pin), a prefixed pin, a bare string, a placeholder.
      code: ats(
        pinnedDomain(
          "example.com",
          identityList("NSPinnedCAIdentities", [
            identity(CA_1, "SPKI-SHA256-PIN"),
            identity(`sha256/${CA_2}`),
            `\t\t\t\t\t<string>${CA_1}</string>`,
            identity("&lt;your pin&gt;"),
          ]),
        ),
      ),
      errors: [
        {
          messageId: "noValidPin",
          data: { list: "NSPinnedCAIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      // With both lists, both must match: an empty leaf list fails every connection despite valid CA pins.
      code: ats(
        pinnedDomain(
          "api.example.com",
          `${identityList("NSPinnedCAIdentities", [identity(CA_1), identity(CA_2)])}\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array/>`,
        ),
      ),
      errors: [
        {
          messageId: "noValidPin",
          data: { list: "NSPinnedLeafIdentities", domain: "'api.example.com'" },
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 38,
        },
      ],
    },
  ],
});
