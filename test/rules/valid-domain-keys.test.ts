import { ats, caIdentity, domain, exceptionDomains, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";
const INSECURE = "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>";
const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";
const NO_SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<false/>";
const CA_PIN = caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`);

/** One exception domain `name` holding INSECURE: the reported entry is lines 8–12, columns 4 to 11. */
const insecureDomain = (name: string): string => exceptionDomains(domain(name, INSECURE));

/** The domain entry `name` with an empty `<dict/>` (two lines, three tabs deep). */
const emptyDomain = (name: string): string => `\t\t\t<key>${name}</key>\n\t\t\t<dict/>`;

/** The message data of a key in NSExceptionDomains. */

ruleTester.run("valid-domain-keys", rules["valid-domain-keys"], {
  valid: [
    insecureDomain("api.example.com"),
    insecureDomain("localhost"),
    insecureDomain("192.168.1.10"),
    // IP addresses and CIDR ranges (iOS 17 / macOS 14 apply ATS to them).
    insecureDomain("10.0.0.0/8"),
    insecureDomain("2001:db8::/32"),
    insecureDomain("::1"),
    insecureDomain("fe80::1"),
    // A build variable: Xcode substitutes it, so the final key is unknown here.
    insecureDomain("$(API_HOST)"),
    // Several well-formed keys side by side.
    exceptionDomains(`${domain("example.com", SUBDOMAINS)}\n${domain("example.net", INSECURE)}`),
    // Pinned-domain keys follow the same rules.
    ats(pinnedDomain("api.example.com", `${CA_PIN}\n${SUBDOMAINS}`)),
    // A known ATS key directly under NSExceptionDomains is a misplaced setting (no-misplaced-ats-keys), not a domain.
    exceptionDomains("\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t<true/>"),
    // NSExceptionDomains at the plist root is never read by ATS (no-misplaced-ats-keys reports it).
    plist(
      "<dict>\n\t<key>NSExceptionDomains</key>\n\t<dict>\n\t\t<key>*.example.com</key>\n\t\t<dict>\n\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t<true/>\n\t\t</dict>\n\t</dict>\n</dict>",
    ),
    // Only the keys of the domain maps are domain keys: a domain's own settings are not checked here.
    exceptionDomains(domain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.2</string>")),
  ],
  invalid: [
    {
      // An address has no subdomains: the suggestion only drops the wildcard.
      code: exceptionDomains(domain("*.10.0.0.1", INSECURE)),
      errors: [{ messageId: "invalidKey", line: 8, suggestions: [{ messageId: "useKey", output: exceptionDomains(domain("10.0.0.1", INSECURE)) }] }],
    },
    {
      // The new entry goes after a comment that trails the last entry on its line.
      code: exceptionDomains(domain("*.example.com", `${INSECURE} <!-- Justification: legacy feed -->`)),
      errors: [
        {
          messageId: "invalidKey",
          line: 8,
          suggestions: [
            {
              messageId: "useKeyWithSubdomains",
              output: exceptionDomains(domain("example.com", `${INSECURE} <!-- Justification: legacy feed -->\n${SUBDOMAINS}`)),
            },
          ],
        },
      ],
    },
    {
      // Not a dict: the suggestion can only rename, and says so.
      code: exceptionDomains("\t\t\t<key>*.example.com</key>\n\t\t\t<string>x</string>"),
      errors: [
        {
          messageId: "invalidKey",
          line: 8,
          suggestions: [
            { messageId: "useKey", output: exceptionDomains("\t\t\t<key>example.com</key>\n\t\t\t<string>x</string>") },
          ],
        },
      ],
    },
    {
      code: insecureDomain("https://API.example.com:443/"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "https://API.example.com:443/", problems: "has a URL scheme, has a path, has a port, has uppercase letters", normalized: "api.example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 43,
          suggestions: [{ messageId: "useKey", data: { normalized: "api.example.com" }, output: insecureDomain("api.example.com") }],
        },
      ],
    },
    {
      // The wildcard becomes NSIncludesSubdomains = YES, appended to the domain's dict.
      code: insecureDomain("*.example.com"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "*.example.com", problems: "has a wildcard (ATS does not expand '*')", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            {
              messageId: "useKeyWithSubdomains",
              data: { normalized: "example.com", yes: "YES" },
              output: exceptionDomains(domain("example.com", `${INSECURE}\n${SUBDOMAINS}`)),
            },
          ],
        },
      ],
    },
    {
      // An empty `<dict/>` is opened up to hold NSIncludesSubdomains.
      code: exceptionDomains(emptyDomain("*.example.com")),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "*.example.com", problems: "has a wildcard (ATS does not expand '*')", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [{ messageId: "useKeyWithSubdomains", output: exceptionDomains(domain("example.com", SUBDOMAINS)) }],
        },
      ],
    },
    {
      // `<dict></dict>` on one line.
      code: exceptionDomains("\t\t\t<key>*.example.com</key>\n\t\t\t<dict></dict>"),
      errors: [
        {
          messageId: "invalidKey",
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [{ messageId: "useKeyWithSubdomains", output: exceptionDomains(domain("example.com", SUBDOMAINS)) }],
        },
      ],
    },
    {
      // NSIncludesSubdomains = NO already there: its value is replaced by YES, never a second entry added.
      code: exceptionDomains(domain("*.example.com", `${NO_SUBDOMAINS}\n${INSECURE}`)),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "*.example.com", problems: "has a wildcard (ATS does not expand '*')", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            { messageId: "useKeyWithSubdomains", output: exceptionDomains(domain("example.com", `${SUBDOMAINS}\n${INSECURE}`)) },
          ],
        },
      ],
    },
    {
      // NSIncludesSubdomains = YES already there: only the key is renamed.
      code: exceptionDomains(domain("*.example.com", `${INSECURE}\n${SUBDOMAINS}`)),
      errors: [
        {
          messageId: "invalidKey",
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            { messageId: "useKeyWithSubdomains", output: exceptionDomains(domain("example.com", `${INSECURE}\n${SUBDOMAINS}`)) },
          ],
        },
      ],
    },
    {
      // A string-typed YES is written as the boolean Apple documents.
      code: exceptionDomains(domain("*.example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<string>YES</string>")),
      errors: [
        {
          messageId: "invalidKey",
          line: 8,
          suggestions: [{ messageId: "useKeyWithSubdomains", output: exceptionDomains(domain("example.com", SUBDOMAINS)) }],
        },
      ],
    },
    {
      code: insecureDomain("[::1]"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "[::1]", problems: "has brackets around an IPv6 address", normalized: "::1", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 20,
          suggestions: [{ messageId: "useKey", data: { normalized: "::1" }, output: insecureDomain("::1") }],
        },
      ],
    },
    {
      code: insecureDomain("[::1]:8080"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "[::1]:8080", problems: "has brackets around an IPv6 address, has a port", normalized: "::1", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 25,
          suggestions: [{ messageId: "useKey", data: { normalized: "::1" }, output: insecureDomain("::1") }],
        },
      ],
    },
    {
      code: insecureDomain("example.com."),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "example.com.", problems: "ends with a dot (it matches only dotted names)", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 27,
          suggestions: [{ messageId: "useKey", output: insecureDomain("example.com") }],
        },
      ],
    },
    {
      code: insecureDomain("Example.COM"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "Example.COM", problems: "has uppercase letters", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
          suggestions: [{ messageId: "useKey", data: { normalized: "example.com" }, output: insecureDomain("example.com") }],
        },
      ],
    },
    {
      code: insecureDomain("2001:DB8::/32"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "2001:DB8::/32", problems: "has uppercase letters", normalized: "2001:db8::/32", yes: "YES" },
          line: 8,
          suggestions: [{ messageId: "useKey", output: insecureDomain("2001:db8::/32") }],
        },
      ],
    },
    {
      code: insecureDomain("example .com"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "example .com", problems: "contains white space", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 27,
          suggestions: [{ messageId: "useKey", output: insecureDomain("example.com") }],
        },
      ],
    },
    {
      code: insecureDomain("example.com/api/v1"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "example.com/api/v1", problems: "has a path", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 33,
          suggestions: [{ messageId: "useKey", output: insecureDomain("example.com") }],
        },
      ],
    },
    {
      code: insecureDomain("example.com?token=1"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "example.com?token=1", problems: "has a query or fragment", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 34,
          suggestions: [{ messageId: "useKey", output: insecureDomain("example.com") }],
        },
      ],
    },
    {
      code: insecureDomain("http://example.com/status#top"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "http://example.com/status#top", problems: "has a URL scheme, has a query or fragment, has a path", normalized: "example.com", yes: "YES" },
          line: 8,
          suggestions: [{ messageId: "useKey", output: insecureDomain("example.com") }],
        },
      ],
    },
    {
      code: insecureDomain("example.com:8080"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "example.com:8080", problems: "has a port", normalized: "example.com", yes: "YES" },
          line: 8,
          suggestions: [{ messageId: "useKey", output: insecureDomain("example.com") }],
        },
      ],
    },
    {
      code: insecureDomain("192.168.1.10:8080"),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "192.168.1.10:8080", problems: "has a port", normalized: "192.168.1.10", yes: "YES" },
          line: 8,
          suggestions: [{ messageId: "useKey", output: insecureDomain("192.168.1.10") }],
        },
      ],
    },
    {
      // Nothing to normalise to: no suggestion.
      code: insecureDomain(""),
      errors: [
        {
          messageId: "invalidKeyNoFix",
          data: { key: "", problems: "is empty" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      code: insecureDomain("999.1.1.1"),
      errors: [
        {
          messageId: "invalidKeyNoFix",
          data: { key: "999.1.1.1", problems: "is not a valid IP address or CIDR range" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      // A prefix length out of range is a broken CIDR range, not a path: no guess at what was meant.
      code: insecureDomain("1.2.3.4/33"),
      errors: [
        {
          messageId: "invalidKeyNoFix",
          data: { key: "1.2.3.4/33", problems: "is not a valid IP address or CIDR range" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      // A wildcard in the middle has no NSIncludesSubdomains equivalent.
      code: insecureDomain("api.*.example.com"),
      errors: [
        {
          messageId: "invalidKeyNoFix",
          data: { key: "api.*.example.com", problems: "has a wildcard (ATS does not expand '*')" },
          line: 8,
          suggestions: [],
        },
      ],
    },
    {
      // The normalised key already exists: renaming would create a duplicate, so no suggestion.
      code: exceptionDomains(`${domain("Example.com", INSECURE)}\n${domain("example.com", SUBDOMAINS)}`),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "Example.com", problems: "has uppercase letters", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      code: exceptionDomains(`${domain("*.example.com", INSECURE)}\n${domain("example.com", SUBDOMAINS)}`),
      errors: [{ messageId: "invalidKey", data: { key: "*.example.com", problems: "has a wildcard (ATS does not expand '*')", normalized: "example.com", yes: "YES" }, line: 8, suggestions: [] }],
    },
    {
      // Pinned-domain keys: the message names NSPinnedDomains and MASVS-NETWORK-2.
      code: ats(pinnedDomain("*.Example.com", CA_PIN)),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "*.Example.com", problems: "has a wildcard (ATS does not expand '*'), has uppercase letters", normalized: "example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [{ messageId: "useKeyWithSubdomains", output: ats(pinnedDomain("example.com", `${CA_PIN}\n${SUBDOMAINS}`)) }],
        },
      ],
    },
    {
      code: ats(pinnedDomain("https://pins.example.com/", CA_PIN)),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "https://pins.example.com/", problems: "has a URL scheme, has a path", normalized: "pins.example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 40,
          suggestions: [{ messageId: "useKey", output: ats(pinnedDomain("pins.example.com", CA_PIN)) }],
        },
      ],
    },
    {
      // Every bad key is reported, each with its own suggestion.
      code: exceptionDomains(`${domain("API.example.com", INSECURE)}\n${emptyDomain("example.org.")}`),
      errors: [
        {
          messageId: "invalidKey",
          data: { key: "API.example.com", problems: "has uppercase letters", normalized: "api.example.com", yes: "YES" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 30,
          suggestions: [
            { messageId: "useKey", output: exceptionDomains(`${domain("api.example.com", INSECURE)}\n${emptyDomain("example.org.")}`) },
          ],
        },
        {
          messageId: "invalidKey",
          data: { key: "example.org.", problems: "ends with a dot (it matches only dotted names)", normalized: "example.org", yes: "YES" },
          line: 13,
          column: 4,
          endLine: 13,
          endColumn: 27,
          suggestions: [
            { messageId: "useKey", output: exceptionDomains(`${domain("API.example.com", INSECURE)}\n${emptyDomain("example.org")}`) },
          ],
        },
      ],
    },
    {
      // CRLF line endings: the inserted NSIncludesSubdomains uses them too.
      code: exceptionDomains(emptyDomain("*.example.com")).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "invalidKey",
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            { messageId: "useKeyWithSubdomains", output: exceptionDomains(domain("example.com", SUBDOMAINS)).replace(/\n/gu, "\r\n") },
          ],
        },
      ],
    },
    {
      code: exceptionDomains(domain("*.example.com", INSECURE)).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "invalidKey",
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            {
              messageId: "useKeyWithSubdomains",
              output: exceptionDomains(domain("example.com", `${INSECURE}\n${SUBDOMAINS}`)).replace(/\n/gu, "\r\n"),
            },
          ],
        },
      ],
    },
  ],
});
