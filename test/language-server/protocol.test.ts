import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CodeActionRequest, type CompletionItem, CompletionRequest, type CodeAction, type Diagnostic, InsertTextMode, ExecuteCommandRequest, HoverRequest, type TextEdit } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterEach, describe, expect, it } from "vitest";
import { LspClient, SERVER } from "./lsp-client.js";

/** An app's Info.plist: NSAllowsArbitraryLoads (error, suggestion) on line 7, an obsolete key (warning, fix) on line 13. */
const TEXT = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>NSAppTransportSecurity</key>
\t<dict>
\t\t<key>NSAllowsArbitraryLoads</key>
\t\t<true/>
\t\t<key>NSExceptionDomains</key>
\t\t<dict>
\t\t\t<key>legacy.example.com</key>
\t\t\t<dict>
\t\t\t\t<key>NSRequiresCertificateTransparency</key>
\t\t\t\t<true/>
\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>
\t\t\t\t<string>TLSv1.3</string>
\t\t\t</dict>
\t\t</dict>
\t</dict>
</dict>
</plist>
`;

const NO_ARBITRARY_LOADS_DOCS = "https://github.com/plistlint/plistlint/blob/main/packages/eslint-plugin/docs/rules/no-arbitrary-loads.md";

const clients: LspClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) if (client.child.exitCode === null) client.child.kill();
});

function workspace(): { root: string; uri: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-lsp-")));
  writeFileSync(join(root, "Info.plist"), TEXT);
  return { root, uri: pathToFileURL(join(root, "App", "Info.plist")).href };
}

async function started(options: ConstructorParameters<typeof LspClient>[0]): Promise<{ client: LspClient; uri: string; root: string }> {
  const client = new LspClient(options);
  clients.push(client);
  const { root, uri } = workspace();
  await client.initialize(pathToFileURL(root).href);
  return { client, uri, root };
}

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("file:///x", "xml", 1, text), edits);
}

/** The edits of an action, from `documentChanges` or `changes`, whichever the server used. */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const change = action.edit?.documentChanges?.[0];
  if (change && "edits" in change) return change.edits as TextEdit[];
  return action.edit?.changes?.[uri] ?? [];
}

describe.each([
  ["push client (Neovim, Emacs: no pull, no configuration, `changes`)", { pull: false }],
  ["pull client (VS Code: pull, configuration, `documentChanges`)", { pull: true, settings: {} }],
])("language server with a %s", (_name, options) => {
  it("reports each problem on the key at fault with the rule id and a link to its docs", async () => {
    const { client, uri } = await started(options);
    expect(Boolean(client.initializeResult?.capabilities.diagnosticProvider)).toBe(options.pull);
    const diagnostics = await client.open(uri, TEXT);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.range])).toEqual([
      ["plist/no-arbitrary-loads", 1, { start: { line: 6, character: 2 }, end: { line: 6, character: 35 } }],
      ["plist/no-certificate-transparency-key", 2, { start: { line: 12, character: 4 }, end: { line: 12, character: 48 } }],
    ]);
    expect(diagnostics[0]).toMatchObject({ source: "plistlint", codeDescription: { href: NO_ARBITRARY_LOADS_DOCS } });
    expect(diagnostics[0]!.message).toBe("NSAllowsArbitraryLoads = YES turns ATS off for unlisted domains: remove it, or list exceptions per domain.");
    expect(await client.shutdown()).toBe(0);
  });

  it("offers 'Remove NSAllowsArbitraryLoads' as the preferred quick-fix, and it removes the entry", async () => {
    const { client, uri } = await started(options);
    const [diagnostic] = await client.open(uri, TEXT);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic!.range,
      context: { diagnostics: [], only: ["quickfix"] }, // stale or missing diagnostics: the server recomputes
    });
    const list = actions as CodeAction[];
    expect(list.map((action) => [action.title, action.isPreferred ?? false])).toEqual([
      ["Remove NSAllowsArbitraryLoads", true],
      ["Disable plist/no-arbitrary-loads for this entry", false],
      ["Show documentation for plist/no-arbitrary-loads", false],
    ]);
    expect(Boolean(list[0]!.edit?.documentChanges)).toBe(options.pull);
    expect(apply(TEXT, editsOf(list[0]!, uri))).toBe(TEXT.replace("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n", ""));
    expect(apply(TEXT, editsOf(list[1]!, uri))).toBe(
      TEXT.replace(
        "\t\t<key>NSAllowsArbitraryLoads</key>",
        "\t\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -- TODO: why this is needed -->\n\t\t<key>NSAllowsArbitraryLoads</key>",
      ),
    );
  });

  it("applies a disable comment and a fix-all, and the problems are gone", async () => {
    const { client, uri } = await started(options);
    await client.open(uri, TEXT);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] },
    })) as CodeAction[];
    expect(actions.map((action) => [action.title, action.kind])).toEqual([["Fix all auto-fixable plistlint problems", "source.fixAll.plistlint"]]);
    const fixed = apply(TEXT, editsOf(actions[0]!, uri));
    expect(fixed).toBe(TEXT.replace("\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<true/>\n", ""));
    const disabled = fixed.replace("\t\t<key>NSAllowsArbitraryLoads</key>", "\t\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -- a browser -->\n\t\t<key>NSAllowsArbitraryLoads</key>");
    expect(await client.change(uri, disabled, 2)).toEqual([]);
  });

  it("clears diagnostics when the document closes (push) and survives garbage", async () => {
    const { client, uri } = await started(options);
    const garbage = await client.open(uri, "bplist00\u0000\u0001garbage");
    expect(garbage).toHaveLength(1);
    expect(garbage[0]).toMatchObject({ severity: 1, source: "plistlint" });
    expect(await client.change(uri, "", 2)).toHaveLength(1);
    expect(await client.change(uri, TEXT, 3)).toHaveLength(2);
    if (!options.pull) expect(await client.close(uri)).toEqual([]);
  });
});

describe("language server features", () => {
  it("hover: what an ATS key does; on NSAppTransportSecurity and on a domain, the effective policy", async () => {
    const { client, uri } = await started({ pull: true, settings: { minimumOS: { iOS: "15.0" } } });
    await client.open(uri, TEXT);
    const hoverAt = async (line: number, character: number): Promise<string | undefined> => {
      const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
      return result && typeof result.contents === "object" && "value" in result.contents ? result.contents.value : undefined;
    };
    const key = await hoverAt(6, 10);
    expect(key).toBe(
      [
        "**NSAllowsArbitraryLoads** (App Transport Security)",
        "",
        "Disables ATS for every domain not listed in NSExceptionDomains (cleartext HTTP and weak TLS allowed).",
        "",
        "| Default | Since | App Review | MASVS |",
        "|---|---|---|---|",
        "| NO | iOS 9 / macOS 10.11 | justification when YES | MASVS-NETWORK-1 |",
      ].join("\n"),
    );
    const policy = await hoverAt(4, 10);
    expect(policy).toContain("minimum OS iOS 15.0");
    expect(policy).toContain("| default | every host not listed below | allowed | none (ATS off) | not required | - |");
    const domain = await hoverAt(10, 12);
    expect(domain).toContain("| exception: legacy.example.com | legacy.example.com only | blocked | TLSv1.3 | required | - |");
    expect(domain).not.toContain("| default |");
    expect(await hoverAt(15, 14)).toBeUndefined(); // inside a value: nothing to say
    // React Native's template: NO loosens nothing, so App Review asks nothing.
    await client.change(uri, TEXT.replace("\t\t<true/>", "\t\t<false/>"), 2);
    expect(await hoverAt(6, 10)).toContain("| NO | iOS 9 / macOS 10.11 | none for NO | MASVS-NETWORK-1 |");
  });

  it("completion: the keys missing at that level, with a value snippet, and the TLS versions", async () => {
    const { client, uri } = await started({ pull: true, settings: {} });
    const typing = TEXT.replace("\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>", "\t\t\t\t<key>NSInc\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>");
    await client.open(uri, typing);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 14, character: 13 } })) as { label: string; textEdit?: { newText: string } }[];
    // Not the keys already there (NSExceptionMinimumTLSVersion), nor obsolete ones (NSRequiresCertificateTransparency).
    expect(items.map((item) => item.label)).toEqual([
      "NSIncludesSubdomains",
      "NSExceptionAllowsInsecureHTTPLoads",
      "NSExceptionRequiresForwardSecrecy",
      "NSExceptionRequiresNIAPTLSPackageVersion",
    ]);
    const includes = items.find((item) => item.label === "NSIncludesSubdomains");
    expect(includes?.textEdit?.newText).toBe("<key>NSIncludesSubdomains</key>\n\t\t\t\t<${1|false,true|}/>");

    await client.change(uri, TEXT, 2);
    const versions = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 15, character: 14 } })) as { label: string }[];
    expect(versions.map((item) => item.label)).toEqual(["TLSv1.2", "TLSv1.3", "TLSv1.0", "TLSv1.1"]);
  });

  it("reads settings through workspace/configuration: preset, rules, enable", async () => {
    const local = "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n";
    const text = TEXT.replace("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n", local);
    const strict = await started({ pull: true, settings: { preset: "strict", rules: { "plist/no-certificate-transparency-key": "off" } } });
    expect((await strict.client.open(strict.uri, text)).map((diagnostic) => diagnostic.code)).toEqual(["plist/no-local-networking"]);
    const disabled = await started({ pull: true, settings: { enable: false } });
    expect(await disabled.client.open(disabled.uri, text)).toEqual([]);
  });

  it("takes settings from initializationOptions when the client has no workspace/configuration (Vim's ALE)", async () => {
    const { client, uri } = await started({ pull: false, initializationOptions: { settings: { preset: "strict" } } });
    const text = TEXT.replace("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>\n", "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<true/>\n");
    expect((await client.open(uri, text)).map((diagnostic) => diagnostic.code)).toEqual(["plist/no-local-networking", "plist/no-certificate-transparency-key"]);
  });

  it("explains the policy as Markdown through the plistlint.server.explain command", async () => {
    const { client, uri } = await started({ pull: true, settings: {} });
    await client.open(uri, TEXT);
    const markdown: unknown = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "plistlint.server.explain", arguments: [uri] });
    expect(markdown).toContain("**Effective App Transport Security policy**");
    expect(markdown).toContain("| exception: legacy.example.com |");
  });

  it("keeps answering after hundreds of random edits", async () => {
    const { client, uri } = await started({ pull: false });
    let text = TEXT;
    let seed = 42;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = ["<", ">", "</dict>", "<dict>", "<key>NSAllowsArbitraryLoads</key>", "<true/>", "&", "&amp;", "<!--", "-->", "\u0000", "\uFEFF", "\r\n", "]]>", "<![CDATA[", "\uD800"];
    await client.open(uri, text);
    for (let version = 2; version < 300; version++) {
      const at = random(text.length + 1);
      const cut = random(4) === 0 ? random(20) : 0;
      text = text.slice(0, at) + (random(3) === 0 ? "" : pieces[random(pieces.length)]!) + text.slice(at + cut);
      void client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
      if (version % 50 === 0) {
        await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: random(20), character: random(20) } });
        await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: random(20), character: random(10) } });
        await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } }, context: { diagnostics: [] } });
      }
    }
    expect(await client.change(uri, TEXT, 400)).toHaveLength(2);
    expect(client.stderr.join("")).toBe("");
    expect(await client.shutdown()).toBe(0);
  }, 60_000);
});

describe("language server edge cases", () => {
  it("survives file URIs it cannot map to a path, and lints untitled plist documents", async () => {
    const { client } = await started({ pull: false });
    expect(await client.open("file://remotehost/share/Info.plist", TEXT)).toHaveLength(2);
    expect(await client.open("untitled:Untitled-1", TEXT.replace("<plist", "<plist"), 1)).toHaveLength(0);
    const untitled = await client.diagnostics("untitled:Untitled-2", 1, () =>
      client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: "untitled:Untitled-2", languageId: "plist", version: 1, text: TEXT } }),
    );
    expect(untitled.map((diagnostic) => diagnostic.code)).toEqual(["plist/no-arbitrary-loads", "plist/no-certificate-transparency-key"]);
    expect(await client.shutdown()).toBe(0);
  });

  it("puts ranges after a BOM, and a disable comment beside other markup on the key's line keeps the XML valid", async () => {
    const { client, uri } = await started({ pull: true, settings: {} });
    const oneLine = `\uFEFF<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><true/></dict></dict></plist>\n`;
    const [diagnostic] = await client.open(uri, oneLine);
    const keyAt = oneLine.indexOf("<key>NSAllowsArbitraryLoads");
    expect(diagnostic!.range.start).toEqual({ line: 0, character: keyAt });
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic!.range, context: { diagnostics: [] } })) as CodeAction[];
    const disabled = apply(oneLine, editsOf(actions.find((action) => action.title.startsWith("Disable"))!, uri));
    expect(disabled).toBe(`${oneLine.slice(0, keyAt)}<!-- eslint-disable-next-line plist/no-arbitrary-loads -- TODO: why this is needed -->\n${oneLine.slice(keyAt)}`);
    expect(await client.change(uri, disabled, 2)).toEqual([]);
  });

  it("completes with the value's lines fully indented, marked to be inserted as they are when the client can re-indent", async () => {
    // Two tabs deep, as a key inside NSAppTransportSecurity; VS Code declares asIs and adjustIndentation.
    const typing = TEXT.replace("\t\t<key>NSExceptionDomains</key>", "\t\tNSExceptionDom\n\t\t<key>NSExceptionDomains</key>").replace("\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>legacy.example.com</key>\n\t\t\t<dict>\n\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<true/>\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.3</string>\n\t\t\t</dict>\n\t\t</dict>\n", "");
    for (const [insertTextModes, mode] of [[[InsertTextMode.asIs, InsertTextMode.adjustIndentation], InsertTextMode.asIs], [undefined, undefined]] as const) {
      const { client, uri } = await started({ pull: false, ...(insertTextModes ? { insertTextModes: [...insertTextModes] } : {}) });
      await client.open(uri, typing);
      const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 8, character: 16 } })) as CompletionItem[];
      const domains = items.find((item) => item.label === "NSExceptionDomains")!;
      expect(domains.insertTextMode).toBe(mode);
      // Inserted as it is (what asIs asks of VS Code, and what Neovim and Emacs do), every line is indented once.
      expect(apply(typing, [domains.textEdit as TextEdit])).toContain("\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t</dict>\n\t</dict>");
    }
  });

  it("completes over a tag the editor closed already, in the document's line endings, and inside an empty dict", async () => {
    const { client, uri } = await started({ pull: true, settings: {} });
    const crlf = TEXT.replace("\t\t<key>NSExceptionDomains</key>", "\t\t<key>NSAllowsLoc</key>\n\t\t<key>NSExceptionDomains</key>").replace(/\n/gu, "\r\n");
    await client.open(uri, crlf);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 8, character: 13 } })) as { label: string; textEdit: TextEdit }[];
    const local = items.find((item) => item.label === "NSAllowsLocalNetworking")!;
    const completed = apply(crlf, [local.textEdit]);
    expect(completed).toContain("\t\t<key>NSAllowsLocalNetworking</key>\r\n\t\t<${1|false,true|}/>\r\n\t\t<key>NSExceptionDomains</key>");

    const empty = TEXT.replace(/\t<dict>\n\t\t<key>NSAllowsArbitraryLoads[\s\S]*?\n\t<\/dict>\n<\/dict>/u, "\t<dict></dict>\n</dict>");
    await client.change(uri, empty, 2);
    const inEmpty = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 5, character: 7 } })) as { label: string }[];
    expect(inEmpty.map((item) => item.label)).toContain("NSAllowsArbitraryLoads");
  });

  it("does not send workspace/applyEdit to a client that cannot take it", async () => {
    const client = new LspClient({ pull: false });
    clients.push(client);
    client.connection.onRequest("workspace/applyEdit", () => {
      throw new Error("applyEdit sent to a client without the capability");
    });
    const { root, uri } = workspace();
    const capabilities = client.capabilities;
    delete capabilities.workspace!.applyEdit;
    await client.connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities, workspaceFolders: null });
    await client.connection.sendNotification("initialized", {});
    await client.open(uri, TEXT);
    const warnings: string[] = [];
    client.connection.onNotification("window/showMessage", (message: { message: string }) => {
      warnings.push(message.message);
    });
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "plistlint.server.fixAll", arguments: [uri] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(warnings).toEqual(["plistlint: this editor does not take edits from the server; use the source.fixAll.plistlint code action instead."]);
  });
});

describe("language server on Expo configs", () => {
  it("hovers in app.json with the same key card and policy as in an Info.plist, in JSON's words", async () => {
    const { client, root } = await started({ pull: false });
    const uri = pathToFileURL(join(root, "app.json")).href;
    const text = '{\n  "expo": { "ios": { "infoPlist": {\n    "NSAppTransportSecurity": {\n      "NSAllowsArbitraryLoads": true,\n      "NSExceptionDomains": { "legacy.example.com": { "NSTemporaryExceptionAllowsInsecureHTTPLoads": true } }\n    }\n  } } }\n}\n';
    await client.open(uri, text);
    expect(await hoverAt(client, uri, 3, 10)).toContain("| false | iOS 9 / macOS 10.11 | justification when true | MASVS-NETWORK-1 |");
    const legacy = await hoverAt(client, uri, 4, 60);
    expect(legacy).toContain("**NSTemporaryExceptionAllowsInsecureHTTPLoads** (App Transport Security)");
    expect(legacy).toContain("Legacy key, undocumented since 2016: use `NSExceptionAllowsInsecureHTTPLoads`.");
    expect(await hoverAt(client, uri, 2, 8)).toContain("| default | every host not listed below | allowed | none (ATS off) | not required | - |");
    expect(await hoverAt(client, uri, 4, 32)).toContain("| exception: legacy.example.com | legacy.example.com only | allowed |");
  });

  it("lints app.config.ts with the same rules, offers the suggestion and a // disable comment", async () => {
    const { client, root } = await started({ pull: true, settings: {} });
    const uri = pathToFileURL(join(root, "app.config.ts")).href;
    const text = 'export default {\n  ios: {\n    infoPlist: {\n      NSAppTransportSecurity: {\n        NSAllowsArbitraryLoads: true,\n        NSAllowsLocalNetworking: false,\n      },\n    },\n  },\n};\n';
    const diagnostics = await client.open(uri, text);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start])).toEqual([["plist/no-ignored-arbitrary-loads", { line: 4, character: 8 }]]);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics: [] } })) as CodeAction[];
    expect(actions.map((action) => action.title)).toEqual([
      "Fix this plist/no-ignored-arbitrary-loads problem",
      "Disable plist/no-ignored-arbitrary-loads for this entry",
      "Show documentation for plist/no-ignored-arbitrary-loads",
      "Fix all auto-fixable plistlint problems",
    ]);
    expect(apply(text, editsOf(actions[0]!, uri))).toBe(text.replace("        NSAllowsArbitraryLoads: true,\n", ""));
    expect(apply(text, editsOf(actions[1]!, uri))).toContain("        // eslint-disable-next-line plist/no-ignored-arbitrary-loads -- TODO: why this is needed\n        NSAllowsArbitraryLoads: true,");
    const json = await client.open(pathToFileURL(join(root, "package.json")).href, '{ "infoPlist": {} }');
    expect(json).toEqual([]);
  });
});

describe("plistlint-language-server on the command line", () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [SERVER, ...args], { encoding: "utf8", input: "", timeout: 10_000 });
  const version = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "packages", "language-server", "package.json"), "utf8")) as { version: string }).version;

  it("--version prints the package's version and exits", () => {
    for (const flag of ["--version", "-v"]) expect(run(flag)).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("--help says how to start it and exits", () => {
    const help = run("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: plistlint-language-server \[--stdio \| --node-ipc/u);
    expect(help.stdout).toContain("trust");
    expect(run("-h").stdout).toBe(help.stdout);
  });
});

/** The contents of a hover, as Markdown. */
async function hoverAt(client: LspClient, uri: string, line: number, character: number): Promise<string | undefined> {
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  return (hover?.contents as { value?: string } | undefined)?.value;
}

async function actionsFor(client: LspClient, uri: string, range: Diagnostic["range"]): Promise<CodeAction[]> {
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
}

describe("language server on XcodeGen, Electron and Cordova sources", () => {
  it("an XcodeGen spec: squiggle, the suggestion, a # disable comment, and hover with the target's policy", async () => {
    const { client, root } = await started({ pull: true, settings: {} });
    const uri = pathToFileURL(join(root, "project.yml")).href;
    const text = "targets:\n  App:\n    info:\n      properties:\n        NSAppTransportSecurity:\n          NSAllowsArbitraryLoads: true\n          NSExceptionDomains: {}\n";
    const diagnostics = await client.open(uri, text);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start])).toEqual([["plist/no-arbitrary-loads", { line: 5, character: 10 }]]);
    const actions = await actionsFor(client, uri, diagnostics[0]!.range);
    expect(actions.map((action) => action.title)).toEqual([
      "Remove NSAllowsArbitraryLoads",
      "Disable plist/no-arbitrary-loads for this entry",
      "Show documentation for plist/no-arbitrary-loads",
    ]);
    expect(apply(text, editsOf(actions[0]!, uri))).toBe(text.replace("          NSAllowsArbitraryLoads: true\n", ""));
    expect(apply(text, editsOf(actions[1]!, uri))).toContain(
      "          # eslint-disable-next-line plist/no-arbitrary-loads -- TODO: why this is needed\n          NSAllowsArbitraryLoads: true",
    );
    expect(await hoverAt(client, uri, 5, 14)).toContain("**NSAllowsArbitraryLoads** (App Transport Security)");
    expect(await hoverAt(client, uri, 4, 12)).toContain("**Effective App Transport Security policy** of `targets.App.info.properties`");
    // A YAML file without ATS or TrustKit settings is no source.
    expect(await client.open(pathToFileURL(join(root, "ci.yml")).href, "on: push\n")).toEqual([]);
  });

  it("electron-builder.yml and package.json: the same rules at their own positions", async () => {
    const { client, root } = await started({ pull: false });
    const yaml = await client.open(pathToFileURL(join(root, "electron-builder.yml")).href, "mac:\n  extendInfo:\n    NSAppTransportSecurity: { NSAllowsArbitraryLoadsForMedia: true }\n");
    expect(yaml.map((diagnostic) => [diagnostic.code, diagnostic.range.start])).toEqual([["plist/no-arbitrary-loads-for-media", { line: 2, character: 30 }]]);
    const json = await client.open(pathToFileURL(join(root, "package.json")).href, '{ "build": { "mas": { "extendInfo": { "NSAppTransportSecurity": { "NSAllowsArbitraryLoads": true } } } } }\n');
    expect(json.map((diagnostic) => [diagnostic.code, diagnostic.range.start])).toEqual([["plist/no-arbitrary-loads", { line: 0, character: 66 }]]);
  });

  it("a Cordova config.xml: squiggle on the origin, no edit of it but an XML disable comment, hover, and an attribute fix", async () => {
    const { client, root } = await started({ pull: true, settings: {} });
    const uri = pathToFileURL(join(root, "config.xml")).href;
    const text =
      '<?xml version="1.0" encoding="utf-8"?>\n<widget id="io.example" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">\n    <access origin="*" />\n    <access origin="https://api.example.com" requires-certificate-transparency="true" />\n</widget>\n';
    const diagnostics = await client.open(uri, text);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start])).toEqual([
      ["plist/no-arbitrary-loads", { line: 2, character: 12 }],
      ["plist/no-certificate-transparency-key", { line: 3, character: 45 }],
    ]);
    const actions = await actionsFor(client, uri, diagnostics[0]!.range);
    expect(actions.map((action) => action.title)).toEqual([
      "Disable plist/no-arbitrary-loads for this entry",
      "Show documentation for plist/no-arbitrary-loads",
      "Fix all auto-fixable plistlint problems",
    ]);
    expect(apply(text, editsOf(actions[0]!, uri))).toContain("    <!-- eslint-disable-next-line plist/no-arbitrary-loads -- TODO: why this is needed -->\n    <access origin=\"*\" />");
    const fixes = await actionsFor(client, uri, diagnostics[1]!.range);
    expect(apply(text, editsOf(fixes[0]!, uri))).toBe(text.replace(' requires-certificate-transparency="true"', ""));
    expect(await hoverAt(client, uri, 2, 14)).toContain("**NSAllowsArbitraryLoads** (App Transport Security)");
    expect(await hoverAt(client, uri, 3, 20)).toContain("**Effective App Transport Security policy** of `the Info.plist cordova-ios writes`");
  });
});

describe("the disable comment and the documentation action", () => {
  /** A minimum TLS version below 1.2: the finding is on the value, the line after its key. */
  const TLS_TEXT = TEXT.replace("<string>TLSv1.3</string>", "<string>TLSv1.0</string>");

  it("puts the comment above the key of a finding on the value's line, where it silences the entry", async () => {
    const { client, uri } = await started({ pull: false });
    const diagnostics = await client.open(uri, TLS_TEXT);
    const tls = diagnostics.find((diagnostic) => diagnostic.code === "plist/min-tls-version")!;
    expect(tls.range.start).toEqual({ line: 15, character: 4 });
    const actions = await actionsFor(client, uri, tls.range);
    const disabled = apply(TLS_TEXT, editsOf(actions.find((action) => action.title === "Disable plist/min-tls-version for this entry")!, uri));
    expect(disabled).toContain(
      "\t\t\t\t<!-- eslint-disable-next-line plist/min-tls-version -- TODO: why this is needed -->\n\t\t\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t\t\t<string>TLSv1.0</string>",
    );
    expect((await client.change(uri, disabled, 2)).map((diagnostic) => diagnostic.code)).not.toContain("plist/min-tls-version");
  });

  it("gives a client that takes snippet edits the reason as a placeholder, selected to type over", async () => {
    const { client, uri } = await started({ pull: true, settings: {}, vscodeLike: true });
    const [diagnostic] = await client.open(uri, TEXT);
    const disable = (await actionsFor(client, uri, diagnostic!.range)).find((action) => action.title.startsWith("Disable"))!;
    const [change] = disable.edit!.documentChanges! as { edits: { range: unknown; snippet?: { kind: string; value: string } }[] }[];
    expect(change!.edits).toEqual([
      {
        range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
        snippet: { kind: "snippet", value: "\t\t<!-- eslint-disable-next-line plist/no-arbitrary-loads -- ${1:TODO: why this is needed} -->\n" },
      },
    ]);
  });

  it("opens a rule's documentation in the client's browser, or shows its address to a client that cannot open it", async () => {
    for (const vscodeLike of [true, false]) {
      const { client, uri } = await started({ pull: false, vscodeLike });
      const [diagnostic] = await client.open(uri, TEXT);
      const documentation = (await actionsFor(client, uri, diagnostic!.range)).find((action) => action.title === "Show documentation for plist/no-arbitrary-loads")!;
      expect(documentation.command).toEqual({ title: documentation.title, command: "plistlint.server.showDocumentation", arguments: [NO_ARBITRARY_LOADS_DOCS] });
      await client.connection.sendRequest(ExecuteCommandRequest.type, documentation.command!);
      if (vscodeLike) expect(client.shownDocuments).toEqual([{ uri: NO_ARBITRARY_LOADS_DOCS, external: true }]);
      else expect(client.shownMessages).toEqual([`plistlint: the rule's documentation is at ${NO_ARBITRARY_LOADS_DOCS}`]);
    }
  });
});
