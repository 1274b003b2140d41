// Security and privacy: the server and the CLI open no network connections, catalog files are data
// (JSON) and never code, and the manifest says truthfully how the extension behaves in restricted
// and virtual workspaces. The bundle checks read dist/, which `npm test` builds before the unit tests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './repo-root';
import { builtinCatalog, mergeCatalogs } from '../../server/src/catalog';
import * as noNetwork from '../../server/src/node/no-network';

const root = repoRoot();
const bundles = ['dist/server.js', 'dist/cli.js'];
const networkModules = ['net', 'http', 'https', 'http2', 'dns', 'tls', 'dgram'];

function bundleText(relative: string): string {
  const file = path.join(root, relative);
  assert.ok(fs.existsSync(file), `${relative} is missing: run \`npm run build\` first`);
  return fs.readFileSync(file, 'utf8');
}

describe('security: no network in the server and CLI bundles', () => {
  for (const bundle of bundles) {
    it(`${bundle} loads none of ${networkModules.join(', ')}`, () => {
      const text = bundleText(bundle);
      for (const name of networkModules) {
        const loads = new RegExp(`(require|import)\\s*\\(\\s*["'\`](node:)?${name}["'\`]\\s*\\)|from\\s*["'\`](node:)?${name}["'\`]`);
        assert.doesNotMatch(text, loads, `${bundle} loads the "${name}" module`);
      }
    });

    it(`${bundle} uses no fetch, XMLHttpRequest or WebSocket`, () => {
      const text = bundleText(bundle);
      assert.doesNotMatch(text, /\bfetch\s*\(/, `${bundle} calls fetch`);
      assert.doesNotMatch(text, /\bXMLHttpRequest\b/, `${bundle} mentions XMLHttpRequest`);
      assert.doesNotMatch(text, /\bWebSocket\b/, `${bundle} mentions WebSocket`);
    });
  }

  it("resolves vscode-jsonrpc's `net` import to the shim that refuses connections", () => {
    // vscode-jsonrpc/node imports `net` for its socket and pipe transports, so the server bundle
    // must hold the shim in its place; the shim's message survives minification.
    assert.ok(bundleText('dist/server.js').includes(noNetwork.noNetworkMessage), 'the no-network shim is not in dist/server.js');
  });

  it('the shim throws a clear message for every entry point', () => {
    const calls: [string, () => unknown][] = [
      ['createServer', () => noNetwork.createServer()],
      ['createConnection', () => noNetwork.createConnection()],
      ['connect', () => noNetwork.connect()],
      ['request', () => noNetwork.request()],
      ['get', () => noNetwork.get()],
      ['lookup', () => noNetwork.lookup()],
      ['resolve', () => noNetwork.resolve()],
      ['createSocket', () => noNetwork.createSocket()],
      ['new Socket', () => new noNetwork.Socket()],
      ['new Server', () => new noNetwork.Server()],
      ['new Agent', () => new noNetwork.Agent()],
    ];
    for (const [name, call] of calls) assert.throws(call, { message: 'IMR Author opens no network connections' }, name);
  });

  it('esbuild.mjs gives the shim to the server and CLI builds only, not to the client', () => {
    const config = fs.readFileSync(path.join(root, 'esbuild.mjs'), 'utf8');
    const buildLine = (entry: string) => config.split('\n').find((l) => l.includes(`entryPoints: ['${entry}']`)) ?? '';
    assert.match(config, /const serverPlugins = \[noNetwork\b/);
    assert.match(buildLine('server/src/server.ts'), /plugins: serverPlugins\b/);
    assert.match(buildLine('server/src/cli/main.ts'), /plugins: serverPlugins\b/);
    assert.doesNotMatch(buildLine('client/src/extension.ts'), /noNetwork|serverPlugins/, 'the client runs inside VS Code and keeps its own modules');
  });
});

describe('security: catalog files are JSON data, never code', () => {
  const global = globalThis as { imrCatalogRan?: boolean };
  afterEach(() => delete global.imrCatalogRan);

  const codeFiles = [
    { name: 'script.imr-catalog.json', text: 'globalThis.imrCatalogRan = true; ({ "source": "x" })' },
    { name: 'module.imr-catalog.json', text: 'module.exports = (globalThis.imrCatalogRan = true, { source: "x" });' },
    { name: 'iife.imr-catalog.json', text: '(() => { globalThis.imrCatalogRan = true; return {}; })()' },
    { name: 'unquoted.imr-catalog.json', text: '{ source: "x", drugs: [] }' },
  ];
  for (const file of codeFiles) {
    it(`rejects ${file.name} as invalid JSON without running it`, () => {
      const merged = mergeCatalogs(builtinCatalog, [file]);
      assert.equal(global.imrCatalogRan, undefined, 'the file was executed');
      assert.equal(merged.problems.length, 1);
      assert.equal(merged.problems[0].file, file.name);
      assert.match(merged.problems[0].message, new RegExp(`^${file.name.replace(/\./g, '\\.')}: is not valid JSON`));
      assert.equal(merged.catalog.data.drugs.length, builtinCatalog.data.drugs.length, 'nothing of the file was merged');
    });
  }

  it('the server and engine sources never evaluate code or load modules by a computed name', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.ts')) {
          const text = fs.readFileSync(file, 'utf8');
          if (/\beval\s*\(|\bnew\s+Function\s*\(|\brequire\s*\(|\bimport\s*\(|['"](node:)?vm['"]/.test(text)) offenders.push(path.relative(root, file));
        }
      }
    };
    walk(path.join(root, 'server', 'src'));
    assert.deepEqual(offenders, []);
  });
});

describe('security: workspace trust and virtual workspaces', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    capabilities?: {
      untrustedWorkspaces?: { supported?: unknown; description?: unknown };
      virtualWorkspaces?: { supported?: unknown; description?: unknown };
    };
  };

  it('declares capabilities.untrustedWorkspaces', () => {
    const declared = manifest.capabilities?.untrustedWorkspaces;
    assert.ok(declared, 'capabilities.untrustedWorkspaces is missing');
    assert.ok([true, false, 'limited'].includes(declared.supported as never), `supported is ${JSON.stringify(declared.supported)}`);
    // The extension runs no workspace code (catalogs are JSON data), so it works untrusted, reading less.
    if (declared.supported !== true) assert.equal(typeof declared.description, 'string', 'a limited or unsupported mode needs a description');
  });

  it("is limited in an untrusted workspace: the workspace's catalog paths are restricted, and the README says what is ignored", () => {
    const declared = manifest.capabilities?.untrustedWorkspaces as { supported?: unknown; restrictedConfigurations?: unknown; description?: unknown };
    assert.equal(declared.supported, 'limited');
    assert.deepEqual(declared.restrictedConfigurations, ['imr.catalog.paths']);
    assert.match(String(declared.description), /\.imrlintrc\.json/);
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.match(readme, /In\s+an untrusted workspace[^.]*ignores the workspace's `\.imrlintrc\.json` and\s+its `imr\.catalog\.paths`/);
  });

  it('declares capabilities.virtualWorkspaces', () => {
    const declared = manifest.capabilities?.virtualWorkspaces;
    assert.ok(declared, 'capabilities.virtualWorkspaces is missing');
    assert.ok([true, false, 'limited'].includes(declared.supported as never), `supported is ${JSON.stringify(declared.supported)}`);
    if (declared.supported !== true) assert.equal(typeof declared.description, 'string', 'a limited or unsupported mode needs a description');
  });
});
