import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";

export const REPO = join(import.meta.dirname, "..", "..");
/** The CLI as installed: the bundled bin. */
export const BIN = join(REPO, "packages", "cli", "bin", "plistlint.cjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, without a terminal and without colour settings from this environment; `bin`
 * may be a copy of it installed elsewhere.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}, bin = BIN): CliRun {
  return runCliOn(undefined, args, cwd, env, bin);
}

/** runCli with `input` on its standard input. */
export function runCliOn(input: string | Buffer | undefined, args: string[], cwd: string, env: Record<string, string> = {}, bin = BIN): CliRun {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: "utf8", env: { ...inherited, ...env }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A temporary directory holding `files` (paths relative to it), removed after the test. With `withNodeModules`, the
 * repository's node_modules is linked in so that an eslint.config.js there can import eslint-plugin-plist.
 */
export function project(files: Record<string, string | Buffer>, { withNodeModules = false } = {}): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-cli-")));
  created.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  if (withNodeModules) symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

/** An Info.plist whose NSAppTransportSecurity dict holds `atsBody`; its first line is line 6. */
export function infoPlist(atsBody: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>NSAppTransportSecurity</key>
\t<dict>
${atsBody}
\t</dict>
</dict>
</plist>
`;
}

/** Line 7: an error under both presets (plist/no-arbitrary-loads), with a suggestion but no fix. */
export const ARBITRARY_LOADS = infoPlist("\t\t<key>NSAllowsArbitraryLoads</key>\n\t\t<true/>");
/** Line 7: a warning under recommended (plist/no-arbitrary-loads-for-media), nothing fixable. */
export const MEDIA_LOADS = infoPlist("\t\t<key>NSAllowsArbitraryLoadsForMedia</key>\n\t\t<true/>");
/** Line 11: a fixable warning under recommended (plist/no-certificate-transparency-key removes the key). */
export const TRANSPARENCY_KEY = infoPlist(
  "\t\t<key>NSExceptionDomains</key>\n\t\t<dict>\n\t\t\t<key>api.example.com</key>\n\t\t\t<dict>\n" +
    "\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<true/>\n\t\t\t</dict>\n\t\t</dict>",
);
/** What the fix of TRANSPARENCY_KEY leaves. */
export const TRANSPARENCY_KEY_FIXED = TRANSPARENCY_KEY.replace("\t\t\t\t<key>NSRequiresCertificateTransparency</key>\n\t\t\t\t<true/>\n", "");
/** No findings under either preset: no ATS settings at all. */
export const CLEAN = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
\t<key>CFBundleName</key>
\t<string>Clean</string>
</dict>
</plist>
`;
