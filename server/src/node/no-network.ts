// Stands in for Node's network modules (net, http, https, dns, tls, dgram) in the server and CLI
// bundles (esbuild.mjs aliases them here). IMR Author reads letters that carry patients' medical
// details, so it opens no network connection of any kind. vscode-jsonrpc's node entry imports `net`
// for its socket and named-pipe transports; the server runs over stdio or IPC, which never use it,
// so this shim keeps the bundles free of network code and fails loudly if anything ever reaches it.

export const noNetworkMessage = 'IMR Author opens no network connections';

function refuse(): never {
  throw new Error(noNetworkMessage);
}

/** Marks a bundle so tests can see these modules resolved to this file. */
export const imrNoNetworkShim = true;

export const createServer = refuse;
export const createConnection = refuse;
export const connect = refuse;
export const request = refuse;
export const get = refuse;
export const lookup = refuse;
export const resolve = refuse;
export const createSocket = refuse;
export class Socket {
  constructor() {
    refuse();
  }
}
export class Server {
  constructor() {
    refuse();
  }
}
export class Agent {
  constructor() {
    refuse();
  }
}
