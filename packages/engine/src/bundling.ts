// What every bundle of the engine (the CLI's, the VS Code extension's language server) must carry: the parsers for
// app.config.ts / forge.config.ts (TypeScript) and for YAML sources (XcodeGen, electron-builder), each shipped beside
// the bundle in a file of its own and loaded from there only when a file needs it, so that a run over Info.plists
// never loads them. Never resolved from node_modules at run time: from a bundle, that search walks the folders around
// it, which may be the linted repository, and a parser planted there would run.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type BuildResult, type Plugin, build } from "esbuild";

/**
 * The parsers the plugin loads lazily: the module of the plugin that loads each (`src/parsers/<loader>.ts`), the
 * function it exports, the package it loads, and the file beside the bundle that holds that package.
 */
export const SHIPPED_PARSERS = [
  { loader: "typescript-parser-module", load: "loadTypeScriptParser", module: "@typescript-eslint/parser", file: "typescript-parser.cjs" },
  { loader: "yaml-parser-module", load: "loadYamlParser", module: "yaml-eslint-parser", file: "yaml-parser.cjs" },
] as const;

/** The files that must lie beside a bundle. */
export const SHIPPED_PARSER_FILES: readonly string[] = SHIPPED_PARSERS.map((parser) => parser.file);

/** An esbuild plugin: each of the plugin's parser loaders is replaced by one that requires the copy beside the bundle. */
export const shippedParsers: Plugin = {
  name: "shipped-parsers",
  setup(builder) {
    for (const parser of SHIPPED_PARSERS) {
      // esbuild compiles filters as Go regular expressions, which take no flags.
      const filter = new RegExp(`(?:^|[\\\\/])${parser.loader}\\.js$`);
      builder.onResolve({ filter }, (args) => (args.importer.includes("eslint-plugin") ? { path: parser.loader, namespace: "shipped" } : undefined));
      builder.onLoad({ filter: new RegExp(`^${parser.loader}$`), namespace: "shipped" }, () => ({
        contents: `const { join } = require("node:path");
exports.${parser.load} = () => require(join(__dirname, ${JSON.stringify(parser.file)}));`,
        loader: "js",
      }));
    }
  },
};

/** Bundles each shipped parser (with what it needs: TypeScript, yaml) into one CommonJS file in `outdir`. */
export function buildParsers(outdir: string): Promise<BuildResult[]> {
  const pluginDir = dirname(createRequire(import.meta.url).resolve("eslint-plugin-plist/package.json"));
  return Promise.all(
    SHIPPED_PARSERS.map((parser) =>
      build({
        stdin: { contents: `module.exports = require(${JSON.stringify(parser.module)});`, resolveDir: pluginDir, sourcefile: `${parser.loader}-entry.js` },
        outfile: join(outdir, parser.file),
        bundle: true,
        format: "cjs",
        platform: "node",
        target: "node20",
        minify: true,
        legalComments: "eof",
        logLevel: "warning",
      }),
    ),
  );
}
