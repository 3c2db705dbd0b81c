import { ats, caIdentity, exceptionDomain, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";

ruleTester.run("valid-ats-types", rules["valid-ats-types"], {
  valid: [
    // A per-domain key directly under NSExceptionDomains is misplaced (no-misplaced-ats-keys), not a domain.
    ats("\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t<true/>\n\t\t</dict>"),
    // Every documented type, written as Apple documents it.
    ats(
      "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSRequiresNIAPTLSPackageVersion</key>\n\t\t<string>recommended</string>\n" +
        exceptionDomain(
          "example.com",
          "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<false/>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionRequiresNIAPTLSPackageVersion</key>\n\t\t\t\t<string>none</string>",
        ),
    ),
    ats(
      pinnedDomain(
        "example.com",
        `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n${caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`)}\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array/>`,
      ),
    ),
    // An empty domain dict and empty maps have the right type.
    ats(`${exceptionDomain("example.com", "")}\n\t\t<key>NSPinnedDomains</key>\n\t\t<dict/>`),
    plist("<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n</dict>"),
    // A TLS version that is a string but misspelt is valid-tls-version's business, not a type error.
    ats(exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>1.2</string>")),
    // A build variable in a string-typed key: the type is right whatever Xcode substitutes.
    ats(exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>$(MIN_TLS)</string>")),
    // Outside NSAppTransportSecurity ATS never reads it; other Info.plist keys may be strings.
    plist("<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<string>YES</string>\n\t<key>UIFileSharingEnabled</key>\n\t<string>YES</string>\n</dict>"),
    // Under a misplaced top-level NSExceptionDomains nothing is read by ATS (no-misplaced-ats-keys reports it).
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t<string>YES</string>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // Unknown and misplaced keys are other rules' business.
    ats("\t\t<key>NSAllowArbitraryLoads</key>\n\t\t<string>YES</string>\n\t\t<key>NSIncludesSubdomains</key>\n\t\t<string>YES</string>"),
  ],
  invalid: [
    {
      // NSIncludesSubdomains in an exception domain is transport security, not pinning.
      code: ats(exceptionDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<string>YES</string>")),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSIncludesSubdomains", expected: "<true/> or <false/>", actual: "<string>YES</string>" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            {
              messageId: "useType",
              output: ats(exceptionDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>")),
            },
          ],
        },
      ],
    },
    {
      code: ats(pinnedDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<integer>1</integer>")),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSIncludesSubdomains", expected: "<true/> or <false/>", actual: "<integer>1</integer>" },
          line: 11,
          suggestions: [
            {
              messageId: "useType",
              output: ats(pinnedDomain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>")),
            },
          ],
        },
      ],
    },
    {
      // The most common mistake: a boolean written as a string. The suggestion keeps the meaning.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>YES</string>"),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSAllowsArbitraryLoads", expected: "<true/> or <false/>", actual: "<string>YES</string>" },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 23,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "true" },
              output: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>"),
            },
          ],
        },
      ],
    },
    {
      code: ats(
        "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<string>true</string>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<string>NO</string>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<integer>1</integer>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<integer>0</integer>",
      ),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSAllowsArbitraryLoadsInWebContent", expected: "<true/> or <false/>", actual: "<string>true</string>" },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 24,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "true" },
              output: ats(
                "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<string>NO</string>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<integer>1</integer>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<integer>0</integer>",
              ),
            },
          ],
        },
        {
          messageId: "wrongType",
          data: { key: "NSAllowsArbitraryLoadsForMedia", expected: "<true/> or <false/>", actual: "<string>NO</string>" },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 22,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "false" },
              output: ats(
                "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<string>true</string>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<false/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<integer>1</integer>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<integer>0</integer>",
              ),
            },
          ],
        },
        {
          messageId: "wrongType",
          data: { key: "NSAllowsLocalNetworking", expected: "<true/> or <false/>", actual: "<integer>1</integer>" },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 23,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "true" },
              output: ats(
                "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<string>true</string>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<string>NO</string>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<integer>0</integer>",
              ),
            },
          ],
        },
        {
          messageId: "wrongType",
          data: { key: "NSAllowsArbitraryLoads", expected: "<true/> or <false/>", actual: "<integer>0</integer>" },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 23,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "false" },
              output: ats(
                "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<string>true</string>\n\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<string>NO</string>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<integer>1</integer>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>",
              ),
            },
          ],
        },
      ],
    },
    {
      // A TLS version written as a number: the suggestion is the documented string with the same meaning.
      code: ats(exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<real>1.2</real>")),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSExceptionMinimumTLSVersion", expected: "a <string> such as TLSv1.2", actual: "<real>1.2</real>" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 21,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "string", replacement: "TLSv1.2" },
              output: ats(
                exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>"),
              ),
            },
          ],
        },
      ],
    },
    {
      // A number that is no TLS version: nothing to suggest.
      code: ats(exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<real>1.5</real>")),
      errors: [{ messageId: "wrongType", line: 11, column: 5, endLine: 11, endColumn: 21, suggestions: [] }],
    },
    {
      // Legacy keys have the type of the key that replaced them; booleans in a domain dict too.
      code: ats(
        exceptionDomain(
          "example.com",
          "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<string>YES</string>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<integer>0</integer>",
        ),
      ),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSTemporaryExceptionAllowsInsecureHTTPLoads", expected: "<true/> or <false/>", actual: "<string>YES</string>" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "true" },
              output: ats(
                exceptionDomain(
                  "example.com",
                  "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<integer>0</integer>",
                ),
              ),
            },
          ],
        },
        {
          messageId: "wrongType",
          data: { key: "NSExceptionRequiresForwardSecrecy", expected: "<true/> or <false/>", actual: "<integer>0</integer>" },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 25,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "false" },
              output: ats(
                exceptionDomain(
                  "example.com",
                  "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<string>YES</string>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<false/>",
                ),
              ),
            },
          ],
        },
      ],
    },
    {
      // `<string>YES</string>` for NSIncludesSubdomains in a pinned domain: the Security framework drops it.
      code: ats(
        pinnedDomain(
          "example.com",
          `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<string>YES</string>\n${caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`)}`,
        ),
      ),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSIncludesSubdomains", expected: "<true/> or <false/>", actual: "<string>YES</string>" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 25,
          suggestions: [
            {
              messageId: "useType",
              data: { type: "boolean", replacement: "true" },
              output: ats(
                pinnedDomain(
                  "example.com",
                  `\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n${caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`)}`,
                ),
              ),
            },
          ],
        },
      ],
    },
    {
      // A build variable in a boolean key: Xcode substitutes the text but the value stays a <string>.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>$(ALLOW_HTTP)</string>"),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSAllowsArbitraryLoads", expected: "<true/> or <false/>", actual: "<string>$(ALLOW_HTTP)</string>" },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      // NSAppTransportSecurity itself must be a dict.
      code: plist("<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<true/>\n</dict>"),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSAppTransportSecurity", expected: "a <dict>", actual: "<true/>" },
          line: 5,
          column: 2,
          endLine: 5,
          endColumn: 9,
          suggestions: [],
        },
      ],
    },
    {
      // Domains listed as an array of names: the multi-line value is shown by its type.
      code: ats(
        "\t\t<key>NSExceptionDomains</key>\n\t\t<array>\n\t\t\t<string>example.com</string>\n\t\t</array>\n\t\t<key>NSPinnedDomains</key>\n\t\t<array/>",
      ),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSExceptionDomains", expected: "a <dict> of domain names", actual: "<array>" },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 10,
          suggestions: [],
        },
        {
          messageId: "wrongType",
          data: { key: "NSPinnedDomains", expected: "a <dict> of domain names", actual: "<array/>" },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      // A domain whose settings are not a dict.
      code: ats(
        "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<true/>\n\t\t</dict>\n\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>example.org</key>\n\t\t\t<string>NSPinnedCAIdentities</string>\n\t\t</dict>",
      ),
      errors: [
        {
          messageId: "domainNotDict",
          data: { domain: "example.com", map: "NSExceptionDomains", dict: "a <dict>", actual: "<true/>" },
          line: 9,
          column: 4,
          endLine: 9,
          endColumn: 11,
          suggestions: [],
        },
        {
          messageId: "domainNotDict",
          data: { domain: "example.org", map: "NSPinnedDomains", dict: "a <dict>", actual: "<string>NSPinnedCAIdentities</string>" },
          line: 14,
          column: 4,
          endLine: 14,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      // Identity lists must be arrays of dicts; a pin written directly as a string is dropped.
      code: ats(
        pinnedDomain(
          "example.com",
          `\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<string>${PIN}</string>\n\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array>\n\t\t\t\t\t<string>${PIN}</string>\n\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>\n\t\t\t\t\t</dict>\n\t\t\t\t</array>`,
        ),
      ),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSPinnedCAIdentities", expected: "an <array> of identity dicts", actual: "<string>" },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 66,
          suggestions: [],
        },
        {
          // Reported on the whole entry, so that a disable comment above its <key> covers it.
          messageId: "identityNotDict",
          data: { key: "NSPinnedLeafIdentities", position: 1, dict: "a <dict>", actual: "<string>" },
          line: 14,
          column: 6,
          endLine: 14,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
    {
      // The pin itself must be a base64 string, not <data>; a NIAP version must be a string.
      code: ats(
        `\t\t<key>NSRequiresNIAPTLSPackageVersion</key>\n\t\t<true/>\n${pinnedDomain(
          "example.com",
          caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<data>${PIN}</data>`),
        )}`,
      ),
      errors: [
        {
          messageId: "wrongType",
          data: { key: "NSRequiresNIAPTLSPackageVersion", expected: "a <string> (none, FCP_v2.1 or recommended)", actual: "<true/>" },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 10,
          suggestions: [],
        },
        {
          messageId: "wrongType",
          data: { key: "SPKI-SHA256-BASE64", expected: "a base64 <string>", actual: "<data>" },
          line: 16,
          column: 7,
          endLine: 16,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      // CRLF line endings are kept.
      code: ats("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<string>YES</string>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>").replace(
        /\n/gu,
        "\r\n",
      ),
      errors: [
        {
          messageId: "wrongType",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 23,
          suggestions: [
            {
              messageId: "useType",
              output: ats(
                "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>",
              ).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
  ],
});
