import { PINS, WELL_PINNED, ats, caIdentity, exceptionDomain, identity, identityList, pinnedDomain, ruleTester, rules } from "./rule-tester.js";

const { CA_1, CA_2, LEAF_1, LEAF_2 } = PINS;
/** 32 zero bytes: base64 of the right length, but a placeholder (OkHttp's docs use it as their example pin). */
const ALL_A = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
/** The SHA-256 of an SPKI written as hex (64 characters). */
const HEX_SHA256 = "4619fbe1aec05fc7925c637948e4cc9829e47f52e7fe599b6163dc901dc6c49c";
/** A SHA-1 as hex (40 characters) and as base64 (20 bytes). */
const HEX_SHA1 = "df1a861387b82e3ff5156891115e02ce8ac5c22b";
const BASE64_SHA1 = "AF3qe5QnT+Dab5MOY1bO0NxhtFc=";
/** base64 of 16 bytes. */
const BASE64_16 = "iEuIxmng0UkfjR7thTiK3A==";
/** A whole P-256 SubjectPublicKeyInfo (91 bytes) pasted instead of its hash. */
const EC_SPKI =
  "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Eemrrud8Rl5qfvNYE6seBW2SoQXJo5vbsqBoNQfLXzoUwwLtkpqPzH+SLj7SnmuE5rE+Aq33JPvwpTKIstU7w==";
/** CA_1 in base64url without padding, as some tools print it. */
const CA_1_URL = "opWHSpMfB0TLcZLCEc-B2s_EG0_KnpUvrBwaAmGGNAw";

/** The body of caIdentity(): the pin entry (six tabs deep, two lines), under `key`. */
function spki(value: string, key = "SPKI-SHA256-BASE64"): string {
  return `\t\t\t\t\t\t<key>${key}</key>\n\t\t\t\t\t\t<string>${value}</string>`;
}

/** A plist with one pinned domain `example.com` whose only identity is a CA identity holding `identityBody`. */
function pinnedCA(identityBody: string): string {
  return ats(pinnedDomain("example.com", caIdentity(identityBody)));
}


ruleTester.run("valid-spki-pins", rules["valid-spki-pins"], {
  valid: [
    WELL_PINNED,
    // A build variable: the pin is unknown until Xcode substitutes it.
    pinnedCA(spki("$(API_SPKI_PIN)")),
    pinnedCA(spki("${API_SPKI_PIN}")),
    // An empty list (no-empty-pin-sets) and a list of the wrong type (valid-ats-types) hold no identity to check.
    ats(pinnedDomain("example.com", "\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<array/>")),
    ats(pinnedDomain("example.com", `\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<string>${CA_1}</string>`)),
    // An identity list in an exception domain is never read (no-misplaced-ats-keys reports it).
    ats(exceptionDomain("example.com", caIdentity(spki("sha256/AAAA")))),
  ],
  invalid: [
    {
      // A build variable behind OkHttp's prefix is still the wrong format.
      code: pinnedCA(spki("sha256/$(PIN)")),
      errors: [{ messageId: "invalidPin", data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "has OkHttp's 'sha256/' prefix, which is no part of the base64" }, suggestions: [] }],
    },
    {
      // A colon-separated SHA-256 fingerprint is a hex digest too.
      code: pinnedCA(spki(HEX_SHA256.match(/../gu)!.join(":"))),
      errors: [{ messageId: "invalidPin", data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "is a hex digest, not base64" }, suggestions: [] }],
    },
    {
      // The misnamed inner key from old answers: the value is a valid pin, so the suggestion renames the key.
      code: pinnedCA(spki(CA_1, "SPKI-SHA256-PIN")),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "uses 'SPKI-SHA256-PIN' instead of SPKI-SHA256-BASE64" },
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 33,
          suggestions: [{ messageId: "renameKey", output: pinnedCA(spki(CA_1)) }],
        },
      ],
    },
    {
      // A misnamed key whose value is no valid pin either: renaming would not make it work, so no suggestion.
      code: pinnedCA(spki(HEX_SHA256, "SPKI-SHA256-PIN")),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "uses 'SPKI-SHA256-PIN' instead of SPKI-SHA256-BASE64" },
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      // OkHttp's `sha256/` prefix in front of a valid pin: the suggestion strips it.
      code: pinnedCA(spki(`sha256/${CA_1}`)),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "has OkHttp's 'sha256/' prefix, which is no part of the base64" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 75,
          suggestions: [{ messageId: "stripPrefix", output: pinnedCA(spki(CA_1)) }],
        },
      ],
    },
    {
      // The same with CRLF line endings, which the suggestion keeps.
      code: pinnedCA(spki(`sha256/${CA_1}`)).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "invalidPin",
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 75,
          suggestions: [{ messageId: "stripPrefix", output: pinnedCA(spki(CA_1)).replace(/\n/gu, "\r\n") }],
        },
      ],
    },
    {
      // A rename suggestion with CRLF line endings.
      code: pinnedCA(spki(CA_1, "SPKI-SHA256-PIN")).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "invalidPin",
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 33,
          suggestions: [{ messageId: "renameKey", output: pinnedCA(spki(CA_1)).replace(/\n/gu, "\r\n") }],
        },
      ],
    },
    {
      // OkHttp's documented example pin: the prefix is wrong and the rest a placeholder, so nothing to suggest.
      code: pinnedCA(spki(`sha256/${ALL_A}`)),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "has OkHttp's 'sha256/' prefix, which is no part of the base64" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 75,
          suggestions: [],
        },
      ],
    },
    {
      // A hex SHA-256 digest: right hash, wrong encoding.
      code: pinnedCA(spki(HEX_SHA256)),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "is a hex digest, not base64" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 88,
          suggestions: [],
        },
      ],
    },
    {
      // SHA-1 hashes, as hex and as base64, in a leaf list: each identity is named by its position.
      code: ats(pinnedDomain("example.com", identityList("NSPinnedLeafIdentities", [identity(HEX_SHA1), identity(BASE64_SHA1)]))),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedLeafIdentities", domain: "'example.com'", problem: "is a SHA-1 hash, not SHA-256" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 64,
          suggestions: [],
        },
        {
          messageId: "invalidPin",
          data: { position: 2, list: "NSPinnedLeafIdentities", domain: "'example.com'", problem: "is a SHA-1 hash, not SHA-256" },
          line: 18,
          column: 7,
          endLine: 18,
          endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      // Placeholder text: an ellipsis, an escaped `<your pin>`, 32 zero bytes, a run of X (not a multiple of 4 long).
      code: ats(
        pinnedDomain(
          "example.com",
          identityList("NSPinnedLeafIdentities", [
            identity("..."),
            identity("&lt;your pin&gt;"),
            identity(ALL_A),
            identity("X".repeat(43)),
          ]),
        ),
      ),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedLeafIdentities", domain: "'example.com'", problem: "is placeholder text" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 27,
          suggestions: [],
        },
        {
          messageId: "invalidPin",
          data: { position: 2, list: "NSPinnedLeafIdentities", domain: "'example.com'", problem: "is placeholder text" },
          line: 18,
          column: 7,
          endLine: 18,
          endColumn: 40,
          suggestions: [],
        },
        {
          messageId: "invalidPin",
          data: { position: 3, list: "NSPinnedLeafIdentities", domain: "'example.com'", problem: "is placeholder text" },
          line: 22,
          column: 7,
          endLine: 22,
          endColumn: 68,
          suggestions: [],
        },
        {
          messageId: "invalidPin",
          data: { position: 4, list: "NSPinnedLeafIdentities", domain: "'example.com'", problem: "is placeholder text" },
          line: 26,
          column: 7,
          endLine: 26,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
    {
      // base64url without padding is not the base64 the Security framework decodes.
      code: pinnedCA(spki(CA_1_URL)),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "is not valid base64" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
    {
      // base64 of the wrong length: the message gives the byte count (a 16-byte hash; a whole SPKI pasted unhashed).
      code: ats(pinnedDomain("example.com", identityList("NSPinnedCAIdentities", [identity(BASE64_16), identity(EC_SPKI)]))),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "decodes to 16 bytes, not 32" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 48,
          suggestions: [],
        },
        {
          messageId: "invalidPin",
          data: { position: 2, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "decodes to 91 bytes, not 32" },
          line: 18,
          column: 7,
          endLine: 18,
          endColumn: 148,
          suggestions: [],
        },
      ],
    },
    {
      // An identity written as a bare <string> instead of a dict: reported on that item.
      code: ats(
        pinnedDomain(
          "example.com",
          identityList("NSPinnedLeafIdentities", [`\t\t\t\t\t<string>${LEAF_1}</string>`, identity(LEAF_2)]),
        ),
      ),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedLeafIdentities", domain: "'example.com'", problem: "is not a dict with SPKI-SHA256-BASE64" },
          line: 12,
          column: 6,
          endLine: 12,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
    {
      // An empty identity dict and one with no single pin-like key: no SPKI-SHA256-BASE64 at all.
      code: ats(
        pinnedDomain(
          "example.com",
          identityList("NSPinnedCAIdentities", [
            "\t\t\t\t\t<dict/>",
            `\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>SPKI</key>\n\t\t\t\t\t\t<string>${CA_1}</string>\n\t\t\t\t\t\t<key>SHA256</key>\n\t\t\t\t\t\t<string>${CA_2}</string>\n\t\t\t\t\t</dict>`,
          ]),
        ),
      ),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "has no SPKI-SHA256-BASE64 key" },
          line: 12,
          column: 6,
          endLine: 12,
          endColumn: 13,
          suggestions: [],
        },
        {
          messageId: "invalidPin",
          data: { position: 2, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "has no SPKI-SHA256-BASE64 key" },
          line: 13,
          column: 6,
          endLine: 13,
          endColumn: 12,
          suggestions: [],
        },
      ],
    },
    {
      // The pin as <data>: not the documented string (valid-ats-types reports the type as well).
      code: pinnedCA(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<data>${CA_1}</data>`),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 1, list: "NSPinnedCAIdentities", domain: "'example.com'", problem: "is not a base64 string" },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      // Only the bad identity of an otherwise well-pinned domain; the domain is named in the message.
      code: ats(
        pinnedDomain(
          "api.example.com",
          `${identityList("NSPinnedCAIdentities", [identity(CA_1), identity(CA_2)])}\n${identityList("NSPinnedLeafIdentities", [identity(LEAF_1), identity(`sha256/${LEAF_2}`)])}`,
        ),
      ),
      errors: [
        {
          messageId: "invalidPin",
          data: { position: 2, list: "NSPinnedLeafIdentities", domain: "'api.example.com'", problem: "has OkHttp's 'sha256/' prefix, which is no part of the base64" },
          line: 29,
          column: 7,
          endLine: 29,
          endColumn: 75,
          suggestions: [
            {
              messageId: "stripPrefix",
              output: ats(
                pinnedDomain(
                  "api.example.com",
                  `${identityList("NSPinnedCAIdentities", [identity(CA_1), identity(CA_2)])}\n${identityList("NSPinnedLeafIdentities", [identity(LEAF_1), identity(LEAF_2)])}`,
                ),
              ),
            },
          ],
        },
      ],
    },
  ],
});
