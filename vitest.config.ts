import { defineConfig } from "vitest/config";

/** The tests of the plugin inside ESLint itself: they run once per ESLint major the plugin supports. */
const ESLINT_INTEGRATION_TESTS = ["test/eslint-integration.test.ts", "test/expo/*.test.ts", "test/examples.test.ts"];

declare module "vitest" {
  /** The ESLint major a test project runs on, for the test that checks the alias really took effect. */
  export interface ProvidedContext {
    eslintMajor: number;
  }
}

export default defineConfig({
  test: {
    reporters: ["default", "./test/plain-summary-reporter.ts"],
    setupFiles: ["./test/fast-check-seed.ts"],
    projects: [
      // ESLint 10, the root's own devDependency: every test.
      { extends: true, test: { name: "eslint-v10", include: ["test/**/*.test.ts"], provide: { eslintMajor: 10 } } },
      // The latest ESLint 9 (the npm alias eslint-v9) in place of `eslint` for the tests that import it.
      {
        extends: true,
        test: { name: "eslint-v9", include: ESLINT_INTEGRATION_TESTS, provide: { eslintMajor: 9 } },
        resolve: { alias: [{ find: /^eslint$/u, replacement: "eslint-v9" }] },
      },
    ],
  },
});
