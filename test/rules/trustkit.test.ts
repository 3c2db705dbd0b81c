// The TrustKit rules (TSKConfiguration, as TrustKit's parse_configuration.m and TSKPinningValidator read it), with
// exact positions and suggestion outputs, in an Info.plist and in an Expo config's infoPlist.
import * as typescriptParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import { PINS, plist, rules, ruleTester } from "./rule-tester.js";

/** A plist whose TSKPinnedDomains holds `domains`; with `ats`, an NSAppTransportSecurity dict too. Domains start on line 8. */
function trustKit(domains: string, ats = ""): string {
  return plist(
    `<dict>\n\t<key>TSKConfiguration</key>\n\t<dict>\n\t\t<key>TSKPinnedDomains</key>\n\t\t<dict>\n${domains}\n\t\t</dict>\n\t</dict>${ats ? `\n${ats}` : ""}\n</dict>`,
  );
}

/** One pinned domain (key on line 8 when first) whose dict holds `settings` (four tabs deep, from line 10). */
function domain(name: string, settings: string): string {
  return `\t\t\t<key>${name}</key>\n\t\t\t<dict>\n${settings}\n\t\t\t</dict>`;
}

/** TSKPublicKeyHashes with these strings (four tabs deep; the first string two lines below the key). */
function hashes(...values: string[]): string {
  return `\t\t\t\t<key>TSKPublicKeyHashes</key>\n\t\t\t\t<array>\n${values.map((value) => `\t\t\t\t\t<string>${value}</string>`).join("\n")}\n\t\t\t\t</array>`;
}

const setting = (key: string, value: string): string => `\t\t\t\t<key>${key}</key>\n\t\t\t\t${value}`;
const TWO = hashes(PINS.CA_1, PINS.CA_2);

ruleTester.run("trustkit-valid-public-key-hashes", rules["trustkit-valid-public-key-hashes"], {
  valid: [{ code: trustKit(domain("example.com", TWO)) }, { code: trustKit(domain("example.com", hashes("$(API_PIN)", PINS.CA_2))) }],
  invalid: [
    {
      code: trustKit(domain("example.com", hashes(`sha256/${PINS.CA_1}`, "d4f1", PINS.CA_2))),
      errors: [
        {
          messageId: "invalidHash",
          data: { domain: "example.com", problem: "starts with OkHttp's 'sha256/'" },
          line: 12,
          column: 6,
          endLine: 12,
          endColumn: 74,
          suggestions: [{ messageId: "stripPrefix", output: trustKit(domain("example.com", hashes(PINS.CA_1, "d4f1", PINS.CA_2))) }],
        },
        { messageId: "invalidHash", data: { domain: "example.com", problem: "decodes to 3 bytes, not 32" }, line: 13, column: 6, suggestions: [] },
      ],
    },
  ],
});

ruleTester.run("trustkit-require-backup-pin", rules["trustkit-require-backup-pin"], {
  valid: [
    { code: trustKit(domain("example.com", TWO)) },
    // Not enforced, TrustKit starts with one hash (trustkit-no-unenforced-pinning reports the setting).
    { code: trustKit(domain("example.com", `${setting("TSKEnforcePinning", "<false/>")}\n${hashes(PINS.CA_1)}`)) },
  ],
  invalid: [
    {
      // The same key twice, spelled differently or not, is one hash.
      code: trustKit(domain("example.com", hashes(PINS.CA_1, PINS.CA_1))),
      errors: [{ messageId: "noBackup", data: { domain: "example.com", required: "2" }, line: 10, column: 5, endLine: 10, endColumn: 34 }],
    },
    { code: trustKit(domain("example.com", setting("TSKIncludeSubdomains", "<true/>"))), errors: [{ messageId: "noBackup", line: 8, column: 4 }] },
  ],
});

ruleTester.run("trustkit-no-unenforced-pinning", rules["trustkit-no-unenforced-pinning"], {
  valid: [{ code: trustKit(domain("example.com", `${setting("TSKEnforcePinning", "<true/>")}\n${TWO}`)) }],
  invalid: [
    {
      code: trustKit(domain("example.com", `${setting("TSKEnforcePinning", "<string>NO</string>")}\n${TWO}`)),
      errors: [
        {
          messageId: "notEnforced",
          data: { domain: "example.com", true: "YES" },
          line: 10,
          column: 5,
          suggestions: [{ messageId: "enforce", output: trustKit(domain("example.com", `${setting("TSKEnforcePinning", "<true/>")}\n${TWO}`)) }],
        },
      ],
    },
  ],
});

ruleTester.run("trustkit-no-expired-pins", rules["trustkit-no-expired-pins"], {
  valid: [
    { code: trustKit(domain("example.com", `${setting("TSKExpirationDate", "<string>2999-01-01</string>")}\n${TWO}`)) },
    // Not yyyy-MM-dd: TrustKit ignores it (and the pins never expire).
    { code: trustKit(domain("example.com", `${setting("TSKExpirationDate", "<string>01/01/2020</string>")}\n${TWO}`)) },
  ],
  invalid: [
    {
      code: trustKit(domain("example.com", `${setting("TSKExpirationDate", "<string>2020-06-30</string>")}\n${TWO}`)),
      errors: [{ messageId: "expired", data: { domain: "example.com", date: "2020-06-30" }, line: 11, column: 5, endLine: 11, endColumn: 32 }],
    },
  ],
});

ruleTester.run("trustkit-no-http-report-uris", rules["trustkit-no-http-report-uris"], {
  valid: [{ code: trustKit(domain("example.com", `${setting("TSKReportUris", "<array><string>https://r.example.com/pins</string></array>")}\n${TWO}`)) }],
  invalid: [
    {
      code: trustKit(domain("example.com", `${setting("TSKReportUris", "<array><string>http://r.example.com/pins</string></array>")}\n${TWO}`)),
      errors: [
        {
          messageId: "httpReportUri",
          line: 11,
          column: 12,
          suggestions: [
            {
              messageId: "useHttps",
              output: trustKit(domain("example.com", `${setting("TSKReportUris", "<array><string>https://r.example.com/pins</string></array>")}\n${TWO}`)),
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run("trustkit-no-subdomains-on-public-suffix", rules["trustkit-no-subdomains-on-public-suffix"], {
  valid: [
    { code: trustKit(domain("example.co.uk", `${setting("TSKIncludeSubdomains", "<true/>")}\n${TWO}`)) },
    { code: trustKit(domain("co.uk", `${setting("TSKIncludeSubdomains", "<false/>")}\n${TWO}`)) },
  ],
  invalid: [
    // A private-section suffix too: TrustKit met the problem with appspot.com.
    {
      code: trustKit(domain("appspot.com", `${setting("TSKIncludeSubdomains", "<true/>")}\n${TWO}`)),
      errors: [{ messageId: "publicSuffix", data: { domain: "appspot.com" }, line: 10, column: 5, endLine: 10, endColumn: 36 }],
    },
  ],
});

const INSECURE_API =
  "\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>api.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSExceptionAllowsInsecureHTTPLoads</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>\n\t</dict>";
const ARBITRARY = "\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n\t</dict>";

ruleTester.run("trustkit-no-cleartext-pinned-domains", rules["trustkit-no-cleartext-pinned-domains"], {
  valid: [
    { code: trustKit(domain("example.com", TWO), INSECURE_API) },
    // NSAllowsLocalNetworking cancels NSAllowsArbitraryLoads on iOS 10+.
    { code: trustKit(domain("example.com", TWO), ARBITRARY.replace("\t</dict>", "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t</dict>")) },
  ],
  invalid: [
    {
      // TrustKit's TSKIncludeSubdomains reaches subdomains at any depth.
      code: trustKit(domain("example.com", `${setting("TSKIncludeSubdomains", "<true/>")}\n${TWO}`), INSECURE_API),
      errors: [{ messageId: "exceptionAllowsHTTP", data: { domain: "example.com", exception: "api.example.com" }, line: 8, column: 4, endLine: 8, endColumn: 26 }],
    },
    { code: trustKit(domain("example.com", TWO), ARBITRARY), errors: [{ messageId: "globalAllowsHTTP", line: 8 }] },
  ],
});

/** NSPinnedDomains pinning `name` to the CA pins given. */
function atsPins(name: string, ...pins: string[]): string {
  const identities = pins.map((pin) => `\t\t\t\t\t<dict><key>SPKI-SHA256-BASE64</key><string>${pin}</string></dict>`).join("\n");
  return `\t<key>NSAppTransportSecurity</key>\n\t<dict>\n\t\t<key>NSPinnedDomains</key>\n\t\t<dict>\n\t\t\t<key>${name}</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSPinnedCAIdentities</key>\n\t\t\t\t<array>\n${identities}\n\t\t\t\t</array>\n\t\t\t</dict>\n\t\t</dict>\n\t</dict>`;
}

ruleTester.run("trustkit-no-conflicting-pins", rules["trustkit-no-conflicting-pins"], {
  valid: [
    { code: trustKit(domain("example.com", TWO), atsPins("example.com", PINS.CA_2, PINS.CA_1)) },
    { code: trustKit(domain("example.com", TWO), atsPins("other.example", PINS.LEAF_1, PINS.LEAF_2)) },
  ],
  invalid: [
    {
      code: trustKit(domain("example.com", `${setting("TSKIncludeSubdomains", "<true/>")}\n${TWO}`), atsPins("api.example.com", PINS.CA_1, PINS.LEAF_2)),
      errors: [{ messageId: "conflictingPins", data: { domain: "example.com", other: "api.example.com" }, line: 8, column: 4 }],
    },
  ],
});

// TrustKit's configuration in an Expo config's infoPlist, judged by the same rules at the config's own positions.
new RuleTester({ languageOptions: { parser: typescriptParser } }).run("trustkit-no-unenforced-pinning in app.config.ts", rules["trustkit-no-unenforced-pinning"], {
  valid: [],
  invalid: [
    {
      filename: "app.config.ts",
      code: `export default {\n  ios: {\n    infoPlist: {\n      TSKConfiguration: {\n        TSKPinnedDomains: {\n          "example.com": { TSKEnforcePinning: false, TSKPublicKeyHashes: ["${PINS.CA_1}", "${PINS.CA_2}"] },\n        },\n      },\n    },\n  },\n};\n`,
      errors: [
        {
          messageId: "notEnforced",
          data: { domain: "example.com", true: "true" },
          line: 6,
          column: 28,
          endLine: 6,
          endColumn: 45,
          suggestions: [
            {
              messageId: "enforce",
              output: `export default {\n  ios: {\n    infoPlist: {\n      TSKConfiguration: {\n        TSKPinnedDomains: {\n          "example.com": { TSKEnforcePinning: true, TSKPublicKeyHashes: ["${PINS.CA_1}", "${PINS.CA_2}"] },\n        },\n      },\n    },\n  },\n};\n`,
            },
          ],
        },
      ],
    },
  ],
});
