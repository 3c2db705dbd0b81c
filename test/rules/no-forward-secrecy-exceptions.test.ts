import { ats, exceptionDomain, plist, ruleTester, rules } from "./rule-tester.js";

/** An NSExceptionRequiresForwardSecrecy entry (or `key`) whose value is written `value`. */
function forwardSecrecy(value: string, key = "NSExceptionRequiresForwardSecrecy"): string {
  return `\t\t\t\t<key>${key}</key>\n\t\t\t\t${value}`;
}

const TLS_1_0 = "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>";

/** A whole plist with one exception domain: its `<key>` is on line 8, `settings` from line 10. */
const inExceptionDomain = (name: string, settings: string): string => ats(exceptionDomain(name, settings));

ruleTester.run("no-forward-secrecy-exceptions", rules["no-forward-secrecy-exceptions"], {
  valid: [
    inExceptionDomain("example.com", forwardSecrecy("<true/>")),
    inExceptionDomain("example.com", forwardSecrecy("<string>YES</string>")),
    // Absent: the default is YES, even when another requirement is loosened.
    inExceptionDomain("example.com", TLS_1_0),
    inExceptionDomain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>"),
    // A build variable: the value is unknown until Xcode substitutes it.
    inExceptionDomain("example.com", forwardSecrecy("<string>$(REQUIRE_FORWARD_SECRECY)</string>")),
    // A per-domain key directly in the ATS dict: ATS never reads it there (no-misplaced-ats-keys reports it).
    ats("\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t<false/>"),
    // NSExceptionDomains at the plist root instead of inside NSAppTransportSecurity: never read.
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>example.com</key>\n\t\t<dict>\n\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t<false/>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // In a pinned-domain dict, where ATS does not read it.
    ats(
      "\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key>\n\t\t\t\t<false/>\n\t\t\t</dict>\n\t\t</dict>",
    ),
    // A typo does nothing (no-unknown-ats-keys reports it).
    inExceptionDomain("example.com", forwardSecrecy("<false/>", "NSRequiresForwardSecrecy")),
  ],
  invalid: [
    {
      code: inExceptionDomain("example.com", forwardSecrecy("<false/>")),
      errors: [
        {
          messageId: "noForwardSecrecy",
          data: { key: "NSExceptionRequiresForwardSecrecy", no: "NO", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 49,
        },
      ],
    },
    {
      // Forward secrecy off alongside TLS 1.0: reported on its own entry (min-tls-version reports the version).
      code: inExceptionDomain("legacy.example.com", `${TLS_1_0}\n${forwardSecrecy("<false/>")}`),
      errors: [
        {
          messageId: "noForwardSecrecy",
          data: { key: "NSExceptionRequiresForwardSecrecy", no: "NO", domain: "'legacy.example.com'" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 49,
        },
      ],
    },
    {
      // `<string>NO</string>` is read as false (the conservative reading); valid-ats-types reports the type.
      code: inExceptionDomain("example.com", forwardSecrecy("<string>NO</string>")),
      errors: [
        {
          messageId: "noForwardSecrecy",
          data: { key: "NSExceptionRequiresForwardSecrecy", no: "NO", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 49,
        },
      ],
    },
    {
      code: inExceptionDomain("example.com", forwardSecrecy("<integer>0</integer>")),
      errors: [{ messageId: "noForwardSecrecy", line: 10, column: 5, endLine: 10, endColumn: 49 }],
    },
    {
      // Legacy keys may still be honoured (no-legacy-ats-keys reports the name).
      code: inExceptionDomain("example.com", forwardSecrecy("<false/>", "NSTemporaryExceptionRequiresForwardSecrecy")),
      errors: [
        {
          messageId: "noForwardSecrecy",
          data: { key: "NSTemporaryExceptionRequiresForwardSecrecy (legacy, undocumented)", no: "NO", domain: "'example.com'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 58,
        },
      ],
    },
    {
      code: inExceptionDomain("cdn.example.net", forwardSecrecy("<false/>", "NSThirdPartyExceptionRequiresForwardSecrecy")),
      errors: [
        {
          messageId: "noForwardSecrecy",
          data: { key: "NSThirdPartyExceptionRequiresForwardSecrecy (legacy, undocumented)", no: "NO", domain: "'cdn.example.net'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 59,
        },
      ],
    },
    {
      code: inExceptionDomain(
        "cdn.example.net",
        forwardSecrecy("<false/>", "NSTemporaryThirdPartyExceptionRequiresForwardSecrecy"),
      ),
      errors: [
        {
          messageId: "noForwardSecrecy",
          data: { key: "NSTemporaryThirdPartyExceptionRequiresForwardSecrecy (legacy, undocumented)", no: "NO", domain: "'cdn.example.net'" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 68,
        },
      ],
    },
    {
      // Both on one line.
      code: inExceptionDomain("example.com", "\t\t\t\t<key>NSExceptionRequiresForwardSecrecy</key><false/>"),
      errors: [{ messageId: "noForwardSecrecy", line: 10, column: 5, endLine: 10, endColumn: 49 }],
    },
  ],
});
