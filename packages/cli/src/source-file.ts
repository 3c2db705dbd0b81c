import { randomBytes } from "node:crypto";
import { readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError, messageOf } from "./errors.js";

/** A file as read from disk: its bytes (to detect changes before writing) and its text. */
export interface SourceFile {
  path: string;
  bytes: Buffer;
  text: string;
  /** Where the bytes stop being UTF-8, as a 1-based line and 0-based column; undefined when they are valid. */
  invalidUtf8: { line: number; column: number } | undefined;
}

/** The text of the longest prefix of `bytes` that is valid UTF-8 so far (a character cut at the end is allowed). */
function validPrefix(bytes: Buffer, length: number): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
  } catch {
    return undefined;
  }
}

/** Where the bytes stop being UTF-8; validity of prefixes is monotone, so a binary search finds it in O(n log n). */
function firstInvalidUtf8(bytes: Buffer): { line: number; column: number } | undefined {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return undefined;
  } catch {
    // Find the place below.
  }
  // valid(low) and !valid(high); a file that ends inside a character is valid up to its length, and no further.
  let [low, high] = [0, bytes.length + 1];
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (validPrefix(bytes, middle) === undefined) high = middle;
    else low = middle;
  }
  const before = validPrefix(bytes, low) ?? "";
  const lines = before.split(/\r\n|\r|\n/u);
  return { line: lines.length, column: lines.at(-1)!.length };
}

export function readSourceFile(path: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : messageOf(error);
    throw new UsageError(`Cannot read ${path}: ${reason}`);
  }
  return { path, bytes, text: bytes.toString("utf8"), invalidUtf8: firstInvalidUtf8(bytes) };
}

/**
 * Writes fixed text in place of `file`, atomically: a temporary file beside it, with the same permissions, renamed
 * over it. A symbolic link keeps pointing at the file it pointed at. Refuses when the file changed on disk since it
 * was read, so an editor's save is never overwritten.
 */
export function writeSourceFile(file: SourceFile, text: string): void {
  const target = realpathSync(file.path);
  let current: Buffer;
  try {
    current = readFileSync(target);
  } catch (error) {
    throw new UsageError(`Not writing ${file.path}: it cannot be read again (${messageOf(error)})`);
  }
  if (!current.equals(file.bytes)) {
    throw new UsageError(`Not writing ${file.path}: it changed on disk while plistlint was fixing it; run again`);
  }
  const temporary = join(dirname(target), `.${basename(target)}.plistlint-${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(target).mode & 0o7777, flag: "wx" });
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created.
    }
    throw new UsageError(`Cannot write ${file.path}: ${messageOf(error)}`);
  }
}
