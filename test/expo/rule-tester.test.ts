// The plist rules through ESLint's RuleTester on Expo configs: app.config.ts (TypeScript parser) and app.json
// (the plugin's JSON language), with exact positions and suggestion outputs.
import * as typescriptParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const typescript = new RuleTester({ languageOptions: { parser: typescriptParser as never } });
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

typescript.run("no-arbitrary-loads in app.config.ts", plist.rules["no-arbitrary-loads"] as never, {
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

json.run("min-tls-version in app.json", plist.rules["min-tls-version"] as never, {
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
