// The package version, read at run time from the package.json above this file (dist/server.js and
// dist/cli.js sit one folder below it). Not imported: tsc would copy package.json into its output folder.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function packageVersion(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
        if (parsed.name === 'imr-author' && typeof parsed.version === 'string') return parsed.version;
      } catch {
        // Not ours or not readable: keep looking further up.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}
