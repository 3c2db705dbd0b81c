// The plist rules through ESLint's RuleTester on YAML sources: XcodeGen specs (targets.<name>.info.properties, read
// with YAML 1.1's booleans as XcodeGen's Yams does) and electron-builder configs (mac.extendInfo, YAML 1.2), linted
// in ESLint's JavaScript language with yaml-eslint-parser, with exact positions and suggestion outputs.
import { RuleTester } from "eslint";
import plist from "eslint-plugin-plist";
import * as yamlParser from "yaml-eslint-parser";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const yaml = new RuleTester({ languageOptions: { parser: yamlParser } });

/** An XcodeGen project.yml whose App target's ATS dict holds `ats` (six spaces deep): its first line is line 8. */
const spec = (ats: string): string => `name: App
targets:
  App:
    type: application
    info:
      properties:
        NSAppTransportSecurity:
${ats}
`;

yaml.run("no-arbitrary-loads in an XcodeGen project.yml", plist.rules["no-arbitrary-loads"], {
  valid: [
    { filename: "project.yml", code: spec("          NSAllowsArbitraryLoads: NO") },
    // Build variables and XcodeGen's ${VAR} are decided when the project is generated and built.
    { filename: "project.yml", code: spec("          NSAllowsArbitraryLoads: ${ALLOW_HTTP}") },
    // An alias or merge key is content from elsewhere: never judged.
    { filename: "project.yml", code: `base: &insecure\n  NSAllowsArbitraryLoads: true\n${spec("          <<: *insecure")}` },
    // Not under targets.<name>.info.properties: an XcodeGen spec's other plists (entitlements) are no Info.plist.
    { filename: "project.yml", code: "targets:\n  App:\n    entitlements:\n      properties:\n        NSAppTransportSecurity:\n          NSAllowsArbitraryLoads: true\n" },
    // A YAML file that mentions no ATS or TrustKit setting is not read.
    { filename: "ci.yml", code: "targets:\n  App:\n    info:\n      properties:\n        NSAllowsArbitraryLoads: true\n" },
  ],
  invalid: [
    {
      // YAML 1.1's `YES`, as XcodeGen reads it, is <true/>; the ATS dict goes with its only key, and the emptied
      // properties become `{}`.
      filename: "project.yml",
      code: spec("          NSAllowsArbitraryLoads: YES"),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 33,
          suggestions: [{ messageId: "removeArbitraryLoads", output: "name: App\ntargets:\n  App:\n    type: application\n    info:\n      properties: {}\n" }],
        },
      ],
    },
    {
      // The ATS dict's only known entry goes, not the dict: its other member holds an alias the rules cannot see,
      // and a suggestion never deletes what the rules cannot see.
      filename: "project.yml",
      code: `base: &secure\n  NSIncludesSubdomains: true\n${spec("          NSAllowsArbitraryLoads: YES\n          NSExceptionDomains:\n            example.com: *secure")}`,
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 10,
          column: 11,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: `base: &secure\n  NSIncludesSubdomains: true\n${spec("          NSExceptionDomains:\n            example.com: *secure")}`,
            },
          ],
        },
      ],
    },
    {
      // An included spec, named anything (Element X's target.yml); the key's line goes with it.
      filename: "target.yml",
      code: spec("          NSAllowsArbitraryLoads: true # for the dev server\n          NSExceptionDomains: {}"),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 8,
          column: 11,
          suggestions: [{ messageId: "removeArbitraryLoads", output: spec("          NSExceptionDomains: {}") }],
        },
      ],
    },
    {
      // A flow mapping loses the member and its comma; targetTemplates are read too, and `:REPLACE` keys.
      filename: "project.yml",
      code: "targetTemplates:\n  Base:\n    info:REPLACE:\n      properties:\n        NSAppTransportSecurity: { NSAllowsArbitraryLoads: on, NSExceptionDomains: {} }\n",
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: "targetTemplates:\n  Base:\n    info:REPLACE:\n      properties:\n        NSAppTransportSecurity: { NSExceptionDomains: {} }\n",
            },
          ],
        },
      ],
    },
  ],
});

yaml.run("valid-ats-types in YAML: electron-builder reads `yes` as a string, XcodeGen as a boolean", plist.rules["valid-ats-types"], {
  valid: [{ filename: "project.yml", code: spec("          NSAllowsArbitraryLoads: no") }],
  invalid: [
    {
      filename: "electron-builder.yml",
      code: "mac:\n  extendInfo:\n    NSAppTransportSecurity:\n      NSAllowsArbitraryLoads: 'no'\n",
      errors: [
        {
          messageId: "wrongType",
          line: 4,
          column: 31,
          suggestions: [{ messageId: "useType", output: "mac:\n  extendInfo:\n    NSAppTransportSecurity:\n      NSAllowsArbitraryLoads: false\n" }],
        },
      ],
    },
  ],
});

yaml.run("valid-domain-keys in YAML: a renamed key keeps its quotes, and NSIncludesSubdomains joins its siblings", plist.rules["valid-domain-keys"], {
  valid: [],
  invalid: [
    {
      filename: "project.yml",
      code: spec("          NSExceptionDomains:\n            '*.Example.com':\n              NSExceptionMinimumTLSVersion: TLSv1.2"),
      errors: [
        {
          messageId: "invalidKey",
          line: 9,
          column: 13,
          suggestions: [
            {
              messageId: "useKeyWithSubdomains",
              output: spec(
                "          NSExceptionDomains:\n            'example.com':\n              NSExceptionMinimumTLSVersion: TLSv1.2\n              NSIncludesSubdomains: true",
              ),
            },
          ],
        },
      ],
    },
  ],
});

yaml.run("no-misplaced-ats-keys in YAML: a key moves into its dict, re-indented", plist.rules["no-misplaced-ats-keys"], {
  valid: [],
  invalid: [
    {
      filename: "project.yml",
      code: "targets:\n  App:\n    info:\n      properties:\n        NSAllowsArbitraryLoads: false\n        NSAppTransportSecurity:\n          NSAllowsLocalNetworking: true\n",
      errors: [
        {
          messageId: "misplaced",
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: "moveKey",
              output: "targets:\n  App:\n    info:\n      properties:\n        NSAppTransportSecurity:\n          NSAllowsLocalNetworking: true\n          NSAllowsArbitraryLoads: false\n",
            },
          ],
        },
      ],
    },
  ],
});
