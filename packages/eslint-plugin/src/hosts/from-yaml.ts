import type { Range } from "@plistlint/parser";
import type { AST } from "yaml-eslint-parser";
import type { HostMember, HostValue } from "./plist-view.js";

const DYNAMIC: HostValue = { kind: "dynamic" };

/** YAML 1.1's booleans, as Yams' default resolver (XcodeGen's) reads plain scalars. */
const YAML_11_BOOLEAN = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/u;

type Node = AST.YAMLContent | AST.YAMLWithMeta | null;

/** Where a scalar's characters are: inside its quotes, or the plain text itself. */
function contentRange(scalar: AST.YAMLScalar): Range {
  const [start, end] = scalar.range;
  return scalar.style === "double-quoted" || scalar.style === "single-quoted" ? [start + 1, end - 1] : [start, end];
}

function scalarValue(scalar: AST.YAMLScalar, yaml11Booleans: boolean): HostValue {
  const common = { range: scalar.range };
  if (scalar.style === "plain" && yaml11Booleans && YAML_11_BOOLEAN.test(scalar.raw)) {
    return { kind: "boolean", ...common, value: /^(?:y|t|on)/iu.test(scalar.raw) };
  }
  switch (typeof scalar.value) {
    case "string":
      // A block scalar (| or >) has no one range of characters to edit: it is read, never rewritten in part.
      return scalar.style === "literal" || scalar.style === "folded"
        ? { kind: "string", ...common, value: scalar.value, contentRange: scalar.range }
        : { kind: "string", ...common, value: scalar.value, contentRange: contentRange(scalar) };
    case "boolean":
      return { kind: "boolean", ...common, value: scalar.value };
    case "number":
      return Number.isFinite(scalar.value) ? { kind: "number", ...common, value: scalar.value } : DYNAMIC;
    default:
      return DYNAMIC; // null: not a plist value
  }
}

/** A mapping key's name and where its characters are; undefined for a key that is no plain string (`<<`, `? [a]`). */
function keyName(key: Node): { name: string; nameRange: Range } | undefined {
  if (key?.type !== "YAMLScalar" || key.style === "literal" || key.style === "folded") return undefined;
  if (key.style === "plain" && key.raw === "<<") return undefined; // a merge key: content from elsewhere
  return { name: key.style === "plain" ? key.strValue : String(key.value), nameRange: contentRange(key) };
}

/**
 * A YAML node as the front-ends read values: only what is written out. Aliases, merge keys (`<<: *base`), tags and
 * nulls are dynamic, as a JavaScript variable is; an anchor (`&base`) marks a value that is still written out here.
 */
function yamlValue(node: Node, yaml11Booleans: boolean): HostValue {
  if (!node) return DYNAMIC;
  switch (node.type) {
    case "YAMLWithMeta":
      return node.tag === null ? yamlValue(node.value, yaml11Booleans) : DYNAMIC;
    case "YAMLScalar":
      return scalarValue(node, yaml11Booleans);
    case "YAMLSequence":
      return { kind: "array", range: node.range, items: node.entries.map((entry) => yamlValue(entry, yaml11Booleans)) };
    case "YAMLMapping":
      return {
        kind: "object",
        range: node.range,
        members: node.pairs.map((pair): HostMember => {
          const name = keyName(pair.key);
          const keyRange = pair.key?.range ?? pair.range;
          if (!name) return { name: "", keyRange, nameRange: keyRange, range: pair.range, value: DYNAMIC };
          return { ...name, keyRange, range: pair.range, value: yamlValue(pair.value, yaml11Booleans) };
        }),
      };
    default:
      return DYNAMIC;
  }
}

/** The value of a YAML file's first document (XcodeGen and electron-builder read one). */
export function yamlDocumentValue(program: AST.YAMLProgram, yaml11Booleans: boolean): HostValue {
  return yamlValue(program.body[0]?.content ?? null, yaml11Booleans);
}
