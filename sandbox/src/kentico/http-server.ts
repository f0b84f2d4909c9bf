import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Express } from 'express';

export interface Listening {
  /** Base URL including the bridge base path. */
  url: string;
  close(): Promise<void>;
}

export function listenOn(app: Express, where: { port: number; host: string; basePath: string }) {
  return new Promise<Listening & { server: Server }>((resolve, reject) => {
    const server = app.listen(where.port, where.host, (error?: Error) => {
      if (error) return reject(error);
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${where.host}:${port}${where.basePath}`,
        close: () => closeServer(server),
      });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    // Keep-alive sockets from the companion's HTTP agent would otherwise hold close() open.
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
