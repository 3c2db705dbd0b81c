// The plist rules through ESLint's RuleTester on Expo configs: app.config.ts (TypeScript parser) and app.json
// (the plugin's JSON language), with exact positions and suggestion outputs.
import * as typescriptParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const typescript = new RuleTester({ languageOptions: { parser: typescriptParser } });
const json = new RuleTester({ plugins: { plist }, language: "plist/json" });

const config = (ats: string): string => `import type { ExpoConfig } from "expo/config";

export default {
  ios: {
    infoPlist: {
      NSAppTransportSecurity: { ${ats} },
    },
  },
} satisfies ExpoConfig;
`;

typescript.run("no-arbitrary-loads in app.config.ts", plist.rules["no-arbitrary-loads"], {
  valid: [
    { filename: "app.config.ts", code: config("NSAllowsArbitraryLoads: false") },
    { filename: "app.config.ts", code: config("NSAllowsArbitraryLoads: allowAll") }, // a variable: never judged
    { filename: "app.config.ts", code: "export const settings = { NSAllowsArbitraryLoads: true };\n" }, // not an Expo config
  ],
  invalid: [
    {
      filename: "app.config.ts",
      code: config("NSAllowsArbitraryLoads: true, NSExceptionDomains: {}"),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 55,
          suggestions: [{ messageId: "removeArbitraryLoads", output: config("NSExceptionDomains: {}") }],
        },
      ],
    },
  ],
});

const appJson = (ats: string): string => `{
  "expo": {
    "ios": {
      "infoPlist": {
        "NSAppTransportSecurity": {
${ats}
        }
      }
    }
  }
}
`;

json.run("min-tls-version in app.json", plist.rules["min-tls-version"], {
  valid: [{ filename: "app.json", code: appJson('          "NSExceptionDomains": { "a.example.com": { "NSExceptionMinimumTLSVersion": "TLSv1.2" } }') }],
  invalid: [
    {
      filename: "app.json",
      code: appJson('          "NSExceptionDomains": {\n            "a.example.com": { "NSExceptionMinimumTLSVersion": "TLSv1.0" }\n          }'),
      errors: [
        {
          messageId: "belowTls12",
          line: 7,
          column: 64,
          endLine: 7,
          endColumn: 73,
          suggestions: [
            {
              messageId: "useTls12",
              output: appJson('          "NSExceptionDomains": {\n            "a.example.com": { "NSExceptionMinimumTLSVersion": "TLSv1.2" }\n          }'),
            },
          ],
        },
      ],
    },
  ],
});

// JSON cannot hold a comment, so no Justification comment is asked for; JSON5 (as Expo reads app.json) is read too.
json.run("require-ats-justification in app.json", plist.rules["require-ats-justification"], {
  valid: [
    { filename: "app.json", code: appJson('          "NSAllowsArbitraryLoads": true') },
    { filename: "app.json", code: appJson("          // a comment, unquoted keys and trailing commas, as JSON5 allows\n          NSAllowsArbitraryLoads: true,") },
  ],
  invalid: [],
});

json.run("no-arbitrary-loads in a JSON5 app.json", plist.rules["no-arbitrary-loads"], {
  valid: [],
  invalid: [
    {
      filename: "app.json",
      code: appJson("          // Expo reads app.json as JSON5\n          NSAllowsArbitraryLoads: true,\n          'NSExceptionDomains': {},"),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 33,
          suggestions: [{ messageId: "removeArbitraryLoads", output: appJson("          // Expo reads app.json as JSON5\n          'NSExceptionDomains': {},") }],
        },
      ],
    },
  ],
});
