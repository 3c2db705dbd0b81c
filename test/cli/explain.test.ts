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

describe("plistlint explain", () => {
  it("shows the effective policy per scope, with the lines that set it and notes on what the OS ignores", () => {
    const root = project({ "App/Info.plist": MIXED });
    const run = runCli(["explain", "--minimum-os", "iOS=15.0"], root);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`App/Info.plist: minimum OS iOS 15.0 (from the configuration)
  Scope                          Covers                                      Cleartext HTTP   Minimum TLS      Forward secrecy  Pins   Lines
  default                        every host not listed below                 blocked          TLSv1.2          required         -      default
  exception: legacy.example.com  legacy.example.com and all its subdomains   blocked          TLSv1.0          required         -      13, 15, 17
  pinned: api.example.com        api.example.com only                        -                -                -                CA ×2  23, 25
  web content                    WKWebView and other web views               allowed          none (ATS off)   not required     -      9
  media                          AVFoundation media                          as for the host  as for the host  as for the host  -      default
  local networking               unqualified names, .local and IP addresses  as for the host  as for the host  as for the host  -      default
  * NSAllowsArbitraryLoads is ignored on iOS 10+ and macOS 10.12+ because NSAllowsArbitraryLoadsInWebContent is present.
  * Listed exception domains do not inherit NSAllowsArbitraryLoadsInWebContent: each gets ATS defaults plus its own settings.
`);
  });

  it("says when NSAllowsArbitraryLoads is still honoured at the minimum OS, and shows ATS off by default", () => {
    const root = project({ "App/Info.plist": MIXED });
    const [explanation] = JSON.parse(runCli(["explain", "--format", "json", "--minimum-os", "iOS=9.0"], root).stdout);
    expect(explanation.scopes[0]).toEqual({
      scope: "default",
      covers: "every host not listed below",
      cleartextHTTP: "allowed",
      minimumTLS: "none (ATS off)",
      forwardSecrecy: "not required",
      pins: "-",
      lines: [7],
    });
    expect(explanation.notes[0]).toBe(
      "NSAllowsArbitraryLoads is ignored on iOS 10+ and macOS 10.12+ because NSAllowsArbitraryLoadsInWebContent is present, but still honoured on iOS 9.0 (the minimum OS).",
    );
    expect(explanation.minimumOS).toEqual({ versions: { iOS: "9.0" }, source: "settings" });
  });

  it("reads the defaults for a file without ATS settings, and reports a file it cannot parse", () => {
    const root = project({ "App/Info.plist": CLEAN, "Broken/Info.plist": CLEAN.replace("</dict>", "</dct>") });
    const run = runCli(["explain", "--format", "json"], root);
    expect(run.status).toBe(1);
    const [clean, broken] = JSON.parse(run.stdout);
    expect(clean.notes).toEqual(["No NSAppTransportSecurity dictionary: ATS defaults apply to every host."]);
    expect(clean.scopes.map((scope: { scope: string; cleartextHTTP: string }) => [scope.scope, scope.cleartextHTTP])).toEqual([
      ["default", "blocked"],
      ["web content", "as for the host"],
      ["media", "as for the host"],
      ["local networking", "as for the host"],
    ]);
    expect(broken.parseError).toMatchObject({ line: 6, column: 1 });
  });

  it("says an address has no subdomains, and marks a TLS version ATS may not read", () => {
    const exception = infoPlist(
      "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>192.168.1.1</key>\n\t\t\t<dict>\n" +
        "\t\t\t\t<key>NSIncludesSubdomains</key>\n\t\t\t\t<true/>\n" +
        "\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>1.2</string>\n\t\t\t</dict>\n\t\t</dict>",
    );
    const [explanation] = JSON.parse(runCli(["explain", "--format", "json"], project({ "App/Info.plist": exception })).stdout);
    expect(explanation.scopes[1]).toMatchObject({
      scope: "exception: 192.168.1.1",
      covers: "192.168.1.1 only (an address has no subdomains)",
      minimumTLS: "TLSv1.2 at best (written '1.2', which ATS may not read)",
    });
  });

  it("explains the examples", () => {
    const run = runCli(["explain", "examples/native-app/Pantry/Info.plist"], REPO);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("exception: legacy-api.pantry.example");
    expect(readFileSync(join(REPO, "examples/native-app/Pantry/Info.plist"), "utf8")).toContain("legacy-api.pantry.example");
  });
});
