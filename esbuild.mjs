// Bundles the client, the server and the CLI into dist/. `--watch` rebuilds on change,
// `--production` minifies (used by `npm run package`).
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
};

// The server and the CLI open no network connections: Node's network modules resolve to a shim that
// throws (vscode-jsonrpc imports `net` only for socket and pipe transports, which stdio and IPC never
// use). Not for the client, which runs inside VS Code.
const networkModules = /^(node:)?(net|http|https|http2|dns|tls|dgram)$/;
const noNetwork = {
  name: 'no-network',
  setup(build) {
    build.onResolve({ filter: networkModules }, () => ({ path: path.resolve('server/src/node/no-network.ts') }));
  },
};

const builds = [
  // `vscode` is provided by the editor at run time.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [noNetwork] },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [noNetwork] },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
