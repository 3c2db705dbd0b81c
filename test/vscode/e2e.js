// The extension in a real VS Code: code-server 4.99.4 (VS Code 1.99.3) serving the workbench to Debian's headless
// Chromium. Installs the built .vsix, opens a workspace holding an example Info.plist, and lets the extension's
// test seam (PLISTLINT_E2E) read the diagnostics, hover, open the quick-fix menu (screenshot), apply
// "Remove NSAllowsArbitraryLoads" and save. Checks what it saw and the file on disk.
// Usage: node test/vscode/e2e.js [--screenshot docs/images/vscode.png]    (npm run test:vscode)
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const codeServer = join(root, ".vscode-test", "code-server", "node_modules", ".bin", "code-server");
const vsix = join(root, "extension", "plistlint.vsix");
const screenshot = process.argv.includes("--screenshot") ? join(root, process.argv[process.argv.indexOf("--screenshot") + 1]) : undefined;
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
const output = join(state, "e2e.json");
// code-server, VS Code and Chromium write under HOME and XDG directories: keep them in the temporary directory.
const env = { ...process.env, HOME: state, XDG_CONFIG_HOME: join(state, "config"), XDG_DATA_HOME: join(state, "data"), XDG_CACHE_HOME: join(state, "cache") };
const common = ["--config", join(state, "config.yaml"), "--user-data-dir", join(state, "user-data"), "--extensions-dir", join(state, "extensions")];

const installed = spawnSync(codeServer, [...common, "--install-extension", vsix], { env, encoding: "utf8" });
if (installed.status !== 0) fail(`installing the .vsix failed: ${installed.stderr || installed.stdout}`);

const server = spawn(
  codeServer,
  [...common, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override"],
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
  await until(() => existsSync(`${output}.menu-open`) || existsSync(output), Number(process.env.PLISTLINT_E2E_TIMEOUT ?? 180_000), "the extension to show plistlint's diagnostics");
  if (existsSync(`${output}.menu-open`)) {
    await wait(1500); // let the quick-fix menu render
    if (screenshot) {
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
    }
    writeFileSync(`${output}.screenshot-taken`, "");
  }
  await until(() => existsSync(output), 60_000, "the extension's report");
  const report = JSON.parse(readFileSync(output, "utf8"));
  const written = readFileSync(file, "utf8");
  const problems = [];
  if (report.error) problems.push(`the extension reported: ${report.error}`);
  const codes = (report.diagnostics ?? []).map((diagnostic) => `${diagnostic.code}@${diagnostic.line}`);
  const expected = ["plist/no-arbitrary-loads@42", "plist/no-forward-secrecy-exceptions@48", "plist/no-insecure-http-exceptions@55", "plist/no-legacy-ats-keys@55", "plist/no-insecure-http-exceptions@61", "plist/min-tls-version@64"];
  if (JSON.stringify(codes) !== JSON.stringify(expected)) problems.push(`diagnostics ${JSON.stringify(codes)}, expected ${JSON.stringify(expected)}`);
  const preferred = (report.actions ?? []).find((action) => action.preferred);
  if (preferred?.title !== "Remove NSAllowsArbitraryLoads") problems.push(`preferred action ${JSON.stringify(preferred)}`);
  if (!String(report.hover).includes("**NSAllowsArbitraryLoads** (App Transport Security)")) problems.push(`hover ${JSON.stringify(report.hover)}`);
  const fixed = original.replace(/\t\t<key>NSAllowsArbitraryLoads<\/key>\n\t\t<true\/>\n/u, "");
  if (written !== fixed) problems.push("the saved file is not the example without NSAllowsArbitraryLoads");
  if (!report.applied || !report.saved) problems.push("the edit was not applied and saved");
  if (!Array.isArray(report.after) || report.after.length !== 5) problems.push(`diagnostics after the fix ${JSON.stringify(report.after)}`);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  console.log(`test:vscode: passed in VS Code ${spawnSync(codeServer, ["--version"], { encoding: "utf8" }).stdout.split("\n")[0]} (document language: ${report.languageId}); diagnostics ${codes.length}, preferred quick-fix applied and saved${screenshot ? `; screenshot ${screenshot}` : ""}`);
} catch (error) {
  console.error(`test:vscode: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  cleanup();
}
