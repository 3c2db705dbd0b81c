// The language server gives memory back once idle after a large document: a full collection (memory-reducer.ts).
import { describe, expect, it } from "vitest";
import { MemoryReducer } from "../../packages/language-server/dist/memory-reducer.js";

/** Kept reachable: a registry that is itself collected calls back no one. */
const registries: FinalizationRegistry<string>[] = [];

/** Whether a garbage collection happens within `ms`: an object only the registry knows of is then finalized. */
function collectedWithin(ms: number, act: () => void): Promise<boolean> {
  return new Promise((resolve) => {
    const registry = new FinalizationRegistry<string>(() => resolve(true));
    registries.push(registry);
    registry.register({ some: "garbage" }, "token");
    act();
    setTimeout(() => resolve(false), ms);
  });
}

describe("MemoryReducer", () => {
  it("collects garbage once the server has been idle for a second after a large document", async () => {
    const reducer = new MemoryReducer();
    await expect(collectedWithin(2500, () => reducer.worked(1024 * 1024))).resolves.toBe(true);
  });

  it("leaves the heap alone after small documents only", async () => {
    const reducer = new MemoryReducer();
    await expect(collectedWithin(1500, () => reducer.worked(4 * 1024))).resolves.toBe(false);
  });
});
