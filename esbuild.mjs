// Bundles the client, the server and the CLI into dist/. `--watch` rebuilds on change,
// `--production` minifies (used by `npm run package`). bench/build.mjs bundles the server and the CLI
// with `serverPlugins` too, so the benchmark measures what ships.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

// The server and the CLI open no network connections: Node's network modules resolve to a shim that
// throws (vscode-jsonrpc imports `net` only for socket and pipe transports, which stdio and IPC never
// use). Not for the client, which runs inside VS Code.
const networkModules = /^(node:)?(net|http|https|http2|dns|tls|dgram)$/;
const noNetwork = {
  name: 'no-network',
  setup(build) {
    build.onResolve({ filter: networkModules }, () => ({ path: path.join(root, 'server/src/node/no-network.ts') }));
  },
};

// Start-up: vscode-jsonrpc and vscode-languageserver require `crypto` (for a pipe name) and
// `child_process` (to find globally installed modules) when they load, and the server uses neither on
// stdio or IPC; loading them costs the cold start several milliseconds. Their `require` gets a stand-in
// that loads the real module on the first property read. Only for those two packages, which read
// properties (`crypto_1.randomBytes`); our own code gets the real modules.
const lazyModules = /^(node:)?(crypto|child_process)$/;
const lazyImporters = /node_modules[\\/]vscode-(jsonrpc|languageserver)[\\/]/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: lazyModules }, (args) => {
      if (args.namespace === 'lazy-builtin') return { path: args.path, external: true };
      if (!lazyImporters.test(args.importer)) return undefined;
      return { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:${args.path}'))[key] });\n`,
      loader: 'js',
    }));
  },
};

// Start-up: the catalog data (data/*.json, some 250 KB) is bundled as `JSON.parse('…')` rather than as
// object literals, which V8 parses several times more slowly and keeps as boilerplate afterwards.
const jsonData = /[\\/]server[\\/]src[\\/].*\.json$/;
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: jsonData }, (args) => {
      const text = JSON.stringify(JSON.parse(fs.readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});\n`, loader: 'js' };
    });
  },
};

// Memory and start-up: esbuild escapes non-ASCII characters in strings but not in regular expression
// literals, and one `•` in a pattern makes V8 hold the whole bundle's source (which it keeps for lazy
// compilation) as a two-byte string: twice the memory, and slower to scan. The written bundle gets
// `\uXXXX` for each such character, which means the same in a pattern, a string or a comment.
// Sourcemap columns shift on the few lines that had one.
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length > 0 || !file) return;
      const out = path.resolve(build.initialOptions.absWorkingDir ?? process.cwd(), file);
      const text = fs.readFileSync(out, 'utf8');
      // eslint-disable-next-line no-control-regex -- every character outside ASCII, one code unit at a time
      const escaped = text.replace(/[^\x00-\x7f]/g, (c, at) => {
        if (text[at - 1] === '\\') throw new Error(`${file}: a non-ASCII character follows a backslash at ${at}; it cannot be escaped`);
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      });
      if (escaped !== text) fs.writeFileSync(out, escaped);
    });
  },
};

/** The plugins the server and CLI bundles are built with. */
export const serverPlugins = [noNetwork, lazyBuiltins, jsonAsParse, asciiOutput];

async function main() {
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
    absWorkingDir: root,
  };
  const builds = [
    // `vscode` is provided by the editor at run time.
    { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
    { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: serverPlugins },
    { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: serverPlugins },
  ];
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
  }
}

// Run as a script (`node esbuild.mjs`), not when the bench imports the plugins.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
