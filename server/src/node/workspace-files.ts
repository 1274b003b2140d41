// The `.imr` letters of the workspace folders on disk, for the server's workspace diagnostics and
// report. Nothing outside the folders is read: folders named by a symbolic link are not entered, a
// linked letter counts only when its target lies inside a workspace folder, and a file too large
// for a letter, not a regular file or not UTF-8 is skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** No letter comes near this; a file this large is something else named `.imr`. */
export const maxLetterBytes = 512 * 1024;
/** The most letters the workspace check looks at; a folder with more is not a folder of letters. */
export const maxWorkspaceLetters = 5000;

export function isLetterFile(file: string): boolean {
  return path.extname(file).toLowerCase() === '.imr';
}

/** Folders a walk never enters: dependencies and hidden folders (.git, .vscode …), as imr-lint. */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** The folders as real paths, so a file's real path can be compared with them. */
export async function realFolders(folders: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const folder of folders) {
    try {
      out.push(await fs.promises.realpath(folder));
    } catch {
      // A folder that is gone has no letters.
    }
  }
  return out;
}

export function insideFolders(realFile: string, folders: readonly string[]): boolean {
  return folders.some((folder) => {
    const relative = path.relative(folder, realFile);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  });
}

/** Every `.imr` file below the folders (absolute paths, sorted per folder), at most `limit`. */
export async function findLetterFiles(folders: readonly string[], limit = maxWorkspaceLetters): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (out.length >= limit) return;
      const full = path.join(dir, entry.name);
      // Folders reached through a symbolic link are not entered, so a walk cannot loop or leave.
      if (entry.isDirectory()) {
        if (!skipFolder(entry.name)) await walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isLetterFile(entry.name)) {
        out.push(full);
      }
    }
  };
  for (const folder of folders) await walk(folder);
  return out;
}

export type LetterRead = { text: string } | { skipped: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a letter inside `folders` (real paths); why it was skipped otherwise (no content quoted). */
export async function readWorkspaceLetter(file: string, folders: readonly string[], maxBytes = maxLetterBytes): Promise<LetterRead> {
  let real: string;
  try {
    real = await fs.promises.realpath(file);
  } catch {
    return { skipped: 'cannot be read' };
  }
  if (!insideFolders(real, folders)) return { skipped: 'outside the workspace folders' };
  let handle: fs.promises.FileHandle;
  try {
    // Non-blocking, so a pipe named `.imr` is refused by fstat rather than waited on.
    handle = await fs.promises.open(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    return { skipped: 'cannot be read' };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { skipped: 'not a regular file' };
    if (stat.size > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / 1024)} KB` };
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / 1024)} KB` };
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      return { skipped: 'not UTF-8' };
    }
  } catch {
    return { skipped: 'cannot be read' };
  } finally {
    await handle.close();
  }
}
