// PlistSourceCode#traverse: the steps ESLint walks, depth first, entering and leaving every node with its parent.
import { type Node, childrenOf, parse } from "@plistlint/parser";
import { PlistSourceCode } from "eslint-plugin-plist";
import { describe, expect, it } from "vitest";

function sourceCodeOf(text: string): PlistSourceCode {
  const { ast, comments, lines } = parse(text);
  return new PlistSourceCode({ text, ast, comments, lines });
}

/** The same walk, written recursively: [type, phase, parent's type] per step. */
function expectedSteps(node: Node, parent?: Node): [string, number, string | undefined][] {
  return [
    [node.type, 1, parent?.type],
    ...childrenOf(node).flatMap((child) => expectedSteps(child, node)),
    [node.type, 2, parent?.type],
  ];
}

function stepsOf(sourceCode: PlistSourceCode): [string, number, string | undefined][] {
  return [...sourceCode.traverse()].map((step) => {
    const { target, phase, args } = step as unknown as { target: Node; phase: number; args: [Node, Node | undefined] };
    expect(args[0]).toBe(target);
    return [target.type, phase, args[1]?.type];
  });
}

const plistOf = (entries: number): string =>
  `<plist><dict>${Array.from({ length: entries }, (_, index) => `<key>k${index}</key><array><string>v</string></array>`).join("")}</dict></plist>`;

describe("PlistSourceCode#traverse", () => {
  it("gives a typical plist's steps as an array, which ESLint walks by index", () => {
    const sourceCode = sourceCodeOf(plistOf(3));
    expect(Array.isArray(sourceCode.traverse())).toBe(true);
    expect(stepsOf(sourceCode)).toEqual(expectedSteps(sourceCode.ast));
  });

  it("gives a large plist's steps as they are taken, in the same order", () => {
    // 4 nodes per entry: 5,000 entries are over 40,000 steps.
    const sourceCode = sourceCodeOf(plistOf(5000));
    expect(Array.isArray(sourceCode.traverse())).toBe(false);
    const steps = stepsOf(sourceCode);
    expect(steps).toHaveLength(2 * (2 + 4 * 5000));
    expect(steps).toEqual(expectedSteps(sourceCode.ast));
    // Walked again, the same steps.
    const traversal = sourceCode.traverse();
    expect([...traversal]).toHaveLength(steps.length);
    expect([...traversal]).toHaveLength(steps.length);
  });
});
