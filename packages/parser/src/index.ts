export type * from "./ast.js";
export { childrenOf, textContentRanges, visitorKeys } from "./ast.js";
export { type ParseError, nestedTooDeep } from "./errors.js";
export { LINE_BREAK, LineIndex } from "./line-index.js";
export { parse, type ParseOptions, type ParseResult } from "./parse.js";
export type { Branch, DirectiveName, Preprocessing, PreprocessorLine, Variant } from "./preprocessing.js";
// Front-ends that read a plist from another syntax (Expo's JSON and JavaScript, YAML) build the same nodes.
export { ArrayValueNode, BooleanValueNode, DictNode, DocumentNode, EntryNode, KeyNode, TextValueNode } from "./nodes.js";
// A Cordova config.xml is XML but no plist: its elements and attributes, and the plist XML its <edit-config>s hold.
export { parseXmlElements, plistValuesWithin, type XmlAttribute, type XmlElement, type XmlParseResult } from "./xml-elements.js";
