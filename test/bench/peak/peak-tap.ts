import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { KenticoEvent } from '@bpkc/shared-types';

/**
 * Sits between Kentico's outbox and the balancer, noting when each `order.created` event was
 * first accepted (a 2xx, i.e. stored durably by a companion): the start of the order's
 * accepted → Brightpearl latency. Everything is forwarded unchanged.
 */
export interface EventTap {
  readonly url: string;
  /** Kentico order GUID → epoch ms of the first 2xx to its `order.created`. */
  readonly acceptedAt: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);

export async function startEventTap(target: () => string): Promise<EventTap> {
  const acceptedAt = new Map<string, number>();
  const server = createServer((req, res) => {
    void relay(req, res).catch(() => {
      // The target was unreachable: a 502, which the outbox retries like any outage.
      if (!res.headersSent) res.writeHead(502).end();
    });
  });

  const relay = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (entry): entry is [string, string] =>
          !HOP_BY_HOP.has(entry[0]) && typeof entry[1] === 'string',
      ),
    );
    const answer = await fetch(new URL(req.url ?? '/', target()), {
      method: req.method ?? 'POST',
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = Buffer.from(await answer.arrayBuffer());
    if (answer.ok) noteAccepted(body, acceptedAt);
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' });
    res.end(text);
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    acceptedAt,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Only the first acceptance counts: a redelivered event was already on its way. */
function noteAccepted(body: Buffer, acceptedAt: Map<string, number>): void {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return;
  }
  const event = KenticoEvent.safeParse(json);
  if (!event.success || event.data.type !== 'order.created') return;
  if (!acceptedAt.has(event.data.objectGuid)) acceptedAt.set(event.data.objectGuid, Date.now());
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
