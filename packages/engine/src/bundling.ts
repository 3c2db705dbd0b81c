// What every bundle of the engine (the CLI's, the VS Code extension's language server) must carry: the parsers for
// app.config.ts / forge.config.ts (TypeScript) and for YAML sources (XcodeGen, electron-builder), each shipped beside
// the bundle in a file of its own and loaded from there only when a file needs it, so that a run over Info.plists
// never loads them. Never resolved from node_modules at run time: from a bundle, that search walks the folders around
// it, which may be the linted repository, and a parser planted there would run.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type BuildResult, type Plugin, build } from "esbuild";
import { FLAT_CONFIG_ARRAY_FILE } from "./flat-config-array.js";

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
const shippedParsers: Plugin = {
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

/**
 * An esbuild plugin: the engine's loader of ESLint's FlatConfigArray (which resolves it at run time, beside ESLint's
 * entry) is replaced by a require of that file, which the bundle then carries with the Linter that uses it.
 */
const flatConfigArray: Plugin = {
  name: "flat-config-array",
  setup(builder) {
    builder.onResolve({ filter: /(?:^|[\\/])flat-config-array\.js$/ }, (args) =>
      args.importer.includes("engine") && args.importer.endsWith("computed-config.js") ? { path: "flat-config-array", namespace: "engine" } : undefined,
    );
    builder.onLoad({ filter: /^flat-config-array$/, namespace: "engine" }, () => {
      const eslintLib = dirname(createRequire(import.meta.url).resolve("eslint/universal"));
      return {
        contents: `exports.loadFlatConfigArray = () => require(${JSON.stringify(join(eslintLib, ...FLAT_CONFIG_ARRAY_FILE))}).FlatConfigArray;`,
        loader: "js",
        resolveDir: eslintLib,
      };
    });
  },
};

/** ESLint's FileContext.extend, as ESLint 10 writes it: each rule's context inherits from the file's context. */
const EXTEND_BY_PROTOTYPE = "return Object.freeze(Object.assign(Object.create(this), extension));";

/**
 * An esbuild plugin: each rule's context copies the file's context instead of inheriting from it (the same members,
 * frozen, with FileContext's own prototype). An object made a prototype gets a hidden class of its own, kept in V8's
 * old generation, which kept every linted file's context and AST alive through young-generation collections until a
 * full one: garbage collection was a third of the time linting a typical Info.plist, a tenth after this change. The
 * build fails if ESLint's code is no longer the one this replaces.
 */
const flatRuleContexts: Plugin = {
  name: "flat-rule-contexts",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]eslint[\\/]lib[\\/]linter[\\/]file-context\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(EXTEND_BY_PROTOTYPE)) throw new Error(`${args.path} no longer extends rule contexts as plistlint's bundling expects`);
      return {
        contents: source.replace(EXTEND_BY_PROTOTYPE, "return Object.freeze(Object.assign(Object.create(FileContext.prototype), this, extension));"),
        loader: "js",
      };
    });
  },
};

/** What the engine needs of any bundle that carries it: the shipped parsers, ESLint's FlatConfigArray, flat rule contexts. */
export const enginePlugins: Plugin[] = [shippedParsers, flatConfigArray, flatRuleContexts];

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
