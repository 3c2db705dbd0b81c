// The bad-input battery, continued: an editor that sends every keystroke. A burst of edits is linted at its newest
// version only, push or pull, within bounded memory; a buffer over the size the CLI reads is refused as the CLI
// refuses the file; code actions reuse the lint of the version on screen instead of linting again.
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CodeActionRequest, DidChangeTextDocumentNotification, DocumentDiagnosticRequest, HoverRequest } from "vscode-languageserver-protocol/node";
import { afterEach, describe, expect, it } from "vitest";
import { generatedPlist } from "../bench/language-server.js";
import { ARBITRARY_LOADS, project } from "./cli/cli-helpers.js";
import { LspClient } from "./language-server/lsp-client.js";

const clients: LspClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) if (client.child.exitCode === null) client.child.kill();
});

async function started(options: ConstructorParameters<typeof LspClient>[0], root = project({})): Promise<LspClient> {
  const client = new LspClient(options);
  clients.push(client);
  await client.initialize(pathToFileURL(root).href);
  return client;
}

/** The server's peak resident memory so far, in MiB (Linux). */
const peakMiB = (client: LspClient): number => Number(/VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${client.child.pid}/status`, "utf8"))?.[1]) / 1024;

/** 100 edits of a 1 MB document, sent at once: the key NSExceptionDomains renamed and renamed back. */
const MB = generatedPlist(1024 * 1024);
const EDITED = MB.replace("NSExceptionDomains", "NSExceptionDomainz");
const sendBurst = (client: LspClient, uri: string): void => {
  for (let version = 2; version <= 101; version++) {
    void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: version % 2 === 0 ? EDITED : MB }] });
  }
};

describe("a burst of 100 edits of a 1 MB document (row 4)", () => {
  it("push: the last version's diagnostics arrive, stale versions are never linted, memory stays under 400 MiB", async () => {
    const client = await started({ pull: false });
    const uri = pathToFileURL(join(project({}), "Info.plist")).href;
    await client.open(uri, MB);
    const last = client.diagnostics(uri, 101, () => Promise.resolve(sendBurst(client, uri)));
    // Version 101 is the original text: one warning for the domain that allows cleartext HTTP.
    expect((await last).map((diagnostic) => diagnostic.code)).toEqual(["plist/no-insecure-http-exceptions"]);
    const pushed = client.pushes.map(({ version }) => version!);
    expect(pushed.at(-1)).toBe(101);
    expect(pushed.length).toBeLessThan(10); // one lint per settled burst, not one per edit
    expect(pushed).toEqual([...pushed].sort((a, b) => a - b)); // never an older version after a newer one
    expect(peakMiB(client)).toBeLessThan(400);
  }, 60_000);

  it("pull: every request is answered with the newest version's diagnostics, memory stays under 400 MiB", async () => {
    const client = await started({ pull: true });
    const uri = pathToFileURL(join(project({}), "Info.plist")).href;
    await client.open(uri, MB);
    sendBurst(client, uri);
    const pulls = Array.from({ length: 100 }, () => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }));
    const reports = await Promise.all(pulls);
    expect(reports.at(-1)).toMatchObject({ kind: "full", items: [{ code: "plist/no-insecure-http-exceptions" }] });
    expect(peakMiB(client)).toBeLessThan(400);
  }, 60_000);
});

describe("limits the CLI has (row 18)", () => {
  it("a buffer over 64 MiB is not linted or parsed: one diagnostic says why", async () => {
    const root = project({});
    const client = await started({ pull: true }, root);
    const path = join(root, "Info.plist");
    const uri = pathToFileURL(path).href;
    const diagnostics = await client.open(uri, `${MB}<!--${" ".repeat(65 * 1024 * 1024)}-->`);
    expect(diagnostics.map(({ message, severity }) => ({ message, severity }))).toEqual([
      { message: `plistlint could not lint this file: Cannot read ${path}: it is 66 MiB, more than the 64 MiB plistlint reads`, severity: 1 },
    ]);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 8 } })).toBeNull();
  }, 60_000);

  it("code actions reuse the lint of the version shown: no lint per request", async () => {
    // A project config whose extra rule counts the lints.
    const root = project({ "lints.txt": "" }, { withNodeModules: true });
    const counter = join(root, "lints.txt");
    appendFileSync(
      join(root, "eslint.config.js"),
      `import { appendFileSync } from "node:fs";
import plist from "eslint-plugin-plist";
const counting = { rules: { lint: { create() { appendFileSync(${JSON.stringify(counter)}, "x"); return {}; } } } };
export default [...plist.configs.recommended, { files: ["**/Info.plist"], plugins: { counting }, rules: { "counting/lint": "error" } }];
`,
    );
    const client = await started({ pull: true }, root);
    const uri = pathToFileURL(join(root, "App", "Info.plist")).href;
    expect((await client.open(uri, ARBITRARY_LOADS)).map((diagnostic) => diagnostic.code)).toEqual(["plist/no-arbitrary-loads"]);
    expect(readFileSync(counter, "utf8")).toBe("x");
    const range = { start: { line: 6, character: 4 }, end: { line: 6, character: 4 } };
    for (let request = 0; request < 3; request++) {
      const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ["quickfix"] } });
      expect(actions?.map((action) => action.title)).toEqual([
        "Remove NSAllowsArbitraryLoads",
        "Disable plist/no-arbitrary-loads for this entry",
        "Show documentation for plist/no-arbitrary-loads",
      ]);
    }
    expect(readFileSync(counter, "utf8")).toBe("x");
    // Fix-all lints with fixes once for this version, however often it is asked for.
    for (let request = 0; request < 3; request++) {
      await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ["source.fixAll.plistlint"] } });
    }
    expect(readFileSync(counter, "utf8")).toBe("xx");
  }, 60_000);
});
