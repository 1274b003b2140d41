// The custom protocol is declared once (server/src/protocol.ts): no other source names an `imr/`
// method, and the client's bundle takes nothing of the server but that module.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './repo-root';
import * as protocol from '../../server/src/protocol';

const root = repoRoot();

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('protocol: the custom requests and notifications, declared once', () => {
  it('every message is an imr/ method, each named once', () => {
    const methods = Object.values(protocol).map((m) => (m as { method: string }).method);
    assert.ok(methods.length >= 7);
    for (const m of methods) assert.match(m, /^imr\/[a-zA-Z]+$/);
    assert.equal(new Set(methods).size, methods.length);
  });

  it('no other module of the client or the server writes an imr/ method name', () => {
    const protocolFile = path.join('server', 'src', 'protocol.ts');
    const offenders = [...sources('client/src'), ...sources('server/src')]
      .filter((f) => f !== protocolFile)
      .filter((f) => /['"`]imr\/[a-zA-Z]/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it("the client's bundle takes only protocol.ts from the server's sources", async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['client/src/extension.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const fromServer = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('server/'));
    assert.deepEqual(fromServer, ['server/src/protocol.ts']);
  });
});
