import { ats, caIdentity, domain, exceptionDomain, exceptionDomains, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";
const CA_PIN = caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`);

/** A domain setting (two lines, four tabs deep). */
const setting = (key: string, value: string): string => `\t\t\t\t<key>${key}</key>\n\t\t\t\t${value}`;
/** A global ATS key (two lines, two tabs deep). */
const globalKey = (key: string, value: string): string => `\t\t<key>${key}</key>\n\t\t${value}`;

const INSECURE = setting("NSExceptionAllowsInsecureHTTPLoads", "<true/>");
const SUBDOMAINS = setting("NSIncludesSubdomains", "<true/>");
const TLS_1_0 = setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.0</string>");

/** A whole plist with one exception domain `example.com` holding `settings` (from line 10). */
const inDomain = (...settings: string[]): string => ats(exceptionDomain("example.com", settings.join("\n")));
/** A whole plist whose ATS dict holds `keys` (from line 6). */
const inAts = (...keys: string[]): string => ats(keys.join("\n"));
/** The domain `example.com` with an empty dict left after the fix (`<dict>` and `</dict>` on their own lines). */
const EMPTIED_DOMAIN = exceptionDomains("\t\t\t<key>example.com</key>\n\t\t\t<dict>\n\t\t\t</dict>");
/** The ATS dict left empty by the fix. */
const EMPTY_ATS = plist("<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t</dict>\n</dict>");

ruleTester.run("no-redundant-ats-defaults", rules["no-redundant-ats-defaults"], {
  valid: [
    // A legacy name sets the same thing: which one wins is unknown, so the explicit default may matter.
    inAts(globalKey("NSAllowsArbitraryLoadsForMedia", "<false/>"), globalKey("NSAllowsArbitraryLoadsInMedia", "<true/>")),
    // Only the exact default counts: what ATS does with another spelling is undocumented.
    inDomain(setting("NSExceptionMinimumTLSVersion", "<string>1.2</string>")),
    inDomain(setting("NSIncludesSubdomains", "<string>NO</string>")),
    // A duplicated key: removing the later default would bring the earlier YES back (no-duplicate-keys reports it).
    inAts(globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoads", "<false/>")),
    inDomain(INSECURE, setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>")),
    // NSAllowsArbitraryLoads from a build variable may be YES, and then the override key's presence cancels it.
    inAts(globalKey("NSAllowsArbitraryLoads", "<string>$(ALLOW_HTTP)</string>"), globalKey("NSAllowsLocalNetworking", "<false/>")),
    // A pinned domain reads only NSIncludesSubdomains of these keys.
    ats(pinnedDomain("example.com", `${setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>")}\n${CA_PIN}`)),
    // Values that differ from the default.
    inDomain(SUBDOMAINS, INSECURE, setting("NSExceptionRequiresForwardSecrecy", "<false/>"), TLS_1_0),
    inDomain(setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.3</string>")),
    inAts(globalKey("NSAllowsArbitraryLoads", "<true/>")),
    inAts(globalKey("NSAllowsLocalNetworking", "<true/>")),
    // An override key while NSAllowsArbitraryLoads is YES: its mere presence cancels NSAllowsArbitraryLoads.
    inAts(globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoadsInWebContent", "<false/>")),
    inAts(globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoadsForMedia", "<false/>")),
    inAts(globalKey("NSAllowsLocalNetworking", "<false/>"), globalKey("NSAllowsArbitraryLoads", "<true/>")),
    // Also at a minimum OS that predates the override: iOS 10+ still cancel NSAllowsArbitraryLoads because of it.
    {
      code: inAts(globalKey("NSAllowsArbitraryLoads", "<true/>"), globalKey("NSAllowsArbitraryLoadsInWebContent", "<false/>")),
      settings: { plist: { minimumOS: { iOS: "9.0" } } },
    },
    // A default restated while a legacy variant of the same setting is present: which one wins is unknown.
    inDomain(setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>"), setting("NSTemporaryExceptionAllowsInsecureHTTPLoads", "<true/>")),
    inDomain(setting("NSThirdPartyExceptionAllowsInsecureHTTPLoads", "<false/>"), setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>")),
    inDomain(setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.2</string>"), setting("NSTemporaryExceptionMinimumTLSVersion", "<string>TLSv1.0</string>")),
    inDomain(setting("NSExceptionRequiresForwardSecrecy", "<true/>"), setting("NSThirdPartyExceptionRequiresForwardSecrecy", "<false/>")),
    // Legacy keys are no-legacy-ats-keys' business, whatever their value.
    inDomain(setting("NSTemporaryExceptionAllowsInsecureHTTPLoads", "<false/>")),
    // A build variable: the value is unknown until Xcode substitutes it.
    inDomain(setting("NSExceptionAllowsInsecureHTTPLoads", "<string>$(ALLOW_HTTP)</string>")),
    inAts(globalKey("NSAllowsArbitraryLoads", "<string>$(ALLOW_HTTP)</string>")),
    // Outside NSAppTransportSecurity, ATS never reads it.
    plist("<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<false/>\n</dict>"),
    // A pinned domain that includes its subdomains.
    ats(pinnedDomain("example.com", `${CA_PIN}\n${SUBDOMAINS}`)),
  ],
  invalid: [
    {
      code: inDomain(setting("NSIncludesSubdomains", "<false/>"), INSECURE),
      output: inDomain(INSECURE),
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSIncludesSubdomains", domain: " for 'example.com'", value: "NO" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      code: inDomain(TLS_1_0, setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>")),
      output: inDomain(TLS_1_0),
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSExceptionAllowsInsecureHTTPLoads", domain: " for 'example.com'", value: "NO" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 50,
        },
      ],
    },
    {
      code: inDomain(INSECURE, setting("NSExceptionRequiresForwardSecrecy", "<true/>")),
      output: inDomain(INSECURE),
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSExceptionRequiresForwardSecrecy", domain: " for 'example.com'", value: "YES" },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 49,
        },
      ],
    },
    {
      // The only setting: the (now empty) domain dict stays, since it still opts the domain out of global keys.
      code: inDomain(setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.2</string>")),
      output: EMPTIED_DOMAIN,
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSExceptionMinimumTLSVersion", domain: " for 'example.com'", value: "TLSv1.2" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 44,
        },
      ],
    },
    {
      code: inAts(globalKey("NSAllowsArbitraryLoads", "<false/>")),
      output: EMPTY_ATS,
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSAllowsArbitraryLoads", domain: "", value: "NO" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
        },
      ],
    },
    {
      // React Native's and Expo's template: NO next to NSAllowsLocalNetworking changes nothing on any OS.
      code: inAts(globalKey("NSAllowsArbitraryLoads", "<false/>"), globalKey("NSAllowsLocalNetworking", "<true/>")),
      output: inAts(globalKey("NSAllowsLocalNetworking", "<true/>")),
      errors: [{ messageId: "redundant", data: { key: "NSAllowsArbitraryLoads", domain: "", value: "NO" }, line: 6, column: 3, endLine: 6, endColumn: 36 }],
    },
    {
      // With the template's comment above it, the entry is reported but not removed: the comment would be stranded.
      code: inAts(
        "\t\t<!-- Do not change NSAllowsArbitraryLoads to true, or you will risk app rejection! -->",
        globalKey("NSAllowsArbitraryLoads", "<false/>"),
        globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>"),
      ),
      output: null,
      errors: [{ messageId: "redundant", data: { key: "NSAllowsArbitraryLoads", domain: "", value: "NO" }, line: 7, column: 3 }],
    },
    {
      // A directive comment is about linting, not about the entry: the fix removes the entry and leaves it.
      code: inAts("\t\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -->", globalKey("NSAllowsArbitraryLoads", "<false/>"), globalKey("NSAllowsLocalNetworking", "<true/>")),
      output: inAts("\t\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -->", globalKey("NSAllowsLocalNetworking", "<true/>")),
      errors: [{ messageId: "redundant", line: 7, column: 3 }],
    },
    {
      code: inAts(globalKey("NSAllowsArbitraryLoads", "<false/>"), exceptionDomain("example.com", INSECURE)),
      output: inAts(exceptionDomain("example.com", INSECURE)),
      errors: [{ messageId: "redundant", data: { key: "NSAllowsArbitraryLoads", domain: "", value: "NO" }, line: 6 }],
    },
    {
      // The override keys set to NO while NSAllowsArbitraryLoads is absent: their presence cancels nothing.
      code: inAts(globalKey("NSAllowsArbitraryLoadsInWebContent", "<false/>"), exceptionDomain("example.com", INSECURE)),
      output: inAts(exceptionDomain("example.com", INSECURE)),
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSAllowsArbitraryLoadsInWebContent", domain: "", value: "NO" },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 48,
        },
      ],
    },
    {
      code: inAts(globalKey("NSAllowsLocalNetworking", "<false/>"), exceptionDomain("example.com", INSECURE)),
      output: inAts(exceptionDomain("example.com", INSECURE)),
      errors: [{ messageId: "redundant", data: { key: "NSAllowsLocalNetworking", domain: "", value: "NO" }, line: 6, column: 3 }],
    },
    {
      code: inAts(exceptionDomain("example.com", INSECURE), globalKey("NSAllowsArbitraryLoadsForMedia", "<false/>")),
      output: inAts(exceptionDomain("example.com", INSECURE)),
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSAllowsArbitraryLoadsForMedia", domain: "", value: "NO" },
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 44,
        },
      ],
    },
    {
      // …nor while NSAllowsArbitraryLoads is NO, itself a default: each one alone changes nothing.
      code: inAts(globalKey("NSAllowsArbitraryLoads", "<false/>"), globalKey("NSAllowsLocalNetworking", "<false/>")),
      // Neighbouring removals touch, so one pass applies the first (--fix makes further passes).
      output: inAts(globalKey("NSAllowsLocalNetworking", "<false/>")),
      errors: [
        { messageId: "redundant", data: { key: "NSAllowsArbitraryLoads", domain: "", value: "NO" }, line: 6, column: 3 },
        {
          messageId: "redundant",
          data: { key: "NSAllowsLocalNetworking", domain: "", value: "NO" },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 37,
        },
      ],
    },
    {
      // In a pinned domain.
      code: ats(pinnedDomain("example.com", `${setting("NSIncludesSubdomains", "<false/>")}\n${CA_PIN}`)),
      output: ats(pinnedDomain("example.com", CA_PIN)),
      errors: [
        {
          messageId: "redundant",
          data: { key: "NSIncludesSubdomains", domain: " for 'example.com'", value: "NO" },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 36,
        },
      ],
    },
    {
      // Several defaults in one domain: all reported; removals of neighbouring entries do not overlap.
      code: inDomain(
        setting("NSIncludesSubdomains", "<false/>"),
        TLS_1_0,
        setting("NSExceptionRequiresForwardSecrecy", "<true/>"),
      ),
      output: inDomain(TLS_1_0),
      errors: [
        { messageId: "redundant", data: { key: "NSIncludesSubdomains", domain: " for 'example.com'", value: "NO" }, line: 10 },
        {
          messageId: "redundant",
          data: { key: "NSExceptionRequiresForwardSecrecy", domain: " for 'example.com'", value: "YES" },
          line: 14,
        },
      ],
    },
    {
      // Several domains.
      code: exceptionDomains(
        `${domain("a.example.com", `${setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>")}\n${TLS_1_0}`)}\n${domain("b.example.com", `${SUBDOMAINS}\n${setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.2</string>")}`)}`,
      ),
      output: exceptionDomains(`${domain("a.example.com", TLS_1_0)}\n${domain("b.example.com", SUBDOMAINS)}`),
      errors: [
        { messageId: "redundant", data: { key: "NSExceptionAllowsInsecureHTTPLoads", domain: " for 'a.example.com'", value: "NO" }, line: 10 },
        {
          messageId: "redundant",
          data: { key: "NSExceptionMinimumTLSVersion", domain: " for 'b.example.com'", value: "TLSv1.2" },
          line: 19,
        },
      ],
    },
    {
      // CRLF line endings are kept.
      code: inDomain(setting("NSIncludesSubdomains", "<false/>"), INSECURE).replace(/\n/gu, "\r\n"),
      output: inDomain(INSECURE).replace(/\n/gu, "\r\n"),
      errors: [{ messageId: "redundant", line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
  ],
});
