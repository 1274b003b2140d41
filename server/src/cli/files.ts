// Command-line inputs -> the letters to check: files as given, directories walked for *.imr and
// *.txt, globs matched by glob.ts, `-` for standard input. Paths are reported as the user wrote them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './errors';
import { globBase, globToRegExp, isGlob } from './glob';

export const stdinPath = '-';
const letterExtensions = ['.imr', '.txt'];

/** Folders a walk never enters: dependencies and hidden folders (.git, .vscode …). */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Every file below `dir`, sorted, as `prefix` + the path relative to `dir` with `/` separators. */
function walk(dir: string, prefix: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new CliError(`${prefix || dir}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const shown = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) walk(full, `${shown}/`, out);
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) {
      // Symbolic links to folders are not followed, so a walk cannot loop.
      out.push(shown);
    }
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isLetterFile(p: string): boolean {
  return letterExtensions.includes(path.extname(p).toLowerCase());
}

function directoryLetters(dir: string): string[] {
  const all: string[] = [];
  const prefix = dir.endsWith('/') || dir.endsWith(path.sep) ? dir : `${dir}/`;
  walk(dir, prefix, all);
  return all.filter(isLetterFile);
}

function globMatches(pattern: string): string[] {
  const normal = path.sep === '\\' ? pattern.replace(/\\/g, '/') : pattern;
  const { base, prefix } = globBase(normal);
  if (!fs.existsSync(base)) return [];
  const candidates: string[] = [];
  walk(base, prefix, candidates);
  const re = globToRegExp(normal);
  return candidates.filter((c) => re.test(c));
}

/**
 * The paths to check, in order, each once. Throws CliError for an input that names nothing — a
 * folder without letters and a glob without matches alike, as eslint does — and for a pipe or device.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = p === stdinPath ? p : path.resolve(p);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };
  for (const input of inputs) {
    if (input === stdinPath) {
      add(input);
      continue;
    }
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(input);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const letters = directoryLetters(input);
      if (letters.length === 0) throw new CliError(`${input}: no letters found (a folder is searched for *.imr and *.txt files).`);
      letters.forEach(add);
    } else if (stat?.isFile()) add(input);
    // A pipe or device would be waited on, or read without end.
    else if (stat) throw new CliError(`${input}: not a regular file; imr-lint reads files, folders and globs only.`);
    else if (isGlob(input)) {
      const matches = globMatches(input);
      if (matches.length === 0) throw new CliError(`${input}: no letters found (nothing matches).`);
      matches.forEach(add);
    } else throw new CliError(`${input}: no such file or directory.`);
  }
  return out;
}
