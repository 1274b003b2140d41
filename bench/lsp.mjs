// A minimal LSP client over stdio for the protocol rows: spawns the server, answers what it asks of
// the client, and resolves promises on the notifications the rows wait for.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import * as fs from 'node:fs';
import rpc from 'vscode-jsonrpc/node.js';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = rpc;

export function startServer(serverPath) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.resume();
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  connection.onNotification((method, params) => {
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.method === method && w.accept(params)) {
        waiters.splice(i--, 1);
        w.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    spawnedAt,
    child,
    connection,
    next(method, accept = () => true) {
      return new Promise((resolve) => waiters.push({ method, accept, resolve }));
    },
    async initialize({ pull }) {
      const result = await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: pull ? { textDocument: { diagnostic: { dynamicRegistration: false } } } : {},
      });
      await connection.sendNotification('initialized', {});
      return result;
    },
    open(uri, text, version = 1) {
      return connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr', version, text } });
    },
    pull(uri) {
      return connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    },
    /** Resident set size of the server process, in MB, from /proc. */
    rssMB() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      await exited;
      connection.dispose();
    },
    kill() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

/** `promise`, or a rejection after `limitMs` — so a pathological input ends the row instead of the bench. */
export function within(promise, limitMs, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${limitMs} ms`)), limitMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
