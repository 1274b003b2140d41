// A JSON-RPC client for the protocol tests: spawns `node dist/server.js --stdio` and speaks LSP to it.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { repoRoot } from './repo-root';

export interface ServerUnderTest {
  connection: MessageConnection;
  process: ChildProcess;
  /** Notifications received, by method, in order. */
  notifications: Map<string, unknown[]>;
  /** What the server gets back when it asks for the `imr` settings (workspace/configuration). */
  configuration: unknown;
  /** Resolves with the next notification of `method` whose params satisfy `accept`. */
  nextNotification<T>(method: string, accept?: (params: T) => boolean): Promise<T>;
  stop(): Promise<void>;
}

export function startServer(): ServerUnderTest {
  const child = spawn(process.execPath, [path.join(repoRoot(), 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
    notifications,
    nextNotification<T>(method: string, accept: (params: T) => boolean = () => true): Promise<T> {
      return new Promise<T>((resolve) => waiters.push({ method, accept: accept as (p: unknown) => boolean, resolve: resolve as (p: unknown) => void }));
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      await exited;
      connection.dispose();
    },
  };
}
