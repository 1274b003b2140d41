// The settings each letter is checked with: `--config <file>` when given, else the nearest
// `.imrlintrc.json` above the letter (above the working directory for standard input) — found and
// read by the same node/config-files.ts the server uses. Each settings file is read once per run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinCatalog, mergeCatalogs, type Catalog } from '../catalog';
import { catalogPaths, findConfigFile, readConfigFile } from '../node/config-files';
import { checkSettings } from '../rules/settings';
import { defaultSettings, type EngineSettings } from '../rules/types';
import { CliError } from './errors';

export interface LintConfig {
  settings: EngineSettings;
  catalog: Catalog;
}

const defaults: LintConfig = { settings: defaultSettings, catalog: builtinCatalog };

export class ConfigResolver {
  private readonly byFile = new Map<string, LintConfig>();
  private readonly fileByDir = new Map<string, string | undefined>();

  /** `warn` receives each settings problem once; they do not stop the run. */
  constructor(
    private readonly explicit: string | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  /** The configuration for a letter in `letterDir` (for standard input: the working directory). */
  forLetter(letterDir: string): LintConfig {
    const file = this.explicit ?? this.discover(path.resolve(letterDir));
    if (file === undefined) return defaults;
    let config = this.byFile.get(file);
    if (!config) {
      config = this.load(file);
      this.byFile.set(file, config);
    }
    return config;
  }

  private discover(dir: string): string | undefined {
    if (!this.fileByDir.has(dir)) this.fileByDir.set(dir, findConfigFile(dir));
    return this.fileByDir.get(dir);
  }

  private load(file: string): LintConfig {
    const read = readConfigFile(file);
    // Unreadable, not JSON, or not an object: nothing sensible to check with.
    if (read.problem || !read.value) throw new CliError(read.problem ?? `${file}: cannot be read.`);
    const checked = checkSettings([{ where: file, value: read.value }]);
    checked.problems.forEach(this.warn);
    const catalogs = catalogPaths(read);
    catalogs.problems.forEach(this.warn);
    return { settings: checked.settings, catalog: this.catalogFor(catalogs.paths) };
  }

  private catalogFor(paths: readonly string[]): Catalog {
    if (paths.length === 0) return builtinCatalog;
    const files = paths.map((p) => {
      try {
        // A byte order mark is not JSON; the settings file reader drops it too.
        return { name: p, text: fs.readFileSync(p, 'utf8').replace(/^\uFEFF/, '') };
      } catch (error) {
        throw new CliError(`${p}: catalog cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      }
    });
    // A catalog with problems is reported and left out; the others still apply.
    const merged = mergeCatalogs(builtinCatalog, files);
    merged.problems.forEach((p) => this.warn(p.message));
    return merged.catalog;
  }
}
