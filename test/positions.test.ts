// Every diagnostic has a position: a problem ESLint reports without one (a parser that throws without saying where)
// is put at the first line and column of the file, with its real message, by the CLI and the language server alike.
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { project, runCli } from "./cli/cli-helpers.js";
import { LspClient } from "./language-server/lsp-client.js";

/** A project whose config parses app.config.ts with a parser that fails without a position. */
function projectWithFailingParser(): string {
  return project(
    {
      "eslint.config.mjs": `import plist from "eslint-plugin-plist";
const failing = { parseForESLint() { throw new Error("this parser gives up"); } };
export default [...plist.configs.recommended, { files: ["**/app.config.ts"], languageOptions: { parser: failing } }];
`,
      "app.config.ts": "export default { ios: { infoPlist: {} } };\n",
    },
    { withNodeModules: true },
  );
}

const clients: LspClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) if (client.child.exitCode === null) client.child.kill();
});

describe("a problem without a position", () => {
  it("is reported at 1:1 by the CLI", () => {
    const root = projectWithFailingParser();
    const [result] = JSON.parse(runCli(["--format", "json"], root).stdout) as { messages: { message: string; line: number; column: number; fatal: boolean }[] }[];
    expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, message: "Parsing error: this parser gives up", line: 1, column: 1 })]);
  });

  it("is a diagnostic at the start of the document in the language server", async () => {
    const root = projectWithFailingParser();
    const client = new LspClient({ pull: false });
    clients.push(client);
    await client.initialize(pathToFileURL(root).href);
    const diagnostics = await client.open(pathToFileURL(`${root}/app.config.ts`).href, "export default { ios: { infoPlist: {} } };\n");
    expect(diagnostics).toEqual([
      expect.objectContaining({ message: "Parsing error: this parser gives up", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 42 } } }), // the first line
    ]);
  });
});
