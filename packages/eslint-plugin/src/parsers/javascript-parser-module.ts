import { createRequire } from "node:module";
import type * as Espree from "espree";

/**
 * espree (with acorn), loaded when a JavaScript config is first read outside ESLint (explain, the editor's hover):
 * evaluating it was a tenth of a one-file run's start-up. Bundles replace this module with one that requires the copy
 * inside the bundle, the one ESLint's JavaScript language uses, at the same moment.
 */
export function loadJavaScriptParser(): typeof Espree {
  return createRequire(import.meta.url)("espree") as typeof Espree;
}
