import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';

export interface WebhookReceiver {
  /** Base URL, e.g. http://127.0.0.1:PORT; post to `${url}/slack/…` or `${url}/teams/…`. */
  url: string;
  bodies: Record<string, unknown[]>;
  /** The status the receiver answers with from now on, per path prefix ('slack' / 'teams'). */
  answer(channel: string, status: number): void;
  close(): Promise<void>;
}

/** A local stand-in for Slack's and Teams' incoming-webhook endpoints. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const bodies: Record<string, unknown[]> = {};
  const statuses: Record<string, number> = {};
  const app = express();
  app.post('/:channel/*rest', express.json({ limit: '1mb' }), (req, res) => {
    const channel = String(req.params.channel);
    const status = statuses[channel] ?? 200;
    // Only successful deliveries count as received, like a real receiver that errored.
    if (status < 300) (bodies[channel] ??= []).push(req.body);
    res.status(status).send(status < 300 ? 'ok' : 'error');
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bodies,
    answer: (channel, status) => {
      statuses[channel] = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Node's keep-alive agent holds sockets open; end them so jest sees no open handle.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
