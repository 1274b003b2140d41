// A letter's bytes, read without waiting on anything that is not a file, and its text only when
// the bytes are UTF-8: a letter in another encoding would be checked as replacement characters and,
// with --fix, written back with them in place of its accented letters.
import * as fs from 'node:fs';
import { errorCode, FileFailure } from './errors';

/** The bytes of `file`. A pipe or device is refused at once, never read (a read could wait forever). */
export function readLetterBytes(file: string): Buffer {
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe nobody writes to returns at once; fstat then refuses it.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new FileFailure(`${file}: cannot be read (${errorCode(error)}).`);
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new FileFailure(`${file}: not a regular file; imr-lint reads files only.`);
    return fs.readFileSync(fd);
  } catch (error) {
    if (error instanceof FileFailure) throw error;
    throw new FileFailure(`${file}: cannot be read (${errorCode(error)}).`);
  } finally {
    fs.closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of `bytes`, a byte order mark kept (as the editor keeps it); a FileFailure when not UTF-8. */
export function decodeLetter(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new FileFailure(`${name}: not UTF-8; convert it first. It was not checked or changed.`);
  }
}
