// Reads a settings or catalog file from disk as text, for the server and the CLI alike. Only a
// regular file of at most `maxDataFileBytes` is read: a FIFO would block, a device or a huge file
// would exhaust memory. A message names the file and the reason, never its content.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The largest settings or catalog file read; the built-in catalog is well under 1 MB. */
export const maxDataFileBytes = 10 * 1024 * 1024;
const maxDataFileText = '10 MB';

export type DataFileText = { ok: true; text: string } | { ok: false; problem: string };

function reason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : 'unknown error');
}

export function cannotBeRead(file: string, error: unknown): string {
  return `${file}: cannot be read (${reason(error)}).`;
}

/** Reads `file`; messages call it `name` (the path as the user wrote it, when `file` is where it leads). */
export function readDataFile(file: string, name = file, maxBytes = maxDataFileBytes): DataFileText {
  let fd: number | undefined;
  try {
    // Checked before opening: opening a FIFO for reading waits for a writer.
    if (!fs.statSync(file).isFile()) return { ok: false, problem: `${name}: is not a regular file; it was not read.` };
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) return { ok: false, problem: tooLarge(name, maxBytes) };
    // Read in chunks up to one byte past the limit: files in /proc report a size of 0 whatever they hold.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - length));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maxBytes) return { ok: false, problem: tooLarge(name, maxBytes) };
    }
    return { ok: true, text: Buffer.concat(chunks, length).toString('utf8') };
  } catch (error) {
    return { ok: false, problem: cannotBeRead(name, error) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function tooLarge(file: string, maxBytes: number): string {
  const limit = maxBytes === maxDataFileBytes ? maxDataFileText : `${maxBytes} bytes`;
  return `${file}: is larger than ${limit}, the limit for a settings or catalog file; it was not read.`;
}

/** True when `file`, after following symbolic links, lies in `folder` or below it. */
export function liesInside(file: string, folder: string): boolean {
  let realFile: string;
  let realFolder: string;
  try {
    realFile = fs.realpathSync(file);
    realFolder = fs.realpathSync(folder);
  } catch {
    return false;
  }
  const relative = path.relative(realFolder, realFile);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
