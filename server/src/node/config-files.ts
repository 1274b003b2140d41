// Reading `.imrlintrc.json` from disk, for the server and the CLI alike, so both apply the same
// settings. The only file I/O the engine's callers share; the file is parsed as JSON data, never run.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const configFileName = '.imrlintrc.json';

export interface ConfigFile {
  path: string;
  /** The parsed object, or undefined when the file could not be read or parsed. */
  value?: { rules?: unknown; profile?: unknown; catalogs?: unknown };
  problem?: string;
}

/** The nearest `.imrlintrc.json` in `dir` or a folder above it. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, configFileName);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export function readConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { path: file, problem: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
  }
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { path: file, problem: `${file}: must hold a JSON object such as {"rules": {"phi-detected": "error"}}.` };
    }
    return { path: file, value: value as ConfigFile['value'] };
  } catch (error) {
    return { path: file, problem: `${file}: is not valid JSON (${(error as Error).message}).` };
  }
}

/** Catalog files named by a config, resolved against the folder that holds it. */
export function catalogPaths(config: ConfigFile): { paths: string[]; problems: string[] } {
  const raw = config.value?.catalogs;
  if (raw === undefined) return { paths: [], problems: [] };
  if (!Array.isArray(raw) || raw.some((p) => typeof p !== 'string')) {
    return { paths: [], problems: [`${config.path}: "catalogs" must be a list of file paths.`] };
  }
  const base = path.dirname(config.path);
  return { paths: (raw as string[]).map((p) => path.resolve(base, p)), problems: [] };
}
