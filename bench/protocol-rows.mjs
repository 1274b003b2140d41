// The rows measured through the protocol over stdio, against the bundled server: an edit's
// diagnostics (pull and push), cold start, memory with 100 letters open, and very large documents
// with another request sent meanwhile.
import { performance } from 'node:perf_hooks';
import { median, p95, sampleAsync } from './stats.mjs';
import { startServer, within } from './lsp.mjs';

const limit = 60_000;

export async function editRows(serverPath, longText) {
  const rows = [];
  const lines = longText.split('\n').length;
  for (const pull of [true, false]) {
    const server = startServer(serverPath);
    await server.initialize({ pull });
    const uri = 'file:///bench/long-letter.imr';
    if (pull) {
      await server.open(uri, longText);
      await server.pull(uri);
    } else {
      const first = server.nextNotification('textDocument/publishDiagnostics', (p) => p.uri === uri);
      await server.open(uri, longText);
      await first;
    }
    // Type a character in the middle of the letter, then delete it: the text stays the same size.
    const line = Math.floor(lines / 2);
    let version = 1;
    const times = await sampleAsync(async () => {
      version++;
      const typed = version % 2 === 0;
      const change = typed
        ? { range: { start: { line, character: 5 }, end: { line, character: 5 } }, text: 'x' }
        : { range: { start: { line, character: 5 }, end: { line, character: 6 } }, text: '' };
      const v = version;
      const started = performance.now();
      if (pull) {
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
        await within(server.pull(uri), limit, 'pull after edit');
      } else {
        const published = server.nextNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === v);
        server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
        await within(published, limit, 'push after edit');
      }
      return performance.now() - started;
    }, { warmup: 20, reps: 100 });
    await server.stop();
    rows.push({
      what: `one-character edit in a ${lines}-line letter → diagnostics, ${pull ? 'pull (didChange, then textDocument/diagnostic answered)' : 'push (didChange → publishDiagnostics of that version; client without pull)'}`,
      median: median(times),
      p95: p95(times),
      target: 'p95 ≤ 15 ms',
      ratio: `${times.length} edits over stdio`,
      pass: p95(times) <= 15,
    });
  }
  return rows;
}

export async function coldStartRows(serverPath, letterText) {
  const initialized = [];
  const firstDiagnostics = [];
  for (let i = 0; i < 12; i++) {
    const server = startServer(serverPath);
    await within(server.initialize({ pull: true }), limit, 'initialize');
    const initAt = performance.now();
    await server.open('file:///bench/first.imr', letterText);
    await within(server.pull('file:///bench/first.imr'), limit, 'first diagnostics');
    const diagAt = performance.now();
    await server.stop();
    // The first two starts warm the disk cache and are not counted.
    if (i < 2) continue;
    initialized.push(initAt - server.spawnedAt);
    firstDiagnostics.push(diagAt - server.spawnedAt);
  }
  return [
    { what: 'cold start: spawn `server.js --stdio` → `initialize` answered', median: median(initialized), p95: p95(initialized), target: '≤ 150 ms', ratio: `${initialized.length} starts; judged on median`, pass: median(initialized) <= 150 },
    { what: 'cold start: spawn → first diagnostics of a letter (pull)', median: median(firstDiagnostics), p95: p95(firstDiagnostics), target: '≤ 250 ms', ratio: `${firstDiagnostics.length} starts; judged on median`, pass: median(firstDiagnostics) <= 250 },
  ];
}

export async function memoryRow(serverPath, letters) {
  const rss = [];
  let idle = [];
  for (let run = 0; run < 3; run++) {
    const server = startServer(serverPath);
    await server.initialize({ pull: true });
    idle.push(server.rssMB());
    for (let i = 0; i < 100; i++) {
      const uri = `file:///bench/open/${i}.imr`;
      await server.open(uri, letters[i % letters.length].text);
      await within(server.pull(uri), limit, 'pull');
    }
    rss.push(server.rssMB());
    await server.stop();
  }
  return {
    what: `server memory (VmRSS) with 100 letters open and their diagnostics pulled`,
    median: rss.map((v) => v),
    p95: undefined,
    unit: 'MB',
    target: '≤ 80 MB',
    ratio: `3 servers: ${rss.map((v) => v.toFixed(1)).join(', ')} MB (idle after initialize ${median(idle).toFixed(1)} MB)`,
    pass: Math.max(...rss) <= 80,
  };
}

/** A huge document validated (didOpen → pull answered) while a documentSymbol request on a small one waits. */
export async function largeDocumentRow(serverPath, label, bigText, smallText, inProcessMs) {
  const server = startServer(serverPath);
  await server.initialize({ pull: true });
  const small = 'file:///bench/small.imr';
  await server.open(small, smallText);
  await server.pull(small);
  const validated = [];
  const other = [];
  let otherFirst = 0;
  let failure;
  for (let i = 0; i < 5; i++) {
    const uri = `file:///bench/big-${i}.imr`;
    const started = performance.now();
    let diagAt = 0;
    let otherAt = 0;
    server.open(uri, bigText);
    const diag = server.pull(uri).then(() => (diagAt = performance.now()));
    const symbols = server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } }).then(() => (otherAt = performance.now()));
    try {
      await within(Promise.all([diag, symbols]), limit, label);
    } catch (error) {
      failure = error.message;
      break;
    }
    validated.push(diagAt - started);
    other.push(otherAt - started);
    if (otherAt < diagAt) otherFirst++;
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  if (failure) await server.kill();
  else await server.stop();
  const meanwhile = otherFirst === validated.length && validated.length > 0;
  return {
    what: `${label}: didOpen → textDocument/diagnostic answered; documentSymbol on a small letter sent meanwhile`,
    median: median(validated),
    p95: p95(validated),
    target: '≤ 200 ms; other requests answered meanwhile',
    ratio: failure
      ? failure
      : `engine alone ${inProcessMs.toFixed(0)} ms; the other request answered after ${median(other).toFixed(0)} ms, ${meanwhile ? 'before' : `after the validation in ${validated.length - otherFirst} of ${validated.length}`}`,
    pass: !failure && median(validated) <= 200 && meanwhile,
  };
}
