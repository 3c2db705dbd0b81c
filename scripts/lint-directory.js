// Lints every *.plist under a directory with a preset, whatever the files are called, and prints the findings and
// a count per rule. For reading the rules' output on real-world files (e.g. a corpus outside the repo):
//   node scripts/lint-directory.js <dir> [recommended|strict]
import { resolve } from "node:path";
import { ESLint } from "eslint";
import plist from "eslint-plugin-plist";

const [dir, preset = "strict"] = process.argv.slice(2);
if (!dir || !(preset in plist.configs)) {
  console.error("usage: node scripts/lint-directory.js <dir> [recommended|strict]");
  process.exit(2);
}
const eslint = new ESLint({
  cwd: resolve(dir),
  overrideConfigFile: true,
  overrideConfig: [{ ...plist.configs[preset][0], files: ["**/*.plist"] }],
});
const results = await eslint.lintFiles(["."]);
console.log(await (await eslint.loadFormatter("stylish")).format(results));
const counts = new Map();
for (const { messages } of results) {
  for (const { ruleId } of messages) counts.set(ruleId ?? "(parse error)", (counts.get(ruleId ?? "(parse error)") ?? 0) + 1);
}
console.log(`${results.length} files`);
for (const [rule, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(5)}  ${rule}`);
