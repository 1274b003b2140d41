// A code-server with the packaged extension installed and a folder open: what `npm start` serves and what
// the workbench tests drive. The .vsix goes through code-server's own --install-extension, exactly as a
// user would install it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { profileDirs, runCodeServerCli, startCodeServer } from './code-server-process.mjs';
import { repoRoot } from './paths.mjs';
import { workbenchUrl } from './workbench.mjs';

/** The .vsix `npm run package` writes for the current version. */
export function packagedVsix() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
  return vsix;
}

/** Installs `vsix` into the profile's extensions dir; throws with code-server's output on failure. */
export async function installVsix(dirs, vsix) {
  const result = await runCodeServerCli(dirs, ['--install-extension', vsix, '--force']);
  if (result.code !== 0) throw new Error(`installing ${vsix} into code-server failed (exit ${result.code}):\n${result.output}`);
  return result.output;
}

export async function startServeSession({ vsix, folder, profileRoot, onLog }) {
  const xdgRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-code-server-xdg-'));
  const dirs = profileDirs({
    userDataDir: path.join(profileRoot, 'user-data'),
    extensionsDir: path.join(profileRoot, 'extensions'),
    xdgRoot,
  });
  let server;
  const stop = async () => {
    await server?.stop();
    fs.rmSync(xdgRoot, { recursive: true, force: true });
  };
  try {
    await installVsix(dirs, vsix);
    server = await startCodeServer({ dirs, folder, onLog });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: workbenchUrl(server.url, { folder }), server, dirs, stop };
}
