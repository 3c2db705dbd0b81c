export type * from "./ast.js";
export { childrenOf, textContentRanges, visitorKeys } from "./ast.js";
export type { ParseError } from "./errors.js";
export { LINE_BREAK, LineIndex } from "./line-index.js";
export { parse, type ParseOptions, type ParseResult } from "./parse.js";
