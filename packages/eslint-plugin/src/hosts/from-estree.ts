import type { Range } from "@plistlint/parser";
// The AST types @typescript-eslint/utils re-exports, from the package that defines them (no TypeScript at run time).
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
import type { FoundPlist, PlistLocations } from "./locations.js";
import type { HostMember, HostValue } from "./plist-view.js";

type Expression = TSESTree.Node;

/** `{ … } as ExpoConfig['ios']`, `{ … } satisfies …`, `{ … }!`: the object itself. */
function unwrap(node: Expression): Expression {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

const DYNAMIC: HostValue = { kind: "dynamic" };

function propertyName(property: TSESTree.Property): { name: string; nameRange: Range } | undefined {
  if (property.computed || property.method || property.shorthand || property.kind !== "init") return undefined;
  const { key } = property;
  if (key.type === AST_NODE_TYPES.Identifier) return { name: key.name, nameRange: key.range };
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === "string" || typeof key.value === "number")) {
    return { name: String(key.value), nameRange: typeof key.value === "string" ? [key.range[0] + 1, key.range[1] - 1] : key.range };
  }
  return undefined;
}

/** Only what is written out is read: variables, calls, spreads and expressions are dynamic. */
function hostValue(expression: Expression): HostValue {
  const node = unwrap(expression);
  const common = { range: node.range };
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === "string") return { kind: "string", ...common, value: node.value };
      if (typeof node.value === "boolean") return { kind: "boolean", ...common, value: node.value };
      if (typeof node.value === "number") return { kind: "number", ...common, value: node.value };
      return DYNAMIC;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0 ? { kind: "string", ...common, value: node.quasis[0]?.value.cooked ?? "" } : DYNAMIC;
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === "-" && node.argument.type === AST_NODE_TYPES.Literal && typeof node.argument.value === "number"
        ? { kind: "number", ...common, value: -node.argument.value }
        : DYNAMIC;
    case AST_NODE_TYPES.ArrayExpression:
      return {
        kind: "array",
        ...common,
        items: node.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? hostValue(element) : DYNAMIC)),
      };
    case AST_NODE_TYPES.ObjectExpression:
      return {
        kind: "object",
        ...common,
        members: node.properties.map((property): HostMember => {
          const name = property.type === AST_NODE_TYPES.Property ? propertyName(property) : undefined;
          if (!name || property.type !== AST_NODE_TYPES.Property) {
            return { name: "", keyRange: property.range, nameRange: property.range, range: property.range, value: DYNAMIC };
          }
          return { ...name, keyRange: property.key.range, range: property.range, value: hostValue(property.value) };
        }),
      };
    default:
      return DYNAMIC;
  }
}

/** Whether `names` (the property names of nested object literals leading to a value) end with `path`'s names. */
function endsWith(names: readonly string[], path: readonly string[]): boolean {
  return names.length >= path.length && path.every((name, index) => name === "*" || name === names[names.length - path.length + index]);
}

/**
 * The plist objects of a JavaScript or TypeScript config, in whatever form the file exports it: `export default {
 * ios: { infoPlist } }`, `module.exports = …`, `defineConfig(…)`, `({ config }) => ({ ...config, ios: { … } })`, a
 * typed `const config: ForgeConfig = …`, or a split-out module exporting `{ infoPlist }`. Found by walking the
 * program for object literals reached through properties whose names end with one of `locations`' paths.
 */
export function plistsInProgram(program: TSESTree.Program, locations: PlistLocations): FoundPlist[] {
  const paths = locations.paths.map((path) => path.split("."));
  const found: FoundPlist[] = [];
  // Each node with the property names of the object literals directly around it (none past anything else).
  const stack: { node: unknown; names: string[] }[] = [{ node: program, names: [] }];
  while (stack.length > 0) {
    const { node, names } = stack.pop()!;
    if (!node || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) stack.push({ node: item, names: [] });
      continue;
    }
    const candidate = node as TSESTree.Node;
    if (candidate.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of candidate.properties) stack.push({ node: property, names });
      continue;
    }
    if (candidate.type === AST_NODE_TYPES.Property) {
      const name = propertyName(candidate)?.name;
      const value = unwrap(candidate.value);
      if (name !== undefined && value.type === AST_NODE_TYPES.ObjectExpression) {
        const reached = [...names, name];
        const path = paths.find((candidatePath) => endsWith(reached, candidatePath));
        if (path) found.push({ value: hostValue(value), label: reached.slice(-path.length).join(".") });
        stack.push({ node: value, names: reached });
        continue;
      }
    }
    for (const [key, child] of Object.entries(candidate)) {
      if (key !== "parent" && key !== "loc" && key !== "range" && child && typeof child === "object") stack.push({ node: child, names: [] });
    }
  }
  return found.sort((a, b) => ("range" in a.value && "range" in b.value ? a.value.range[0] - b.value.range[0] : 0));
}
