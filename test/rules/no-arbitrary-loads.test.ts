import { ats, plist, ruleTester, rules } from "./rule-tester.js";

ruleTester.run("no-arbitrary-loads", rules["no-arbitrary-loads"], {
  valid: [
    // A watch app's MinimumOSVersion is a watchOS version: watchOS 9 applies the override.
    plist(
      "<dict>\n\t<key>WKApplication</key>\n\t<true/>\n\t<key>MinimumOSVersion</key>\n\t<string>9.0</string>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t</dict>\n</dict>",
    ),
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>"),
    // Cancelled by the iOS 10 override at the assumed minimum OS (iOS 12): no-ignored-arbitrary-loads reports it.
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>"),
    // Outside NSAppTransportSecurity, ATS never reads it.
    plist("<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n</dict>"),
    // A build variable: the value is unknown until Xcode substitutes it.
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>$(ALLOW_HTTP)</string>"),
    // tvOS took the iOS 10 override with tvOS 10; visionOS always had it.
    {
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>"),
      settings: { plist: { minimumOS: { tvOS: "10.0" } } },
    },
    {
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>"),
      settings: { plist: { minimumOS: { visionOS: "1.0" } } },
    },
  ],
  invalid: [
    {
      // A duplicated key: the suggestion removes every copy, or the earlier YES would take over.
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>",
      ),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 8,
          column: 3,
          suggestions: [{ messageId: "removeArbitraryLoads", output: ats("\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>") }],
        },
      ],
    },
    {
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>",
      ),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: ats("\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>"),
            },
          ],
        },
      ],
    },
    {
      // The only key: the suggestion removes the then-empty NSAppTransportSecurity dict as well.
      code: plist(
        "<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n\t<key>UILaunchStoryboardName</key>\n\t<string>Launch</string>\n</dict>",
      ),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 8,
          column: 3,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: plist(
                "<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n\t<key>UILaunchStoryboardName</key>\n\t<string>Launch</string>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // `<string>YES</string>` is read as true (the conservative reading); CRLF line endings are kept.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>YES</string>\n\t\t<key>X</key>\n\t\t<true/>").replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            { messageId: "removeArbitraryLoads", output: ats("\t\t<key>X</key>\n\t\t<true/>").replace(/\n/gu, "\r\n") },
          ],
        },
      ],
    },
    {
      // The file's minimum OS is iOS 9, which honours NSAllowsArbitraryLoads despite the newer key.
      code: plist(
        "<dict>\n\t<key>MinimumOSVersion</key>\n\t<string>9.0</string>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t</dict>\n</dict>",
      ),
      errors: [
        {
          messageId: "arbitraryLoadsOnOldOS",
          data: { yes: "YES", minimumOS: "iOS 9.0", overrides: "NSAllowsArbitraryLoadsInWebContent" },
          line: 8,
          column: 3,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: plist(
                "<dict>\n\t<key>MinimumOSVersion</key>\n\t<string>9.0</string>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t</dict>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // settings.plist.minimumOS overrides what the file says.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>"),
      settings: { plist: { minimumOS: { iOS: "9.3" } } },
      errors: [
        {
          messageId: "arbitraryLoadsOnOldOS",
          line: 6,
          suggestions: [
            { messageId: "removeArbitraryLoads", output: ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>") },
          ],
        },
      ],
    },
    {
      // tvOS 9, like iOS 9, reads the old key and ignores the newer ones.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>"),
      settings: { plist: { minimumOS: { tvOS: "9.2" } } },
      errors: [
        {
          messageId: "arbitraryLoadsOnOldOS",
          data: { yes: "YES", minimumOS: "tvOS 9.2", overrides: "NSAllowsLocalNetworking" },
          line: 6,
          suggestions: [
            { messageId: "removeArbitraryLoads", output: ats("\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>") },
          ],
        },
      ],
    },
  ],
});
