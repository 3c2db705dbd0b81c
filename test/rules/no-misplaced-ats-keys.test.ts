import { ats, exceptionDomain, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";

/** An NSPinnedDomains entry (13 lines) pinning example.com, every line prefixed with `indent`. */
function pinnedDomainsEntry(indent: string): string {
  return [
    "<key>NSPinnedDomains</key>",
    "<dict>",
    "\t<key>example.com</key>",
    "\t<dict>",
    "\t\t<key>NSPinnedCAIdentities</key>",
    "\t\t<array>",
    "\t\t\t<dict>",
    "\t\t\t\t<key>SPKI-SHA256-BASE64</key>",
    `\t\t\t\t<string>${PIN}</string>`,
    "\t\t\t</dict>",
    "\t\t</array>",
    "\t</dict>",
    "</dict>",
  ]
    .map((line) => indent + line)
    .join("\n");
}

ruleTester.run("no-misplaced-ats-keys", rules["no-misplaced-ats-keys"], {
  valid: [
    // Every key where it belongs.
    ats(
      `\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n${exceptionDomain(
        "example.com",
        "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>",
      )}\n${pinnedDomainsEntry("\t\t")}`,
    ),
    ats(
      pinnedDomain(
        "example.com",
        "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array/>",
      ),
    ),
    // Legacy keys in their old places are no-legacy-ats-keys' business.
    ats(
      `\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<true/>\n${exceptionDomain(
        "example.com",
        "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>",
      )}`,
    ),
    // Unknown keys are no-unknown-ats-keys' business.
    ats("\t\t<key>NSAllowArbitraryLoads</key>\n\t\t<true/>"),
    // Dicts ATS never reads: another framework's settings and the inside of a misspelt NSAppTransportSecurity.
    plist(
      "<dict>\n\t<key>MyNetworkingSDK</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>\n\t</dict>\n\t<key>NSAPPTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>\n\t</dict>\n</dict>",
    ),
  ],
  invalid: [
    {
      // NSExceptionDomains at the top level: moved to the end of NSAppTransportSecurity and re-indented.
      // The keys inside it are not reported again.
      code: plist(
        "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t</dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>\n</dict>",
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSExceptionDomains", expected: "in NSAppTransportSecurity", actual: "at the top level" },
          line: 9,
          column: 2,
          endLine: 9,
          endColumn: 31,
          suggestions: [
            {
              messageId: "moveKey",
              data: { key: "NSExceptionDomains" },
              output: plist(
                "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>\n\t</dict>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // Into an empty, self-closing NSAppTransportSecurity dict written after it.
      code: plist(
        "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict/>\n\t</dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n</dict>",
      ),
      errors: [
        {
          messageId: "misplaced",
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: "moveKey",
              output: plist(
                "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict/>\n\t\t</dict>\n\t</dict>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // Into an empty NSAppTransportSecurity written with start and end tags.
      code: plist(
        "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t</dict>\n\t<key>NSPinnedDomains</key>\n\t<dict/>\n</dict>",
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSPinnedDomains", expected: "in NSAppTransportSecurity", actual: "at the top level" },
          line: 7,
          column: 2,
          endLine: 7,
          endColumn: 28,
          suggestions: [
            {
              messageId: "moveKey",
              output: plist(
                "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSPinnedDomains</key>\n\t\t<dict/>\n\t</dict>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // A global key at the top level goes into NSAppTransportSecurity.
      code: plist(
        "<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>\n\t</dict>\n</dict>",
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSAllowsArbitraryLoads", expected: "in NSAppTransportSecurity", actual: "at the top level" },
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: "moveKey",
              output: plist(
                "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>\n</dict>",
              ),
            },
          ],
        },
      ],
    },
    {
      // Nowhere to move it without NSAppTransportSecurity, nor when it is already set there.
      code: plist(
        "<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n\t<key>NSIncludesSubdomains</key>\n\t<true/>\n</dict>",
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSAllowsArbitraryLoads", expected: "in NSAppTransportSecurity", actual: "at the top level" },
          line: 4,
          column: 2,
          endLine: 4,
          endColumn: 35,
          suggestions: [],
        },
        {
          messageId: "misplaced",
          data: { key: "NSIncludesSubdomains", expected: "in an exception domain or in a pinned domain", actual: "at the top level" },
          line: 6,
          column: 2,
          endLine: 6,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      code: plist(
        "<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n\t</dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n</dict>",
      ),
      errors: [{ messageId: "misplaced", line: 9, column: 2, endLine: 9, endColumn: 35, suggestions: [] }],
    },
    {
      // NSPinnedDomains nested in an exception domain: pinning is never active. Moved up and re-indented.
      code: ats(
        exceptionDomain(
          "example.com",
          `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n${pinnedDomainsEntry("\t\t\t\t")}`,
        ),
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSPinnedDomains", expected: "in NSAppTransportSecurity", actual: "in an exception domain" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 31,
          suggestions: [
            {
              messageId: "moveKey",
              data: { key: "NSPinnedDomains" },
              output: ats(
                `${exceptionDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>")}\n${pinnedDomainsEntry("\t\t")}`,
              ),
            },
          ],
        },
      ],
    },
    {
      // The same with CRLF line endings: they are kept in the moved lines too.
      code: ats(
        exceptionDomain(
          "example.com",
          `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n${pinnedDomainsEntry("\t\t\t\t")}`,
        ),
      ).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "misplaced",
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 31,
          suggestions: [
            {
              messageId: "moveKey",
              output: ats(
                `${exceptionDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>")}\n${pinnedDomainsEntry("\t\t")}`,
              ).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
    {
      // NSAppTransportSecurity already has NSPinnedDomains: where this one should go is ambiguous.
      code: ats(
        `${exceptionDomain("example.com", pinnedDomainsEntry("\t\t\t\t"))}\n\t\t<key>NSPinnedDomains</key>\n\t\t<dict/>`,
      ),
      errors: [{ messageId: "misplaced", line: 10, column: 5, endLine: 10, endColumn: 31, suggestions: [] }],
    },
    {
      // A global key inside a domain dict is not moved: that would loosen ATS for every domain.
      code: ats(
        exceptionDomain(
          "example.com",
          "\t\t\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array/>",
        ),
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSAllowsArbitraryLoads", expected: "in NSAppTransportSecurity", actual: "in an exception domain" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 38,
          suggestions: [],
        },
        {
          messageId: "misplaced",
          data: { key: "NSPinnedLeafIdentities", expected: "in a pinned domain", actual: "in an exception domain" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      // Per-domain keys directly in NSAppTransportSecurity: which domain was meant is unknown.
      code: ats(
        "\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>\n\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t<true/>\n\t\t<key>NSAppTransportSecurity</key>\n\t\t<dict/>",
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSIncludesSubdomains", expected: "in an exception domain or in a pinned domain", actual: "in NSAppTransportSecurity" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 34,
          suggestions: [],
        },
        {
          messageId: "misplaced",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", expected: "in an exception domain", actual: "in NSAppTransportSecurity" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 48,
          suggestions: [],
        },
        {
          messageId: "misplaced",
          data: { key: "NSAppTransportSecurity", expected: "at the top level", actual: "in NSAppTransportSecurity" },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      // A per-domain key directly under NSExceptionDomains, as if it were a domain.
      code: ats(
        "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict/>\n\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t<true/>\n\t\t</dict>",
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", expected: "in an exception domain", actual: "in NSExceptionDomains, whose keys are domains" },
          line: 10,
          column: 4,
          endLine: 10,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      // The pin written directly in the pinned-domain dict instead of inside an identity list.
      code: ats(
        pinnedDomain("example.com", `\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t<string>${PIN}</string>`),
      ),
      errors: [
        {
          messageId: "misplaced",
          data: { key: "SPKI-SHA256-BASE64", expected: "in a pinned identity", actual: "in a pinned domain" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
  ],
});
