import { ats, plist, ruleTester, rules } from "./rule-tester.js";

/** A plist whose top level sets `osKey` to `version`, then holds NSAppTransportSecurity with `atsBody` (from line 8). */
function withMinimumOS(osKey: string, version: string, atsBody: string): string {
  return plist(
    `<dict>\n\t<key>${osKey}</key>\n\t<string>${version}</string>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n${atsBody}\n\t</dict>\n</dict>`,
  );
}

const ARBITRARY_AND_WEB =
  "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>";
const WEB_ONLY = "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>";
const ARBITRARY_AND_LOCAL =
  "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>";
const LOCAL_ONLY = "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>";

ruleTester.run("no-ignored-arbitrary-loads", rules["no-ignored-arbitrary-loads"], {
  valid: [
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>"),
    ats(
      "\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>",
    ),
    // Outside NSAppTransportSecurity neither key is read.
    plist(
      "<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t</dict>\n</dict>",
    ),
    plist(
      "<dict>\n\t<key>NSAllowsLocalNetworking</key>\n\t<true/>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n</dict>",
    ),
    // An override key misplaced in a domain dict is not global, so it cancels nothing.
    ats(
      "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
    ),
    // NO next to an override key (React Native's and Expo's template) changes nothing on any OS: it is an explicit
    // default (no-redundant-ats-defaults), even where iOS 9 would read it.
    ats(`\t\t<!-- Do not change NSAllowsArbitraryLoads to true, or you will risk app rejection! -->\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n${LOCAL_ONLY}`),
    { code: ats(`\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n${LOCAL_ONLY}`), settings: { plist: { minimumOS: { iOS: "9.0" } } } },
    ats(
      "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>",
    ),
    // Whether the legacy NSAllowsArbitraryLoadsInMedia triggers the override is undocumented: no claim either way.
    ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<true/>"),
  ],
  invalid: [
    {
      // A minimum OS written as a number (as JSON configs do) counts too.
      code: ats(ARBITRARY_AND_LOCAL),
      settings: { plist: { minimumOS: { iOS: 9 } } },
      errors: [{ messageId: "ignoredExceptOnOldOS", data: { overrides: "NSAllowsLocalNetworking", minimumOS: "iOS 9.0" }, line: 6 }],
      output: null,
    },
    {
      // A build variable may be YES: ignored all the same, so removing it changes nothing at iOS 12.
      code: ats(`\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>$(ALLOW_HTTP)</string>\n${LOCAL_ONLY}`),
      errors: [{ messageId: "ignored", data: { overrides: "NSAllowsLocalNetworking", minimumOS: "" }, line: 6, column: 3, endLine: 6, endColumn: 36 }],
      output: ats(LOCAL_ONLY),
    },
    {
      // A truthy wrong type would loosen ATS if it were honoured.
      code: ats(`\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<integer>1</integer>\n${WEB_ONLY}`),
      settings: { plist: { minimumOS: { iOS: "9.0" } } },
      errors: [{ messageId: "ignoredExceptOnOldOS", data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "iOS 9.0" }, line: 6, column: 3 }],
      output: null,
    },
    {
      // At the assumed minimum OS (iOS 12) the entry does nothing: --fix removes it.
      code: ats(ARBITRARY_AND_WEB),
      errors: [
        {
          messageId: "ignored",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
        },
      ],
      output: ats(WEB_ONLY),
    },
    {
      // NSAllowsArbitraryLoadsInWebContent = NO silently cancels a global YES: its presence is what counts.
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>YES</string>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>",
      ),
      errors: [
        {
          messageId: "ignored",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 36,
        },
      ],
      output: ats(
        "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>",
      ),
    },
    {
      // Every cancelling key is named, in the order of ARBITRARY_LOADS_OVERRIDES.
      code: ats(
        "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<integer>0</integer>",
      ),
      errors: [
        {
          messageId: "ignored",
          data: { overrides: "NSAllowsArbitraryLoadsForMedia, NSAllowsArbitraryLoadsInWebContent, NSAllowsLocalNetworking", minimumOS: "" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 36,
        },
      ],
      output: ats(
        "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<integer>0</integer>",
      ),
    },
    {
      // settings.plist.minimumOS at iOS 10.0, where the override began: no behaviour change, so fixed.
      code: ats(ARBITRARY_AND_LOCAL),
      settings: { plist: { minimumOS: { iOS: "10.0" } } },
      errors: [{ messageId: "ignored", data: { overrides: "NSAllowsLocalNetworking", minimumOS: "" }, line: 6, column: 3 }],
      output: ats(LOCAL_ONLY),
    },
    {
      // iOS 9 honours NSAllowsArbitraryLoads: removing it would change behaviour there, so no fix.
      code: ats(ARBITRARY_AND_LOCAL),
      settings: { plist: { minimumOS: { iOS: "9.0" } } },
      errors: [
        {
          messageId: "ignoredExceptOnOldOS",
          data: { overrides: "NSAllowsLocalNetworking", minimumOS: "iOS 9.0" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
        },
      ],
      output: null,
    },
    {
      code: ats(ARBITRARY_AND_WEB),
      settings: { plist: { minimumOS: { iOS: "9.3.5" } } },
      errors: [
        {
          messageId: "ignoredExceptOnOldOS",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "iOS 9.3" },
          line: 6,
          column: 3,
        },
      ],
      output: null,
    },
    {
      // macOS: the override began with 10.12.
      code: ats(ARBITRARY_AND_WEB),
      settings: { plist: { minimumOS: { macOS: "10.11" } } },
      errors: [
        {
          messageId: "ignoredExceptOnOldOS",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "macOS 10.11" },
          line: 6,
          column: 3,
        },
      ],
      output: null,
    },
    {
      code: ats(ARBITRARY_AND_WEB),
      settings: { plist: { minimumOS: { macOS: "10.12" } } },
      errors: [{ messageId: "ignored", line: 6, column: 3 }],
      output: ats(WEB_ONLY),
    },
    {
      // Every targeted platform must already apply the override.
      code: ats(ARBITRARY_AND_WEB),
      settings: { plist: { minimumOS: { iOS: "12.0", macOS: "10.11" } } },
      errors: [
        {
          messageId: "ignoredExceptOnOldOS",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "macOS 10.11" },
          line: 6,
          column: 3,
        },
      ],
      output: null,
    },
    {
      // A literal MinimumOSVersion in the file.
      code: withMinimumOS("MinimumOSVersion", "9.0", ARBITRARY_AND_WEB),
      errors: [
        {
          messageId: "ignoredExceptOnOldOS",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "iOS 9.0" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 36,
        },
      ],
      output: null,
    },
    {
      code: withMinimumOS("MinimumOSVersion", "11.0", ARBITRARY_AND_WEB),
      errors: [
        {
          messageId: "ignored",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent", minimumOS: "" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 36,
        },
      ],
      output: withMinimumOS("MinimumOSVersion", "11.0", WEB_ONLY),
    },
    {
      code: withMinimumOS("LSMinimumSystemVersion", "10.11", ARBITRARY_AND_LOCAL),
      errors: [
        {
          messageId: "ignoredExceptOnOldOS",
          data: { overrides: "NSAllowsLocalNetworking", minimumOS: "macOS 10.11" },
          line: 8,
          column: 3,
        },
      ],
      output: null,
    },
    {
      // Settings win over what the file says.
      code: withMinimumOS("MinimumOSVersion", "9.0", ARBITRARY_AND_WEB),
      settings: { plist: { minimumOS: { iOS: "15.0" } } },
      errors: [{ messageId: "ignored", line: 8, column: 3 }],
      output: withMinimumOS("MinimumOSVersion", "9.0", WEB_ONLY),
    },
    {
      // A build variable as MinimumOSVersion says nothing: the assumed floor (iOS 12) applies.
      code: withMinimumOS("MinimumOSVersion", "$(IPHONEOS_DEPLOYMENT_TARGET)", ARBITRARY_AND_WEB),
      errors: [{ messageId: "ignored", line: 8, column: 3 }],
      output: withMinimumOS("MinimumOSVersion", "$(IPHONEOS_DEPLOYMENT_TARGET)", WEB_ONLY),
    },
    {
      // CRLF line endings are kept.
      code: ats(`${LOCAL_ONLY}\n${ARBITRARY_AND_WEB}`).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "ignored",
          data: { overrides: "NSAllowsArbitraryLoadsInWebContent, NSAllowsLocalNetworking", minimumOS: "" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 36,
        },
      ],
      output: ats(`${LOCAL_ONLY}\n${WEB_ONLY}`).replace(/\n/gu, "\r\n"),
    },
  ],
});
