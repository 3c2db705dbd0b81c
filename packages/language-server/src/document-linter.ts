import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Engine } from "@plistlint/engine";
import type { ServerSettings } from "./settings.js";

/** The path the engine sees for a document: its file, or an Info.plist in the workspace for an unsaved one. */
export function documentPath(uri: string, workspaceRoot: string | undefined): string {
  if (uri.startsWith("file:")) {
    try {
      return fileURLToPath(uri);
    } catch {
      // A file URI this platform cannot map (another host's share, an encoded slash): lint it as if unsaved.
    }
  }
  return join(workspaceRoot ?? process.cwd(), "Info.plist");
}

/**
 * One engine per distinct settings, each choosing a document's configuration as the CLI does (the project's
 * eslint.config.* when it lints plists and the workspace is trusted, else the preset from the settings).
 */
export class Engines {
  readonly #engines = new Map<string, Engine>();

  for(settings: ServerSettings, workspaceRoot: string | undefined): Engine {
    const key = JSON.stringify([settings.preset, settings.rules, settings.minimumOS, settings.trust, workspaceRoot]);
    let engine = this.#engines.get(key);
    if (!engine) {
      engine = new Engine({
        cwd: workspaceRoot ?? process.cwd(),
        trust: settings.trust,
        preset: settings.preset,
        rules: settings.rules,
        minimumOS: settings.minimumOS,
      });
      this.#engines.set(key, engine);
    }
    return engine;
  }

  /** Forgets loaded configs, so that an edited eslint.config.* is read again. */
  reset(): void {
    this.#engines.clear();
  }
}
