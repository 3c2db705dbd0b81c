import { type Node, childrenOf } from "@plistlint/parser";
import type { TraversalStep } from "@eslint/core";
import { VisitNodeStep } from "@eslint/plugin-kit";

/** Up to this many steps (two per node), a document's steps are made at once, as an array. */
const STEPS_AT_ONCE = 20_000;

/**
 * Depth-first enter/exit steps over a plist AST. A typical Info.plist's are made at once, as an array: ESLint walks
 * an array by index, without the iterator protocol, which was a measurable part of linting a file. A large plist's
 * (hundreds of thousands of nodes) go on being made as ESLint takes them, so that they die young and cost the garbage
 * collector almost nothing. No recursion, so that deeply nested plists cannot overflow the stack.
 */
export function traversal(root: Node): Iterable<TraversalStep> {
  const walk = new DepthFirstWalk(root);
  const steps: TraversalStep[] = [];
  for (let step = walk.next(); step; step = walk.next()) {
    steps.push(step);
    if (steps.length === STEPS_AT_ONCE) {
      // The first pass goes on from the steps made; another (the iterable may be walked again) starts afresh.
      let started: DepthFirstWalk | undefined = walk;
      return {
        [Symbol.iterator]: () => {
          const resumed = started;
          started = undefined;
          return resumed ? new RemainingSteps(steps, resumed) : new RemainingSteps([], new DepthFirstWalk(root));
        },
      };
    }
  }
  return steps;
}

/**
 * The steps already made, then the rest of the walk. An iterator written out: a generator was a tenth of linting a
 * 1 MB plist (and a generator method in an object literal made per call kept each call's steps alive past the young
 * generation).
 */
class RemainingSteps implements Iterator<TraversalStep> {
  readonly #made: TraversalStep[];
  readonly #walk: DepthFirstWalk;
  #index = 0;

  constructor(made: TraversalStep[], walk: DepthFirstWalk) {
    this.#made = made;
    this.#walk = walk;
  }

  next(): IteratorResult<TraversalStep> {
    if (this.#index < this.#made.length) return { value: this.#made[this.#index++]!, done: false };
    const step = this.#walk.next();
    return step ? { value: step, done: false } : { value: undefined, done: true };
  }
}

/** The steps of a depth-first walk, one at a time. */
class DepthFirstWalk {
  // Two parallel stacks rather than an object per visit.
  readonly #nodes: Node[];
  readonly #exiting: boolean[] = [false];

  constructor(root: Node) {
    this.#nodes = [root];
  }

  next(): TraversalStep | undefined {
    const node = this.#nodes.pop();
    if (!node) return undefined;
    const exit = this.#exiting.pop()!;
    if (!exit) {
      this.#nodes.push(node);
      this.#exiting.push(true);
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i -= 1) {
        this.#nodes.push(children[i]!);
        this.#exiting.push(false);
      }
    }
    return new VisitNodeStep({ target: node, phase: exit ? 2 : 1, args: [node, node.parent ?? undefined] });
  }
}

/** A rule's visitors by node type (`Dict`, `Dict:exit`), as `create` returns them. */
export type Visitors = Record<string, ((node: Node) => void) | undefined>;

/** Runs a rule's visitors over a plist AST, depth first, as ESLint would: for the plists ESLint does not traverse. */
export function runVisitors(visitors: Visitors, root: Node): void {
  const walk = new DepthFirstWalk(root);
  for (let step = walk.next(); step; step = walk.next()) {
    const node = step.target as Node;
    visitors[step.phase === 1 ? node.type : `${node.type}:exit`]?.(node);
  }
}
