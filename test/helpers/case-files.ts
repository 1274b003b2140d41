// The shared letters, one file per case: the seeds, then each real case once — its draft where there is one
// (the draft and the raw text of a case are the same letter). `npm run catalog:learn` learns from exactly
// these files and the agreement test measures on them, so both read them through this one function.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function caseFiles(lettersDir: string): string[] {
  const files: string[] = [];
  const seeds = path.join(lettersDir, 'seeds');
  if (fs.existsSync(seeds)) for (const name of fs.readdirSync(seeds).sort()) files.push(path.join(seeds, name));
  const names = new Set<string>();
  for (const sub of ['draft', 'raw']) {
    const dir = path.join(lettersDir, 'real', sub);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (names.has(name)) continue;
      names.add(name);
      files.push(path.join(dir, name));
    }
  }
  return files;
}
