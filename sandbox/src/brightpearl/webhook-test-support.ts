import type { Server } from 'node:http';

import { WEBHOOK_BODY_TEMPLATE } from '@bpkc/shared-types';
import express from 'express';

import type { TestApi } from './test-support';

/** Test-only: a local endpoint that records webhook callbacks and answers as scripted. */
export interface ReceivedCallback {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A status to answer with, or 'reset' to drop the connection (a network error). */
export type ScriptedAnswer = number | 'reset';

export interface Receiver {
  /** Base URL, e.g. http://127.0.0.1:PORT */
  url: string;
  received: ReceivedCallback[];
  /** Answers for the next callbacks, in order; afterwards 200. */
  script(answers: ScriptedAnswer[]): void;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedCallback[] = [];
  let answers: ScriptedAnswer[] = [];
  const app = express();
  app.use(express.text({ type: () => true }));
  app.use((req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    received.push({ method: req.method, url: req.originalUrl, headers: req.headers, body });
    const answer = answers.shift() ?? 200;
    if (answer === 'reset') return void req.socket.destroy();
    res.status(answer).end();
  });
  const server = await new Promise<Server>((resolve) => {
    const started: Server = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script: (next) => {
      answers = [...next];
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Subscribes through the API with the canonical body template; returns the webhook id. */
export async function subscribe(
  api: TestApi,
  definition: { subscribeTo: string; uriTemplate: string } & Record<string, unknown>,
): Promise<number> {
  const res = await api.post('/integration-service/webhook', {
    httpMethod: 'POST',
    bodyTemplate: WEBHOOK_BODY_TEMPLATE,
    contentType: 'application/json',
    idSetAccepted: true,
    qualityOfService: 1,
    ...definition,
  });
  if (res.status !== 200) throw new Error(`subscribe failed: ${JSON.stringify(res.body)}`);
  return res.body.response as number;
}
