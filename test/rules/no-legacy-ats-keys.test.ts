import { ats, exceptionDomain, plist, ruleTester, rules } from "./rule-tester.js";

/** A domain body setting the three per-domain exceptions under the names starting with `prefix`. */
function domainExceptions(prefix: string): string {
  return `\t\t\t\t<key>${prefix}AllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>${prefix}MinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>\n\t\t\t\t<key>${prefix}RequiresForwardSecrecy</key>\n\t\t\t\t<false/>`;
}

/** The three errors for one legacy `prefix` in example.com, each suggestion renaming one key to its NSException… name. */
function legacyFamilyErrors(prefix: string) {
  const renamed = (suffix: string) =>
    ats(exceptionDomain("example.com", domainExceptions(prefix).replace(`${prefix}${suffix}`, `NSException${suffix}`)));
  return ["AllowsInsecureHTTPLoads", "MinimumTLSVersion", "RequiresForwardSecrecy"].map((suffix, i) => ({
    messageId: "legacyKey",
    data: { key: `${prefix}${suffix}`, replacement: `NSException${suffix}` },
    line: 10 + 2 * i,
    column: 5,
    endLine: 10 + 2 * i,
    endColumn: 5 + `<key>${prefix}${suffix}</key>`.length,
    suggestions: [
      { messageId: "renameKey", data: { replacement: `NSException${suffix}` }, output: renamed(suffix) },
    ],
  }));
}

ruleTester.run("no-legacy-ats-keys", rules["no-legacy-ats-keys"], {
  valid: [
    ats(
      `\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>\n${exceptionDomain("example.com", domainExceptions("NSException"))}`,
    ),
    // Look-alikes that are no ATS key at all are no-unknown-ats-keys' business.
    ats(
      exceptionDomain("example.com", "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPSLoads</key>\n\t\t\t\t<true/>"),
    ),
    // Under a misplaced top-level NSExceptionDomains ATS reads nothing (no-misplaced-ats-keys reports it).
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
  ],
  invalid: [
    {
      // The old name of NSAllowsArbitraryLoadsForMedia.
      code: ats("\t\t<key>NSAllowsArbitraryLoadsInMedia</key>\n\t\t<true/>"),
      errors: [
        {
          messageId: "legacyKey",
          data: { key: "NSAllowsArbitraryLoadsInMedia", replacement: "NSAllowsArbitraryLoadsForMedia" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            {
              messageId: "renameKey",
              data: { replacement: "NSAllowsArbitraryLoadsForMedia" },
              output: ats("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>"),
            },
          ],
        },
      ],
    },
    {
      code: ats(exceptionDomain("example.com", domainExceptions("NSTemporaryException"))),
      errors: legacyFamilyErrors("NSTemporaryException"),
    },
    {
      code: ats(exceptionDomain("example.com", domainExceptions("NSThirdPartyException"))),
      errors: legacyFamilyErrors("NSThirdPartyException"),
    },
    {
      code: ats(exceptionDomain("example.com", domainExceptions("NSTemporaryThirdPartyException"))),
      errors: legacyFamilyErrors("NSTemporaryThirdPartyException"),
    },
    {
      // The current key is already set in the same dict: renaming would create a duplicate, so no suggestion.
      code: ats(
        exceptionDomain(
          "api.example.com",
          "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>\n\t\t\t\t<key>NSTemporaryExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>",
        ),
      ),
      errors: [
        {
          messageId: "legacyKey",
          data: {
            key: "NSTemporaryExceptionMinimumTLSVersion",
            replacement: "NSExceptionMinimumTLSVersion",
          },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 53,
          suggestions: [],
        },
      ],
    },
    {
      // CRLF line endings are kept.
      code: ats(
        exceptionDomain("example.com", "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>"),
      ).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "legacyKey",
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 59,
          suggestions: [
            {
              messageId: "renameKey",
              output: ats(
                exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>"),
              ).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
  ],
});
