import { ats, caIdentity, domain, exceptionDomain, pinnedDomain, plist, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";
const BACKUP_PIN = "C5+lpZ7tcVwmwQIMcRtPbsQtWLABXhQzejna0wHFr8M=";
const CA_PIN = caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`);
const LEAF_PINS = `\t\t\t\t<key>NSPinnedLeafIdentities</key>\n\t\t\t\t<array>\n\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>\n\t\t\t\t\t</dict>\n\t\t\t\t\t<dict>\n\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${BACKUP_PIN}</string>\n\t\t\t\t\t</dict>\n\t\t\t\t</array>`;
const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";
const NO_SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<false/>";
const INSECURE = "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>";

const requireHosts = (...domains: string[]) => [{ domains }];

/** NSPinnedDomains holding `domains`, in an atsBody. */
const pinnedDomains = (domains: string): string => `\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n${domains}\n\t\t</dict>`;

/** One pinned domain `example.com` with a CA pin: the NSPinnedDomains entry spans lines 6–18 (columns 3 to 10). */
const PINNED_EXAMPLE = ats(pinnedDomain("example.com", CA_PIN));
/** The same with NSIncludesSubdomains = YES: the NSPinnedDomains entry spans lines 6–20. */
const PINNED_EXAMPLE_AND_SUBDOMAINS = ats(pinnedDomain("example.com", `${CA_PIN}\n${SUBDOMAINS}`));

ruleTester.run("require-pinning", rules["require-pinning"], {
  valid: [
    // The Security framework drops a host's trailing dot.
    { code: PINNED_EXAMPLE, options: requireHosts("example.com.") },
    // Covered exactly.
    { code: PINNED_EXAMPLE, options: requireHosts("example.com") },
    // Host names compare case-insensitively.
    { code: PINNED_EXAMPLE, options: requireHosts("Example.COM") },
    { code: ats(pinnedDomain("API.example.com", CA_PIN)), options: requireHosts("api.example.com") },
    // Covered through NSIncludesSubdomains: the domain itself and its direct subdomains.
    { code: PINNED_EXAMPLE_AND_SUBDOMAINS, options: requireHosts("example.com", "api.example.com") },
    // Leaf identities count as well as CA identities.
    { code: ats(pinnedDomain("api.example.com", LEAF_PINS)), options: requireHosts("api.example.com") },
    // Several pinned domains, each covering one host.
    {
      code: ats(pinnedDomains(`${domain("api.example.com", CA_PIN)}\n${domain("example.org", `${SUBDOMAINS}\n${LEAF_PINS}`)}`)),
      options: requireHosts("api.example.com", "cdn.example.org"),
    },
    // An IP address pinned exactly.
    { code: ats(pinnedDomain("203.0.113.7", CA_PIN)), options: requireHosts("203.0.113.7") },
  ],
  invalid: [
    {
      // A wrongly typed NSIncludesSubdomains does not extend a pin: the Security framework wants a real <true/>.
      code: ats(pinnedDomain("example.com", `${CA_PIN}\n\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<string>YES</string>`)),
      options: requireHosts("api.example.com"),
      errors: [{ messageId: "notPinned", data: { host: "api.example.com" } }],
    },
    {
      // The Security framework looks up a host and its parent only: two levels down is not certainly pinned.
      code: PINNED_EXAMPLE_AND_SUBDOMAINS,
      options: requireHosts("eu.api.example.com"),
      errors: [{ messageId: "notPinned", data: { host: "eu.api.example.com" } }],
    },
    {
      // A subdomain while NSIncludesSubdomains is absent: reported at the NSPinnedDomains entry.
      code: PINNED_EXAMPLE,
      options: requireHosts("api.example.com"),
      errors: [{ messageId: "notPinned", data: { host: "api.example.com" }, line: 6, column: 3, endLine: 6, endColumn: 29 }],
    },
    {
      code: ats(pinnedDomain("example.com", `${CA_PIN}\n${NO_SUBDOMAINS}`)),
      options: requireHosts("api.example.com"),
      errors: [{ messageId: "notPinned", data: { host: "api.example.com" }, line: 6, column: 3, endLine: 6, endColumn: 29 }],
    },
    {
      // Only the uncovered hosts, in the order of the option; a shared suffix is not a subdomain.
      code: PINNED_EXAMPLE_AND_SUBDOMAINS,
      options: requireHosts("api.example.com", "badexample.com", "example.org"),
      errors: [
        { messageId: "notPinned", data: { host: "badexample.com" }, line: 6, column: 3, endLine: 6, endColumn: 29 },
        { messageId: "notPinned", data: { host: "example.org" }, line: 6, column: 3, endLine: 6, endColumn: 29 },
      ],
    },
    {
      // The parent domain is not covered by a subdomain's pin.
      code: ats(pinnedDomain("api.example.com", `${CA_PIN}\n${SUBDOMAINS}`)),
      options: requireHosts("example.com"),
      errors: [{ messageId: "notPinned", data: { host: "example.com" }, line: 6, column: 3, endLine: 6, endColumn: 29 }],
    },
    {
      // A pinned domain without identity lists is not pinned at all.
      code: ats(pinnedDomain("example.com", SUBDOMAINS)),
      options: requireHosts("example.com"),
      errors: [{ messageId: "notPinned", data: { host: "example.com" }, line: 6, column: 3, endLine: 6, endColumn: 29 }],
    },
    {
      // NSIncludesSubdomains has no effect on an IP range.
      code: ats(pinnedDomain("10.0.0.0/8", `${CA_PIN}\n${SUBDOMAINS}`)),
      options: requireHosts("10.0.0.1"),
      errors: [{ messageId: "notPinned", data: { host: "10.0.0.1" }, line: 6, column: 3, endLine: 6, endColumn: 29 }],
    },
    {
      // No NSPinnedDomains: reported at the NSAppTransportSecurity entry.
      code: ats(exceptionDomain("example.com", INSECURE)),
      options: requireHosts("example.com"),
      errors: [{ messageId: "notPinned", data: { host: "example.com" }, line: 4, column: 2, endLine: 4, endColumn: 35 }],
    },
    {
      // NSPinnedDomains nested inside an exception domain is never read.
      code: ats(
        exceptionDomain(
          "example.com",
          `\t\t\t\t<key>NSPinnedDomains</key>\n\t\t\t\t<dict>\n${domain("example.com", CA_PIN).replace(/^/gmu, "\t\t")}\n\t\t\t\t</dict>`,
        ),
      ),
      options: requireHosts("example.com"),
      errors: [{ messageId: "notPinned", data: { host: "example.com" }, line: 4, column: 2, endLine: 4, endColumn: 35 }],
    },
    {
      // No NSAppTransportSecurity: reported at the top-level dict, once per host.
      code: plist("<dict>\n\t<key>CFBundleName</key>\n\t<string>App</string>\n</dict>"),
      options: requireHosts("example.com", "api.example.com"),
      errors: [
        { messageId: "notPinned", data: { host: "example.com" }, line: 3, column: 1, endLine: 3, endColumn: 7 },
        { messageId: "notPinned", data: { host: "api.example.com" }, line: 3, column: 1, endLine: 3, endColumn: 7 },
      ],
    },
  ],
});
