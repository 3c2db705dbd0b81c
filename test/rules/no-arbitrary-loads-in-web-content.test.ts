import { ats, plist, ruleTester, rules } from "./rule-tester.js";

ruleTester.run("no-arbitrary-loads-in-web-content", rules["no-arbitrary-loads-in-web-content"], {
  valid: [
    ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>"),
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>"),
    // Other spellings of NO, read the way the OS reads them.
    ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<string>NO</string>"),
    ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<integer>0</integer>"),
    // A build variable: the value is unknown until Xcode substitutes it.
    ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<string>$(ALLOW_WEB_HTTP)</string>"),
    // With a duplicated key the last one wins (no-duplicate-keys reports the first).
    ats(
      "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>",
    ),
    // Outside NSAppTransportSecurity, or misplaced in a domain dict, ATS never reads it.
    plist("<dict>\n\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t<true/>\n</dict>"),
    ats(
      "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
    ),
  ],
  invalid: [
    {
      code: ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsArbitraryLoadsInWebContent", yes: "YES" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 48,
        },
      ],
    },
    {
      // Reported even when it cancels a global NSAllowsArbitraryLoads (no-ignored-arbitrary-loads reports that one).
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>",
      ),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsArbitraryLoadsInWebContent", yes: "YES" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 48,
        },
      ],
    },
    {
      // Wrong types are read the conservative (truthy) way; valid-ats-types reports the type.
      code: ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<string>YES</string>"),
      errors: [{ messageId: "enabled", line: 6, column: 3, endLine: 6, endColumn: 48 }],
    },
    {
      code: ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<integer>1</integer>"),
      errors: [{ messageId: "enabled", line: 6, column: 3, endLine: 6, endColumn: 48 }],
    },
    {
      // The last of duplicated keys is the one the OS reads.
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>",
      ),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsArbitraryLoadsInWebContent", yes: "YES" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 48,
        },
      ],
    },
  ],
});
