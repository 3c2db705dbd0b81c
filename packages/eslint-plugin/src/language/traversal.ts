import { type Node, childrenOf } from "@plistlint/parser";
import type { TraversalStep } from "@eslint/core";
import { VisitNodeStep } from "@eslint/plugin-kit";

/**
 * Depth-first enter/exit steps over a plist AST, made as ESLint takes them rather than all at once: a large plist
 * has hundreds of thousands of nodes, and steps that die young cost the garbage collector almost nothing. No
 * recursion, so that deeply nested plists cannot overflow the stack.
 */
export function traversal(root: Node): Iterable<TraversalStep> {
  // One generator function for every traversal: a generator method in an object literal made per call kept each
  // call's steps alive past the young generation (measured: a scavenge 40 times as long), a third of linting time.
  return { [Symbol.iterator]: () => steps(root) };
}

function* steps(root: Node): Generator<TraversalStep> {
  // Two parallel stacks rather than an object per visit.
  const nodes: Node[] = [root];
  const exiting: boolean[] = [false];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const exit = exiting.pop()!;
    yield new VisitNodeStep({ target: node, phase: exit ? 2 : 1, args: [node, node.parent ?? undefined] });
    if (exit) continue;
    nodes.push(node);
    exiting.push(true);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      nodes.push(children[i]!);
      exiting.push(false);
    }
  }
}

/** A rule's visitors by node type (`Dict`, `Dict:exit`), as `create` returns them. */
export type Visitors = Record<string, ((node: Node) => void) | undefined>;

/** Runs a rule's visitors over a plist AST, depth first, as ESLint would: for the plists ESLint does not traverse. */
export function runVisitors(visitors: Visitors, root: Node): void {
  for (const step of traversal(root)) {
    const node = step.target as Node;
    visitors[step.phase === 1 ? node.type : `${node.type}:exit`]?.(node);
  }
}
