// Starts code-server in a process group of its own and stops the whole group. Closing the browser does not
// stop the extension host or the language server (code-server keeps them for a reconnection grace), so
// killing the group is the only reliable way to leave nothing behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { ensureCodeServer } from './code-server-install.mjs';
import { runToExit } from './run-to-exit.mjs';

const LISTENING = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//;
// The marketplace is unreachable on these machines; code-server says so repeatedly.
const NOISE = /open-vsx\.org|ENOTFOUND|getaddrinfo/;

// User settings that keep the workbench quiet and deterministic: no welcome page, no trust prompt, no
// update or marketplace checks (the network is closed anyway).
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  // The tests edit fixture files and revert them; a save in between (code-server may save on its own
  // while a busy machine delays the test) would change the repository's files.
  'files.autoSave': 'off',
};

/**
 * The directories one code-server instance uses: its own user data and extensions, and XDG homes in a
 * temporary folder, so it never reads or writes the user's ~/.config or ~/.local.
 */
export function profileDirs({ userDataDir, extensionsDir, xdgRoot }) {
  const dirs = {
    userDataDir,
    extensionsDir,
    xdgConfig: path.join(xdgRoot, 'config'),
    xdgData: path.join(xdgRoot, 'data'),
    xdgCache: path.join(xdgRoot, 'cache'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify(USER_SETTINGS, null, 2) + '\n');
  return dirs;
}

export function codeServerEnv(dirs) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
  };
}

/** Runs a code-server CLI command (e.g. --install-extension) to completion with the profile's directories. */
export async function runCodeServerCli(dirs, args) {
  const entry = await ensureCodeServer();
  return runToExit(process.execPath, [entry, '--extensions-dir', dirs.extensionsDir,
    '--user-data-dir', dirs.userDataDir, ...args], { env: codeServerEnv(dirs) });
}

/**
 * Starts code-server on a free port of 127.0.0.1 with `folder` open. Resolves once it reports that its HTTP
 * server listens (an event on its log, no polling). `onLog` receives its log lines, marketplace noise removed.
 */
export async function startCodeServer({ dirs, folder, onLog = () => {} }) {
  const entry = await ensureCodeServer();
  const args = [entry,
    '--bind-addr', '127.0.0.1:0', '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
    folder];
  const child = spawn(process.execPath, args, {
    env: codeServerEnv(dirs), detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  const url = await new Promise((resolve, reject) => {
    const onLine = (line) => {
      const match = LISTENING.exec(line);
      if (match) resolve(match[1]);
      if (!NOISE.test(line)) onLog(line);
    };
    readline.createInterface({ input: child.stdout }).on('line', onLine);
    readline.createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', reject);
    exited.then(({ code, signal }) => reject(new Error(`code-server exited before listening (${signal ?? `exit ${code}`})`)));
  });

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      killGroup(child.pid, 'SIGTERM');
      // A code-server that ignores SIGTERM is killed anyway, so stopping is bounded (well under 5 s).
      const escalate = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(escalate);
      // Extension hosts and language servers may outlive the main process briefly; nothing may survive.
      killGroup(child.pid, 'SIGKILL');
    })();
    return stopping;
  };
  return { url, pid: child.pid, exited, stop };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}
