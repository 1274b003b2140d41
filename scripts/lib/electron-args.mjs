// Reads the Electron-style command line that @vscode/test-electron's runTests gives "VS Code": the flags the
// harness needs are kept, Electron-only ones (--no-sandbox, --disable-gpu-sandbox, --skip-welcome, ...) are
// accepted and ignored, and positional arguments are the folders or files to open.
const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);

export function parseElectronArgs(argv) {
  const parsed = { extensionDevelopmentPath: [], extensionTestsPath: undefined, userDataDir: undefined,
    extensionsDir: undefined, paths: [], ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!VALUE_FLAGS.has(name)) {
      parsed.ignored.push(arg);
      continue;
    }
    let value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (name === 'extensionDevelopmentPath') parsed.extensionDevelopmentPath.push(value);
    else if (name === 'extensionTestsPath') parsed.extensionTestsPath = value;
    else if (name === 'user-data-dir') parsed.userDataDir = value;
    else parsed.extensionsDir = value;
  }
  return parsed;
}
