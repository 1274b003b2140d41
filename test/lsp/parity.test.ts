// The CLI and the language server must agree: over every fixture letter (test/fixtures) and every
// real letter in ../shared/letters (read in place, never copied), the diagnostics of one
// `imr-lint --format json` run equal the server's pull diagnostics — rule ids, ranges, severities
// and messages. Both run with default settings: the CLI is given an empty settings file, the server
// no workspace folder, so no .imrlintrc.json on disk can tilt either side.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, type ServerUnderTest } from '../helpers/lsp-client';
import { repoRoot } from '../helpers/repo-root';

interface Position {
  line: number;
  character: number;
}

interface Compared {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: Position; end: Position };
}

interface CliReport {
  files: { path: string; diagnostics: Compared[] }[];
}

interface ServerDiagnostic {
  code: string;
  severity: number;
  message: string;
  range: { start: Position; end: Position };
}

const severityName: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

describe('CLI and language server parity', () => {
  const root = repoRoot();
  const sharedLetters = path.join(root, '..', 'shared', 'letters');
  let server: ServerUnderTest;
  let emptyConfigDir: string;

  before(() => {
    for (const built of ['cli.js', 'server.js']) {
      if (!fs.existsSync(path.join(root, 'dist', built))) throw new Error(`dist/${built} is missing: run \`npm run build\` first.`);
    }
    emptyConfigDir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-parity-'));
    fs.writeFileSync(path.join(emptyConfigDir, 'defaults.json'), '{}');
  });
  after(async () => {
    fs.rmSync(emptyConfigDir, { recursive: true, force: true });
    await server?.stop();
  });

  it('reports the same diagnostics for every fixture and shared letter', async () => {
    const inputs = [path.join('test', 'fixtures')];
    if (fs.existsSync(sharedLetters)) inputs.push(path.relative(root, sharedLetters));
    else console.log(`    note: ${sharedLetters} is absent; comparing the fixtures only.`);

    const cli = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), '--format', 'json', '--config', path.join(emptyConfigDir, 'defaults.json'), ...inputs], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.ok(cli.status === 0 || cli.status === 1, `imr-lint exit ${cli.status}: ${cli.stderr}`);
    const report = JSON.parse(cli.stdout) as CliReport;
    assert.ok(report.files.length > 0, 'there are letters to compare');
    assert.ok(report.files.some((f) => f.diagnostics.length > 0), 'some letters have findings, so the comparison means something');

    server = startServer();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    await server.connection.sendNotification('initialized', {});

    const fromServer = await Promise.all(
      report.files.map(async (file) => {
        const uri = pathToFileURL(path.resolve(root, file.path)).href;
        const text = fs.readFileSync(path.resolve(root, file.path), 'utf8');
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version: 1, text } });
        const pulled = await server.connection.sendRequest<{ items: ServerDiagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        return pulled.items.map(
          (d): Compared => ({ ruleId: d.code, severity: severityName[d.severity], message: d.message, range: { start: d.range.start, end: d.range.end } }),
        );
      }),
    );

    report.files.forEach((file, i) => assert.deepEqual(file.diagnostics, fromServer[i], `diagnostics of ${file.path}`));
  });
});
