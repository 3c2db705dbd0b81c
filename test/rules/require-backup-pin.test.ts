import { PINS, WELL_PINNED, ats, caIdentity, identity, identityList, pinnedDomain, ruleTester, rules } from "./rule-tester.js";

const { CA_1, CA_2, LEAF_1, LEAF_2 } = PINS;


ruleTester.run("require-backup-pin", rules["require-backup-pin"], {
  valid: [
    WELL_PINNED,
    // Either list alone, with two distinct pins.
    ats(pinnedDomain("example.com", identityList("NSPinnedCAIdentities", [identity(CA_1), identity(CA_2)]))),
    ats(pinnedDomain("example.com", identityList("NSPinnedLeafIdentities", [identity(LEAF_1), identity(LEAF_2)]))),
    // Two build variables count as two pins.
    ats(pinnedDomain("example.com", identityList("NSPinnedCAIdentities", [identity("$(CA_PIN)"), identity("$(CA_BACKUP_PIN)")]))),
    // No valid pin at all is no-empty-pin-sets' business.
    ats(pinnedDomain("example.com", "\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<array/>")),
    ats(pinnedDomain("example.com", identityList("NSPinnedLeafIdentities", [identity("..."), identity(`sha256/${LEAF_1}`)]))),
    // No list at all is require-pin-identities' business.
    ats(pinnedDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>")),
  ],
  invalid: [
    {
      // The Security framework compares pinned names without regard to case; a port never matches a host name.
      code: ats(pinnedDomain("API.example.com", identityList("NSPinnedCAIdentities", [identity(CA_1)]))),
      errors: [{ message: "NSPinnedCAIdentities for 'API.example.com' has a single valid pin: add a backup pin, or a key change locks users out.", line: 10 }],
    },
    {
      code: ats(pinnedDomain("api.example.com:443", identityList("NSPinnedCAIdentities", [identity(CA_1)]))),
      errors: [
        {
          message:
            "NSPinnedCAIdentities for 'api.example.com:443' (may never match) has a single valid pin: add a backup pin, or a key change locks users out.",
          line: 10,
        },
      ],
    },
    {
      // Two spellings of the same 32 bytes (they differ only in unused padding bits) are one pin.
      code: ats(pinnedDomain("example.com", identityList("NSPinnedCAIdentities", [identity(CA_1), identity(CA_1.replace("Aw=", "Ax="))]))),
      errors: [{ messageId: "noBackup", data: { list: "NSPinnedCAIdentities", domain: "'example.com'" } }],
    },
    {
      code: ats(pinnedDomain("example.com", caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${CA_1}</string>`))),
      errors: [
        {
          messageId: "noBackup",
          data: { list: "NSPinnedCAIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      // A "backup" identical to the primary is no backup: pins are counted once.
      code: ats(pinnedDomain("example.com", identityList("NSPinnedLeafIdentities", [identity(LEAF_1), identity(LEAF_1)]))),
      errors: [
        {
          messageId: "noBackup",
          data: { list: "NSPinnedLeafIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 38,
        },
      ],
    },
    {
      // Backups the Security framework drops do not count: a prefixed pin, a misnamed key.
      code: ats(
        pinnedDomain(
          "example.com",
          identityList("NSPinnedCAIdentities", [identity(CA_1), identity(`sha256/${CA_2}`), identity(CA_2, "SPKI-SHA256-PIN")]),
        ),
      ),
      errors: [
        {
          messageId: "noBackup",
          data: { list: "NSPinnedCAIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      // A single build variable counts as one pin.
      code: ats(pinnedDomain("example.com", identityList("NSPinnedCAIdentities", [identity("$(CA_PIN)")]))),
      errors: [
        {
          messageId: "noBackup",
          data: { list: "NSPinnedCAIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      // Both lists must match, so each needs its own backup: two CA pins do not cover a single leaf pin.
      code: ats(
        pinnedDomain(
          "api.example.com",
          `${identityList("NSPinnedCAIdentities", [identity(CA_1), identity(CA_2)])}\n${identityList("NSPinnedLeafIdentities", [identity(LEAF_1)])}`,
        ),
      ),
      errors: [
        {
          messageId: "noBackup",
          data: { list: "NSPinnedLeafIdentities", domain: "'api.example.com'" },
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 38,
        },
      ],
    },
    {
      // One pin in each list: both are reported, even when the lists hold different pins.
      code: ats(
        pinnedDomain(
          "example.com",
          `${identityList("NSPinnedCAIdentities", [identity(CA_1)])}\n${identityList("NSPinnedLeafIdentities", [identity(LEAF_1)])}`,
        ),
      ),
      errors: [
        {
          messageId: "noBackup",
          data: { list: "NSPinnedCAIdentities", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
        {
          messageId: "noBackup",
          data: { list: "NSPinnedLeafIdentities", domain: "'example.com'" },
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 38,
        },
      ],
    },
  ],
});
