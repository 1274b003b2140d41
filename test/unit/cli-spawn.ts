// Runs the bundled CLI (`node dist/cli.js`, built by `npm run build`) as a user would, and makes
// throw-away folders with copies of the CLI's own fixture letters (test/fixtures/cli).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repo-root';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export const cliPath = path.join(repoRoot(), 'dist', 'cli.js');
export const cliFixtures = path.join(repoRoot(), 'test', 'fixtures', 'cli');

/**
 * `timeout` (ms) guards a test whose bug would be a CLI that waits forever: the run is killed and the
 * test fails with ETIMEDOUT instead of hanging. It is never a measure of speed.
 */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; uid?: number; gid?: number; timeout?: number } = {}): CliRun {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? repoRoot(),
    input: options.input ?? '',
    encoding: 'utf8',
    // NO_COLOR keeps output plain even if a test runner hands down a terminal.
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    uid: options.uid,
    gid: options.gid,
    timeout: options.timeout,
  };
  const result = spawnSync(process.execPath, [cliPath, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(cliFixtures, name), 'utf8');
}

/** A fresh temporary folder holding `files` (relative path -> text); removed by the caller. */
export function tempFolder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-lint-test-'));
  for (const [name, text] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
  return dir;
}

export function assertBuilt(): void {
  if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first.`);
}
