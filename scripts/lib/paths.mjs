// Where the harness keeps its files. Everything lives under `.vscode-test/` (ignored by git) so a
// fresh clone stays clean and `rm -rf .vscode-test` resets the editor completely.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const testRoot = path.join(repoRoot, '.vscode-test');
export const codeServerPrefix = path.join(testRoot, 'code-server');
export const CODE_SERVER_VERSION = '4.100.3';
export const chromiumPath = process.env.IMR_CHROMIUM ?? '/usr/bin/chromium';
