// End to end, through the CLI bundle: Cordova apps' config.xml files (the one `cordova create` writes, and one that
// writes ATS through <edit-config>), found by plain `plistlint`, judged as the Info.plist cordova-ios makes of them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, runCli } from "./cli-helpers.js";

/** The essentials of the config.xml `cordova create` writes: `<access origin="*" />` under a comment. */
const CREATED = `<?xml version='1.0' encoding='utf-8'?>
<widget id="io.cordova.hellocordova" version="1.0.0" xmlns="http://www.w3.org/ns/widgets" xmlns:cdv="http://cordova.apache.org/ns/1.0">
    <name>HelloCordova</name>
    <content src="index.html" />
    <!-- AllowList docs: https://cordova.apache.org/docs/en/latest/ -->
    <access origin="*" />
    <allow-intent href="http://*/*" />
    <allow-intent href="https://*/*" />
</widget>
`;

const EDIT_CONFIG = `<?xml version='1.0' encoding='utf-8'?>
<widget id="com.example.shop" version="2.1.0" xmlns="http://www.w3.org/ns/widgets">
    <name>Shop</name>
    <!-- eslint-disable-next-line plist/no-insecure-http-exceptions -- the legacy catalogue has no TLS yet -->
    <allow-navigation href="http://catalogue.example.com/*" />
    <access origin="https://api.example.com" requires-certificate-transparency="true" />
    <platform name="ios">
        <edit-config file="*-Info.plist" mode="merge" target="NSAppTransportSecurity">
            <dict>
                <key>NSAllowsArbitraryLoadsInWebContent</key>
                <true/>
            </dict>
        </edit-config>
    </platform>
    <platform name="android">
        <access origin="*" />
    </platform>
</widget>
`;

/** [file, rule, line] of every problem the json format reports. */
function findings(root: string, args: string[] = []): [string, string | null, number][] {
  const run = runCli(["--format", "json", ...args], root);
  expect(run.stderr).toBe("");
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
  return results.flatMap((result) => result.messages.map((message): [string, string | null, number] => [result.filePath.slice(root.length + 1), message.ruleId, message.line]));
}

describe("Cordova config.xml, end to end", () => {
  it("plain plistlint finds each app's config.xml, and the Info.plist cordova-ios makes of it is judged at config.xml's lines", () => {
    const root = project({
      "hello/config.xml": CREATED,
      "shop/config.xml": EDIT_CONFIG,
      // Another tool's config.xml, with no allowlist or Info.plist settings: no source.
      "magento/app/etc/config.xml": '<?xml version="1.0"?>\n<config><default /></config>\n',
    });
    expect(findings(root)).toEqual([
      ["hello/config.xml", "plist/no-arbitrary-loads", 6],
      ["shop/config.xml", "plist/no-certificate-transparency-key", 6],
      ["shop/config.xml", "plist/no-arbitrary-loads-in-web-content", 10],
    ]);
  });

  it("--fix edits the attribute that states a setting, and nothing cordova-ios derives from a URL", () => {
    const root = project({ "shop/config.xml": EDIT_CONFIG });
    runCli(["--fix"], root);
    expect(readFileSync(join(root, "shop/config.xml"), "utf8")).toBe(EDIT_CONFIG.replace(' requires-certificate-transparency="true"', ""));
  });

  it("explain shows the policy of the app, and where each setting is written in config.xml", () => {
    const root = project({ "shop/config.xml": EDIT_CONFIG });
    const run = runCli(["explain", "--format", "json", "shop/config.xml"], root);
    const [explained] = JSON.parse(run.stdout) as { plists: { label: string; scopes: { kind: string; host: string | null; cleartext: boolean | null; lines: number[] }[] }[] }[];
    expect(explained!.plists.map((plist) => plist.label)).toEqual(["the Info.plist cordova-ios writes"]);
    expect(explained!.plists[0]!.scopes.map((scope) => [scope.kind, scope.host, scope.cleartext, scope.lines])).toEqual([
      ["default", null, false, []],
      ["exception", "catalogue.example.com", true, [5]],
      ["exception", "api.example.com", false, [6]],
      ["web-content", null, true, [10]],
      ["media", null, null, []],
      ["local-networking", null, null, []],
    ]);
  });

  it("plist XML in an <edit-config> that cordova-common could not read is a parse error at its position", () => {
    const root = project({ "config.xml": EDIT_CONFIG.replace("<true/>", "<yes/>") });
    const run = runCli(["--format", "json"], root);
    const [result] = JSON.parse(run.stdout) as { messages: { fatal?: boolean; message: string; line: number; column: number }[] }[];
    expect(result!.messages).toMatchObject([{ fatal: true, message: "Parsing error: Unknown element <yes>: not a property-list type.", line: 11, column: 17 }]);
  });
});
