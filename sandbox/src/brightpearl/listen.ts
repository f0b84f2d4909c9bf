import type { Server } from 'node:http';

import type { Express } from 'express';

export interface RunningSimulator {
  /** The API base a client uses, e.g. `http://127.0.0.1:PORT/public-api/sandbox`. */
  url: string;
  close(): Promise<void>;
}

export function listen(
  app: Express,
  { port, host, accountCode }: { port: number; host: string; accountCode: string },
): Promise<{ url: string; server: Server }> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, host, (error?: Error) => {
      if (error) return reject(error);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://${host}:${actualPort}/public-api/${accountCode}`, server });
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
