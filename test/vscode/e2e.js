// The extension in a real VS Code: code-server 4.99.4 (VS Code 1.99.3) serving the workbench to Debian's headless
// Chromium, with workspace trust on. Installs the built .vsix and opens a workspace holding an example Info.plist and
// a planted eslint.config.mjs; the extension's test seam (PLISTLINT_E2E, extension/src/e2e-driver.ts) walks through
// Restricted Mode (the built-in preset, the config not run), trusting the folder (the config then applies, without a
// reload), the quick-fix menu and its preferred fix, saved, completion in the editor, and the policy view. This side
// takes the screenshots, reads the language status item and clicks "Trust", then checks what the driver saw and the
// files on disk.
// Usage: node test/vscode/e2e.js [--screenshots docs/images]    (npm run test:vscode)
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const codeServer = join(root, ".vscode-test", "code-server", "node_modules", ".bin", "code-server");
const vsix = join(root, "extension", "plistlint.vsix");
const screenshots = process.argv.includes("--screenshots") ? resolve(root, process.argv[process.argv.indexOf("--screenshots") + 1]) : undefined;
const port = 18000 + Math.floor(Math.random() * 1000);

function fail(message) {
  console.error(`test:vscode: ${message}`);
  process.exit(1);
}

for (const [path, hint] of [[codeServer, "bash test/vscode/install-code-server.sh"], [vsix, "npm run vsix"], ["/usr/bin/chromium", "apt-get install -y chromium"]]) {
  if (!existsSync(path)) fail(`${path} is missing: run ${hint}`);
}

const state = mkdtempSync(join(tmpdir(), "plistlint-vscode-"));
const workspaceDir = join(state, "workspace");
mkdirSync(join(workspaceDir, "Pantry"), { recursive: true });
const file = join(workspaceDir, "Pantry", "Info.plist");
copyFileSync(join(root, "examples", "native-app", "Pantry", "Info.plist"), file);
const original = readFileSync(file, "utf8");
// A project config that leaves a mark when run and turns one rule off: Restricted Mode must not run it; trusted, it
// applies. It imports the plugin from node_modules, as a project's would.
const ranConfig = join(workspaceDir, "RAN-config");
writeFileSync(
  join(workspaceDir, "eslint.config.mjs"),
  'import { writeFileSync } from "node:fs";\nimport plist from "eslint-plugin-plist";\nwriteFileSync(new URL("./RAN-config", import.meta.url), "");\n' +
    'export default [...plist.configs.recommended, { rules: { "plist/no-forward-secrecy-exceptions": "off" } }];\n',
);
symlinkSync(join(root, "node_modules"), join(workspaceDir, "node_modules"), "dir");
// Workspace trust on, without the start-up prompt: the folder opens untrusted, in Restricted Mode.
mkdirSync(join(state, "user-data", "User"), { recursive: true });
writeFileSync(join(state, "user-data", "User", "settings.json"), JSON.stringify({ "security.workspace.trust.startupPrompt": "never", "files.autoSave": "off" }));
const output = join(state, "e2e.json");
// code-server, VS Code and Chromium write under HOME and XDG directories: keep them in the temporary directory.
const env = { ...process.env, HOME: state, XDG_CONFIG_HOME: join(state, "config"), XDG_DATA_HOME: join(state, "data"), XDG_CACHE_HOME: join(state, "cache") };
const common = ["--config", join(state, "config.yaml"), "--user-data-dir", join(state, "user-data"), "--extensions-dir", join(state, "extensions")];

const installed = spawnSync(codeServer, [...common, "--install-extension", vsix], { env, encoding: "utf8" });
if (installed.status !== 0) fail(`installing the .vsix failed: ${installed.stderr || installed.stdout}`);

const server = spawn(
  codeServer,
  [...common, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check", "--disable-getting-started-override"],
  { env: { ...env, PLISTLINT_E2E: output }, stdio: ["ignore", "pipe", "pipe"] },
);
let serverLog = "";
server.stdout.on("data", (chunk) => (serverLog += chunk));
server.stderr.on("data", (chunk) => (serverLog += chunk));
const cleanup = () => {
  server.kill();
  if (process.exitCode && process.env.PLISTLINT_E2E_KEEP) console.error(`test:vscode: kept ${state}`);
  else rmSync(state, { recursive: true, force: true });
};

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check, timeoutMs, what) {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await wait(100)) if (check()) return;
  throw new Error(`timed out waiting for ${what}\n${serverLog.slice(-3000)}`);
}

/** A screenshot of the workbench into the screenshots folder, when one was given. */
async function shoot(page, name) {
  if (!screenshots) return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, name) });
}

/** Clicks the button with exactly this text inside `container`, once it has rendered. */
async function clickButton(page, container, text) {
  for (const started = Date.now(); Date.now() - started < 30_000; await wait(200)) {
    const clicked = await page.evaluate(
      (selector, label) => {
        const button = [...document.querySelectorAll(`${selector} .monaco-button`)].find((candidate) => candidate.textContent?.trim() === label);
        button?.click();
        return Boolean(button);
      },
      container,
      text,
    );
    if (clicked) return;
  }
  throw new Error(`no '${text}' button in ${container}`);
}

/** The language status item's text: the status bar's "{}" entry opened, its items read. */
async function languageStatus(page) {
  const entry = await page.waitForSelector('.statusbar-item[id="status.languageStatus"] a, .statusbar-item[aria-label*="Language Status"] a', { timeout: 30_000 });
  await entry.hover();
  await entry.click();
  await page.waitForSelector(".language-status-hover, .monaco-hover", { timeout: 10_000 });
  await wait(500);
  return page.evaluate(() => [...document.querySelectorAll(".language-status-hover, .monaco-hover")].map((element) => element.textContent).join(" "));
}

let browser;
try {
  await until(() => serverLog.includes("HTTP server listening"), 30_000, "code-server to listen");
  browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    userDataDir: join(state, "chromium"),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 860 });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspaceDir)}`, { waitUntil: "domcontentloaded", timeout: 60_000 });
  const seen = {};
  /** Takes the browser's part of each step the driver asks for, until the driver writes its report. */
  const steps = {
    restricted: async () => {
      seen.configRanWhenRestricted = existsSync(ranConfig);
      seen.status = await languageStatus(page);
      await shoot(page, "vscode-restricted.png");
    },
    trust: async () => {
      await clickButton(page, ".workspace-trust-editor", "Trust");
    },
    menu: async () => shoot(page, "vscode.png"),
    policy: async () => shoot(page, "vscode-policy.png"),
  };
  for (const started = Date.now(); !existsSync(output); await wait(100)) {
    if (Date.now() - started > Number(process.env.PLISTLINT_E2E_TIMEOUT ?? 300_000)) throw new Error(`timed out waiting for the extension's report\n${serverLog.slice(-3000)}`);
    for (const [step, take] of Object.entries(steps)) {
      if (existsSync(`${output}.${step}`) && !existsSync(`${output}.${step}-done`)) {
        await take();
        writeFileSync(`${output}.${step}-done`, "");
      }
    }
  }
  const report = JSON.parse(readFileSync(output, "utf8"));
  const written = readFileSync(file, "utf8");
  const problems = [];
  const expect = (what, actual, expected) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };
  if (report.error) problems.push(`the extension reported: ${report.error}`);
  const all = ["plist/no-arbitrary-loads@42", "plist/no-forward-secrecy-exceptions@48", "plist/no-insecure-http-exceptions@55", "plist/no-legacy-ats-keys@55", "plist/no-insecure-http-exceptions@61", "plist/min-tls-version@64"];
  // Restricted Mode: the built-in preset, and the planted config never run.
  expect("trusted at start", report.trustedAtStart, false);
  expect("diagnostics in Restricted Mode", report.restricted, all);
  expect("the planted config ran in Restricted Mode", seen.configRanWhenRestricted, false);
  if (!/plistlint.*built-in preset "recommended" \(Restricted Mode\)/u.test(seen.status ?? "")) problems.push(`language status ${JSON.stringify(seen.status)}`);
  // Trusted: the project's config, without a reload.
  expect("trusted after the click", report.trustedAfter, true);
  expect("diagnostics once trusted", report.trusted, all.filter((code) => !code.startsWith("plist/no-forward-secrecy-exceptions")));
  expect("the project's config ran once trusted", existsSync(ranConfig), true);
  const preferred = (report.actions ?? []).find((action) => action.preferred);
  expect("preferred action", preferred?.title, "Remove NSAllowsArbitraryLoads");
  if (!String(report.hover).includes("**NSAllowsArbitraryLoads** (App Transport Security)")) problems.push(`hover ${JSON.stringify(report.hover)}`);
  const fixed = original.replace(/\t\t<key>NSAllowsArbitraryLoads<\/key>\n\t\t<true\/>\n/u, "");
  expect("the text saved", report.savedText, fixed);
  expect("the file on disk", written, fixed);
  if (!report.applied || !report.saved) problems.push("the edit was not applied and saved");
  // Two lines fewer above the rest.
  expect("diagnostics after the fix", report.after, ["plist/no-insecure-http-exceptions@53", "plist/no-legacy-ats-keys@53", "plist/no-insecure-http-exceptions@59", "plist/min-tls-version@62"]);
  // Completion accepted in the editor: the value's line indented as the key's, once.
  expect("completion", report.completed, "\t\t<key>NSAllowsLocalNetworking</key>\n\t\t<false/>\n\t\t<key>NSExceptionDomains</key>");
  // The policy view: a read-only preview named after its file, refreshed on an edit; no Untitled document.
  expect("policy view document", report.policyPath, "/Info.plist — ATS policy.md");
  if (!String(report.policy).startsWith("# Info.plist: App Transport Security")) problems.push(`policy view ${JSON.stringify(String(report.policy).slice(0, 200))}`);
  expect("policy view refreshed", report.policyRefreshed, true);
  expect("untitled documents", report.untitled, 0);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  console.log(`test:vscode: passed in VS Code ${spawnSync(codeServer, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]} (document language: ${report.languageId}): Restricted Mode, trust without a reload, quick-fix, completion, policy view${screenshots ? `; screenshots in ${screenshots}` : ""}`);
} catch (error) {
  console.error(`test:vscode: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  cleanup();
}
