// Bundles the CLI into bundle/ so that `plistlint` on one file (a pre-commit hook's usual run) costs little more than
// starting Node, and so that installing it needs no dependencies. Unbundled, resolving and loading several hundred
// module files dominated such a run.
//
// The bundles:
// - plistlint.cjs: the CLI with ESLint's Linter, our plugin and the report formats. Two parts of ESLint that no
//   Info.plist needs are left out, because loading them was a measurable part of start-up: the core JavaScript rules
//   (loaded from eslint.cjs when a JavaScript config names one, in a directive or an override) and the `debug` logger.
//   And ESLint's rule-option validator (Ajv) is built only when a rule is given options: a rule without options needs
//   no schema compiled, while building Ajv took a sixth of a one-file run.
// - eslint.cjs: ESLint itself, unchanged, loaded only when a project's own eslint.config.* is used.
// - typescript-parser.cjs and yaml-parser.cjs: the parsers for TypeScript configs and YAML sources, each loaded only
//   for such files (see the engine's bundling.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildParsers, enginePlugins } from "@plistlint/engine/bundling";
import { build } from "esbuild";
import { builtinRules } from "eslint/use-at-your-own-risk";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(packageDir, "bundle");

// CommonJS, because Node 20 compiles a large ES module markedly slower than the same code as CommonJS.
const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  // ESLint loads jiti only for eslint.config.ts on Node 20; it is the project's to install, as with ESLint itself.
  external: ["jiti", "jiti/package.json"],
  logLevel: "warning",
};

/** Replaces modules by small stand-ins (ESLint's core rule map, `debug`) and sends `eslint` to the other bundle. */
const trimForStartup = {
  name: "trim-for-startup",
  setup(builder) {
    builder.onResolve({ filter: /^eslint$/ }, () => ({ path: "./eslint.cjs", external: true }));
    builder.onResolve({ filter: /^\.\.\/rules$/ }, (args) =>
      args.importer.endsWith(join("eslint", "lib", "config", "default-config.js")) ? { path: "core-rules", namespace: "stand-in" } : undefined,
    );
    builder.onResolve({ filter: /^debug$/ }, () => ({ path: "debug", namespace: "stand-in" }));
    builder.onResolve({ filter: /^\.\.\/shared\/ajv$/ }, (args) =>
      args.importer.endsWith(join("eslint", "lib", "config", "config.js"))
        ? { path: "lazy-ajv", namespace: "stand-in", pluginData: join(dirname(args.importer), "..", "shared", "ajv.js") }
        : undefined,
    );
    // ESLint compiles a validator per rule and calls it with the rule's options. An empty option list against a schema
    // that does not ask for items is valid without Ajv; anything else goes to ESLint's own Ajv, built on first use.
    builder.onLoad({ filter: /^lazy-ajv$/, namespace: "stand-in" }, (args) => ({
      contents: `let ajv;
module.exports = (options) => ({
  compile(schema) {
    let real;
    const validate = (data) => {
      if (Array.isArray(data) && data.length === 0 && !(schema && schema.minItems > 0)) {
        validate.errors = null;
        return true;
      }
      ajv ??= require(${JSON.stringify(args.pluginData)})(options);
      real ??= ajv.compile(schema);
      const valid = real(data);
      validate.errors = real.errors;
      return valid;
    };
    return validate;
  },
});`,
      loader: "js",
      resolveDir: dirname(args.pluginData),
    }));
    // The core rules' names are known at build time; a rule is loaded from ESLint's own bundle when asked for.
    builder.onLoad({ filter: /^core-rules$/, namespace: "stand-in" }, () => ({
      contents: `const names = new Set(${JSON.stringify([...builtinRules.keys()])});
let rules;
const real = () => (rules ??= require("eslint").builtinRules);
module.exports = {
  has: (name) => names.has(name),
  get: (name) => (names.has(name) ? real().get(name) : undefined),
  keys: () => names.keys(),
  *[Symbol.iterator]() { yield* real(); },
};`,
      loader: "js",
    }));
    builder.onLoad({ filter: /^debug$/, namespace: "stand-in" }, () => ({
      contents: "module.exports = () => Object.assign(() => {}, { enabled: false });",
      loader: "js",
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: [join(packageDir, "dist", "bin.js")],
    outfile: join(outdir, "plistlint.cjs"),
    // require() rather than import() for the lazily loaded parts, so that bin/ can run the bundle from V8's code
    // cache (a vm.Script cannot import() without an experimental flag).
    supported: { "dynamic-import": false },
    // For --debug's stack traces: positions only (the sources are not shipped), rewritten below to name each
    // source under the installed package. ESLint's own bundle (eslint.cjs) gets none: it is ESLint, unchanged.
    sourcemap: "linked",
    sourcesContent: false,
    plugins: [trimForStartup, ...enginePlugins],
  }),
  build({
    ...common,
    stdin: {
      contents: 'export { ESLint } from "eslint";\nexport { builtinRules } from "eslint/use-at-your-own-risk";',
      resolveDir: packageDir,
      sourcefile: "eslint-entry.js",
    },
    outfile: join(outdir, "eslint.cjs"),
  }),
  buildParsers(outdir),
]);

// The map's sources are paths from bundle/ into this repository (../../engine/src/engine.ts), which mean nothing, or
// something misleading, where the package is installed. Each becomes the source's path in the repository, under the
// package: a --debug stack trace then reads <installed>/packages/engine/src/engine.ts:78.
const mapFile = join(outdir, "plistlint.cjs.map");
const map = JSON.parse(readFileSync(mapFile, "utf8"));
const repository = join(packageDir, "..", "..");
map.sources = map.sources.map((source) => `../${relative(repository, resolve(outdir, source)).split("\\").join("/")}`);
writeFileSync(mapFile, JSON.stringify(map));

// V8's code cache for the bundle, made by running the CLI once on an example: bin/plistlint.cjs compiles the bundle
// with it (a cache made by another Node version is rejected by V8, and the bundle is then compiled as usual).
const example = join(packageDir, "..", "..", "examples", "pinned-app", "Info.plist");
const warmUp = spawnSync(process.execPath, [join(packageDir, "bin", "plistlint.cjs"), "--no-config-lookup", example], {
  env: { ...process.env, PLISTLINT_WRITE_CODE_CACHE: "1" },
  stdio: "ignore",
});
if (warmUp.status !== 0 || !existsSync(join(outdir, "plistlint.cjs.cache"))) throw new Error("the CLI bundle did not run");
