/**
 * How deep dicts and arrays (JSON objects and arrays) may nest in any file plistlint reads. ESLint's traversal keeps
 * each node's ancestors in an array it shifts at every step, so its time grows with the square of the depth (50,000
 * nested dicts took seconds), and JSON parsers and our readers recurse. No Info.plist nests more than a few dozen.
 */
export const MAX_DEPTH = 1000;
