import { request } from 'node:http';
import type { AddressInfo } from 'node:net';

import express, { type RequestHandler } from 'express';

/** What a client saw: a status, or the network error that replaced the answer. */
export type Outcome = { status: number; body: string } | { error: string };

/** Test-only: an app with `gate` before one route that counts how often it really ran. */
export async function startGatedApp(gate: RequestHandler) {
  const executed = { count: 0 };
  const app = express();
  app.use(gate);
  app.post('/work', express.text({ type: () => true }), (_req, res) => {
    executed.count += 1;
    res.json({ done: executed.count });
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}/work`, executed, close };
}

/** One POST on a fresh connection (no keep-alive), so a reset affects only this request. */
export function call(url: string, timeoutMs = 5_000): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: error.code ?? error.message }),
    );
    req.end('{"x":1}');
  });
}

export const statusOf = (outcome: Outcome): number | string =>
  'status' in outcome ? outcome.status : outcome.error;
