/**
 * The Node options the server is best started with, where its launcher can give them (the VS Code extension does):
 * a young generation of at most 4 MiB a semi-space. While a large document is linted V8 otherwise grows it to its
 * default maximum, 16 MiB a semi-space, and keeps that: an idle server that had opened a 1 MB Info.plist stayed at
 * about 112 MiB resident instead of 82 MiB. Linting that document stays within its latency budget (BENCHMARKS.md).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ["--max-semi-space-size=4"];
