// Writes a file so that a reader (or a crash) never sees half of it: a temporary file beside the
// target, then a rename over it. The file's permission bits are kept.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomic(file: string, text: string): void {
  const mode = fs.statSync(file).mode & 0o7777;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.imr-lint.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: 'utf8', mode });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
