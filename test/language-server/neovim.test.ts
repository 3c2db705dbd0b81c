import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SERVER } from "./lsp-client.js";

const REPO = join(import.meta.dirname, "..", "..");
const hasNeovim = spawnSync("nvim", ["--version"]).status === 0;
if (!hasNeovim && process.env.CI) throw new Error("CI must test the language server in Neovim: apt-get install -y neovim");

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs Neovim headlessly on `file` with the README's setup as its init.lua (and plistlint-language-server on the
 * PATH), then `script`, which prints one JSON object.
 */
function neovimWithReadmeSetup(root: string, file: string, script: string) {
  // Neovim, its state and the server's working files stay inside the temporary directory.
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: root, XDG_CONFIG_HOME: join(root, "config"), XDG_DATA_HOME: join(root, "data"), XDG_STATE_HOME: join(root, "state"), XDG_CACHE_HOME: join(root, "cache") };
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const snippet = /<!-- begin neovim[^\n]*\n```lua\n([\s\S]*?)```/u.exec(readme)?.[1];
  expect(snippet).toBeDefined();
  writeFileSync(join(root, "init.lua"), snippet!);
  mkdirSync(join(root, "bin"));
  writeFileSync(join(root, "bin", "plistlint-language-server"), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(SERVER)} "$@"\n`, { mode: 0o755 });
  env.PATH = `${join(root, "bin")}:${env.PATH ?? ""}`;
  const run = spawnSync(
    "nvim",
    ["--headless", "-n", "-u", join(root, "init.lua"), "-c", `lua local ok, e = pcall(dofile, '${join(import.meta.dirname, script)}'); if not ok then io.stderr:write(tostring(e)); vim.cmd('cquit 9') end`, "--", file],
    { cwd: root, env, encoding: "utf8", timeout: 60_000, input: "" },
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as unknown;
}

function temporaryDirectory(): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-nvim-")));
  temporary.push(root);
  return root;
}

describe.skipIf(!hasNeovim)("the language server in Neovim, set up as the README says (push diagnostics, `changes` edits, no configuration)", () => {
  it("shows the examples' diagnostics, hovers, applies 'Remove NSAllowsArbitraryLoads' and writes the file", () => {
    const root = temporaryDirectory();
    const file = join(root, "Pantry", "Info.plist");
    mkdirSync(join(root, "Pantry"));
    copyFileSync(join(REPO, "examples", "native-app", "Pantry", "Info.plist"), file);
    const original = readFileSync(file, "utf8");
    const report = neovimWithReadmeSetup(root, file, "neovim-client.lua") as {
      diagnostics: { code: string; line: number }[];
      stored: number;
      hover: string;
      actions: { title: string; preferred: boolean }[];
      after: string[];
    };
    expect(report.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.line + 1])).toEqual([
      ["plist/no-arbitrary-loads", 42],
      ["plist/no-forward-secrecy-exceptions", 48],
      ["plist/no-insecure-http-exceptions", 55],
      ["plist/no-legacy-ats-keys", 55],
      ["plist/no-insecure-http-exceptions", 61],
      ["plist/min-tls-version", 64],
    ]);
    expect(report.stored).toBe(6);
    expect(report.hover).toContain("**NSAllowsArbitraryLoads** (App Transport Security)");
    expect(report.actions).toEqual([
      { title: "Remove NSAllowsArbitraryLoads", preferred: true },
      { title: "Disable plist/no-arbitrary-loads for this entry", preferred: false },
      { title: "Show documentation for plist/no-arbitrary-loads", preferred: false },
    ]);
    expect(report.after).not.toContain("plist/no-arbitrary-loads");
    expect(report.after).toHaveLength(5);
    const written = readFileSync(file, "utf8");
    expect(written).toBe(original.replace(/\t\t<key>NSAllowsArbitraryLoads<\/key>\n\t\t<true\/>\n/u, ""));
  }, 90_000);

  it("lints Expo configs too, by the README's file patterns", () => {
    const root = temporaryDirectory();
    const file = join(root, "app.config.ts");
    writeFileSync(file, "export default {\n  ios: { infoPlist: { NSAppTransportSecurity: { NSAllowsArbitraryLoads: true } } },\n};\n");
    expect(neovimWithReadmeSetup(root, file, "neovim-diagnostics.lua")).toEqual([{ code: "plist/no-arbitrary-loads", line: 1 }]);
  }, 90_000);
});
