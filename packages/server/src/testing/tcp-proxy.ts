import { type AddressInfo, createServer, connect as netConnect, type Socket } from 'node:net';

/**
 * A TCP proxy on a free port of 127.0.0.1 in front of a server (PostgreSQL), that a test can cut: an outage of that
 * server for whoever goes through the proxy, and for no one else (the shared PostgreSQL cluster keeps running).
 */
export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** Connections refused while cut. */
  readonly refused: number;
  /** Resets every connection passing through, and refuses new ones until `restore()`; resolves once all are closed. */
  cut(): Promise<void>;
  /** Lets connections through again. */
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  let isCut = false;
  let refused = 0;
  const server = createServer((client) => {
    if (isCut) {
      // A TCP reset at once, as a server that is down answers (ECONNRESET for the caller, never a wait).
      refused++;
      client.resetAndDestroy();
      return;
    }
    const upstream = netConnect(target.port, target.host);
    const pair = { client, upstream };
    pairs.add(pair);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', () => {
      end();
      pairs.delete(pair);
    });
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  /** Ends every connection passing through (with a TCP reset for the caller, as a server that died) and waits. */
  const dropAll = async (reset: boolean) => {
    const closed = [...pairs].map(
      ({ upstream }) => new Promise<void>((resolve) => (upstream.closed ? resolve() : upstream.once('close', resolve))),
    );
    for (const { client, upstream } of pairs) {
      if (reset) client.resetAndDestroy();
      else client.destroy();
      upstream.destroy();
    }
    await Promise.all(closed);
  };
  return {
    port,
    get refused() {
      return refused;
    },
    async cut() {
      isCut = true;
      await dropAll(true);
    },
    restore() {
      isCut = false;
    },
    async close() {
      isCut = true;
      await dropAll(false);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A PostgreSQL URL with its host and port replaced by the proxy's. */
export function throughProxy(url: string, proxy: TcpProxy): string {
  const via = new URL(url);
  via.hostname = '127.0.0.1';
  via.port = String(proxy.port);
  return via.toString();
}
