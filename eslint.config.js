// Lints plistlint's own TypeScript with typescript-eslint's type-checked rules (`npm run lint`, part of `npm test`).
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/bundle/**", "**/node_modules/**", "extension/dist/**", ".vscode-test/**", "examples/**", "**/*.js", "**/*.cjs", "**/*.mjs"],
  },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["vitest.config.ts"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { dropped: _dropped, ...kept } = object` is how an object is copied without some of its keys.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, varsIgnorePattern: "^_" }],
    },
  },
);
