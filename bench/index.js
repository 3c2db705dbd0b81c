// `npm run bench`: the figures BENCHMARKS.md states, each a ratio measured side by side in this run (medians of
// repetitions), on this machine:
// 1. parse + lint (recommended) vs fast-xml-parser's bare parse (captureMetaData) of the same text, 3 KB and 5 MB;
// 2. the CLI on one file vs `node -e ""` (a pre-commit hook's cold start);
// 3. the CLI on a generated tree of 10,000 files holding 1,000 Info.plists;
// 4. the language server: change→diagnostics p50/p95 at 4 KB and 1 MB, and its resident memory;
// 5. hostile inputs against ordinary twins of the same size (budget: within 2×);
// 6. a push client's burst of 100 edits of a 1 MB document (budget: under 400 MiB resident).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import plist from "eslint-plugin-plist";
import { XMLParser } from "fast-xml-parser";
import { measureBurst, measureHostileRatios } from "./hostile.js";
import { generatedPlist, measureLanguageServer } from "./language-server.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "packages", "cli", "bin", "plistlint.cjs");
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const time = (run) => {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

function parseAndLint() {
  const bare = new XMLParser({ preserveOrder: true, captureMetaData: true });
  const linter = new Linter({ cwd: "/" });
  const config = [{ ...plist.configs.recommended[0], files: ["**/?*"] }];
  const inputs = [
    ["typical Info.plist", readFileSync(join(root, "examples", "native-app", "Pantry", "Info.plist"), "utf8"), 300],
    ["generated plist", generatedPlist(5 * 1024 * 1024), 7],
  ];
  return inputs.map(([name, text, repetitions]) => {
    const bareTimes = [];
    const lintTimes = [];
    for (let index = 0; index < repetitions + 2; index++) {
      // Interleaved, so that both see the same machine state; the first two rounds warm up.
      const bareTime = time(() => bare.parse(text));
      const lintTime = time(() => linter.verify(text, config, { filename: "/bench/Info.plist" }));
      if (index >= 2) {
        bareTimes.push(bareTime);
        lintTimes.push(lintTime);
      }
    }
    const [bareMedian, lintMedian] = [median(bareTimes), median(lintTimes)];
    return { name: `${name} (${(text.length / 1024).toFixed(0)} KiB)`, bareMedian, lintMedian, ratio: lintMedian / bareMedian };
  });
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
console.log(`# plistlint benchmark\n\nMachine: ${machine}\n`);

console.log("## 1. Parse + lint vs fast-xml-parser's bare parse (budget at 5 MB: ≤ 1.5×)\n");
console.log("| input | fast-xml-parser parse | plistlint parse + lint | ratio |\n|---|---|---|---|");
for (const row of parseAndLint()) console.log(`| ${row.name} | ${ms(row.bareMedian)} | ${ms(row.lintMedian)} | ${row.ratio.toFixed(2)}× |`);

console.log("\n## 2. The CLI on one file vs `node -e \"\"` (budget: ≤ 2×)\n");
const start = coldStart();
console.log(`| node -e "" | plistlint one-file | ratio |\n|---|---|---|\n| ${ms(start.node)} | ${ms(start.plistlint)} | ${start.ratio.toFixed(2)}× |`);

console.log("\n## 3. The CLI on 10,000 files holding 1,000 Info.plists\n");
const tree = largeTree();
console.log(`| whole run | per Info.plist |\n|---|---|\n| ${ms(tree.median)} | ${ms(tree.perFile)} |`);

console.log("\n## 4. Language server (budgets: p95 ≤ 20 ms at 4 KB, ≤ 300 ms at 1 MB; memory ≤ 150 MB)\n");
const server = await measureLanguageServer({ repetitions: 20 });
console.log("| document | open→diagnostics p50 | p95 | change→diagnostics p50 | p95 |\n|---|---|---|---|---|");
for (const row of server.rows) console.log(`| ${row.document} | ${ms(row.openP50)} | ${ms(row.openP95)} | ${ms(row.changeP50)} | ${ms(row.changeP95)} |`);
console.log(`\nServer memory: ${server.rssMiB.toFixed(0)} MiB resident after the run, ${server.hwmMiB.toFixed(0)} MiB at its peak.`);

console.log("\n## 5. Hostile inputs vs ordinary twins of the same size (budget: ≤ 2×)\n");
console.log("| input | hostile | twin | ratio |\n|---|---|---|---|");
for (const row of await measureHostileRatios()) console.log(`| ${row.name} | ${ms(row.hostile)} | ${ms(row.twin)} | ${row.ratio.toFixed(2)}× |`);

console.log("\n## 6. A push client's burst of 100 edits of a 1 MB document (budget: < 400 MiB resident)\n");
const burst = await measureBurst();
console.log(`| last diagnostics after | lints | server's peak resident memory |\n|---|---|---|\n| ${ms(burst.ms)} | ${burst.lints} | ${burst.peakMiB.toFixed(0)} MiB |`);
