// `npm run bench`: the figures BENCHMARKS.md states, each a ratio measured side by side in this run (medians of
// repetitions), on this machine:
// 1. parse + lint (recommended) vs fast-xml-parser's bare parse (captureMetaData) of the same text, 3 KB and 5 MB;
// 2. the CLI on one file vs `node -e ""` (a pre-commit hook's cold start);
// 3. the CLI (strict, json) on the real Info.plists of ../shared/corpus/real vs Python's plistlib loading the same
//    files, and on a generated tree of 10,000 files holding 1,000 Info.plists;
// 4. the language server (VS Code's and npm's): change→diagnostics p50/p95 at 4 KB and 1 MB, and its resident memory;
// 5. hostile inputs against ordinary twins of the same size (budget: within 2×);
// 6. a push client's burst of 100 edits of a 1 MB document (budget: under 400 MiB resident).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { enginePlugins } from "@plistlint/engine/bundling";
import { build } from "esbuild";
import { XMLParser } from "fast-xml-parser";
import { measureBurst, measureHostileRatios } from "./hostile.js";
import { SERVERS, generatedPlist, measureLanguageServer } from "./language-server.js";
import { median, time, timeAsync } from "./timing.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages", "cli", "bin", "plistlint.cjs");
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** The engine as the CLI and the language server carry it: bundled, with what bundling.ts does to ESLint. */
async function bundledEngine() {
  const dir = mkdtempSync(join(tmpdir(), "plistlint-bench-engine-"));
  const outfile = join(dir, "engine.cjs");
  await build({
    entryPoints: [join(root, "packages", "engine", "dist", "index.js")],
    outfile,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    external: ["jiti", "jiti/package.json"],
    plugins: enginePlugins,
    logLevel: "warning",
  });
  const { Engine } = createRequire(import.meta.url)(outfile);
  rmSync(dir, { recursive: true, force: true });
  return Engine;
}

/**
 * What a file costs the engine (as the CLI and the language server lint it) against fast-xml-parser's bare parse:
 * batches of each in turn, so that both see the same machine state, and a batch of a small file is long enough for
 * the clock (and includes the garbage collection its runs cause).
 */
async function parseAndLint() {
  const bare = new XMLParser({ preserveOrder: true, captureMetaData: true });
  const engine = new (await bundledEngine())({ cwd: "/bench", trust: "untrusted" });
  const inputs = [
    ["typical Info.plist", readFileSync(join(root, "examples", "native-app", "Pantry", "Info.plist"), "utf8"), { batches: 60, batch: 25 }],
    ["generated plist", generatedPlist(5 * 1024 * 1024), { batches: 7, batch: 1 }],
  ];
  const rows = [];
  for (const [name, text, { batches, batch }] of inputs) {
    const bareTimes = [];
    const lintTimes = [];
    // The first two batches warm up.
    for (let index = 0; index < batches + 2; index++) {
      const bareTime = time(() => {
        for (let run = 0; run < batch; run++) bare.parse(text);
      });
      const lintTime = await timeAsync(async () => {
        for (let run = 0; run < batch; run++) await engine.lint("/bench/Info.plist", text);
      });
      if (index >= 2) {
        bareTimes.push(bareTime / batch);
        lintTimes.push(lintTime / batch);
      }
    }
    const [bareMedian, lintMedian] = [median(bareTimes), median(lintTimes)];
    rows.push({ name: `${name} (${(text.length / 1024).toFixed(0)} KiB)`, bareMedian, lintMedian, ratio: lintMedian / bareMedian });
  }
  return rows;
}

function processTimes(command, args, repetitions, cwd) {
  const times = [];
  for (let index = 0; index < repetitions; index++) times.push(time(() => spawnSync(command, args, { cwd, stdio: "ignore" })));
  return times;
}

function coldStart() {
  const file = join(root, "examples", "pinned-app", "Info.plist");
  const nodeTimes = [];
  const cliTimes = [];
  for (let index = 0; index < 22; index++) {
    nodeTimes.push(...processTimes(process.execPath, ["-e", ""], 1, root));
    cliTimes.push(...processTimes(process.execPath, [cli, "--no-config-lookup", file], 1, root));
  }
  const [node, plistlint] = [median(nodeTimes.slice(2)), median(cliTimes.slice(2))];
  return { node, plistlint, ratio: plistlint / node };
}

/**
 * The CLI on real Info.plists (strict, json: a security reviewer's run) vs `python3 -c` loading the same files with
 * plistlib, interleaved. The corpus lies outside the repository (PLISTLINT_CORPUS, else ../shared/corpus/real).
 */
function realCorpus() {
  const corpus = process.env.PLISTLINT_CORPUS ?? join(root, "..", "shared", "corpus", "real");
  if (!existsSync(corpus)) return undefined;
  const files = readdirSync(corpus).filter((name) => name.includes(".plist")).map((name) => join(corpus, name));
  const python = "import plistlib, sys\nfor name in sys.argv[1:]:\n    with open(name, 'rb') as file:\n        try: plistlib.load(file)\n        except Exception: pass";
  const pythonTimes = [];
  const cliTimes = [];
  for (let index = 0; index < 12; index++) {
    pythonTimes.push(...processTimes("python3", ["-c", python, ...files], 1, root));
    cliTimes.push(...processTimes(process.execPath, [cli, "--no-config-lookup", "--preset", "strict", "--format", "json", ...files], 1, root));
  }
  const [plistlib, plistlint] = [median(pythonTimes.slice(2)), median(cliTimes.slice(2))];
  return { files: files.length, plistlib, plistlint, ratio: plistlint / plistlib };
}

function largeTree() {
  const dir = mkdtempSync(join(tmpdir(), "plistlint-bench-tree-"));
  const plistText = readFileSync(join(root, "examples", "native-app", "Pantry", "Info.plist"), "utf8");
  for (let index = 0; index < 1000; index++) {
    const target = join(dir, `Module${Math.floor(index / 10)}`, `Target${index}`);
    mkdirSync(join(target, "Sources"), { recursive: true });
    writeFileSync(join(target, "Info.plist"), plistText);
    for (let other = 0; other < 9; other++) writeFileSync(join(target, "Sources", `File${other}.swift`), "import Foundation\n");
  }
  const times = processTimes(process.execPath, [cli, "--no-config-lookup", "--format", "json", "."], 3, dir);
  rmSync(dir, { recursive: true, force: true });
  return { median: median(times), perFile: median(times) / 1000 };
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${process.platform}`;
// `npm run bench -- 2 3` runs sections 2 and 3 only (when working on one figure); no argument runs them all.
const sections = process.argv.slice(2);
const wanted = (section) => sections.length === 0 || sections.includes(String(section));
console.log(`# plistlint benchmark\n\nMachine: ${machine}\n`);

if (wanted(1)) {
  console.log("## 1. Parse + lint (the engine, built-in preset) vs fast-xml-parser's bare parse (budgets: ≤ 2× at 3 KB, ≤ 1.5× at 5 MB)\n");
  console.log("| input | fast-xml-parser parse | plistlint parse + lint | ratio |\n|---|---|---|---|");
  for (const row of await parseAndLint()) console.log(`| ${row.name} | ${ms(row.bareMedian)} | ${ms(row.lintMedian)} | ${row.ratio.toFixed(2)}× |`);
}

if (wanted(2)) {
  console.log("\n## 2. The CLI on one file vs `node -e \"\"` (budget: ≤ 1.5×)\n");
  const start = coldStart();
  console.log(`| node -e "" | plistlint one-file | ratio |\n|---|---|---|\n| ${ms(start.node)} | ${ms(start.plistlint)} | ${start.ratio.toFixed(2)}× |`);
}

if (wanted(3)) {
  console.log("\n## 3. The CLI on real Info.plists vs Python's plistlib loading them (budget: ≤ 1.8×)\n");
  const real = realCorpus();
  if (real) {
    console.log("| files | python3 plistlib | plistlint --preset strict --format json | ratio |\n|---|---|---|---|");
    console.log(`| ${real.files} | ${ms(real.plistlib)} | ${ms(real.plistlint)} | ${real.ratio.toFixed(2)}× |`);
  } else {
    console.log("Skipped: no corpus of real Info.plists (set PLISTLINT_CORPUS to a folder of them).");
  }
  console.log("\nThe CLI on 10,000 files holding 1,000 Info.plists:\n");
  const tree = largeTree();
  console.log(`| whole run | per Info.plist |\n|---|---|\n| ${ms(tree.median)} | ${ms(tree.perFile)} |`);
}

if (wanted(4)) {
  console.log("\n## 4. Language server (budgets: change→diagnostics p95 ≤ 10 ms at 4 KB, ≤ 150 ms at 1 MB; resident memory ≤ 100 MiB)\n");
  for (const [name, server] of Object.entries(SERVERS)) {
    const measured = await measureLanguageServer({ repetitions: 20, server });
    console.log(`${name} server (${server.nodeOptions.join(" ") || "no Node options"}):\n`);
    console.log("| document | open→diagnostics p50 | p95 | change→diagnostics p50 | p95 |\n|---|---|---|---|---|");
    for (const row of measured.rows) console.log(`| ${row.document} | ${ms(row.openP50)} | ${ms(row.openP95)} | ${ms(row.changeP50)} | ${ms(row.changeP95)} |`);
    console.log(`\nResident memory: ${measured.rssMiB.toFixed(0)} MiB when idle after the run, ${measured.hwmMiB.toFixed(0)} MiB at its peak.\n`);
  }
}

if (wanted(5)) {
  console.log("\n## 5. Hostile inputs vs ordinary twins of the same size (budget: ≤ 2×)\n");
  console.log("| input | hostile | twin | ratio |\n|---|---|---|---|");
  for (const row of await measureHostileRatios()) console.log(`| ${row.name} | ${ms(row.hostile)} | ${ms(row.twin)} | ${row.ratio.toFixed(2)}× |`);
}

if (wanted(6)) {
  console.log("\n## 6. A push client's burst of 100 edits of a 1 MB document (budget: < 400 MiB resident)\n");
  const burst = await measureBurst();
  console.log(`| last diagnostics after | lints | server's peak resident memory |\n|---|---|---|\n| ${ms(burst.ms)} | ${burst.lints} | ${burst.peakMiB.toFixed(0)} MiB |`);
}
