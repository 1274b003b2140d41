// The rows measured through the protocol over stdio, against the bundled server: a keystroke's
// diagnostics (pull and push) in letters of each shape, cold start, memory with 100 letters open, and
// very large documents with another request sent meanwhile.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median, p95 } from './stats.mjs';
import { startServer, within } from './lsp.mjs';

const limit = 60_000;

/**
 * Types one character at `place` and deletes it again (so the text keeps its size), timing each edit
 * from didChange to its diagnostics: the pull answered (pull), or the publishDiagnostics of that version
 * (push, a client without pull).
 */
export async function timedEdit(server, uri, { pull, version, place }) {
  const typed = version % 2 === 0;
  const at = { line: place.line, character: place.character };
  const change = typed
    ? { range: { start: at, end: at }, text: 'x' }
    : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
  const started = performance.now();
  if (pull) {
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await within(server.pull(uri), limit, 'pull after edit');
  } else {
    const published = server.nextNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version);
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await within(published, limit, 'push after edit');
  }
  return performance.now() - started;
}

/** Opens the letter and waits for its first diagnostics. */
export async function openAndWait(server, uri, text, pull) {
  if (pull) {
    await server.open(uri, text);
    await within(server.pull(uri), limit, 'first pull');
  } else {
    const first = server.nextNotification('textDocument/publishDiagnostics', (p) => p.uri === uri);
    await server.open(uri, text);
    await within(first, limit, 'first push');
  }
}

export const pullOrPush = (pull) => (pull ? 'pull' : 'push');

/**
 * One-character edits → diagnostics in each letter, at each place (item, summary, header), pull and
 * push. The places take turns edit by edit, so the rows of one letter are measured side by side.
 * `letters`: { label, text, places, limitMs, rounds } — a round types and deletes once at every place.
 */
export async function editRows(serverPath, letters) {
  const rows = [];
  for (const letter of letters) {
    for (const pull of [true, false]) {
      const server = startServer(serverPath);
      try {
        await server.initialize({ pull });
        const uri = 'file:///bench/edited-letter.imr';
        await openAndWait(server, uri, letter.text, pull);
        let version = 1;
        const times = letter.places.map(() => []);
        const warmup = 3;
        for (let round = 0; round < warmup + letter.rounds; round++) {
          for (let p = 0; p < letter.places.length; p++) {
            for (let k = 0; k < 2; k++) {
              const t = await timedEdit(server, uri, { pull, version: ++version, place: letter.places[p] });
              if (round >= warmup) times[p].push(t);
            }
          }
        }
        letter.places.forEach((place, p) => {
          rows.push({
            what: `keystroke ${place.where} → diagnostics, ${pullOrPush(pull)}: ${letter.label}`,
            median: median(times[p]),
            p95: p95(times[p]),
            target: `p95 ≤ ${letter.limitMs} ms`,
            ratio: `${times[p].length} edits over stdio`,
            pass: p95(times[p]) <= letter.limitMs,
          });
        });
      } finally {
        await server.stop();
      }
    }
  }
  return rows;
}

export async function coldStartRows(serverPath, letterText) {
  const initialized = [];
  const firstDiagnostics = [];
  const floor = [];
  for (let i = 0; i < 12; i++) {
    const server = startServer(serverPath);
    await within(server.initialize({ pull: true }), limit, 'initialize');
    const initAt = performance.now();
    await server.open('file:///bench/first.imr', letterText);
    await within(server.pull('file:///bench/first.imr'), limit, 'first diagnostics');
    const diagAt = performance.now();
    await server.stop();
    // The floor, in the same loop: Node itself, started and ended with nothing to do.
    const bare = await bareNodeStart();
    // The first two starts warm the disk cache and are not counted.
    if (i < 2) continue;
    initialized.push(initAt - server.spawnedAt);
    firstDiagnostics.push(diagAt - server.spawnedAt);
    floor.push(bare);
  }
  const floorNote = `floor: \`node -e ""\` spawn → exit, median ${median(floor).toFixed(0)} ms`;
  return [
    { what: 'cold start: spawn `server.js --stdio` → `initialize` answered', median: median(initialized), p95: p95(initialized), target: '≤ 100 ms', ratio: `${initialized.length} starts; judged on median; ${floorNote}`, pass: median(initialized) <= 100 },
    { what: 'cold start: spawn → first diagnostics of a letter (pull)', median: median(firstDiagnostics), p95: p95(firstDiagnostics), target: '≤ 150 ms', ratio: `${firstDiagnostics.length} starts; judged on median; ${floorNote}`, pass: median(firstDiagnostics) <= 150 },
  ];
}

/** Milliseconds from spawning a Node process that does nothing to its exit: what any Node server starts from. */
function bareNodeStart() {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
  });
}

/** VmRSS in MB of a Node process that does nothing, and how much of it is mapped files (Node's own binary). */
async function bareNodeMemory() {
  // It says when it has started (its script ran), and waits on stdin until told to end.
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("ready"); process.stdin.resume()'], { stdio: ['pipe', 'pipe', 'ignore'] });
  await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.once('data', resolve);
  });
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  child.stdin.end();
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, file: kb('RssFile') / 1024 };
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
  const bare = await bareNodeMemory();
  return {
    what: `server memory (VmRSS) with 100 letters open and their diagnostics pulled`,
    median: rss.map((v) => v),
    p95: undefined,
    unit: 'MB',
    target: '≤ 60 MB',
    ratio: `3 servers: ${rss.map((v) => v.toFixed(1)).join(', ')} MB (idle after initialize ${median(idle).toFixed(1)} MB); floor: a Node process that does nothing, ${bare.rss.toFixed(1)} MB, ${bare.file.toFixed(1)} MB of it Node's own binary mapped in`,
    pass: Math.max(...rss) <= 60,
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
