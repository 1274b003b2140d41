// The settings and catalog a letter is checked with, loaded the same way for the server and the CLI:
// settings files (`.imrlintrc.json`), then the editor's settings over them; the catalogs both name,
// read from disk within their bounds and merged over the built-in catalog. One set of messages, each
// naming the file and never quoting its content.
import * as fs from 'node:fs';
import { builtinCatalog, mergeCatalogs, type Catalog } from '../catalog';
import { checkSettings, type SettingsInput } from '../rules/settings';
import type { EngineSettings } from '../rules/types';
import { catalogRequests, readConfigFile, type CatalogRequest } from './config-files';
import { cannotBeRead, liesInside, readDataFile } from './data-file';

export interface ConfigProblem {
  message: string;
  /**
   * A file the configuration names could not be used at all (missing, unreadable, refused, or a
   * settings file that is not a JSON object): imr-lint stops, the server warns and carries on
   * without it. Other problems (a bad value, a catalog that is not valid) are warnings for both.
   */
  fileUnusable: boolean;
}

export interface ConfigInputs {
  /** `.imrlintrc.json` files, later ones overriding earlier ones. */
  settingsFiles?: readonly string[];
  /** The editor's `imr.rules` and `imr.profile`, over the settings files. */
  editorSettings?: { where: string; value: SettingsInput | undefined };
  /** Catalogs the editor's settings name, after those of the settings files. */
  editorCatalogs?: readonly CatalogRequest[];
}

export interface LoadedConfig {
  settings: EngineSettings;
  catalog: Catalog;
  /** The settings and catalog files read or refused, as named and as found: a change to one means reloading. */
  files: string[];
  problems: ConfigProblem[];
}

export function loadConfig(inputs: ConfigInputs): LoadedConfig {
  const problems: ConfigProblem[] = [];
  const warn = (message: string) => problems.push({ message, fileUnusable: false });
  const unusable = (message: string) => problems.push({ message, fileUnusable: true });
  const settingsInputs: { where: string; value: SettingsInput | undefined }[] = [];
  const requests: CatalogRequest[] = [];
  const files: string[] = [];
  for (const file of inputs.settingsFiles ?? []) {
    files.push(file);
    const config = readConfigFile(file);
    if (config.problem) unusable(config.problem);
    settingsInputs.push({ where: file, value: config.value });
    const named = catalogRequests(config);
    requests.push(...named.requests);
    named.problems.forEach(warn);
  }
  if (inputs.editorSettings) settingsInputs.push(inputs.editorSettings);
  requests.push(...(inputs.editorCatalogs ?? []));
  const checked = checkSettings(settingsInputs);
  checked.problems.forEach(warn);

  const texts: { name: string; text: string }[] = [];
  for (const request of requests) {
    files.push(request.path);
    const text = readCatalog(request, files);
    if (text.ok) texts.push({ name: request.path, text: text.text });
    else unusable(text.problem);
  }
  const merged = mergeCatalogs(builtinCatalog, texts);
  for (const p of merged.problems) warn(p.message);
  return { settings: checked.settings, catalog: merged.catalog, files, problems };
}

function readCatalog(request: CatalogRequest, files: string[]): { ok: true; text: string } | { ok: false; problem: string } {
  let real: string;
  try {
    real = fs.realpathSync(request.path);
  } catch (error) {
    return { ok: false, problem: cannotBeRead(request.path, error) };
  }
  if (real !== request.path) files.push(real);
  if (request.within && !request.within.some((folder) => liesInside(real, folder))) {
    const where = request.within.length > 0 ? `is outside ${request.within.join(' and ')}` : 'is not in a workspace folder';
    return { ok: false, problem: `${request.path}: ${where}, the only place ${request.namedIn} may name a catalog; it was not read.` };
  }
  // The resolved path, so a link changed after the check still reads what was checked.
  return readDataFile(real, request.path);
}
