import { ats, domain, exceptionDomain, exceptionDomains, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

/** A domain setting (two lines, four tabs deep). */
const setting = (key: string, value: string): string => `\t\t\t\t<key>${key}</key>\n\t\t\t\t${value}`;
/** A global ATS key (two lines, two tabs deep). */
const globalKey = (key: string, value: string): string => `\t\t<key>${key}</key>\n\t\t${value}`;

const ARBITRARY_LOADS = globalKey("NSAllowsArbitraryLoads", "<true/>");
const INSECURE = setting("NSExceptionAllowsInsecureHTTPLoads", "<true/>");
const TLS_1_0 = setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.0</string>");
const SUBDOMAINS = setting("NSIncludesSubdomains", "<true/>");

/** A whole plist whose ATS dict holds `lines` (from line 6). */
const inAts = (...lines: string[]): string => ats(lines.join("\n"));
/** A whole plist with one exception domain `example.com` (its `<key>` on line 8) holding `lines` (from line 10). */
const inDomain = (...lines: string[]): string => ats(exceptionDomain("example.com", lines.join("\n")));

const domainData = (key: string, name = "example.com") => ({ key, domain: ` for '${name}'`, orDomain: " or its domain" });
const globalData = (key: string) => ({ key, domain: "", orDomain: "" });

ruleTester.run("require-ats-justification", rules["require-ats-justification"], {
  valid: [
    // A misplaced key is never read (no-misplaced-ats-keys reports it), so App Review has nothing to ask.
    inAts(globalKey("NSExceptionAllowsInsecureHTTPLoads", "<true/>")),
    // A dead earlier duplicate is not read by the OS (no-duplicate-keys reports it).
    inDomain(INSECURE, setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>")),
    // A justification directly above the key.
    inAts("\t\t<!-- Justification: a browser must open any URL the user types -->", ARBITRARY_LOADS),
    inAts("\t\t<!-- Justification: streams from user-configured media servers -->", globalKey("NSAllowsArbitraryLoadsForMedia", "<true/>")),
    inAts("\t\t<!-- Justification: the in-app browser opens arbitrary pages -->", globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>")),
    inDomain("\t\t\t\t<!-- Justification: the camera's firmware serves HTTP only -->", INSECURE),
    inDomain(SUBDOMAINS, "\t\t\t\t<!-- Justification: vendor box limited to TLS 1.0, replaced in Q3 -->", TLS_1_0),
    // A justification above the domain's key covers every setting in it.
    exceptionDomains(
      `\t\t\t<!-- Justification: legacy camera firmware, HTTP and TLS 1.0 only -->\n${domain("camera.example.com", `${INSECURE}\n${TLS_1_0}`)}`,
    ),
    // Above an eslint-disable comment that is itself directly above the key.
    inAts(
      "\t\t<!-- Justification: self-hosted servers with user-supplied addresses -->",
      "\t\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -->",
      ARBITRARY_LOADS,
    ),
    exceptionDomains(
      `\t\t\t<!-- Justification: on-premises server -->\n\t\t\t<!-- eslint-disable-next-line plist/no-insecure-http-exceptions -->\n${domain("intranet.example.com", INSECURE)}`,
    ),
    // A comment spanning several lines.
    inAts("\t\t<!--\n\t\t\tJustification: a browser must open any URL the user types\n\t\t-->", ARBITRARY_LOADS),
    // NO values need no justification.
    inAts(
      globalKey("NSAllowsArbitraryLoads", "<false/>"),
      globalKey("NSAllowsArbitraryLoadsForMedia", "<false/>"),
      globalKey("NSAllowsArbitraryLoadsInWebContent", "<false/>"),
    ),
    inDomain(setting("NSExceptionAllowsInsecureHTTPLoads", "<false/>"), setting("NSTemporaryExceptionAllowsInsecureHTTPLoads", "<false/>")),
    // A minimum TLS of 1.2 or more.
    inDomain(setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.2</string>")),
    inDomain(setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.3</string>")),
    // Not on App Review's list.
    inAts(globalKey("NSAllowsLocalNetworking", "<true/>")),
    inDomain(setting("NSExceptionRequiresForwardSecrecy", "<false/>"), SUBDOMAINS),
    // A build variable: the value is unknown until Xcode substitutes it.
    inAts(globalKey("NSAllowsArbitraryLoads", "<string>$(ALLOW_HTTP)</string>")),
    // Where ATS never reads it.
    plist("<dict>\n\t<key>NSAllowsArbitraryLoads</key>\n\t<true/>\n</dict>"),
    ats(pinnedDomain("example.com", INSECURE)),
    // An NSAllowsArbitraryLoads that the newer key cancels at the minimum OS (iOS 12 assumed) has no effect.
    inAts(ARBITRARY_LOADS, "\t\t<!-- Justification: the in-app browser opens arbitrary pages -->", globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>")),
    // Loopback names: the traffic never leaves the device.
    exceptionDomains(
      [domain("localhost", `${INSECURE}\n${SUBDOMAINS}`), domain("127.0.0.1", TLS_1_0), domain("::1", INSECURE), domain("127.0.0.0/8", INSECURE)].join("\n"),
    ),
  ],
  invalid: [
    {
      // iOS 9 honours NSAllowsArbitraryLoads next to the newer key.
      code: inAts(ARBITRARY_LOADS, "\t\t<!-- Justification: the in-app browser opens arbitrary pages -->", globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>")),
      settings: { plist: { minimumOS: { iOS: "9.0" } } },
      errors: [{ messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoads"), line: 6, column: 3 }],
    },
    {
      // Names that only look local, and a range wider than loopback, are not exempt.
      code: exceptionDomains([domain("localhost.example.com", INSECURE), domain("10.0.0.1", INSECURE), domain("127.0.0.0/7", INSECURE)].join("\n")),
      errors: [
        { messageId: "missingJustification", data: domainData("NSExceptionAllowsInsecureHTTPLoads", "localhost.example.com"), line: 10, column: 5 },
        { messageId: "missingJustification", data: domainData("NSExceptionAllowsInsecureHTTPLoads", "10.0.0.1"), line: 15, column: 5 },
        { messageId: "missingJustification", data: domainData("NSExceptionAllowsInsecureHTTPLoads", "127.0.0.0/7"), line: 20, column: 5 },
      ],
    },
    {
      // Only directive comments may stand between a justification and its key.
      code: inAts("\t\t<!-- Justification: a browser -->", "\t\t<!-- TODO: remove -->", ARBITRARY_LOADS),
      errors: [{ messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoads"), line: 8 }],
    },
    {
      // A comment after the value on its line belongs to that entry, not to the key below it.
      code: inAts(
        "\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/> <!-- Justification: podcasts on plain HTTP -->",
        globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>"),
      ),
      errors: [
        { messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoadsForMedia"), line: 6 },
        { messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoadsInWebContent"), line: 8 },
      ],
    },
    {
      code: inAts(ARBITRARY_LOADS),
      errors: [
        {
          messageId: "missingJustification",
          data: globalData("NSAllowsArbitraryLoads"),
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
        },
      ],
    },
    {
      // Each key needs its own: a justification above one does not cover the next.
      code: inAts(
        "\t\t<!-- Justification: a browser must open any URL the user types -->",
        ARBITRARY_LOADS,
        globalKey("NSAllowsArbitraryLoadsForMedia", "<true/>"),
        globalKey("NSAllowsArbitraryLoadsInWebContent", "<true/>"),
      ),
      errors: [
        {
          messageId: "missingJustification",
          data: globalData("NSAllowsArbitraryLoadsForMedia"),
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 44,
        },
        {
          messageId: "missingJustification",
          data: globalData("NSAllowsArbitraryLoadsInWebContent"),
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 48,
        },
      ],
    },
    {
      // The legacy name of …ForMedia; `<string>YES</string>` is read as true.
      code: inAts(globalKey("NSAllowsArbitraryLoadsInMedia", "<string>YES</string>")),
      errors: [
        {
          messageId: "missingJustification",
          data: globalData("NSAllowsArbitraryLoadsInMedia"),
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 43,
        },
      ],
    },
    {
      code: inDomain(SUBDOMAINS, INSECURE),
      errors: [
        {
          messageId: "missingJustification",
          data: domainData("NSExceptionAllowsInsecureHTTPLoads"),
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 50,
        },
      ],
    },
    {
      code: inDomain(TLS_1_0),
      errors: [
        {
          messageId: "missingJustification",
          data: domainData("NSExceptionMinimumTLSVersion"),
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 44,
        },
      ],
    },
    {
      code: inDomain(setting("NSExceptionMinimumTLSVersion", "<string>TLSv1.1</string>")),
      errors: [{ messageId: "missingJustification", data: domainData("NSExceptionMinimumTLSVersion"), line: 10, column: 5 }],
    },
    {
      // Legacy variants may still be honoured.
      code: inDomain(
        setting("NSTemporaryExceptionAllowsInsecureHTTPLoads", "<true/>"),
        setting("NSThirdPartyExceptionAllowsInsecureHTTPLoads", "<true/>"),
        setting("NSTemporaryThirdPartyExceptionAllowsInsecureHTTPLoads", "<true/>"),
        setting("NSTemporaryExceptionMinimumTLSVersion", "<string>TLSv1.0</string>"),
      ),
      errors: [
        {
          messageId: "missingJustification",
          data: domainData("NSTemporaryExceptionAllowsInsecureHTTPLoads"),
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 59,
        },
        { messageId: "missingJustification", data: domainData("NSThirdPartyExceptionAllowsInsecureHTTPLoads"), line: 12 },
        { messageId: "missingJustification", data: domainData("NSTemporaryThirdPartyExceptionAllowsInsecureHTTPLoads"), line: 14 },
        {
          messageId: "missingJustification",
          data: domainData("NSTemporaryExceptionMinimumTLSVersion"),
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 53,
        },
      ],
    },
    {
      // A justification above one setting does not cover its neighbour.
      code: inDomain("\t\t\t\t<!-- Justification: the camera's firmware serves HTTP only -->", INSECURE, TLS_1_0),
      errors: [
        {
          messageId: "missingJustification",
          data: domainData("NSExceptionMinimumTLSVersion"),
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 44,
        },
      ],
    },
    {
      // Separated from the key by a blank line: not directly above.
      code: inAts("\t\t<!-- Justification: a browser must open any URL the user types -->", "", ARBITRARY_LOADS),
      errors: [{ messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoads"), line: 8, column: 3, endLine: 8, endColumn: 36 }],
    },
    {
      code: exceptionDomains(`\t\t\t<!-- Justification: legacy camera firmware -->\n\n${domain("camera.example.com", INSECURE)}`),
      errors: [
        {
          messageId: "missingJustification",
          data: domainData("NSExceptionAllowsInsecureHTTPLoads", "camera.example.com"),
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 50,
        },
      ],
    },
    {
      // A label without a reason does not count.
      code: inAts("\t\t<!-- Justification: -->", ARBITRARY_LOADS),
      errors: [{ messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoads"), line: 7, column: 3, endLine: 7, endColumn: 36 }],
    },
    {
      // A comment that is not a justification.
      code: inAts("\t\t<!-- TODO: remove before release -->", ARBITRARY_LOADS),
      errors: [{ messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoads"), line: 7 }],
    },
    {
      // An eslint-disable comment for another rule is not a justification.
      code: inAts("\t\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -->", ARBITRARY_LOADS),
      errors: [{ messageId: "missingJustification", data: globalData("NSAllowsArbitraryLoads"), line: 7, column: 3, endLine: 7, endColumn: 36 }],
    },
    {
      // A loose TLS spelling is still read as TLS 1.0.
      code: inDomain(setting("NSExceptionMinimumTLSVersion", "<string>1.0</string>")),
      errors: [{ messageId: "missingJustification", data: domainData("NSExceptionMinimumTLSVersion"), line: 10, column: 5, endLine: 10, endColumn: 44 }],
    },
  ],
});
