// Bundles the extension (client) and the language server into dist/, so the .vsix needs no node_modules: the server
// carries the TypeScript and YAML parsers beside it, never resolved from the folders around it.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildParsers, shippedParsers } from "@plistlint/engine/bundling";
import { build } from "esbuild";

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(extensionDir, "dist");
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  sourcemap: true,
  logLevel: "warning",
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: [join(extensionDir, "src", "extension.ts")], outfile: join(outdir, "extension.js"), external: ["vscode"] }),
  // The server runs ESLint itself (a workspace's eslint.config.* is loaded by it); jiti is only for TypeScript configs.
  build({
    ...common,
    entryPoints: [join(extensionDir, "..", "packages", "language-server", "dist", "main.js")],
    outfile: join(outdir, "server.js"),
    external: ["jiti", "jiti/package.json"],
    plugins: [shippedParsers],
  }),
  buildParsers(outdir),
]);
