import { randomBytes } from "node:crypto";
import { accessSync, chmodSync, chownSync, constants, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { type SourceFile, reasonOf } from "@plistlint/engine";
import { UsageError } from "./errors.js";

/**
 * Writes fixed text in place of `file`, atomically: a temporary file beside it, given the file's permissions (and
 * owner, where allowed), renamed over it. A symbolic link keeps pointing at the file it pointed at. Refuses when
 * the file is read-only or changed on disk since it was read, so neither a protection nor an editor's save is lost.
 */
export function writeSourceFile(file: SourceFile, text: string): void {
  const target = realpathSync(file.path);
  let current: Buffer;
  try {
    current = readFileSync(target);
    accessSync(target, constants.W_OK);
  } catch (error) {
    throw new UsageError(`Not writing ${file.path}: ${reasonOf(error)}`);
  }
  if (!current.equals(file.bytes)) {
    throw new UsageError(`Not writing ${file.path}: it changed on disk while plistlint was fixing it; run again`);
  }
  const stats = statSync(target);
  const temporary = join(dirname(target), `.${basename(target)}.plistlint-${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: "wx", mode: 0o600 });
    chmodSync(temporary, stats.mode & 0o7777); // the umask must not change the file's permissions
    try {
      chownSync(temporary, stats.uid, stats.gid);
    } catch {
      // Only root (or the owner, for the group) may; otherwise the writer owns the new file, as any editor's save.
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const where = (error as NodeJS.ErrnoException).path === temporary ? " (its directory must be writable: plistlint writes a temporary file beside it)" : "";
    throw new UsageError(`Cannot write ${file.path}: ${reasonOf(error)}${where}`);
  }
}
