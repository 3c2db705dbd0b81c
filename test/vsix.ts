import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import yauzl from "yauzl";
import { REPO } from "./cli/cli-helpers.js";

/** The .vsix that `npm run vsix` packages (npm test builds it before the tests run). */
export const VSIX = join(REPO, "extension", "plistlint.vsix");

const extracted: string[] = [];
afterAll(() => {
  for (const folder of extracted.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * The language server as the .vsix ships it: its `extension/dist/` files, unpacked into a new folder that has no
 * node_modules anywhere above it. Returns the path of its server.js.
 */
export async function packagedServer(): Promise<string> {
  const folder = realpathSync(mkdtempSync(join(tmpdir(), "plistlint-vsix-")));
  extracted.push(folder);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.open(VSIX, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))));
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      if (!entry.fileName.startsWith("extension/dist/")) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          writeFileSync(join(folder, entry.fileName.slice("extension/dist/".length)), Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return join(folder, "server.js");
}
