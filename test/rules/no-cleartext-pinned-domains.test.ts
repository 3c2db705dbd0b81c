import { PINS, WELL_PINNED, ats, exceptionDomain, identity, identityList, pinnedDomain, ruleTester, rules } from "./rule-tester.js";

const { CA_1, CA_2 } = PINS;

/** A domain-body entry (four tabs deep, two lines). */
const INCLUDES_SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";
const INSECURE_HTTP = "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>";
/** A pinned-domain body: two CA pins (11 lines). */
const CA_PINS = identityList("NSPinnedCAIdentities", [identity(CA_1), identity(CA_2)]);
/** A pinned-domain body: NSIncludesSubdomains and two CA pins (13 lines). */
const PINS_WITH_SUBDOMAINS = `${INCLUDES_SUBDOMAINS}\n${CA_PINS}`;
/** An ATS-dict entry (two lines). */
const ARBITRARY_LOADS = "\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>";


ruleTester.run("no-cleartext-pinned-domains", rules["no-cleartext-pinned-domains"], {
  valid: [
    // The Security framework looks up a host and its parent only: a.b.example.com is not pinned by example.com.
    ats(`${exceptionDomain("a.b.example.com", INSECURE_HTTP)}\n${pinnedDomain("example.com", PINS_WITH_SUBDOMAINS)}`),
    WELL_PINNED,
    // Insecure HTTP for an unrelated domain.
    ats(`${exceptionDomain("cdn.example.net", `${INCLUDES_SUBDOMAINS}\n${INSECURE_HTTP}`)}\n${pinnedDomain("example.com", PINS_WITH_SUBDOMAINS)}`),
    // A name that merely ends in the pinned name is no subdomain of it.
    ats(`${exceptionDomain("badexample.com", `${INCLUDES_SUBDOMAINS}\n${INSECURE_HTTP}`)}\n${pinnedDomain("example.com", PINS_WITH_SUBDOMAINS)}`),
    // A subdomain allows HTTP, but the pin covers only example.com itself.
    ats(`${exceptionDomain("api.example.com", INSECURE_HTTP)}\n${pinnedDomain("example.com", CA_PINS)}`),
    // The parent allows HTTP for itself only, not for the pinned subdomain.
    ats(`${exceptionDomain("example.com", INSECURE_HTTP)}\n${pinnedDomain("api.example.com", CA_PINS)}`),
    // An exception that keeps HTTP off.
    ats(
      `${exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<false/>")}\n${pinnedDomain("example.com", CA_PINS)}`,
    ),
    // NSAllowsArbitraryLoads NO.
    ats(`\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<false/>\n${pinnedDomain("example.com", CA_PINS)}`),
    // NSAllowsArbitraryLoads YES cancelled by the iOS 10 override (any value) at the assumed minimum OS.
    ats(`${ARBITRARY_LOADS}\n\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>\n\t\t<false/>\n${pinnedDomain("example.com", CA_PINS)}`),
    // NSAllowsArbitraryLoads YES, but the pinned domain is listed in NSExceptionDomains, which opts it out of the
    // global keys: an empty dict, or one that tightens TLS.
    ats(`${ARBITRARY_LOADS}\n${exceptionDomain("example.com", "")}\n${pinnedDomain("example.com", CA_PINS)}`),
    ats(
      `${ARBITRARY_LOADS}\n${exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>")}\n${pinnedDomain("example.com", CA_PINS)}`,
    ),
    // …or covered by a listed parent with NSIncludesSubdomains.
    ats(`${ARBITRARY_LOADS}\n${exceptionDomain("example.com", INCLUDES_SUBDOMAINS)}\n${pinnedDomain("api.example.com", CA_PINS)}`),
  ],
  invalid: [
    {
      // The exception for example.com covers only that name, so global arbitrary loads still reach its pinned subdomains.
      code: ats(`${ARBITRARY_LOADS}\n${exceptionDomain("example.com", "")}\n${pinnedDomain("example.com", PINS_WITH_SUBDOMAINS)}`),
      errors: [{ messageId: "globalAllowsHTTP", data: { domain: "'example.com'" } }],
    },
    {
      // An exception for the pinned name itself.
      code: ats(`${exceptionDomain("example.com", INSECURE_HTTP)}\n${pinnedDomain("example.com", CA_PINS)}`),
      errors: [
        {
          messageId: "exceptionAllowsHTTP",
          data: { domain: "'example.com'", exception: "example.com" },
          line: 16,
          column: 4,
          endLine: 16,
          endColumn: 26,
        },
      ],
    },
    {
      // A subdomain that the pinned domain's NSIncludesSubdomains covers.
      code: ats(`${exceptionDomain("api.example.com", INSECURE_HTTP)}\n${pinnedDomain("example.com", PINS_WITH_SUBDOMAINS)}`),
      errors: [
        {
          messageId: "exceptionAllowsHTTP",
          data: { domain: "'example.com'", exception: "api.example.com" },
          line: 16,
          column: 4,
          endLine: 16,
          endColumn: 26,
        },
      ],
    },
    {
      // A parent whose NSIncludesSubdomains covers the pinned name.
      code: ats(
        `${exceptionDomain("example.com", `${INCLUDES_SUBDOMAINS}\n${INSECURE_HTTP}`)}\n${pinnedDomain("api.example.com", CA_PINS)}`,
      ),
      errors: [
        {
          messageId: "exceptionAllowsHTTP",
          data: { domain: "'api.example.com'", exception: "example.com" },
          line: 18,
          column: 4,
          endLine: 18,
          endColumn: 30,
        },
      ],
    },
    {
      // A legacy key is read as possibly active.
      code: ats(
        `${exceptionDomain("example.com", "\t\t\t\t<key>NSTemporaryExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>")}\n${pinnedDomain("example.com", CA_PINS)}`,
      ),
      errors: [{ messageId: "exceptionAllowsHTTP", data: { domain: "'example.com'", exception: "example.com" }, line: 16, column: 4 }],
    },
    {
      // `<string>YES</string>` is read as true (the conservative reading).
      code: ats(
        `${exceptionDomain("example.com", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<string>YES</string>")}\n${pinnedDomain("example.com", CA_PINS)}`,
      ),
      errors: [{ messageId: "exceptionAllowsHTTP", data: { domain: "'example.com'", exception: "example.com" }, line: 16, column: 4 }],
    },
    {
      // Domain names are compared case-insensitively; the exception is named as written.
      code: ats(`${exceptionDomain("Example.com", INSECURE_HTTP)}\n${pinnedDomain("example.com", CA_PINS)}`),
      errors: [
        {
          messageId: "exceptionAllowsHTTP",
          data: { domain: "'example.com'", exception: "Example.com" },
          line: 16,
          column: 4,
          endLine: 16,
          endColumn: 26,
        },
      ],
    },
    {
      // Global NSAllowsArbitraryLoads YES in force, and the pinned domain is not listed in NSExceptionDomains.
      code: ats(`${ARBITRARY_LOADS}\n${pinnedDomain("example.com", CA_PINS)}`),
      errors: [
        {
          messageId: "globalAllowsHTTP",
          data: { domain: "'example.com'" },
          line: 10,
          column: 4,
          endLine: 10,
          endColumn: 26,
        },
      ],
    },
    {
      // Only a subdomain is listed: the pinned name itself still gets NSAllowsArbitraryLoads.
      code: ats(
        `${ARBITRARY_LOADS}\n${exceptionDomain("api.example.com", "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>")}\n${pinnedDomain("example.com", PINS_WITH_SUBDOMAINS)}`,
      ),
      errors: [
        {
          messageId: "globalAllowsHTTP",
          data: { domain: "'example.com'" },
          line: 18,
          column: 4,
          endLine: 18,
          endColumn: 26,
        },
      ],
    },
    {
      // Both: the exception for the domain is what allows HTTP, so only it is named.
      code: ats(`${ARBITRARY_LOADS}\n${exceptionDomain("example.com", INSECURE_HTTP)}\n${pinnedDomain("example.com", CA_PINS)}`),
      errors: [
        {
          messageId: "exceptionAllowsHTTP",
          data: { domain: "'example.com'", exception: "example.com" },
          line: 18,
          column: 4,
          endLine: 18,
          endColumn: 26,
        },
      ],
    },
    {
      // The override key is present, but the minimum OS (iOS 9) predates the override, so NSAllowsArbitraryLoads holds.
      code: ats(`${ARBITRARY_LOADS}\n\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n${pinnedDomain("example.com", CA_PINS)}`),
      settings: { plist: { minimumOS: { iOS: "9.3" } } },
      errors: [
        {
          messageId: "globalAllowsHTTP",
          data: { domain: "'example.com'" },
          line: 12,
          column: 4,
          endLine: 12,
          endColumn: 26,
        },
      ],
    },
  ],
});
