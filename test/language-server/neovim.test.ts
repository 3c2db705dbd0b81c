import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
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

describe.skipIf(!hasNeovim)("the language server in Neovim (push diagnostics, `changes` edits, no configuration)", () => {
  it("shows the examples' diagnostics, hovers, applies 'Remove NSAllowsArbitraryLoads' and writes the file", () => {
    const root = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-nvim-")));
    temporary.push(root);
    const file = join(root, "Pantry", "Info.plist");
    mkdirSync(join(root, "Pantry"));
    copyFileSync(join(REPO, "examples", "native-app", "Pantry", "Info.plist"), file);
    const original = readFileSync(file, "utf8");
    // Neovim, its state and the server's working files stay inside the temporary directory.
    const env = { ...process.env, HOME: root, XDG_CONFIG_HOME: join(root, "config"), XDG_DATA_HOME: join(root, "data"), XDG_STATE_HOME: join(root, "state"), XDG_CACHE_HOME: join(root, "cache"), PLISTLINT_SERVER: SERVER };
    const script = join(import.meta.dirname, "neovim-client.lua");
    const run = spawnSync(
      "nvim",
      ["--headless", "--clean", "-n", "-c", `lua local ok, e = pcall(dofile, '${script}'); if not ok then io.stderr:write(tostring(e)); vim.cmd('cquit 9') end`, "--", file],
      { cwd: root, env, encoding: "utf8", timeout: 60_000, input: "" },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
    expect(report.diagnostics.map((diagnostic: { code: string; line: number }) => [diagnostic.code, diagnostic.line + 1])).toEqual([
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
    ]);
    expect(report.after).not.toContain("plist/no-arbitrary-loads");
    expect(report.after).toHaveLength(5);
    const written = readFileSync(file, "utf8");
    expect(written).toBe(original.replace(/\t\t<key>NSAllowsArbitraryLoads<\/key>\n\t\t<true\/>\n/u, ""));
  }, 90_000);
});
