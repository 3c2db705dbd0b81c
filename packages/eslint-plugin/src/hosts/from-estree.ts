import type { Range } from "@plistlint/parser";
// The AST types @typescript-eslint/utils re-exports, from the package that defines them (no TypeScript at run time).
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/types";
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

/**
 * The `infoPlist` objects of an Expo config, in whatever form the file exports it: `export default { ios: {
 * infoPlist } }`, `module.exports = …`, `defineConfig(…)`, `({ config }) => ({ ...config, ios: { infoPlist } })`,
 * a typed `const config: ExpoConfig = …`, or a split-out module exporting `{ infoPlist }`. Found by walking the
 * program for `infoPlist:` properties whose value is an object literal.
 */
export function infoPlistsOfProgram(program: TSESTree.Program): HostValue[] {
  const found: HostValue[] = [];
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]));
      continue;
    }
    const candidate = node as TSESTree.Node;
    if (candidate.type === AST_NODE_TYPES.Property && propertyName(candidate)?.name === "infoPlist") {
      const value = unwrap(candidate.value);
      if (value.type === AST_NODE_TYPES.ObjectExpression) found.push(hostValue(value));
    }
    for (const [key, child] of Object.entries(candidate)) {
      if (key !== "parent" && key !== "loc" && key !== "range" && child && typeof child === "object") stack.push(child);
    }
  }
  return found.sort((a, b) => ("range" in a && "range" in b ? a.range[0] - b.range[0] : 0));
}
