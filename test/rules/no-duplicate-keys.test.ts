import { ats, plist, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";

ruleTester.run("no-duplicate-keys", rules["no-duplicate-keys"], {
  valid: [
    // The same key in different dicts.
    ats(
      "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t\t<key>www.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<false/>\n\t\t\t</dict>\n\t\t</dict>\n\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
    ),
    // Outside the domain maps, keys are compared exactly, as plists do.
    plist(
      "<dict>\n\t<key>MyAPIHosts</key>\n\t<dict>\n\t\t<key>Example.com</key>\n\t\t<string>prod</string>\n\t\t<key>example.com</key>\n\t\t<string>staging</string>\n\t</dict>\n</dict>",
    ),
    // Equal values in an array are not keys.
    plist("<dict>\n\t<key>LSApplicationQueriesSchemes</key>\n\t<array>\n\t\t<string>https</string>\n\t\t<string>https</string>\n\t</array>\n</dict>"),
  ],
  invalid: [
    {
      // The OS reads the last one: the earlier entry is dead and misleading.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>"),
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "NSAllowsArbitraryLoads", other: "NSAllowsArbitraryLoads", line: 8 },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            { messageId: "removeEntry", output: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>") },
          ],
        },
      ],
    },
    {
      // Three times: both earlier entries point at the one that wins.
      code: ats(
        "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<string>YES</string>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>",
      ),
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "NSAllowsLocalNetworking", other: "NSAllowsLocalNetworking", line: 10 },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: "removeEntry",
              output: ats(
                "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<string>YES</string>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>",
              ),
            },
          ],
        },
        {
          messageId: "duplicateKey",
          data: { key: "NSAllowsLocalNetworking", other: "NSAllowsLocalNetworking", line: 10 },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 37,
          suggestions: [
            {
              messageId: "removeEntry",
              output: ats(
                "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>",
              ),
            },
          ],
        },
      ],
    },
    {
      // A second NSAppTransportSecurity dict: the first one is ignored entirely.
      code: plist(
        "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n</dict>",
      ),
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "NSAppTransportSecurity", other: "NSAppTransportSecurity", line: 11 },
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: "removeEntry",
              output: plist(
                "<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // Anywhere in the plist, not only in ATS.
      code: plist(
        "<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n\t<key>UIBackgroundModes</key>\n\t<array>\n\t\t<dict>\n\t\t\t<key>mode</key>\n\t\t\t<string>audio</string>\n\t\t\t<key>mode</key>\n\t\t\t<string>fetch</string>\n\t\t</dict>\n\t</array>\n\t<key>CFBundleName</key>\n\t<string>Other</string>\n</dict>",
      ),
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "CFBundleName", other: "CFBundleName", line: 15 },
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: "removeEntry",
              output: plist(
                "<dict>\n\t<key>UIBackgroundModes</key>\n\t<array>\n\t\t<dict>\n\t\t\t<key>mode</key>\n\t\t\t<string>audio</string>\n\t\t\t<key>mode</key>\n\t\t\t<string>fetch</string>\n\t\t</dict>\n\t</array>\n\t<key>CFBundleName</key>\n\t<string>Other</string>\n</dict>",
              ),
            },
          ],
        },
        {
          messageId: "duplicateKey",
          data: { key: "mode", other: "mode", line: 11 },
          line: 9,
          column: 4,
          endLine: 9,
          endColumn: 19,
          suggestions: [
            {
              messageId: "removeEntry",
              output: plist(
                "<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n\t<key>UIBackgroundModes</key>\n\t<array>\n\t\t<dict>\n\t\t\t<key>mode</key>\n\t\t\t<string>fetch</string>\n\t\t</dict>\n\t</array>\n\t<key>CFBundleName</key>\n\t<string>Other</string>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // `Example.com` and `example.com.` differ only by case and a trailing dot: one of them is a mistake.
      code: ats(
        "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>Example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t\t<key>example.com.</key>\n\t\t\t<dict/>\n\t\t</dict>",
      ),
      errors: [
        {
          messageId: "trailingDotTwin",
          data: { key: "Example.com", other: "example.com.", line: 13 },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "removeEntry",
              output: ats(
                "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com.</key>\n\t\t\t<dict/>\n\t\t</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // Pinned-domain keys too; an exact repeat of a domain is a plain duplicate key.
      code: ats(
        `\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>EXAMPLE.COM</key>\n\t\t\t<dict/>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array>\n\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>\n\t\t\t\t\t</dict>\n\t\t\t\t</array>\n\t\t\t</dict>\n\t\t</dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.org</key>\n\t\t\t<dict/>\n\t\t\t<key>example.org</key>\n\t\t\t<dict/>\n\t\t</dict>`,
      ),
      errors: [
        {
          messageId: "sameDomain",
          data: { key: "EXAMPLE.COM", other: "example.com", line: 10 },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "removeEntry",
              output: ats(
                `\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array>\n\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>\n\t\t\t\t\t</dict>\n\t\t\t\t</array>\n\t\t\t</dict>\n\t\t</dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.org</key>\n\t\t\t<dict/>\n\t\t\t<key>example.org</key>\n\t\t\t<dict/>\n\t\t</dict>`,
              ),
            },
          ],
        },
        {
          messageId: "duplicateKey",
          data: { key: "example.org", other: "example.org", line: 25 },
          line: 23,
          column: 4,
          endLine: 23,
          endColumn: 26,
          suggestions: [
            {
              messageId: "removeEntry",
              output: ats(
                `\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>EXAMPLE.COM</key>\n\t\t\t<dict/>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array>\n\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>\n\t\t\t\t\t</dict>\n\t\t\t\t</array>\n\t\t\t</dict>\n\t\t</dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.org</key>\n\t\t\t<dict/>\n\t\t</dict>`,
              ),
            },
          ],
        },
      ],
    },
    {
      // Entries sharing a line: only the earlier entry's text goes.
      code: ats("\t\t<key>NSAllowsLocalNetworking</key><true/><key>NSAllowsLocalNetworking</key><false/>"),
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "NSAllowsLocalNetworking", other: "NSAllowsLocalNetworking", line: 6 },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 37,
          suggestions: [{ messageId: "removeEntry", output: ats("\t\t<key>NSAllowsLocalNetworking</key><false/>") }],
        },
      ],
    },
    {
      // CRLF line endings are kept.
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>",
      ).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "duplicateKey",
          data: { key: "NSAllowsArbitraryLoads", other: "NSAllowsArbitraryLoads", line: 10 },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            {
              messageId: "removeEntry",
              output: ats(
                "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>",
              ).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
  ],
});
