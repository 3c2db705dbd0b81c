import type { Range } from "@plistlint/parser";
import type { HostMember, HostValue } from "./plist-view.js";

/** The parts of a momoa (JSON) node that matter here: @eslint/json's AST. */
interface JsonNode {
  type: string;
  range: Range;
  value?: unknown;
  /** A JSON5 key written without quotes. */
  name?: string;
  members?: { name: JsonNode; value: JsonNode; range: Range }[];
  elements?: { value: JsonNode }[];
  body?: JsonNode;
}

/** A member's name, quoted (`"key"`, JSON5's `'key'`) or, in JSON5, bare. */
function nameOf(key: JsonNode): string {
  return String(key.type === "Identifier" ? key.name : key.value);
}

function hostValue(node: JsonNode): HostValue {
  const common = { range: node.range };
  switch (node.type) {
    case "Object":
      return {
        kind: "object",
        ...common,
        members: (node.members ?? []).map(
          (member): HostMember => ({
            name: nameOf(member.name),
            keyRange: member.name.range,
            nameRange: member.name.type !== "Identifier" ? [member.name.range[0] + 1, member.name.range[1] - 1] : member.name.range,
            range: member.range,
            value: hostValue(member.value),
          }),
        ),
      };
    case "Array":
      return { kind: "array", ...common, items: (node.elements ?? []).map((element) => hostValue(element.value)) };
    case "String":
      return { kind: "string", ...common, value: String(node.value) };
    case "Boolean":
      return { kind: "boolean", ...common, value: node.value === true };
    case "Number":
      return { kind: "number", ...common, value: Number(node.value) };
    default:
      return { kind: "dynamic" }; // null: not a plist value
  }
}

/** The value of a JSON document (@eslint/json's `Document`), as the front-ends read it. */
export function jsonDocumentValue(document: JsonNode): HostValue {
  return document.body ? hostValue(document.body) : { kind: "dynamic" };
}
