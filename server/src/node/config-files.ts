// Finding and reading `.imrlintrc.json`, for the server and the CLI alike, so both apply the same
// settings. The file is parsed as JSON data, never run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJsonData } from '../catalog/json-data';
import { liesInside, readDataFile } from './data-file';

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

/**
 * The settings files for the server's workspace folders: the nearest `.imrlintrc.json` of each. One
 * found in a workspace folder must stay in it after following symbolic links (the workspace made it);
 * one found above the folders is the user's own.
 */
export function workspaceSettingsFiles(folders: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const folder of folders) {
    const file = findConfigFile(folder);
    if (file === undefined || files.includes(file)) continue;
    // Found by walking up from the folder: either in the folder itself or above it.
    if (path.dirname(file) === path.resolve(folder) && !liesInside(file, folder)) {
      problems.push(`${file}: leads outside ${folder}, the workspace folder it is in; it was not read.`);
      continue;
    }
    files.push(file);
  }
  return { files, problems: [...new Set(problems)] };
}

export function readConfigFile(file: string): ConfigFile {
  const read = readDataFile(file);
  if (!read.ok) return { path: file, problem: read.problem };
  const parsed = parseJsonData(read.text);
  if (!parsed.ok) return { path: file, problem: `${file}: ${parsed.problem}.` };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path: file, problem: `${file}: must hold a JSON object such as {"rules": {"phi-detected": "error"}}.` };
  }
  return { path: file, value: value as ConfigFile['value'] };
}

/** A catalog file to read, and the folders it must lie in. */
export interface CatalogRequest {
  /** Resolved to an absolute path, as named (before following links): for messages and file watching. */
  path: string;
  /**
   * Folders the file must lie in after following symbolic links. Undefined only for the user's own
   * settings, which may name any file.
   */
  within?: readonly string[];
  /** What named it, for the message that refuses it. */
  namedIn: string;
}

/**
 * Catalog files named by a settings file, resolved against the folder that holds it. They must lie
 * in that folder or below it: a settings file that came with a workspace reads only that workspace.
 */
export function catalogRequests(config: ConfigFile): { requests: CatalogRequest[]; problems: string[] } {
  const raw = config.value?.catalogs;
  if (raw === undefined) return { requests: [], problems: [] };
  if (!Array.isArray(raw) || raw.some((p) => typeof p !== 'string')) {
    return { requests: [], problems: [`${config.path}: "catalogs" must be a list of file paths.`] };
  }
  const base = path.dirname(config.path);
  return { requests: (raw as string[]).map((p) => ({ path: path.resolve(base, p), within: [base], namedIn: config.path })), problems: [] };
}

/**
 * Catalog files named in the editor's settings (`imr.catalog.paths`), relative to `base`. `within`
 * as in CatalogRequest: the workspace folders for a workspace's settings, undefined for the user's.
 */
export function editorCatalogRequests(value: unknown, where: string, base: string, within: readonly string[] | undefined): { requests: CatalogRequest[]; problems: string[] } {
  if (value === undefined || value === null) return { requests: [], problems: [] };
  if (!Array.isArray(value)) return { requests: [], problems: [`${where}: must be a list of file paths.`] };
  const requests: CatalogRequest[] = [];
  const problems: string[] = [];
  for (const p of value) {
    if (typeof p === 'string') requests.push({ path: path.resolve(base, p), within, namedIn: where });
    else problems.push(`${where}: every entry must be a file path.`);
  }
  return { requests, problems: [...new Set(problems)] };
}
