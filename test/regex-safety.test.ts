// The bad-input battery, continued (row 2): no regular expression in plistlint can take more than linear time on
// what a linted file holds. A domain key of 100,000 dots and `a.` took seconds in `/\.+$/`. eslint-plugin-regexp
// proves it for every literal in the sources: no quantifiers that trade characters (`\s*\s*`), and no unanchored
// quantifier that a rejecting suffix makes restart at every position (`/=+$/` on "====x").
import tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import regexp from "eslint-plugin-regexp";
import { describe, expect, it } from "vitest";
import { REPO } from "./cli/cli-helpers.js";

describe("regular expressions in the sources", () => {
  it("are linear in their input", async () => {
    const eslint = new ESLint({
      cwd: REPO,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ["**/*.ts"],
          languageOptions: { parser: tsParser },
          plugins: { regexp },
          rules: { "regexp/no-super-linear-backtracking": "error", "regexp/no-super-linear-move": "error" },
        },
      ],
    });
    const results = await eslint.lintFiles(["packages/*/src/**/*.ts"]);
    const found = results.flatMap((result) => result.messages.map((message) => `${result.filePath.slice(REPO.length + 1)}:${message.line}: ${message.message}`));
    expect(results.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  }, 60_000);
});
