// `npm start`: lints examples/ the way a user's `npx eslint` would (each example's own eslint.config.js) and prints
// the findings. Findings are the point of the demo, so they do not fail the command; a crash or a config error does.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "examples");
const eslint = new ESLint({ cwd: examples });
const projects = readdirSync(examples).filter((name) => existsSync(join(examples, name, "eslint.config.js")));
const results = await eslint.lintFiles(projects);
const formatter = await eslint.loadFormatter("stylish");
const plists = results.filter((result) => result.filePath.endsWith(".plist"));
const problems = plists.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
console.log(await formatter.format(results));
console.log(`plistlint: linted ${plists.length} Info.plist files in examples/ with eslint-plugin-plist, ${problems} findings.`);
