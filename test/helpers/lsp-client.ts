// The one stdio LSP client of the repository: spawns `node <server> --stdio` and speaks JSON-RPC to it,
// answering what the server asks of a simple editor. The protocol tests (test/lsp) import it compiled
// (out/); the bench (bench/lsp.mjs) bundles it with esbuild from this source, so both measure and test
// through the same code. It imports only Node, vscode-jsonrpc and repo-root.ts (for dist/server.js,
// which the bench never asks for: it passes the server it built).
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { repoRoot } from './repo-root';

export interface ServerUnderTest {
  connection: MessageConnection;
  process: ChildProcess;
  /** When the process was spawned (performance.now()), for the bench's cold-start rows. */
  spawnedAt: number;
  /** Notifications received, by method, in order. */
  notifications: Map<string, unknown[]>;
  /** What the server gets back when it asks for the `imr` settings (workspace/configuration). */
  configuration: unknown;
  /** Resolves with the next notification of `method` whose params satisfy `accept`. */
  nextNotification<T>(method: string, accept?: (params: T) => boolean): Promise<T>;
  /** initialize and initialized, with pull diagnostics or without (a push-only client). */
  initialize(options: { pull: boolean }): Promise<unknown>;
  open(uri: string, text: string, version?: number): Promise<void>;
  /** textDocument/diagnostic for `uri`. */
  pull(uri: string): Promise<unknown>;
  /** Resident set size of the server process, in MB, from /proc (Linux). */
  rssMB(): number;
  /** shutdown and exit; the process is killed if the connection is gone. */
  stop(): Promise<void>;
  /** SIGKILL, resolving when the process has exited. */
  kill(): Promise<void>;
}

/** `serverPath`: the bundled server; dist/server.js of the repository when absent. */
export function startServer(serverPath = path.join(repoRoot(), 'dist', 'server.js')): ServerUnderTest {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  // Read and dropped unless a test listens: a full pipe would stall the server.
  child.stderr!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications = new Map<string, unknown[]>();
  const waiters: { method: string; accept: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  connection.onNotification((method, params) => {
    const list = notifications.get(method) ?? [];
    list.push(params);
    notifications.set(method, list);
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.method === method && w.accept(params)) {
        waiters.splice(i, 1);
        i--;
        w.resolve(params);
      }
    }
  });
  // Requests the server makes of the client: answer as a simple editor would.
  const state = { configuration: null as unknown };
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => state.configuration));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  return {
    get configuration() {
      return state.configuration;
    },
    set configuration(value: unknown) {
      state.configuration = value;
    },
    connection,
    process: child,
    spawnedAt,
    notifications,
    nextNotification<T>(method: string, accept: (params: T) => boolean = () => true): Promise<T> {
      return new Promise<T>((resolve) => waiters.push({ method, accept: accept as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void }));
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
    rssMB() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
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
