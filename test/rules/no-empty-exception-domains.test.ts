import { ats, caIdentity, domain, exceptionDomains, pinnedDomain, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";
const INSECURE = "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>";
const CA_PIN = caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`);

/** The domain entry `name` with an empty `<dict/>` (two lines, three tabs deep). */
const emptyDomain = (name: string): string => `\t\t\t<key>${name}</key>\n\t\t\t<dict/>`;

/** A global ATS key (two lines, two tabs deep). */
const globalKey = (key: string, value: string): string => `\t\t<key>${key}</key>\n\t\t${value}`;

/** An atsBody with `globals` first, then NSExceptionDomains holding `domains`. */
const withGlobals = (globals: string[], domains: string): string =>
  ats(`${globals.join("\n")}\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n${domains}\n\t\t</dict>`);

/** NSExceptionDomains left empty by the suggestion (`<dict>` and `</dict>` on their own lines). */
const noDomains = (globals: string[] = []): string =>
  ats([...globals, "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t</dict>"].join("\n"));

ruleTester.run("no-empty-exception-domains", rules["no-empty-exception-domains"], {
  valid: [
    // Under a parent that covers subdomains, the empty dict opts this name out of the parent's settings.
    withGlobals([], `${domain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>")}\n${emptyDomain("api.example.com")}`),
    withGlobals([], `${domain("example.com", "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<string>$(INCLUDE)</string>")}\n${emptyDomain("api.example.com")}`),
    // An override key from a build variable may be YES, loosening web content globally.
    withGlobals([globalKey("NSAllowsArbitraryLoadsInWebContent", "<string>$(WEB)</string>")], emptyDomain("example.com")),
    // A global key set by a build variable may loosen ATS: the empty dict may then matter.
    withGlobals([globalKey("NSAllowsArbitraryLoads", "<string>$(ALLOW_HTTP)</string>")], emptyDomain("example.com")),
    // Under a loosened parent domain, the empty dict may opt the subdomain out of the parent's exception.
    withGlobals([], `${domain("example.com", `${INSECURE}\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>`)}\n${emptyDomain("secure.example.com")}`),
    exceptionDomains(domain("example.com", INSECURE)),
    // NSAllowsArbitraryLoads = YES in force: the empty dict opts example.com back into full ATS (a documented pattern).
    withGlobals([globalKey("NSAllowsArbitraryLoads", "<true/>")], emptyDomain("example.com")),
    withGlobals([globalKey("NSAllowsArbitraryLoads", "<true/>")], "\t\t\t<key>example.com</key>\n\t\t\t<dict></dict>"),
    // The other global loosenings: a listed domain ignores them too.
    withGlobals([globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>")], emptyDomain("example.com")),
    withGlobals([globalKey("NSAllowsArbitraryLoadsForMedia", "<true/>")], emptyDomain("example.com")),
    withGlobals([globalKey("NSAllowsLocalNetworking", "<true/>")], emptyDomain("example.com")),
    // The legacy name of …ForMedia may still be honoured.
    withGlobals([globalKey("NSAllowsArbitraryLoadsInMedia", "<true/>")], emptyDomain("example.com")),
    // NSAllowsArbitraryLoads with an override key, but the minimum OS (iOS 9) still honours NSAllowsArbitraryLoads.
    {
      code: withGlobals(
        [globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoadsInWebContent", "<false/>")],
        emptyDomain("example.com"),
      ),
      settings: { plist: { minimumOS: { iOS: "9.0" } } },
    },
    // Both loosened by NSAllowsArbitraryLoads and opted back in by the web-content key being YES.
    withGlobals(
      [globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>")],
      emptyDomain("example.com"),
    ),
    // Not a dict: valid-ats-types reports it.
    exceptionDomains("\t\t\t<key>example.com</key>\n\t\t\t<string></string>"),
    // An empty pinned domain is require-pin-identities' business.
    ats(pinnedDomain("example.com", "")),
    ats(pinnedDomain("example.com", CA_PIN)),
  ],
  invalid: [
    {
      code: exceptionDomains(`${emptyDomain("example.com")}\n${domain("legacy.example.com", INSECURE)}`),
      errors: [
        {
          messageId: "empty",
          data: { domain: "example.com" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            {
              messageId: "removeDomain",
              data: { domain: "example.com" },
              output: exceptionDomains(domain("legacy.example.com", INSECURE)),
            },
          ],
        },
      ],
    },
    {
      // `<dict></dict>`.
      code: exceptionDomains(`${domain("legacy.example.com", INSECURE)}\n\t\t\t<key>example.com</key>\n\t\t\t<dict></dict>`),
      errors: [
        {
          messageId: "empty",
          data: { domain: "example.com" },
          line: 13,
          column: 4,
          endLine: 13,
          endColumn: 26,
          suggestions: [{ messageId: "removeDomain", output: exceptionDomains(domain("legacy.example.com", INSECURE)) }],
        },
      ],
    },
    {
      // Only white space inside; the only domain: NSExceptionDomains is left empty.
      code: exceptionDomains(domain("example.com", "")),
      errors: [
        {
          messageId: "empty",
          data: { domain: "example.com" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
          suggestions: [{ messageId: "removeDomain", output: noDomains() }],
        },
      ],
    },
    {
      // NSAllowsArbitraryLoads = NO loosens nothing.
      code: withGlobals([globalKey("NSAllowsArbitraryLoads", "<false/>")], emptyDomain("example.com")),
      errors: [
        {
          messageId: "empty",
          line: 10,
          column: 4,
          endLine: 10,
          endColumn: 26,
          suggestions: [{ messageId: "removeDomain", output: noDomains([globalKey("NSAllowsArbitraryLoads", "<false/>")]) }],
        },
      ],
    },
    {
      // NSAllowsArbitraryLoads = YES is cancelled by the override key (present, NO): no global loosening in force.
      code: withGlobals(
        [globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoadsInWebContent", "<false/>")],
        emptyDomain("example.com"),
      ),
      errors: [
        {
          messageId: "empty",
          data: { domain: "example.com" },
          line: 12,
          column: 4,
          endLine: 12,
          endColumn: 26,
          suggestions: [
            {
              messageId: "removeDomain",
              output: noDomains([globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoadsInWebContent", "<false/>")]),
            },
          ],
        },
      ],
    },
    {
      code: withGlobals(
        [globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsLocalNetworking", "<false/>")],
        emptyDomain("example.com"),
      ),
      errors: [
        {
          messageId: "empty",
          line: 12,
          suggestions: [
            {
              messageId: "removeDomain",
              output: noDomains([globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsLocalNetworking", "<false/>")]),
            },
          ],
        },
      ],
    },
    {
      // Every empty domain, each with its own suggestion.
      code: exceptionDomains(`${emptyDomain("a.example.com")}\n${emptyDomain("b.example.com")}`),
      errors: [
        {
          messageId: "empty",
          data: { domain: "a.example.com" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 28,
          suggestions: [{ messageId: "removeDomain", output: exceptionDomains(emptyDomain("b.example.com")) }],
        },
        {
          messageId: "empty",
          data: { domain: "b.example.com" },
          line: 10,
          column: 4,
          endLine: 10,
          endColumn: 28,
          suggestions: [{ messageId: "removeDomain", output: exceptionDomains(emptyDomain("a.example.com")) }],
        },
      ],
    },
    {
      // CRLF line endings are kept.
      code: exceptionDomains(`${emptyDomain("example.com")}\n${domain("legacy.example.com", INSECURE)}`).replace(/\n/gu, "\r\n"),
      errors: [
        {
          messageId: "empty",
          data: { domain: "example.com" },
          line: 8,
          column: 4,
          endLine: 8,
          endColumn: 26,
          suggestions: [
            { messageId: "removeDomain", output: exceptionDomains(domain("legacy.example.com", INSECURE)).replace(/\n/gu, "\r\n") },
          ],
        },
      ],
    },
  ],
});
