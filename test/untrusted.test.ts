// A repository under review may hold code meant to run when a tool reads it: a parser planted in its node_modules,
// an eslint.config.* with side effects. The shipped CLI and the .vsix's server lint app.config.ts with the parser
// they ship, never one found in the repository; untrusted (--no-config-lookup, the server's "untrusted" setting) they
// run no config from it either.
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { SHIPPED_PARSER_FILES } from "@plistlint/engine/bundling";
import { REPO, project, runCli } from "./cli/cli-helpers.js";
import { HoverRequest, type MarkupContent } from "vscode-languageserver-protocol/node";
import { LspClient } from "./language-server/lsp-client.js";

const APP_CONFIG = `export default {
  ios: { infoPlist: { NSAppTransportSecurity: { NSAllowsArbitraryLoads: true } } },
};
`;

/** A mark left in the repository's root by code that ran; `up` is how far the root is above the running file. */
const mark = (name: string, up: string): string => `require("node:fs").writeFileSync(require("node:path").join(__dirname, ${JSON.stringify(up)}, "RAN-${name}"), "");`;

/** A repository whose node_modules holds a "TypeScript parser" and whose eslint.config.mjs each leave a mark when run. */
function plantedRepository(): { root: string; ran: () => string[] } {
  const root = project({
    "app.config.ts": APP_CONFIG,
    "node_modules/@typescript-eslint/parser/package.json": '{ "name": "@typescript-eslint/parser", "version": "99.0.0", "main": "index.js" }\n',
    "node_modules/@typescript-eslint/parser/index.js": `${mark("parser", "../../..")}\nexports.parseForESLint = () => { throw new Error("planted"); };\n`,
    "node_modules/typescript/package.json": '{ "name": "typescript", "version": "99.0.0", "main": "index.js" }\n',
    "node_modules/typescript/index.js": `${mark("typescript", "../..")}\n`,
    "eslint.config.mjs": 'import { writeFileSync } from "node:fs";\nwriteFileSync(new URL("./RAN-config", import.meta.url), "");\nexport default [];\n',
  });
  return { root, ran: () => ["parser", "typescript", "config"].filter((name) => existsSync(join(root, `RAN-${name}`))) };
}

const copies: string[] = [];
afterEach(() => {
  for (const folder of copies.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** `from` copied into a new folder that has no node_modules anywhere above it. */
function isolatedCopy(from: string, entries: string[]): string {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-shipped-")));
  copies.push(folder);
  for (const entry of entries) cpSync(join(from, entry), join(folder, entry), { recursive: true });
  return folder;
}

describe("a planted parser or config never runs", () => {
  it("from the shipped CLI (bin/ and bundle/, as npx installs it)", () => {
    const cli = isolatedCopy(join(REPO, "packages", "cli"), ["bin", "bundle", "package.json"]);
    const { root, ran } = plantedRepository();
    const untrusted = runCli(["--no-config-lookup", "--format", "json", "app.config.ts"], root, {}, join(cli, "bin", "plistlint.cjs"));
    const [result] = JSON.parse(untrusted.stdout) as { messages: { ruleId: string; line: number }[] }[];
    expect(result!.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ["plist/no-arbitrary-loads", 2],
    ]);
    expect(ran()).toEqual([]);
    // Trusted, the project's config is the user's to run (it is code, and it lints nothing here); the parser still
    // comes from the bundle.
    runCli(["--format", "json", "app.config.ts"], root, {}, join(cli, "bin", "plistlint.cjs"));
    expect(ran()).toEqual(["config"]);
  });

  it("from the .vsix's language server, lint and hover alike", async () => {
    const server = isolatedCopy(join(REPO, "extension", "dist"), ["server.js", ...SHIPPED_PARSER_FILES]);
    const { root, ran } = plantedRepository();
    const client = new LspClient({ pull: false, server: join(server, "server.js"), initializationOptions: { settings: { trust: "untrusted" } } });
    try {
      await client.initialize(pathToFileURL(root).href);
      const uri = pathToFileURL(join(root, "app.config.ts")).href;
      const diagnostics = await client.open(uri, APP_CONFIG);
      expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line])).toEqual([["plist/no-arbitrary-loads", 1]]);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 50 } });
      expect((hover?.contents as MarkupContent).value).toContain("**NSAllowsArbitraryLoads** (App Transport Security)");
      expect(ran()).toEqual([]);
      expect(await client.shutdown()).toBe(0);
    } finally {
      if (client.child.exitCode === null) client.child.kill();
    }
  });
});
