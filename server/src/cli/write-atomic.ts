// Writes a fixed letter back without changing what the file is. The link a user named is followed
// and its target written; the target keeps its mode and owner, and its inode when other hard links
// share it. A reader (or a crash) never sees half a file where a temporary file beside the target
// and a rename can be used; where they cannot (other hard links, a folder we may not write in, an
// owner we may not give the new file) the file is rewritten in place. A read-only file is refused,
// and so is a file whose bytes are no longer those that were read and fixed.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorCode, FileFailure } from './errors';

/** Replaces the content of `file`, read as `original`, with `text` (UTF-8). Throws FileFailure. */
export function writeBack(file: string, original: Uint8Array, text: string): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(file);
    stat = fs.statSync(target);
  } catch (error) {
    throw new FileFailure(`${file}: cannot be written (${errorCode(error)}); not changed.`);
  }
  if (!stat.isFile()) throw new FileFailure(`${file}: not a regular file; not changed.`);
  // Root may write any file, so the mode is asked as well: read-only is the owner's wish.
  if ((stat.mode & 0o222) === 0) throw new FileFailure(`${file}: read-only; not changed.`);
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch (error) {
    throw new FileFailure(`${file}: you may not write it (${errorCode(error)}); not changed.`);
  }
  const next = Buffer.from(text, 'utf8');
  const replaced = stat.nlink === 1 && replaceWithTemp(file, target, stat, original, next);
  if (!replaced) writeInPlace(file, target, original, next);
}

function changedOnDisk(file: string): FileFailure {
  return new FileFailure(`${file}: changed on disk while it was being fixed; not changed. Run imr-lint again.`);
}

function readNow(file: string, target: string): Buffer {
  try {
    return fs.readFileSync(target);
  } catch (error) {
    throw new FileFailure(`${file}: cannot be read again before writing (${errorCode(error)}); not changed.`);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done, done);
}

/** Codes for "not allowed here": the caller then writes in place instead. */
const notAllowed = new Set(['EACCES', 'EPERM']);

/**
 * A temporary file in the target's folder, given the target's owner and mode, then renamed over it.
 * False when this cannot be done without changing what the file is (so it is written in place).
 */
function replaceWithTemp(file: string, target: string, stat: fs.Stats, original: Uint8Array, next: Uint8Array): boolean {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.imr-lint.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
  } catch (error) {
    if (notAllowed.has(errorCode(error))) return false;
    throw new FileFailure(`${file}: cannot be written (${errorCode(error)}); not changed.`);
  }
  let renamed = false;
  try {
    writeAll(fd, next);
    const own = fs.fstatSync(fd);
    if (own.uid !== stat.uid || own.gid !== stat.gid) {
      try {
        fs.fchownSync(fd, stat.uid, stat.gid);
      } catch (error) {
        if (notAllowed.has(errorCode(error))) return false;
        throw error;
      }
    }
    // After the owner: a change of owner clears the set-id bits.
    fs.fchmodSync(fd, stat.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (!readNow(file, target).equals(original)) throw changedOnDisk(file);
    fs.renameSync(temp, target);
    renamed = true;
    return true;
  } catch (error) {
    if (error instanceof FileFailure) throw error;
    throw new FileFailure(`${file}: cannot be written (${errorCode(error)}); not changed.`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
    if (!renamed) fs.rmSync(temp, { force: true });
  }
}

/** The same inode rewritten: compared, written, truncated. On a failed write the old bytes are put back. */
function writeInPlace(file: string, target: string, original: Uint8Array, next: Uint8Array): void {
  let fd: number;
  try {
    fd = fs.openSync(target, 'r+');
  } catch (error) {
    throw new FileFailure(`${file}: cannot be written (${errorCode(error)}); not changed.`);
  }
  try {
    if (!fs.readFileSync(fd).equals(original)) throw changedOnDisk(file);
    try {
      writeAll(fd, next);
      fs.ftruncateSync(fd, next.length);
      fs.fsyncSync(fd);
    } catch (error) {
      // The old bytes fit where they were, so putting them back needs no more room than they had.
      try {
        writeAll(fd, original);
        fs.ftruncateSync(fd, original.length);
      } catch {
        throw new FileFailure(`${file}: writing failed (${errorCode(error)}) and the file could not be restored; check it.`);
      }
      throw new FileFailure(`${file}: cannot be written (${errorCode(error)}); not changed.`);
    }
  } catch (error) {
    if (error instanceof FileFailure) throw error;
    throw new FileFailure(`${file}: cannot be written (${errorCode(error)}); not changed.`);
  } finally {
    fs.closeSync(fd);
  }
}
