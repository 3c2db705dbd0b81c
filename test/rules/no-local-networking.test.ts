import { ats, plist, ruleTester, rules } from "./rule-tester.js";

ruleTester.run("no-local-networking", rules["no-local-networking"], {
  valid: [
    ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>"),
    ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<string>NO</string>"),
    // Absent: the default is NO.
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>"),
    // Outside NSAppTransportSecurity, ATS never reads it.
    plist("<dict>\n\t<key>NSAllowsLocalNetworking</key>\n\t<true/>\n</dict>"),
    // Inside an exception-domain dict (a global key in the wrong dict): no-misplaced-ats-keys reports it.
    ats(
      "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.local</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSAllowsLocalNetworking</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
    ),
    // An invented key does nothing: no-unknown-ats-keys reports it.
    ats("\t\t<key>NSAllowsArbitraryLoadsForLocalNetworking</key>\n\t\t<true/>"),
    // A build variable: the value is unknown until Xcode substitutes it.
    ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<string>$(ALLOW_LOCAL_NETWORKING)</string>"),
    // Duplicated key: the OS reads the last entry (no-duplicate-keys reports the duplicate).
    ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>"),
  ],
  invalid: [
    {
      code: ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "enabled",
          data: { key: "NSAllowsLocalNetworking", yes: "YES" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 37,
        },
      ],
    },
    {
      // `<string>YES</string>` is read as true (the conservative reading).
      code: ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<string>YES</string>"),
      errors: [{ messageId: "enabled", line: 6, column: 3, endLine: 6, endColumn: 37 }],
    },
    {
      code: ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<integer>1</integer>"),
      errors: [{ messageId: "enabled", line: 6, column: 3, endLine: 6, endColumn: 37 }],
    },
    {
      // Next to NSAllowsArbitraryLoads (which it cancels on iOS 10+): it is still in force itself.
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>",
      ),
      errors: [{ messageId: "enabled", line: 8, column: 3, endLine: 8, endColumn: 37 }],
    },
    {
      // Duplicated key: the last entry is the one the OS reads.
      code: ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>"),
      errors: [{ messageId: "enabled", line: 8, column: 3, endLine: 8, endColumn: 37 }],
    },
    {
      // Both on one line.
      code: ats("\t\t<key>NSAllowsLocalNetworking</key><true/>"),
      errors: [{ messageId: "enabled", line: 6, column: 3, endLine: 6, endColumn: 37 }],
    },
  ],
});
