import { accessSync, chmodSync, chownSync, constants, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { FileError, type SourceFile, isWithin, reasonOf } from "@plistlint/engine";

/**
 * Writes fixed text in place of `file`, atomically: a temporary file beside it, given the file's permissions (and
 * owner, where allowed), renamed over it. A symbolic link keeps pointing at the file it pointed at, but only while
 * that file lies in one of `roots` (the folders being linted): a link planted in a repository must not make --fix
 * rewrite a file elsewhere. Refuses when the file is read-only (for every user: root could write it anyway), was
 * moved, or changed on disk since it was read, so neither a protection nor an editor's save is lost.
 */
export function writeSourceFile(file: SourceFile, text: string, roots: readonly string[]): void {
  let target: string;
  let current: Buffer;
  try {
    target = realpathSync(file.path);
    current = readFileSync(target);
  } catch (error) {
    const moved = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new FileError(`Not writing ${file.path}: ${moved ? "it was moved or deleted while plistlint was fixing it" : reasonOf(error)}`);
  }
  if (!roots.some((root) => isWithin(root, target))) {
    throw new FileError(`Not writing ${file.path}: it is a link to ${target}, outside the folders being linted`);
  }
  if (!current.equals(file.bytes)) {
    throw new FileError(`Not writing ${file.path}: it changed on disk while plistlint was fixing it; run again`);
  }
  const stats = statSync(target);
  // The mode bits say the file is not to be changed; the kernel lets root write it anyway, so they are read here.
  if ((stats.mode & 0o222) === 0) throw new FileError(`Not writing ${file.path}: it is read-only`);
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    throw new FileError(`Not writing ${file.path}: ${reasonOf(error)}`);
  }
  // node:crypto is loaded here, by the runs that write, rather than at start-up by every run.
  const random = process.getBuiltinModule("node:crypto").randomBytes(6).toString("hex");
  const temporary = join(dirname(target), `.${basename(target)}.plistlint-${random}.tmp`);
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
    throw new FileError(`Cannot write ${file.path}: ${reasonOf(error)}${where}`);
  }
}
