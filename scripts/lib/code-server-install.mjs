// Installs code-server (the real VS Code server and web workbench) into `.vscode-test/code-server/` on first
// use. Idempotent: a marker written after a complete install makes later calls return at once.
//
// A plain `npm install code-server` fails on these machines in three ways (../shared/E2E.md), each handled here:
//  1. the `kerberos` native module needs Debian's libkrb5-dev (checked up front with a clear message);
//  2. @vscode/ripgrep's postinstall downloads `rg` from GitHub: we pre-fill its download cache in $TMPDIR with a
//     tarball made from Debian's /usr/bin/rg, which the postinstall reads before trying the network;
//  3. node-pty's postinstall runs `npx node-gyp`, which `npm_config_yes=false` cancels: we set it to true, and
//     pass --unsafe-perm when running as root so lifecycle scripts keep their permissions.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_VERSION, codeServerPrefix } from './paths.mjs';

const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';
const markerFile = path.join(codeServerPrefix, `.installed-${CODE_SERVER_VERSION}`);

/** Absolute path of the code-server launcher script. */
export const codeServerBin = path.join(codeServerPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function log(message) {
  process.stderr.write(`[code-server] ${message}\n`);
}

function ripgrepTarget() {
  const arch = process.env.npm_config_arch || os.arch();
  if (arch === 'x64') return 'x86_64-unknown-linux-musl';
  if (arch === 'arm64') return 'aarch64-unknown-linux-musl';
  throw new Error(`no ripgrep cache recipe for architecture ${arch}`);
}

function which(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function checkPrerequisites() {
  const missing = [];
  const rg = which('rg');
  if (!rg) missing.push('ripgrep');
  const krb5 = spawnSync('sh', ['-c', 'command -v krb5-config || test -e /usr/include/gssapi/gssapi.h'], { stdio: 'ignore' });
  if (krb5.status !== 0) missing.push('libkrb5-dev');
  if (missing.length > 0) {
    throw new Error(`code-server needs Debian packages that are not installed: ${missing.join(' ')}\n` +
      `  install them with: apt-get install -y ${missing.join(' ')}   (or run .ci/run, which does it)`);
  }
  return rg;
}

/** Places a tarball holding Debian's `rg` where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache(rgPath, tmpDir) {
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP_ASSET_VERSION}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(tmpDir, 'rg-staging-'));
  try {
    fs.copyFileSync(rgPath, path.join(staging, 'rg'));
    fs.chmodSync(path.join(staging, 'rg'), 0o755);
    const tar = spawnSync('tar', ['czf', tarball, '-C', staging, 'rg'], { stdio: 'inherit' });
    if (tar.status !== 0) throw new Error(`tar failed to write ${tarball}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  log(`seeded ripgrep cache ${tarball} from ${rgPath}`);
}

function runNpmInstall(tmpDir) {
  const args = ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'];
  if (process.getuid?.() === 0) args.push('--unsafe-perm');
  const env = { ...process.env, npm_config_yes: 'true', TMPDIR: tmpDir };
  // npm run sets these for the outer project; they would redirect the nested install.
  for (const key of Object.keys(env)) {
    if (/^npm_(package|lifecycle)_/.test(key) || key === 'npm_config_prefix' || key === 'INIT_CWD') delete env[key];
  }
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: codeServerPrefix, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (${signal ?? `exit ${code}`}); ` +
        `see the npm output above. Delete ${codeServerPrefix} and retry after fixing the cause.`));
    });
  });
}

/** Installs code-server when missing; returns the path of its entry script (run with `node`). */
export async function ensureCodeServer() {
  if (fs.existsSync(markerFile) && fs.existsSync(codeServerBin)) return codeServerBin;
  const rgPath = checkPrerequisites();
  const tmpDir = os.tmpdir();
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerPrefix} (first use; about 70 s on 2 cores)...`);
  fs.mkdirSync(codeServerPrefix, { recursive: true });
  const manifest = path.join(codeServerPrefix, 'package.json');
  if (!fs.existsSync(manifest)) {
    fs.writeFileSync(manifest, JSON.stringify({ name: 'imr-author-code-server', private: true }, null, 2) + '\n');
  }
  seedRipgrepCache(rgPath, tmpDir);
  await runNpmInstall(tmpDir);
  if (!fs.existsSync(codeServerBin)) {
    throw new Error(`npm reported success but ${codeServerBin} is missing`);
  }
  fs.writeFileSync(markerFile, `${new Date().toISOString()}\n`);
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerBin;
}
