import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseTypeScript } from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import plist from "eslint-plugin-plist";
import { afterEach, describe, expect, it } from "vitest";

const APP_JSON = `{
  "expo": {
    "name": "Groceries",
    "ios": {
      "bundleIdentifier": "com.example.groceries",
      "infoPlist": {
        "NSAppTransportSecurity": {
          "NSAllowsArbitraryLoads": true,
          "NSExceptionDomains": {
            "localhost": {
              "NSExceptionAllowsInsecureHTTPLoads": true,
              "NSIncludesSubdomains": true
            },
            "legacy.example.com": {
              "NSExceptionMinimumTLSVersion": "1.0",
              "NSExceptionRequiresForwardSecrecy": false
            }
          }
        }
      }
    }
  }
}
`;

const APP_CONFIG_TS = `import type { ExpoConfig } from "expo/config";

const config: ExpoConfig = {
  name: "Groceries",
  ios: {
    bundleIdentifier: "com.example.groceries",
    infoPlist: {
      NSAppTransportSecurity: {
        NSAllowsArbitraryLoads: true,
        NSExceptionDomains: {
          "cdn.example.com": { NSExceptionRequiresForwardSecrecy: false, NSIncludeSubdomains: true },
        },
      },
    },
  },
};

export default config;
`;

/** The function form, spreading the incoming config around the app's own ATS settings. */
const APP_CONFIG_JS = `module.exports = ({ config }) => ({
  ...config,
  ios: {
    ...config.ios,
    infoPlist: {
      ...config.ios?.infoPlist,
      NSAppTransportSecurity: {
        NSAllowsArbitraryLoads: true,
        NSExceptionDomains: {
          'media.example.com': { NSExceptionAllowsInsecureHTTPLoads: true },
        },
      },
    },
  },
});
`;

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-expo-")));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

function eslint(options: ESLint.Options = {}): ESLint {
  return new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...plist.configs.strict, { rules: { "plist/require-ats-justification": "off" } }], ...options });
}

async function lint(name: string): Promise<[string | null, number, number][]> {
  const [result] = await eslint().lintFiles([name]);
  return result!.messages.map((message) => [message.ruleId, message.line, message.column]);
}

describe("Expo configs with the strict preset", () => {
  it("app.json: expo.ios.infoPlist, reported at the JSON's lines and columns", async () => {
    write({ "app.json": APP_JSON });
    expect(await lint("app.json")).toEqual([
      ["plist/no-arbitrary-loads", 8, 11],
      // (cleartext HTTP to localhost is what NSAllowsLocalNetworking is for: no-insecure-http-exceptions leaves it)
      // Both report the value, after its key on the same line.
      ["plist/min-tls-version", 15, 47],
      ["plist/valid-tls-version", 15, 47],
      ["plist/no-forward-secrecy-exceptions", 16, 15],
    ]);
  });

  it("says true and false, as JSON and JavaScript write them, and names JSON's types", async () => {
    write({ "app.json": APP_JSON.replace('"NSIncludesSubdomains": true', '"NSIncludesSubdomains": "YES"') });
    const [result] = await eslint().lintFiles(["app.json"]);
    expect(result!.messages.map((message) => `${message.ruleId}: ${message.message}`)).toEqual([
      "plist/no-arbitrary-loads: NSAllowsArbitraryLoads = true turns ATS off for unlisted domains: remove it, or list exceptions per domain.",
      "plist/valid-ats-types: NSIncludesSubdomains must be true or false, not \"YES\": ATS may ignore this value.",
      "plist/min-tls-version: NSExceptionMinimumTLSVersion allows deprecated TLSv1.0 for 'legacy.example.com': require TLSv1.2 or later.",
      "plist/valid-tls-version: '1.0' for 'legacy.example.com' is no TLS version ATS reads, so it may be ignored: write TLSv1.0.",
      "plist/no-forward-secrecy-exceptions: NSExceptionRequiresForwardSecrecy = false drops forward secrecy for 'legacy.example.com': remove it.",
    ]);
  });

  it("app.config.ts: a typed ExpoConfig object", async () => {
    write({ "app.config.ts": APP_CONFIG_TS });
    expect(await lint("app.config.ts")).toEqual([
      ["plist/no-arbitrary-loads", 9, 9],
      ["plist/no-forward-secrecy-exceptions", 11, 32],
      ["plist/no-unknown-ats-keys", 11, 74],
    ]);
  });

  it("app.config.js: the function form, around spreads of the incoming config", async () => {
    write({ "app.config.js": APP_CONFIG_JS });
    expect(await lint("app.config.js")).toEqual([
      ["plist/no-arbitrary-loads", 8, 9],
      ["plist/no-insecure-http-exceptions", 10, 34],
    ]);
  });

  it("never judges a dict holding computed keys, spreads, variables, calls or environment values; its siblings are", async () => {
    const dynamic = (value: string): string =>
      `export default { ios: { infoPlist: { NSAppTransportSecurity: { NSAllowsArbitraryLoads: true, NSExceptionDomains: { ${value} } } } } };\n`;
    for (const value of [
      "[process.env.API_HOST]: { NSExceptionAllowsInsecureHTTPLoads: true }",
      '"a.example.com": { NSExceptionMinimumTLSVersion: process.env.MIN_TLS }',
      '"a.example.com": { ...shared }',
      '"a.example.com": insecureDomain()',
      '"a.example.com": { NSIncludesSubdomains: includeSubdomains }',
    ]) {
      const source = dynamic(value);
      write({ "app.config.mjs": source });
      expect(await lint("app.config.mjs"), value).toEqual([["plist/no-arbitrary-loads", 1, source.indexOf("NSAllowsArbitraryLoads") + 1]]);
    }
  });

  it("a JS or TS file with no Expo config reports nothing, and the rules do not look at other files", async () => {
    write({ "app.config.js": 'export default { name: "x", ios: { bundleIdentifier: "y" } };\n', "index.ts": "export const infoPlist = { NSAppTransportSecurity: { NSAllowsArbitraryLoads: true } };\n" });
    expect(await lint("app.config.js")).toEqual([]);
    const [result] = await eslint({ overrideConfig: [...plist.configs.strict, { files: ["**/*.ts"] }] }).lintFiles(["index.ts"]);
    expect(result!.messages).toEqual([]);
  });

  it("removals keep the comments that belong to the next property, and never delete what the rules cannot see", async () => {
    const source = `export default {
  ios: {
    infoPlist: {
      NSAppTransportSecurity: {
        NSAllowsArbitraryLoads: true,
        NSPinnedDomains: { "api.example.com": { NSPinnedCAIdentities: PINS } },
      },
      NSExceptionDomainsAreNotHere: true,
    },
  },
};
export const media = {
  ios: {
    infoPlist: {
      NSAppTransportSecurity: {
        NSExceptionDomains: {
          "media.example.com": {
            NSRequiresCertificateTransparency: true, // obsolete
            // Justification: the CDN still negotiates TLS 1.0.
            NSExceptionMinimumTLSVersion: "TLSv1.0",
          },
        },
      },
    },
  },
};
`;
    write({ "app.config.mjs": source });
    const [result] = await eslint().lintFiles(["app.config.mjs"]);
    const remove = result!.messages.find((message) => message.ruleId === "plist/no-arbitrary-loads")!.suggestions![0]!;
    const removed = source.slice(0, remove.fix.range[0]) + remove.fix.text + source.slice(remove.fix.range[1]);
    expect(removed).toContain('      NSAppTransportSecurity: {\n        NSPinnedDomains: { "api.example.com": { NSPinnedCAIdentities: PINS } },\n      },');
    const [fixed] = await eslint({ fix: true }).lintFiles(["app.config.mjs"]);
    expect(fixed!.output).toContain('          "media.example.com": {\n            // Justification: the CDN still negotiates TLS 1.0.\n            NSExceptionMinimumTLSVersion: "TLSv1.0",\n          },');
  });

  it("honours eslint-disable comments and Justification comments in JavaScript", async () => {
    const source = `export default {
  ios: {
    infoPlist: {
      NSAppTransportSecurity: {
        // Justification: a browser must open any http:// URL the user types.
        // eslint-disable-next-line plist/no-arbitrary-loads -- the browser's whole purpose
        NSAllowsArbitraryLoads: true,
        NSExceptionDomains: {
          "radio.example.com": { NSExceptionAllowsInsecureHTTPLoads: true },
        },
      },
    },
  },
};
`;
    write({ "app.config.mjs": source });
    const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plist.configs.strict }).lintFiles(["app.config.mjs"]);
    expect(result!.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ["plist/no-insecure-http-exceptions", 9, 34],
      ["plist/require-ats-justification", 9, 11],
    ].map(([ruleId, line]) => [ruleId, line]));
    expect(result!.suppressedMessages.map((message) => message.ruleId)).toEqual(["plist/no-arbitrary-loads"]);
  });
});

/** Every suggestion of every problem, applied alone. */
function suggestionOutputs(text: string, messages: Linter.LintMessage[]): string[] {
  return messages.flatMap((message) =>
    (message.suggestions ?? []).map(({ fix }) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])),
  );
}

describe("Expo config fixes and suggestions keep the file valid", () => {
  it("app.json: every suggestion gives valid JSON, and --fix output is valid and stable", async () => {
    const json = APP_JSON.replace('"NSIncludesSubdomains": true', '"NSIncludesSubdomains": true,\n              "NSRequiresCertificateTransparency": true');
    write({ "app.json": json });
    const [result] = await eslint().lintFiles(["app.json"]);
    const outputs = suggestionOutputs(json, result!.messages);
    expect(outputs.length).toBeGreaterThan(2);
    for (const output of outputs) expect(() => JSON.parse(output) as unknown, output).not.toThrow();
    const [fixed] = await eslint({ fix: true }).lintFiles(["app.json"]);
    expect(fixed!.output).toBe(json.replace('"NSIncludesSubdomains": true,\n              "NSRequiresCertificateTransparency": true', '"NSIncludesSubdomains": true'));
    writeFileSync(join(dir, "app.json"), fixed!.output!);
    const [again] = await eslint({ fix: true }).lintFiles(["app.json"]);
    expect(again!.output).toBeUndefined();
  });

  it("app.config.ts and .js: every suggestion parses, in the file's own quoting", async () => {
    write({ "app.config.ts": APP_CONFIG_TS, "app.config.js": APP_CONFIG_JS });
    for (const name of ["app.config.ts", "app.config.js"]) {
      const text = name.endsWith(".ts") ? APP_CONFIG_TS : APP_CONFIG_JS;
      const [result] = await eslint().lintFiles([name]);
      const outputs = suggestionOutputs(text, result!.messages);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) expect(() => parseTypeScript(output, { sourceType: "module" }), output).not.toThrow();
    }
    const [typescript] = await eslint().lintFiles(["app.config.ts"]);
    const rename = typescript!.messages.find((message) => message.ruleId === "plist/no-unknown-ats-keys")!.suggestions![0]!;
    expect(rename.desc).toContain("NSIncludesSubdomains");
    expect(APP_CONFIG_TS.slice(0, rename.fix.range[0]) + rename.fix.text + APP_CONFIG_TS.slice(rename.fix.range[1])).toContain(
      '"cdn.example.com": { NSExceptionRequiresForwardSecrecy: false, NSIncludesSubdomains: true },',
    );
    const [javascript] = await eslint().lintFiles(["app.config.js"]);
    const removeArbitrary = javascript!.messages.find((message) => message.ruleId === "plist/no-arbitrary-loads")!.suggestions![0]!;
    expect(APP_CONFIG_JS.slice(0, removeArbitrary.fix.range[0]) + removeArbitrary.fix.text + APP_CONFIG_JS.slice(removeArbitrary.fix.range[1])).toContain(
      "      NSAppTransportSecurity: {\n        NSExceptionDomains: {",
    );
  });
});
