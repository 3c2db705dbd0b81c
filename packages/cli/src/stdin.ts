import { FileError, MAX_FILE_MIB, type SourceFile, sourceFileOf } from "@plistlint/engine";

/**
 * What standard input holds, as the file `path` (--stdin-filename). Reading stops past the size plistlint reads from
 * disk, so that a pipe that never ends cannot fill the memory.
 */
export async function readStdin(stdin: AsyncIterable<Buffer | string>, path: string): Promise<SourceFile> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > MAX_FILE_MIB * 1024 * 1024) throw new FileError(`Cannot read standard input: it is more than the ${MAX_FILE_MIB} MiB plistlint reads`);
  }
  return sourceFileOf(path, Buffer.concat(chunks));
}
