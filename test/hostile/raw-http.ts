import { connect } from 'node:net';

/** What came back: a status (and headers), or how the connection ended without one. */
export interface Outcome {
  status?: number;
  headers: Record<string, string>;
  /** The server closed (or reset) the connection without a status line. */
  closed: boolean;
  /** No answer and no close within the time allowed. */
  timedOut: boolean;
  ms: number;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Bytes sent as they are instead of a request built from the fields above. */
  raw?: Buffer | string;
}

/** Builds the request bytes by hand, so malformed framing reaches the server unchanged. */
export function encodeRequest(request: RawRequest, host: string): Buffer {
  if (request.raw !== undefined) return Buffer.from(request.raw);
  const body =
    request.body === undefined ? Buffer.alloc(0) : Buffer.from(request.body as string | Buffer);
  const headers: Record<string, string> = {
    host,
    connection: 'close',
    ...(request.body === undefined ? {} : { 'content-length': String(body.length) }),
    ...request.headers,
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return Buffer.concat([
    Buffer.from(`${request.method} ${request.path} HTTP/1.1\r\n${head}\r\n`),
    body,
  ]);
}

/** One exchange over a fresh socket; the answer's status line and headers are parsed. */
export function exchange(
  port: number,
  bytes: Buffer,
  options: { timeoutMs?: number; trickle?: { chunk: number; everyMs: number } } = {},
): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    let trickleTimer: NodeJS.Timeout | undefined;
    const finish = (timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(trickleTimer);
      socket.destroy();
      resolve({ ...parseHead(Buffer.concat(chunks)), timedOut, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish(true), options.timeoutMs ?? 10_000);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      // A whole head is enough: the status and headers are what the cases judge.
      if (Buffer.concat(chunks).includes('\r\n\r\n') && !options.trickle) finish(false);
      if (options.trickle && chunks.length > 0) finish(false);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    socket.on('connect', () => {
      if (!options.trickle) {
        socket.write(bytes);
        return;
      }
      let at = 0;
      const { chunk, everyMs } = options.trickle;
      trickleTimer = setInterval(() => {
        if (at >= bytes.length || socket.destroyed) return;
        socket.write(bytes.subarray(at, at + chunk));
        at += chunk;
      }, everyMs);
    });
  });
}

function parseHead(data: Buffer): Omit<Outcome, 'timedOut' | 'ms'> {
  const text = data.toString('latin1');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  if (!match) return { headers: {}, closed: true };
  const headers: Record<string, string> = {};
  for (const line of text.split('\r\n\r\n')[0]!.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(match[1]), headers, closed: false };
}
