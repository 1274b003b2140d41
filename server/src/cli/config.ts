// The settings each letter is checked with: `--config <file>` when given, else the nearest
// `.imrlintrc.json` above the letter (above the working directory for standard input) — found and
// loaded by the same node/load-config.ts the server uses. Each settings file is read once per run.
import * as path from 'node:path';
import { builtinCatalog, type Catalog } from '../catalog';
import { findConfigFile } from '../node/config-files';
import { loadConfig } from '../node/load-config';
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
    const loaded = loadConfig({ settingsFiles: [file] });
    // A settings or catalog file that cannot be used at all: nothing sensible to check with.
    const unusable = loaded.problems.find((p) => p.fileUnusable);
    if (unusable) throw new CliError(unusable.message);
    for (const p of loaded.problems) this.warn(p.message);
    return { settings: loaded.settings, catalog: loaded.catalog };
  }
}
