import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, REPO, infoPlist, project, runCli } from "./cli-helpers.js";

const MIXED = infoPlist(
  [
    "\t\t<key>NSAllowsArbitraryLoads</key>", // 7
    "\t\t<true/>",
    "\t\t<key>NSAllowsArbitraryLoadsInWebContent</key>", // 9
    "\t\t<true/>",
    "\t\t<key>NSExceptionDomains</key>", // 11
    "\t\t<dict>",
    "\t\t\t<key>legacy.example.com</key>", // 13
    "\t\t\t<dict>",
    "\t\t\t\t<key>NSIncludesSubdomains</key>", // 15
    "\t\t\t\t<true/>",
    "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>", // 17
    "\t\t\t\t<string>TLSv1.0</string>",
    "\t\t\t</dict>",
    "\t\t</dict>",
    "\t\t<key>NSPinnedDomains</key>", // 21
    "\t\t<dict>",
    "\t\t\t<key>api.example.com</key>", // 23
    "\t\t\t<dict>",
    "\t\t\t\t<key>NSPinnedCAIdentities</key>", // 25
    "\t\t\t\t<array>",
    "\t\t\t\t\t<dict><key>SPKI-SHA256-BASE64</key><string>r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=</string></dict>",
    "\t\t\t\t\t<dict><key>SPKI-SHA256-BASE64</key><string>YLh1dUR9y6Kja30RrAn7JKnbQG/uEtLMkBgFF2Fuihg=</string></dict>",
    "\t\t\t\t</array>",
    "\t\t\t</dict>",
    "\t\t</dict>",
  ].join("\n"),
);

/** What `explain --format json` prints (typed in the engine as Explanation). */
type ExplainedFile = {
  plists: { scopes: Record<string, unknown>[]; ignored: unknown[]; notes: string[]; minimumOS: unknown }[];
  parseError?: { line: number; column: number };
};

/** An explanation's only plist, from `explain --format json`. */
function onlyPlist(stdout: string) {
  const [explanation] = JSON.parse(stdout) as ExplainedFile[];
  expect(explanation!.plists).toHaveLength(1);
  return explanation!.plists[0]!;
}

describe("plistlint explain", () => {
  it("shows the effective policy per scope, with the lines that set it and notes on what the OS ignores", () => {
    const root = project({ "App/Info.plist": MIXED });
    const run = runCli(["explain", "--minimum-os", "iOS=15.0"], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`App/Info.plist: minimum OS iOS 15.0 (from the configuration)
  Scope                          Covers                                      Cleartext HTTP   Minimum TLS      Forward secrecy  Pins   Lines
  default                        every host not listed below                 blocked          TLSv1.2          required         -      default
  exception: legacy.example.com  legacy.example.com and all its subdomains   blocked          TLSv1.0          required         -      13, 15, 17
  pinned: api.example.com        api.example.com only                        blocked          as for the host  as for the host  CA ×2  23, 25
  web content                    WKWebView and other web views               allowed          none (ATS off)   not required     -      9
  media                          AVFoundation media                          as for the host  as for the host  as for the host  -      default
  local networking               unqualified names, .local and IP addresses  as for the host  as for the host  as for the host  -      default
  * NSAllowsArbitraryLoads is ignored on iOS 10+ and macOS 10.12+ because NSAllowsArbitraryLoadsInWebContent is present.
  * Listed exception domains do not inherit NSAllowsArbitraryLoadsInWebContent: each gets ATS defaults plus its own settings.
`);
  });

  it("gives typed values in JSON, says when NSAllowsArbitraryLoads is still honoured at the minimum OS, and shows ATS off by default", () => {
    const root = project({ "App/Info.plist": MIXED });
    const plist = onlyPlist(runCli(["explain", "--format", "json", "--minimum-os", "iOS=9.0"], root).stdout);
    expect(plist.scopes[0]).toEqual({
      kind: "default",
      host: null,
      includesSubdomains: false,
      cleartext: true,
      minimumTLS: "none",
      forwardSecrecy: false,
      pins: null,
      lines: [7],
      caveats: [],
    });
    expect(plist.scopes[1]).toEqual({
      kind: "exception",
      host: "legacy.example.com",
      includesSubdomains: true,
      cleartext: false,
      minimumTLS: "TLSv1.0",
      forwardSecrecy: true,
      pins: null,
      lines: [13, 15, 17],
      caveats: [],
    });
    expect(plist.notes[0]).toBe(
      "NSAllowsArbitraryLoads is ignored on iOS 10+ and macOS 10.12+ because NSAllowsArbitraryLoadsInWebContent is present, but still honoured on iOS 9.0 (the minimum OS).",
    );
    expect(plist.minimumOS).toEqual({ versions: { iOS: "9.0" }, source: "settings" });
  });

  it("shows cleartext HTTP allowed to a pinned host that NSAllowsArbitraryLoads reaches, and says the keys of the override in good grammar", () => {
    const pinned = infoPlist(
      [
        "\t\t<key>NSAllowsArbitraryLoads</key>", // 7
        "\t\t<true/>",
        "\t\t<key>NSPinnedDomains</key>", // 9
        "\t\t<dict>",
        "\t\t\t<key>api.example.com</key>", // 11
        "\t\t\t<dict>",
        "\t\t\t\t<key>NSPinnedLeafIdentities</key>", // 13
        "\t\t\t\t<array><dict><key>SPKI-SHA256-BASE64</key><string>r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=</string></dict></array>",
        "\t\t\t</dict>",
        "\t\t</dict>",
      ].join("\n"),
    );
    const plist = onlyPlist(runCli(["explain", "--format", "json"], project({ "App/Info.plist": pinned })).stdout);
    expect(plist.scopes[1]).toEqual({
      kind: "pinned",
      host: "api.example.com",
      includesSubdomains: false,
      cleartext: true,
      minimumTLS: null,
      forwardSecrecy: null,
      pins: { ca: null, leaf: 1 },
      lines: [11, 13],
      caveats: ["cleartext HTTP is allowed through NSAllowsArbitraryLoads: plain http:// requests bypass the pins"],
    });
    const overridden = MIXED.replace("\t\t<key>NSExceptionDomains</key>", "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n\t\t<key>NSExceptionDomains</key>");
    const notes = onlyPlist(runCli(["explain", "--format", "json"], project({ "App/Info.plist": overridden })).stdout).notes;
    expect(notes[0]).toBe(
      "NSAllowsArbitraryLoads is ignored on iOS 10+ and macOS 10.12+ because NSAllowsArbitraryLoadsInWebContent and NSAllowsLocalNetworking are present.",
    );
  });

  it("lists keys ATS never reads as ignored, not as exception domains", () => {
    const misplaced = infoPlist(
      [
        "\t\t<key>NSExceptionDomains</key>", // 7
        "\t\t<dict>",
        "\t\t\t<key>NSAllowsArbitraryLoads</key>", // 9
        "\t\t\t<true/>",
        "\t\t\t<key>example.com</key>", // 11
        "\t\t\t<dict>",
        "\t\t\t\t<key>NSIncludeSubdomains</key>", // 13
        "\t\t\t\t<true/>",
        "\t\t\t</dict>",
        "\t\t</dict>",
      ].join("\n"),
    );
    const run = runCli(["explain", "--format", "json"], project({ "App/Info.plist": misplaced }));
    const plist = onlyPlist(run.stdout);
    expect(plist.scopes.map((scope) => [scope.kind, scope.host])).toEqual([
      ["default", null],
      ["exception", "example.com"],
      ["web-content", null],
      ["media", null],
      ["local-networking", null],
    ]);
    expect(plist.ignored).toEqual([
      { key: "NSAllowsArbitraryLoads", line: 9, reason: "an ATS key, not a domain: ATS reads it as a host named 'NSAllowsArbitraryLoads'" },
      { key: "NSIncludeSubdomains", line: 13, reason: "not a key ATS knows" },
    ]);
    const text = runCli(["explain"], project({ "App/Info.plist": misplaced })).stdout;
    expect(text).toContain("  ignored: NSAllowsArbitraryLoads (line 9): an ATS key, not a domain: ATS reads it as a host named 'NSAllowsArbitraryLoads'\n");
  });

  it("reads the defaults for a file without ATS settings, and reports a file it cannot parse", () => {
    const root = project({ "App/Info.plist": CLEAN, "Broken/Info.plist": CLEAN.replace("</dict>", "</dct>") });
    const run = runCli(["explain", "--format", "json"], root);
    expect(run.status).toBe(1);
    const [clean, broken] = JSON.parse(run.stdout) as ExplainedFile[];
    expect(clean!.plists[0]!.notes).toEqual(["No NSAppTransportSecurity dictionary: ATS defaults apply to every host."]);
    expect(clean!.plists[0]!.scopes.map((scope) => [scope.kind, scope.cleartext])).toEqual([
      ["default", false],
      ["web-content", null],
      ["media", null],
      ["local-networking", null],
    ]);
    expect(broken!.plists).toEqual([]);
    expect(broken!.parseError).toMatchObject({ line: 6, column: 1 });
  });

  it("says an address has no subdomains, and marks a TLS version ATS may not read", () => {
    const exception = infoPlist(
      "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>192.168.1.1</key>\n\t\t\t<dict>\n" +
        "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n" +
        "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>1.2</string>\n\t\t\t</dict>\n\t\t</dict>",
    );
    const root = project({ "App/Info.plist": exception });
    expect(onlyPlist(runCli(["explain", "--format", "json"], root).stdout).scopes[1]).toMatchObject({
      kind: "exception",
      host: "192.168.1.1",
      includesSubdomains: false,
      minimumTLS: "TLSv1.2",
      caveats: [
        "ATS applies to IP addresses only from iOS 17 / macOS 14",
        "NSIncludesSubdomains has no effect on an address",
        "TLSv1.2 at best: written '1.2', which ATS may not read",
      ],
    });
    expect(runCli(["explain"], root).stdout).toContain("  ! exception: 192.168.1.1: NSIncludesSubdomains has no effect on an address\n");
  });

  it("explains Expo configs through the front-ends that lint them: app.json (JSON5) and app.config.ts", () => {
    const root = project({
      "mobile/app.json": '{\n  // JSON5, as Expo reads it\n  "expo": { "ios": { "infoPlist": {\n    "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true, },\n  } } },\n}\n',
      "web/app.config.ts":
        'import type { ExpoConfig } from "expo/config";\nexport default {\n  ios: {\n    infoPlist: {\n      NSAppTransportSecurity: {\n        NSExceptionDomains: { "legacy.example.com": { NSExceptionAllowsInsecureHTTPLoads: true } },\n      },\n    },\n  },\n} satisfies ExpoConfig;\n',
    });
    const run = runCli(["explain", "--format", "json"], root);
    expect(run.status).toBe(0);
    const [json, ts] = JSON.parse(run.stdout) as ExplainedFile[];
    expect(json!.plists[0]!.scopes[0]).toMatchObject({ kind: "default", cleartext: true, lines: [4] });
    expect(ts!.plists[0]!.scopes[1]).toMatchObject({ kind: "exception", host: "legacy.example.com", cleartext: true, lines: [6] });
    expect(runCli(["explain", "web/app.config.ts"], root).stdout).toMatch(/exception: legacy\.example\.com +legacy\.example\.com only +allowed/u);
  });

  it("explains the examples", () => {
    const run = runCli(["explain", "examples/native-app/Pantry/Info.plist"], REPO);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("exception: legacy-api.pantry.example");
    expect(readFileSync(join(REPO, "examples/native-app/Pantry/Info.plist"), "utf8")).toContain("legacy-api.pantry.example");
  });
});
