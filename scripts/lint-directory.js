// Lints every *.plist under a directory with a preset, whatever the files are called, and prints the findings, a
// count per rule and the figures the messages are held to (length median and maximum, findings spanning lines).
// For reading the rules' output on real-world files (e.g. a corpus outside the repo):
//   node scripts/lint-directory.js <dir> [recommended|strict] [--json]
// --json prints one object instead: every finding (file, rule, position, message), the counts and the figures,
// so that two runs can be compared.
import { relative, resolve } from "node:path";
import { ESLint } from "eslint";
import plist from "eslint-plugin-plist";

const args = process.argv.slice(2);
const json = args.includes("--json");
const [dir, preset = "strict"] = args.filter((arg) => arg !== "--json");
if (!dir || !(preset in plist.configs)) {
  console.error("usage: node scripts/lint-directory.js <dir> [recommended|strict] [--json]");
  process.exit(2);
}
const cwd = resolve(dir);
const eslint = new ESLint({
  cwd,
  overrideConfigFile: true,
  overrideConfig: [{ ...plist.configs[preset][0], files: ["**/*.plist"] }],
});
const results = await eslint.lintFiles(["."]);
const findings = results.flatMap(({ filePath, messages }) =>
  messages.map(({ ruleId, severity, line, column, endLine, endColumn, message }) => ({
    file: relative(cwd, filePath),
    ruleId: ruleId ?? "(parse error)",
    severity,
    line,
    column,
    endLine,
    endColumn,
    message,
  })),
);
const counts = {};
for (const { ruleId } of findings) counts[ruleId] = (counts[ruleId] ?? 0) + 1;
const lengths = findings.map(({ message }) => message.length).sort((a, b) => a - b);
const middle = lengths.length >> 1;
const median = lengths.length === 0 ? 0 : lengths.length % 2 ? lengths[middle] : (lengths[middle - 1] + lengths[middle]) / 2;
const figures = {
  files: results.length,
  findings: findings.length,
  messageLength: { median, max: lengths.at(-1) ?? 0 },
  multiLine: findings.filter(({ line, endLine }) => endLine !== undefined && endLine !== line).length,
};
if (json) {
  console.log(JSON.stringify({ preset, figures, counts, findings }, null, 2));
} else {
  console.log(await (await eslint.loadFormatter("stylish")).format(results));
  console.log(`${figures.files} files, ${figures.findings} findings`);
  for (const [rule, count] of Object.entries(counts).sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(5)}  ${rule}`);
  console.log(`message length: median ${figures.messageLength.median}, max ${figures.messageLength.max}`);
  console.log(`findings spanning more than one line: ${figures.multiLine}`);
}
