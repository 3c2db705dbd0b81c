// The plist rules through ESLint's RuleTester on Electron and XcodeGen sources in JSON and JavaScript: package.json's
// build.mac(s).extendInfo and config.forge, electron-builder.json5, XcodeGen's project.json, and Electron Forge's
// forge.config.js/ts (packagerConfig.extendInfo), with exact positions and suggestion outputs.
import * as typescriptParser from "@typescript-eslint/parser";
import { RuleTester } from "eslint";
import plist from "eslint-plugin-plist";
import { describe, it } from "vitest";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const json = new RuleTester({ plugins: { plist }, language: "plist/json" });
const javascript = new RuleTester();
const typescript = new RuleTester({ languageOptions: { parser: typescriptParser } });

const packageJson = (mac: string): string => `{
  "name": "desktop",
  "build": {
    "appId": "com.example.desktop",
    "mac": {
      "extendInfo": ${mac}
    }
  }
}
`;

json.run("no-arbitrary-loads in Electron and XcodeGen JSON", plist.rules["no-arbitrary-loads"], {
  valid: [
    // No extendInfo: a package.json is no plist source.
    { filename: "package.json", code: '{ "name": "web", "config": { "NSAllowsArbitraryLoads": true } }' },
    // extendInfo as a path to a plist file is not written out here.
    { filename: "package.json", code: packageJson('"build/Info.plist"') },
    // electron-builder's keys mean nothing in an app.json.
    { filename: "app.json", code: packageJson('{ "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true } }') },
  ],
  invalid: [
    {
      filename: "package.json",
      code: packageJson('{\n        "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true, "NSExceptionDomains": {} }\n      }'),
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 7,
          column: 37,
          endLine: 7,
          endColumn: 61,
          suggestions: [
            { messageId: "removeArbitraryLoads", output: packageJson('{\n        "NSAppTransportSecurity": { "NSExceptionDomains": {} }\n      }') },
          ],
        },
      ],
    },
    {
      // Electron Forge's config in package.json.
      filename: "package.json",
      code: '{\n  "config": {\n    "forge": {\n      "packagerConfig": {\n        "extendInfo": { "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true } }\n      }\n    }\n  }\n}\n',
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 5,
          column: 53,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: '{\n  "config": {\n    "forge": {\n      "packagerConfig": {\n        "extendInfo": {}\n      }\n    }\n  }\n}\n',
            },
          ],
        },
      ],
    },
    {
      // electron-builder.json5: comments, bare keys and trailing commas; mas.extendInfo too.
      filename: "electron-builder.json5",
      code: "{\n  // Mac App Store build\n  mas: {\n    extendInfo: { NSAppTransportSecurity: { NSAllowsArbitraryLoads: true, }, },\n  },\n}\n",
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 4,
          column: 45,
          suggestions: [
            { messageId: "removeArbitraryLoads", output: "{\n  // Mac App Store build\n  mas: {\n    extendInfo: {},\n  },\n}\n" },
          ],
        },
      ],
    },
    {
      // XcodeGen's project.json: one plist per target, each judged alone.
      filename: "project.json",
      code: '{\n  "targets": {\n    "App": { "info": { "properties": { "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true } } } },\n    "Widget": { "info": { "properties": { "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": false } } } }\n  }\n}\n',
      errors: [{ messageId: "arbitraryLoads", line: 3, column: 68, suggestions: 1 }],
    },
  ],
});

const forgeConfig = (extendInfo: string): string => `import type { ForgeConfig } from "@electron-forge/shared-types";

const config: ForgeConfig = {
  packagerConfig: {
    osxSign: {},
    extendInfo: ${extendInfo},
  },
};

export default config;
`;

typescript.run("no-arbitrary-loads-in-web-content in forge.config.ts", plist.rules["no-arbitrary-loads-in-web-content"], {
  valid: [
    { filename: "forge.config.ts", code: forgeConfig('"./Info.plist"') },
    { filename: "forge.config.ts", code: forgeConfig("{ NSAppTransportSecurity: { NSAllowsArbitraryLoadsInWebContent: process.env.DEV === '1' } }") },
    // packagerConfig.extendInfo means nothing in an Expo config.
    { filename: "app.config.ts", code: forgeConfig("{ NSAppTransportSecurity: { NSAllowsArbitraryLoadsInWebContent: true } }") },
  ],
  invalid: [
    {
      filename: "forge.config.ts",
      code: forgeConfig("{ NSAppTransportSecurity: { NSAllowsArbitraryLoadsInWebContent: true } }"),
      errors: [{ messageId: "enabled", line: 6, column: 45, endLine: 6, endColumn: 79 }],
    },
  ],
});

javascript.run("no-arbitrary-loads in forge.config.js (CommonJS, the file's own quotes)", plist.rules["no-arbitrary-loads"], {
  valid: [],
  invalid: [
    {
      filename: "forge.config.js",
      code: "module.exports = {\n  packagerConfig: {\n    extendInfo: {\n      'NSAppTransportSecurity': { 'NSAllowsArbitraryLoads': true, NSExceptionDomains: {} },\n    },\n  },\n};\n",
      errors: [
        {
          messageId: "arbitraryLoads",
          line: 4,
          column: 35,
          suggestions: [
            {
              messageId: "removeArbitraryLoads",
              output: "module.exports = {\n  packagerConfig: {\n    extendInfo: {\n      'NSAppTransportSecurity': { NSExceptionDomains: {} },\n    },\n  },\n};\n",
            },
          ],
        },
      ],
    },
  ],
});
