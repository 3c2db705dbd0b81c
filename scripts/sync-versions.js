// `changeset version` bumps the versions in the packages' package.json. The plugin's meta and the --version of the
// CLI and the language server write theirs out in the code, so that the bundles carry them: this copies the new
// versions there. Run by `npm run version-packages`; the tests keep each equal to package.json.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Each version written out in the code: the package it belongs to, the file, and the text around it. */
const WRITTEN_OUT = [
  { packageDir: "packages/eslint-plugin", file: "src/index.ts", pattern: /(version: ")[^"]*(", namespace: "plist")/u },
  { packageDir: "packages/cli", file: "src/version.ts", pattern: /(export const VERSION = ")[^"]*(")/u },
  { packageDir: "packages/language-server", file: "src/version.ts", pattern: /(export const VERSION = ")[^"]*(")/u },
];

for (const { packageDir, file, pattern } of WRITTEN_OUT) {
  const { version } = JSON.parse(readFileSync(join(root, packageDir, "package.json"), "utf8"));
  const path = join(root, packageDir, file);
  const text = readFileSync(path, "utf8");
  if (!pattern.test(text)) throw new Error(`${packageDir}/${file} no longer writes its version as ${pattern}`);
  writeFileSync(path, text.replace(pattern, `$1${version}$2`));
}
