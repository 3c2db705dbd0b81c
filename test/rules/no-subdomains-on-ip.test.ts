import { ats, caIdentity, domain, exceptionDomain, exceptionDomains, pinnedDomain, ruleTester, rules } from "./rule-tester.js";

const PIN = "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=";
const INSECURE = "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>";
const SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>";
const NO_SUBDOMAINS = "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<false/>";
const CA_PIN = caIdentity(`\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>\n\t\t\t\t\t\t<string>${PIN}</string>`);

/** The domain entry `name` with an empty dict left after the fix (`<dict>` and `</dict>` on their own lines). */
const emptiedDomain = (name: string): string => `\t\t\t<key>${name}</key>\n\t\t\t<dict>\n\t\t\t</dict>`;

ruleTester.run("no-subdomains-on-ip", rules["no-subdomains-on-ip"], {
  valid: [
    // Host names have subdomains.
    exceptionDomains(domain("example.com", `${SUBDOMAINS}\n${INSECURE}`)),
    exceptionDomains(domain("localhost", SUBDOMAINS)),
    ats(pinnedDomain("example.com", `${CA_PIN}\n${SUBDOMAINS}`)),
    // An IP key without NSIncludesSubdomains.
    exceptionDomains(domain("192.168.1.10", INSECURE)),
    exceptionDomains(domain("10.0.0.0/8", INSECURE)),
    // A name that only looks numeric is a host name, not an address.
    exceptionDomains(domain("1.example.com", SUBDOMAINS)),
    // A bracketed IPv6 key is not an address ATS recognises (valid-domain-keys reports it).
    exceptionDomains(domain("[::1]", SUBDOMAINS)),
    // A build variable: unknown until Xcode substitutes it.
    exceptionDomains(domain("$(API_HOST)", SUBDOMAINS)),
    // Directly in the ATS dict ATS never reads it (no-misplaced-ats-keys reports it).
    ats("\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>"),
  ],
  invalid: [
    {
      code: exceptionDomains(domain("192.168.1.10", `${SUBDOMAINS}\n${INSECURE}`)),
      output: exceptionDomains(domain("192.168.1.10", INSECURE)),
      errors: [
        { messageId: "noEffect", data: { domain: "192.168.1.10" }, line: 10, column: 5, endLine: 10, endColumn: 36 },
      ],
    },
    {
      code: exceptionDomains(domain("::1", `${INSECURE}\n${SUBDOMAINS}`)),
      output: exceptionDomains(domain("::1", INSECURE)),
      errors: [{ messageId: "noEffect", data: { domain: "::1" }, line: 12, column: 5, endLine: 12, endColumn: 36 }],
    },
    {
      // A CIDR range; the only key: the domain's (now empty) dict stays.
      code: ats(exceptionDomain("10.0.0.0/8", SUBDOMAINS)),
      output: exceptionDomains(emptiedDomain("10.0.0.0/8")),
      errors: [{ messageId: "noEffect", data: { domain: "10.0.0.0/8" }, line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
    {
      // In a pinned domain too.
      code: ats(pinnedDomain("2001:db8::/32", `${CA_PIN}\n${SUBDOMAINS}`)),
      output: ats(pinnedDomain("2001:db8::/32", CA_PIN)),
      errors: [{ messageId: "noEffect", data: { domain: "2001:db8::/32" }, line: 17, column: 5, endLine: 17, endColumn: 36 }],
    },
    {
      code: ats(pinnedDomain("203.0.113.7", `${SUBDOMAINS}\n${CA_PIN}`)),
      output: ats(pinnedDomain("203.0.113.7", CA_PIN)),
      errors: [{ messageId: "noEffect", data: { domain: "203.0.113.7" }, line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
    {
      // Without effect whatever its value.
      code: exceptionDomains(domain("192.168.1.10", `${NO_SUBDOMAINS}\n${INSECURE}`)),
      output: exceptionDomains(domain("192.168.1.10", INSECURE)),
      errors: [{ messageId: "noEffect", data: { domain: "192.168.1.10" }, line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
    {
      // Only the IP domain; the host name next to it keeps its NSIncludesSubdomains.
      code: exceptionDomains(`${domain("example.com", SUBDOMAINS)}\n${domain("127.0.0.1", `${SUBDOMAINS}\n${INSECURE}`)}`),
      output: exceptionDomains(`${domain("example.com", SUBDOMAINS)}\n${domain("127.0.0.1", INSECURE)}`),
      errors: [{ messageId: "noEffect", data: { domain: "127.0.0.1" }, line: 15, column: 5, endLine: 15, endColumn: 36 }],
    },
    {
      // Several IP domains: all fixed in one pass.
      code: exceptionDomains(`${domain("10.0.0.1", `${SUBDOMAINS}\n${INSECURE}`)}\n${domain("fd00::/8", `${INSECURE}\n${SUBDOMAINS}`)}`),
      output: exceptionDomains(`${domain("10.0.0.1", INSECURE)}\n${domain("fd00::/8", INSECURE)}`),
      errors: [
        { messageId: "noEffect", data: { domain: "10.0.0.1" }, line: 10, column: 5, endLine: 10, endColumn: 36 },
        { messageId: "noEffect", data: { domain: "fd00::/8" }, line: 19, column: 5, endLine: 19, endColumn: 36 },
      ],
    },
    {
      // Sharing a line with another entry: only the entry goes.
      code: exceptionDomains(
        domain("10.0.0.1", "\t\t\t\t<key>NSIncludesSubdomains</key><true/><key>NSExceptionAllowsInsecureHTTPLoads</key><true/>"),
      ),
      output: exceptionDomains(domain("10.0.0.1", "\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key><true/>")),
      errors: [{ messageId: "noEffect", line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
    {
      // CRLF line endings are kept.
      code: exceptionDomains(domain("192.168.1.10", `${SUBDOMAINS}\n${INSECURE}`)).replace(/\n/gu, "\r\n"),
      output: exceptionDomains(domain("192.168.1.10", INSECURE)).replace(/\n/gu, "\r\n"),
      errors: [{ messageId: "noEffect", data: { domain: "192.168.1.10" }, line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
  ],
});
