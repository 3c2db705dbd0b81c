// What every bundle of the engine (the CLI's, the VS Code extension's language server) must carry: the TypeScript
// parser for app.config.ts, shipped beside the bundle and loaded from there. Never resolved from node_modules at run
// time: from a bundle, that search walks the folders around it, which may be the linted repository, and a parser
// planted there would run.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { type BuildResult, type Plugin, build } from "esbuild";

/** The file name of the parser beside the bundle. */
export const TYPESCRIPT_PARSER_FILE = "typescript-parser.cjs";

/** An esbuild plugin: the plugin's parser loader is replaced by one that requires the copy beside the bundle. */
export const shippedTypeScriptParser: Plugin = {
  name: "shipped-typescript-parser",
  setup(builder) {
    builder.onResolve({ filter: /[\\/]typescript-parser-module\.js$|^\.\/typescript-parser-module\.js$/ }, (args) =>
      args.importer.includes("eslint-plugin") ? { path: "typescript-parser-module", namespace: "shipped" } : undefined,
    );
    builder.onLoad({ filter: /^typescript-parser-module$/, namespace: "shipped" }, () => ({
      contents: `const { join } = require("node:path");
exports.loadTypeScriptParser = () => require(join(__dirname, ${JSON.stringify(TYPESCRIPT_PARSER_FILE)}));`,
      loader: "js",
    }));
  },
};

/** Bundles @typescript-eslint/parser (with TypeScript) into one CommonJS file at `outfile`. */
export function buildTypeScriptParser(outfile: string): Promise<BuildResult> {
  const pluginDir = dirname(createRequire(import.meta.url).resolve("eslint-plugin-plist/package.json"));
  return build({
    stdin: { contents: 'module.exports = require("@typescript-eslint/parser");', resolveDir: pluginDir, sourcefile: "typescript-parser-entry.js" },
    outfile,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    minify: true,
    legalComments: "eof",
    logLevel: "warning",
  });
}
