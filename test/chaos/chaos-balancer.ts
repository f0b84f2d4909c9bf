import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';

/**
 * The load balancer in front of the companion instances, as App Service's front end is: both
 * simulators call this one address (Kentico's outbox, Brightpearl's webhooks), and each request
 * goes to the next instance that is up. A request no instance accepts gets a 502, which both
 * senders retry, as they would a real outage.
 */
export interface Balancer {
  readonly url: string;
  /** Requests no instance could take (every one was down at that moment). */
  readonly unrouted: number;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export async function startBalancer(targets: () => readonly string[]): Promise<Balancer> {
  let next = 0;
  let unrouted = 0;
  const server = createServer((req, res) => {
    void route(req, res);
  });

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const urls = targets();
    for (let tried = 0; tried < urls.length; tried++) {
      const target = urls[(next + tried) % urls.length]!;
      const answer = await forward(target, { req, body }).catch(() => undefined);
      if (!answer) continue; // refused or reset: that instance is down, try the next one
      next = (next + tried + 1) % Math.max(1, urls.length);
      res.writeHead(answer.status, endToEnd(answer.headers));
      res.end(answer.body);
      return;
    }
    unrouted += 1;
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('no companion instance is up');
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get unrouted() {
      return unrouted;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The answer is re-sent whole: hop-by-hop headers of the upstream connection do not apply. */
function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const rest = { ...headers };
  for (const name of ['connection', 'transfer-encoding', 'keep-alive']) delete rest[name];
  return rest;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** One attempt at one instance; rejects when it cannot be reached or dies mid-answer. */
function forward(target: string, input: { req: IncomingMessage; body: Buffer }): Promise<Answer> {
  const url = new URL(input.req.url ?? '/', target);
  return new Promise((resolve, reject) => {
    const upstream = request(
      url,
      {
        method: input.req.method,
        headers: { ...input.req.headers, host: url.host, connection: 'close' },
        timeout: 30_000,
      },
      (answer) => {
        readBody(answer).then(
          (body) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body }),
          reject,
        );
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('error', reject);
    upstream.end(input.body);
  });
}
