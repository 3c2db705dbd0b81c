// What every bundle of the engine (the CLI's, the VS Code extension's language server) must carry: the parsers for
// app.config.ts / forge.config.ts (TypeScript) and for YAML sources (XcodeGen, electron-builder), each shipped beside
// the bundle in a file of its own and loaded from there only when a file needs it, so that a run over Info.plists
// never loads them. Never resolved from node_modules at run time: from a bundle, that search walks the folders around
// it, which may be the linted repository, and a parser planted there would run.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type BuildResult, type Plugin, build } from "esbuild";
import { flatConfigArrayFile } from "./flat-config-array.js";

/**
 * The parsers the plugin loads lazily: the module of the plugin that loads each (`src/parsers/<loader>.ts`), the
 * function it exports, the package it loads, and the file beside the bundle that holds that package.
 */
const SHIPPED_PARSERS = [
  { loader: "typescript-parser-module", load: "loadTypeScriptParser", module: "@typescript-eslint/parser", file: "typescript-parser.cjs" },
  { loader: "yaml-parser-module", load: "loadYamlParser", module: "yaml-eslint-parser", file: "yaml-parser.cjs" },
] as const;

/**
 * An esbuild plugin: each of the plugin's loader modules (`src/parsers/<loader>.ts`) is replaced by the code
 * `contents` writes for it.
 */
function replacedLoaders<Loader extends { loader: string }>(
  name: string,
  loaders: readonly Loader[],
  contents: (loader: Loader) => string,
  resolveDir?: () => string,
): Plugin {
  return {
    name,
    setup(builder) {
      for (const loader of loaders) {
        // esbuild compiles filters as Go regular expressions, which take no flags.
        const filter = new RegExp(`(?:^|[\\\\/])${loader.loader}\\.js$`);
        builder.onResolve({ filter }, (args) => (args.importer.includes("eslint-plugin") ? { path: loader.loader, namespace: name } : undefined));
        builder.onLoad({ filter: new RegExp(`^${loader.loader}$`), namespace: name }, () => ({
          contents: contents(loader),
          loader: "js",
          ...(resolveDir ? { resolveDir: resolveDir() } : {}),
        }));
      }
    },
  };
}

/** Each of the plugin's parser loaders requires the copy beside the bundle. */
const shippedParsers = replacedLoaders(
  "shipped-parsers",
  SHIPPED_PARSERS,
  (parser) => `const { join } = require("node:path");
exports.${parser.load} = () => require(join(__dirname, ${JSON.stringify(parser.file)}));`,
);

/**
 * What the plugin loads on first use from inside the bundle: the loader module, the function it exports, the package.
 * Required inside a function, a package is bundled but evaluated only when the function first runs (and required,
 * espree resolves to the CommonJS build ESLint's JavaScript language uses: one copy, with one acorn).
 */
const LAZY_MODULES = [
  { loader: "public-suffix-module", load: "loadPublicSuffixList", module: "tldts" },
  { loader: "javascript-parser-module", load: "loadJavaScriptParser", module: "espree" },
] as const;

const pluginDir = (): string => dirname(createRequire(import.meta.url).resolve("eslint-plugin-plist/package.json"));

/** Each of the plugin's lazy loaders requires its package inside the bundle. */
const lazyModules = replacedLoaders("lazy-modules", LAZY_MODULES, (lazy) => `exports.${lazy.load} = () => require(${JSON.stringify(lazy.module)});`, pluginDir);

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
      const file = flatConfigArrayFile();
      return { contents: `exports.loadFlatConfigArray = () => require(${JSON.stringify(file)}).FlatConfigArray;`, loader: "js", resolveDir: dirname(file) };
    });
  },
};

/**
 * An esbuild plugin: ESLint's JavaScript language (espree, acorn, its scope analysis) is evaluated when a config first
 * reads it, not when ESLint's default config is loaded: a run over Info.plists never does, and evaluating it was a
 * tenth of a one-file run's start-up. ESLint lazy-loads its core rules the same way, behind a Proxy.
 */
const lazyJavaScriptLanguage: Plugin = {
  name: "lazy-javascript-language",
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/languages\/js$/ }, (args) =>
      /[\\/]eslint[\\/]lib[\\/]config[\\/]default-config\.js$/u.test(args.importer)
        ? { path: "javascript-language", namespace: "lazy", pluginData: join(dirname(args.importer), "..", "languages", "js", "index.js") }
        : undefined,
    );
    builder.onLoad({ filter: /^javascript-language$/, namespace: "lazy" }, (args) => ({
      contents: `let language;
const real = () => (language ??= require(${JSON.stringify(args.pluginData)}));
module.exports = new Proxy({}, {
  get: (_target, key) => real()[key],
  has: (_target, key) => key in real(),
  ownKeys: () => Reflect.ownKeys(real()),
  getOwnPropertyDescriptor: (_target, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});`,
      loader: "js",
      resolveDir: dirname(args.pluginData as string),
    }));
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

/**
 * What the engine needs of any bundle that carries it: the shipped parsers, lazily evaluated modules (ESLint's
 * JavaScript language among them), ESLint's FlatConfigArray, flat rule contexts.
 */
export const enginePlugins: Plugin[] = [shippedParsers, lazyModules, lazyJavaScriptLanguage, flatConfigArray, flatRuleContexts];

/** Bundles each shipped parser (with what it needs: TypeScript, yaml) into one CommonJS file in `outdir`. */
export function buildParsers(outdir: string): Promise<BuildResult[]> {
  const resolveDir = pluginDir();
  return Promise.all(
    SHIPPED_PARSERS.map((parser) =>
      build({
        stdin: { contents: `module.exports = require(${JSON.stringify(parser.module)});`, resolveDir, sourcefile: `${parser.loader}-entry.js` },
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
