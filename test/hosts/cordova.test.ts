// The plist rules through ESLint's RuleTester on Cordova config.xml files, read as the Info.plist cordova-ios makes of
// them: <access> and <allow-navigation> mapped to ATS as its prepare step does, <edit-config> / <config-file> plist
// XML grafted under its key. Exact positions; fixes and suggestions where config.xml can express them, none where it
// cannot (an origin's URL is no plist entry).
import { RuleTester } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const cordova = new RuleTester({ plugins: { plist }, language: "plist/cordova" });

/** A config.xml whose widget holds `body` (four spaces deep): its first line is line 4. */
const config = (body: string): string => `<?xml version='1.0' encoding='utf-8'?>
<widget id="io.example.app" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">
    <name>Example</name>
${body}
</widget>
`;

/** An `<edit-config>` for NSAppTransportSecurity whose dict holds `entries` (sixteen spaces deep, line 6 on). */
const editConfig = (entries: string): string =>
  `    <edit-config file="*-Info.plist" mode="merge" target="NSAppTransportSecurity">\n        <dict>\n${entries}\n        </dict>\n    </edit-config>`;

cordova.run("no-arbitrary-loads in config.xml", plist.rules["no-arbitrary-loads"], {
  valid: [
    // Android's allowlist is no business of ATS.
    { filename: "config.xml", code: config('    <platform name="android">\n        <access origin="*" />\n    </platform>') },
    // cordova-ios ignores NSAllowsArbitraryLoads on iOS 10+ once allows-local-networking is set (with origin="*" only).
    { filename: "config.xml", code: config('    <access origin="*" allows-local-networking="true" />') },
    { filename: "config.xml", code: config('    <access origin="https://api.example.com" />\n    <allow-navigation href="https://*.example.com/*" />') },
    // Not a Cordova config.xml.
    { filename: "config.xml", code: '<?xml version="1.0"?>\n<config><access origin="*" /></config>\n' },
  ],
  invalid: [
    {
      // cordova create's config.xml: no suggestion, since removing <access origin="*"> changes Android's allowlist too.
      filename: "config.xml",
      code: config('    <access origin="*" />'),
      errors: [{ messageId: "arbitraryLoads", line: 4, column: 13, endLine: 4, endColumn: 23, suggestions: [] }],
    },
    {
      // Not even when other keys remain: origin="*" is no attribute that states NSAllowsArbitraryLoads.
      filename: "config.xml",
      code: config('    <access origin="*" />\n    <access origin="https://api.example.com" />'),
      errors: [{ messageId: "arbitraryLoads", line: 4, column: 13, suggestions: [] }],
    },
    {
      // An <allow-navigation> whose host is `*` is origin `*` too; <platform name="ios"> is iOS's.
      filename: "config.xml",
      code: config('    <platform name="ios">\n        <allow-navigation href="http://*/*" />\n    </platform>'),
      errors: [{ messageId: "arbitraryLoads", line: 5, column: 27, suggestions: [] }],
    },
    {
      // Plist XML in an <edit-config> is edited as XML.
      filename: "config.xml",
      code: config(editConfig("                <key>NSAllowsArbitraryLoads</key>\n                <true/>\n                <key>NSExceptionDomains</key>\n                <dict/>")),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 6,
          column: 17,
          suggestions: [
            { messageId: "removeArbitraryLoads", output: config(editConfig("                <key>NSExceptionDomains</key>\n                <dict/>")) },
          ],
        },
      ],
    },
  ],
});

cordova.run("min-tls-version and no-certificate-transparency-key in config.xml: an attribute is edited", plist.rules["min-tls-version"], {
  valid: [{ filename: "config.xml", code: config('    <access origin="https://api.example.com" minimum-tls-version="TLSv1.2" />') }],
  invalid: [
    {
      filename: "config.xml",
      code: config('    <access origin="https://api.example.com" minimum-tls-version="TLSv1.0" />'),
      errors: [
        {
          messageId: "belowTls12",
          line: 4,
          column: 67,
          endLine: 4,
          endColumn: 74,
          suggestions: [{ messageId: "useTls12", output: config('    <access origin="https://api.example.com" minimum-tls-version="TLSv1.2" />') }],
        },
      ],
    },
  ],
});

cordova.run("no-certificate-transparency-key in config.xml: --fix removes the attribute", plist.rules["no-certificate-transparency-key"], {
  valid: [{ filename: "config.xml", code: config('    <access origin="https://api.example.com" requires-certificate-transparency="false" />') }],
  invalid: [
    {
      filename: "config.xml",
      code: config('    <access origin="https://api.example.com" requires-certificate-transparency="true" />'),
      output: config('    <access origin="https://api.example.com" />'),
      errors: [{ messageId: "obsolete", line: 4, column: 46 }],
    },
  ],
});

cordova.run("no-insecure-http-exceptions in config.xml: an http: origin, merged with the other elements naming its host", plist.rules["no-insecure-http-exceptions"], {
  valid: [{ filename: "config.xml", code: config('    <allow-navigation href="https://*.example.org/*" />') }],
  invalid: [
    {
      // The scheme is what allows cleartext: the problem is on it; no edit of the URL is offered.
      filename: "config.xml",
      code: config('    <allow-navigation href="https://*.example.org/*" />\n    <access origin="http://cdn.example.org" />'),
      errors: [{ messageId: "insecureHTTP", line: 5, column: 21, endLine: 5, endColumn: 25 }],
    },
  ],
});

cordova.run("no-arbitrary-loads-in-web-content in config.xml: only origin=\"*\" carries it, and -in-media is read first", plist.rules["no-arbitrary-loads-in-web-content"], {
  valid: [{ filename: "config.xml", code: config('    <access origin="https://example.com" allows-arbitrary-loads-in-web-content="true" />') }],
  invalid: [
    {
      filename: "config.xml",
      code: config('    <access origin="*" allows-arbitrary-loads-in-web-content="true" />'),
      errors: [{ messageId: "enabled", line: 4, column: 24, endLine: 4, endColumn: 68 }],
    },
  ],
});

cordova.run("<config-file> is grafted under its parent key, where what cordova-ios wrote stays", plist.rules["no-arbitrary-loads"], {
  valid: [
    // The <access> origin's NSExceptionDomains is what the app gets; the config-file's NSExceptionDomains is dropped.
    {
      filename: "config.xml",
      code: config(
        '    <access origin="https://api.example.com" />\n    <config-file parent="NSAppTransportSecurity" target="*-Info.plist">\n        <dict><key>NSExceptionDomains</key><dict/></dict>\n    </config-file>',
      ),
    },
  ],
  invalid: [
    {
      filename: "config.xml",
      code: config(
        '    <access origin="https://api.example.com" />\n    <config-file parent="NSAppTransportSecurity" target="*-Info.plist">\n        <dict><key>NSAllowsArbitraryLoads</key><true/></dict>\n    </config-file>',
      ),
      // The config-file's key joins the dict cordova-ios wrote: removing it is an edit of config.xml's plist XML.
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 6,
          column: 15,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: config('    <access origin="https://api.example.com" />\n    <config-file parent="NSAppTransportSecurity" target="*-Info.plist">\n        <dict></dict>\n    </config-file>'),
            },
          ],
        },
      ],
    },
  ],
});

cordova.run("TrustKit through an <edit-config> of TSKConfiguration", plist.rules["trustkit-require-backup-pin"], {
  valid: [],
  invalid: [
    {
      filename: "config.xml",
      code: config(
        '    <edit-config file="*-Info.plist" mode="merge" target="TSKConfiguration">\n        <dict>\n            <key>TSKPinnedDomains</key>\n            <dict>\n                <key>api.example.com</key>\n                <dict>\n                    <key>TSKPublicKeyHashes</key>\n                    <array><string>HCTjEZP/nfhlJBQ5jRXVgNTXexR+1/VV2O84IlKVg/Y=</string></array>\n                </dict>\n            </dict>\n        </dict>\n    </edit-config>',
      ),
      errors: [{ messageId: "noBackup", line: 10, column: 21 }],
    },
  ],
});
