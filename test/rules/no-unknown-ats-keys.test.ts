import { ats, caIdentity, exceptionDomain, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";

ruleTester.run("no-unknown-ats-keys", rules["no-unknown-ats-keys"], {
  valid: [
    // Every documented key, each in its own dict.
    ats(
      "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t\t<key>NSRequiresNIAPTLSPackageVersion</key>\n\t\t<string>none</string>\n" +
        exceptionDomain(
          "example.com",
          "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<false/>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionRequiresNIAPTLSPackageVersion</key>\n\t\t\t\t<string>none</string>",
        ),
    ),
    ats(
      pinnedDomain(
        "example.com",
        `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n${caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`)}\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array/>`,
      ),
    ),
    // The top level holds many other keys; only near-misses of NSAppTransportSecurity and of its keys matter there.
    plist(
      "<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n\t<key>NSCameraUsageDescription</key>\n\t<string>Scan codes</string>\n\t<key>MinimumOSVersion</key>\n\t<string>15.0</string>\n\t<key>NSLocalNetworkUsageDescription</key>\n\t<string>Finds the printer</string>\n\t<key>NSBonjourServices</key>\n\t<array/>\n</dict>",
    ),
    // A known ATS key at the top level is misplaced, not unknown (no-misplaced-ats-keys reports it).
    plist("<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n\t<key>NSExceptionDomains</key>\n\t<dict/>\n</dict>"),
    // Legacy keys are known (no-legacy-ats-keys reports them); misplaced known keys are no-misplaced-ats-keys' business.
    ats(
      `\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<true/>\n\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>\n${exceptionDomain(
        "example.com",
        "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSThirdPartyExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>\n\t\t\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t\t\t<true/>",
      )}`,
    ),
    // Keys of NSExceptionDomains are domain names, not ATS keys.
    ats(
      "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict/>\n\t\t\t<key>localhost</key>\n\t\t\t<dict/>\n\t\t</dict>",
    ),
    // Dicts ATS never reads: a misplaced top-level NSExceptionDomains and another framework's settings.
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSIncludeSubdomains</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>\n\t<key>UIApplicationSceneManifest</key>\n\t<dict>\n\t\t<key>UIApplicationSupportsMultipleScenes</key>\n\t\t<false/>\n\t</dict>\n</dict>",
    ),
  ],
  invalid: [
    {
      code: ats("\t\t<key>NSAllowArbitraryLoads</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "NSAllowArbitraryLoads", scope: "in NSAppTransportSecurity", intended: "NSAllowsArbitraryLoads" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: "renameKey",
              data: { key: "NSAllowArbitraryLoads", scope: "in NSAppTransportSecurity", intended: "NSAllowsArbitraryLoads" },
              output: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>"),
            },
          ],
        },
      ],
    },
    {
      // An invented key and a display name copied from Xcode's property-list editor.
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoadsForLocalNetworking</key>\n\t\t<true/>\n\t\t<key>Allow Arbitrary Loads in Web Content</key>\n\t\t<true/>",
      ),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: {
            key: "NSAllowsArbitraryLoadsForLocalNetworking",
            scope: "in NSAppTransportSecurity",
            intended: "NSAllowsLocalNetworking",
          },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 54,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>Allow Arbitrary Loads in Web Content</key>\n\t\t<true/>",
              ),
            },
          ],
        },
        {
          messageId: "unknownKeyDidYouMean",
          data: {
            key: "Allow Arbitrary Loads in Web Content",
            scope: "in NSAppTransportSecurity",
            intended: "NSAllowsArbitraryLoadsInWebContent",
          },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 50,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                "\t\t<key>NSAllowsArbitraryLoadsForLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>",
              ),
            },
          ],
        },
      ],
    },
    {
      // Typos in an exception domain: the settings silently do nothing.
      code: ats(
        exceptionDomain(
          "example.com",
          "\t\t\t\t<key>NSIncludeSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoad</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.1</string>",
        ),
      ),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "NSIncludeSubdomains", scope: "in an exception domain", intended: "NSIncludesSubdomains" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 35,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                exceptionDomain(
                  "example.com",
                  "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoad</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.1</string>",
                ),
              ),
            },
          ],
        },
        {
          messageId: "unknownKeyDidYouMean",
          data: {
            key: "NSExceptionAllowsInsecureHTTPLoad",
            scope: "in an exception domain",
            intended: "NSExceptionAllowsInsecureHTTPLoads",
          },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 49,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                exceptionDomain(
                  "example.com",
                  "\t\t\t\t<key>NSIncludeSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.1</string>",
                ),
              ),
            },
          ],
        },
        {
          messageId: "unknownKeyDidYouMean",
          data: {
            key: "NSMinimumTLSVersion",
            scope: "in an exception domain",
            intended: "NSExceptionMinimumTLSVersion",
          },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 35,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                exceptionDomain(
                  "example.com",
                  "\t\t\t\t<key>NSIncludeSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoad</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.1</string>",
                ),
              ),
            },
          ],
        },
      ],
    },
    {
      // An invented key with an "S" too many.
      code: ats(exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPSLoads</key>\n\t\t\t\t<true/>")),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: {
            key: "NSExceptionAllowsInsecureHTTPSLoads",
            scope: "in an exception domain",
            intended: "NSExceptionAllowsInsecureHTTPLoads",
          },
          line: 10,
          column: 5,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>")),
            },
          ],
        },
      ],
    },
    {
      // In a pinned domain: NSIncludeSubdomains and a misspelt identity list both leave pinning weaker than meant.
      code: ats(
        pinnedDomain(
          "example.com",
          `\t\t\t\t<key>NSIncludeSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSPinnedCAIdentites</key>\n\t\t\t\t<array/>`,
        ),
      ),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "NSIncludeSubdomains", scope: "in a pinned domain", intended: "NSIncludesSubdomains" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 35,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                pinnedDomain(
                  "example.com",
                  `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSPinnedCAIdentites</key>\n\t\t\t\t<array/>`,
                ),
              ),
            },
          ],
        },
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "NSPinnedCAIdentites", scope: "in a pinned domain", intended: "NSPinnedCAIdentities" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 35,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                pinnedDomain(
                  "example.com",
                  `\t\t\t\t<key>NSIncludeSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<array/>`,
                ),
              ),
            },
          ],
        },
      ],
    },
    {
      // SPKI-SHA256-PIN instead of SPKI-SHA256-BASE64: the Security framework drops the identity.
      code: ats(
        pinnedDomain("example.com", caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-PIN</key>\n\t\t\t\t\t\t<string>${PIN}</string>`)),
      ),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "SPKI-SHA256-PIN", scope: "in a pinned identity", intended: "SPKI-SHA256-BASE64" },
          line: 13,
          column: 7,
          endLine: 13,
          endColumn: 33,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                pinnedDomain(
                  "example.com",
                  caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`),
                ),
              ),
            },
          ],
        },
      ],
    },
    {
      // A case slip: matched case-insensitively.
      code: ats("\t\t<key>nsallowsarbitraryloadsinwebcontent</key>\n\t\t<false/>"),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: {
            key: "nsallowsarbitraryloadsinwebcontent",
            scope: "in NSAppTransportSecurity",
            intended: "NSAllowsArbitraryLoadsInWebContent",
          },
          line: 6,
          column: 3,
          suggestions: [
            { messageId: "renameKey", output: ats("\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>") },
          ],
        },
      ],
    },
    {
      // Nothing close: no suggestion.
      code: ats("\t\t<key>AllowEverything</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "unknownKey",
          data: { key: "AllowEverything", scope: "in NSAppTransportSecurity" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      // The intended key is already set in the dict: renaming would create a duplicate, so no suggestion.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n\t\t<key>NSAllowArbitraryLoads</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "NSAllowArbitraryLoads", scope: "in NSAppTransportSecurity", intended: "NSAllowsArbitraryLoads" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      // A misspelt NSAppTransportSecurity at the top level: nothing inside it is read.
      code: plist(
        "<dict>\n\t<key>NSAPPTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n</dict>",
      ),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "NSAPPTransportSecurity", scope: "at the top level", intended: "NSAppTransportSecurity" },
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: "renameKey",
              output: plist(
                "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // Near-misses by edit distance and Xcode's display name, next to the real key: no rename suggested.
      code: plist(
        "<dict>\n\t<key>NSAppTransportSecurty</key>\n\t<dict/>\n\t<key>App Transport Security Settings</key>\n\t<dict/>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n</dict>",
      ),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          data: { key: "NSAppTransportSecurty", scope: "at the top level", intended: "NSAppTransportSecurity" },
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: "unknownKeyDidYouMean",
          data: {
            key: "App Transport Security Settings",
            scope: "at the top level",
            intended: "NSAppTransportSecurity",
          },
          line: 6,
          column: 2,
          endLine: 6,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      // A global ATS key written at the top level and misspelt, next to an empty ATS dict: ATS reads neither. The
      // rename keeps it where it is (no-misplaced-ats-keys then offers the move).
      code: plist("<dict>\n\t<key>NSAllowArbitraryLoads</key>\n\t<true/>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n</dict>"),
      errors: [
        {
          messageId: "globalKeyTypo",
          data: { key: "NSAllowArbitraryLoads", intended: "NSAllowsArbitraryLoads" },
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 34,
          suggestions: [
            {
              messageId: "renameKey",
              data: { intended: "NSAllowsArbitraryLoads" },
              output: plist("<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n</dict>"),
            },
          ],
        },
      ],
    },
    {
      // Xcode's display name, a case slip and an edit-distance near-miss, without any ATS dict.
      code: plist(
        "<dict>\n\t<key>Allow Arbitrary Loads</key>\n\t<true/>\n\t<key>nsexceptiondomains</key>\n\t<dict/>\n\t<key>NSAllowsLocalNetwork</key>\n\t<true/>\n</dict>",
      ),
      errors: (
        [
          ["Allow Arbitrary Loads", "NSAllowsArbitraryLoads", 4],
          ["nsexceptiondomains", "NSExceptionDomains", 6],
          ["NSAllowsLocalNetwork", "NSAllowsLocalNetworking", 8],
        ] as const
      ).map(([key, intended, line]) => ({
        messageId: "globalKeyTypo",
        data: { key, intended },
        line,
        column: 2,
        suggestions: [
          {
            messageId: "renameKey",
            output: plist(
              "<dict>\n\t<key>Allow Arbitrary Loads</key>\n\t<true/>\n\t<key>nsexceptiondomains</key>\n\t<dict/>\n\t<key>NSAllowsLocalNetwork</key>\n\t<true/>\n</dict>",
            ).replace(`<key>${key}</key>`, `<key>${intended}</key>`),
          },
        ],
      })),
    },
    {
      // CRLF line endings are kept.
      code: ats("\t\t<key>NSAllowArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>").replace(
        /\n/gu,
        "\r\n",
      ),
      errors: [
        {
          messageId: "unknownKeyDidYouMean",
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>",
              ).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
  ],
});
