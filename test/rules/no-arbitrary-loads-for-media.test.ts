import { ats, plist, ruleTester, rules } from "./rule-tester.js";

ruleTester.run("no-arbitrary-loads-for-media", rules["no-arbitrary-loads-for-media"], {
  valid: [
    ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<false/>"),
    ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>"),
    // Other spellings of NO, read the way the OS reads them; the legacy name set to NO too.
    ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<string>false</string>"),
    ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<integer>0</integer>"),
    ats("\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<false/>"),
    // A build variable: the value is unknown until Xcode substitutes it.
    ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<string>$(ALLOW_MEDIA_HTTP)</string>"),
    // Outside NSAppTransportSecurity, or misplaced in a domain dict, ATS never reads it.
    plist("<dict>\n\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t<true/>\n</dict>"),
    ats(
      "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
    ),
  ],
  invalid: [
    {
      code: ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsArbitraryLoadsForMedia", yes: "YES" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 44,
        },
      ],
    },
    {
      // Wrong types are read the conservative (truthy) way; valid-ats-types reports the type.
      code: ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<string>YES</string>"),
      errors: [{ messageId: "enabled", line: 6, column: 3, endLine: 6, endColumn: 44 }],
    },
    {
      code: ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<integer>1</integer>"),
      errors: [{ messageId: "enabled", line: 6, column: 3, endLine: 6, endColumn: 44 }],
    },
    {
      // The legacy name is treated as possibly active.
      code: ats("\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsArbitraryLoadsInMedia (legacy, undocumented)", yes: "YES" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 43,
        },
      ],
    },
    {
      // The current key set to NO does not make a legacy YES safe: the looser reading wins.
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<true/>",
      ),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsArbitraryLoadsInMedia (legacy, undocumented)", yes: "YES" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 43,
        },
      ],
    },
    {
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>",
      ),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsArbitraryLoadsForMedia", yes: "YES" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 44,
        },
      ],
    },
  ],
});
