import { isUtf8 } from "node:buffer";
import { readFileSync, statSync } from "node:fs";
import { FileError, messageOf } from "./errors.js";

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
  if (isUtf8(bytes)) return undefined;
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

/**
 * Info.plists are kilobytes; linting 20 MB takes about half a gigabyte of memory, so a file far larger would exhaust
 * the heap rather than be linted.
 */
export const MAX_FILE_MIB = 64;

/** Why a file of `bytes` bytes is not linted, or undefined when it is small enough. */
export function sizeProblem(path: string, bytes: number): string | undefined {
  if (bytes <= MAX_FILE_MIB * 1024 * 1024) return undefined;
  return `Cannot read ${path}: it is ${Math.round(bytes / 1024 / 1024)} MiB, more than the ${MAX_FILE_MIB} MiB plistlint reads`;
}

export function readSourceFile(path: string): SourceFile {
  let bytes: Buffer;
  try {
    // A FIFO or a device named Info.plist would block the read forever or never end.
    const stats = statSync(path);
    if (!stats.isFile() && !stats.isDirectory()) throw new FileError(`Cannot read ${path}: it is not a regular file`);
    const tooLarge = sizeProblem(path, stats.size);
    if (tooLarge) throw new FileError(tooLarge);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof FileError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a directory" : reasonOf(error);
    throw new FileError(`Cannot read ${path}: ${reason}`);
  }
  return sourceFileOf(path, bytes);
}

/** A file's bytes as a SourceFile: read from disk, or from standard input for `path`. */
export function sourceFileOf(path: string, bytes: Buffer): SourceFile {
  return { path, bytes, text: bytes.toString("utf8"), invalidUtf8: firstInvalidUtf8(bytes) };
}

/** The problem of a file whose bytes are not UTF-8, at the first invalid byte (1-based line and column). */
export function invalidUtf8Problem(file: SourceFile): { message: string; line: number; column: number } | undefined {
  if (!file.invalidUtf8) return undefined;
  const { line, column } = file.invalidUtf8;
  return { message: `File is not valid UTF-8 (the first invalid byte is at line ${line}, column ${column + 1}).`, line, column: column + 1 };
}

/** Why a file operation failed, in words. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "read-only file system";
  if (code === "ENOSPC") return "no space left on device";
  return messageOf(error);
}
