// Compiled tests run from <outDir>/test/unit, so the repository is found by walking up to the
// folder that holds package.json rather than by a fixed relative path; when the output folder lies
// outside the repository (tsc --outDir /tmp/...), the walk starts again from the working directory.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function repoRoot(): string {
  return findUp(__dirname) ?? findUp(process.cwd()) ?? fail();
}

function fail(): never {
  throw new Error(`no imr-author package.json above ${__dirname} or ${process.cwd()}`);
}

function findUp(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (isExtensionRoot(dir)) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}

function isExtensionRoot(dir: string): boolean {
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) {
    return false;
  }
  const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown };
  return parsed.name === 'imr-author';
}
