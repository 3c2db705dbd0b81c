import type { CliEnvironment } from "./environment.js";

/**
 * Whether the report is in colour, as ESLint (Node's styleText) and chalk decide: --color or --no-color; else
 * FORCE_COLOR as chalk's supports-color reads it, whatever the output is ("0" and "false" turn colour off; "", "1",
 * "true", "2", "3" or any other value turn it on: the report uses the 16 basic colours, which every level has); else a
 * terminal that shows colours (Node's hasColors, which NO_COLOR and TERM=dumb turn off), when the report goes to it.
 */
export function useColor(flag: boolean | undefined, outputFile: string | undefined, { env, stdout }: CliEnvironment): boolean {
  if (flag !== undefined) return flag;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return forced !== "0" && forced !== "false";
  return !outputFile && Boolean(stdout.isTTY && stdout.hasColors?.());
}
