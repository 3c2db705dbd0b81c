#!/usr/bin/env node
// The CLI runs as a bundle (scripts/bundle.js), compiled with V8's code cache made at build time: together they
// keep a one-file run (a pre-commit hook's) close to the time Node itself takes to start.
const { readFileSync, writeFileSync } = require("node:fs");
const { createRequire, wrap } = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const bundle = join(__dirname, "..", "bundle", "plistlint.cjs");
if (process.argv.includes("--debug")) {
  // Stack traces as installed: the code cache would name the file where the bundle was built, and a vm.Script gets
  // no source maps. Loaded as a module instead, each frame names the original source under this package.
  process.setSourceMapsEnabled(true);
  require(bundle);
  return;
}
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (or an unreadable one): V8 compiles the bundle as usual.
}
const script = new Script(wrap(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));
if (process.env.PLISTLINT_WRITE_CODE_CACHE === "1") {
  // After the run, so that the functions it compiled are in the cache too.
  process.once("beforeExit", () => writeFileSync(cacheFile, script.createCachedData()));
}
