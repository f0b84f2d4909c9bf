import { editToken } from './admin-tokens';
import type { HostileCase, HostileContext } from './hostile-case';
import { exchange } from './raw-http';
import { signEvent } from './signing';

/**
 * How long a slow or idle connection may hold a socket before the companion cuts it: the
 * child's request timeout (HTTP_REQUEST_TIMEOUT_SECONDS=10, hostile-sims.ts) plus the server's
 * connection sweep (a tenth of the 5 s header timeout, at least 1 s: composition/listen.ts),
 * plus slack for a loaded machine. Node's defaults (300 s, swept every 30 s) would fail them all.
 */
export const CUT_WITHIN_MS = Number(process.env['HOSTILE_CUT_WITHIN_MS'] ?? 20_000);

/** A declared body over the limit is refused before it is read: an answer, not a timeout. */
const OVERSIZED_ANSWER_WITHIN_MS = 5_000;

function slow(
  name: string,
  bytes: (ctx: HostileContext) => Buffer,
  trickle: { chunk: number; everyMs: number },
): HostileCase {
  return {
    name: `slow: ${name}`,
    surface: 'slow',
    run: (ctx) => exchange(ctx.port, bytes(ctx), { timeoutMs: CUT_WITHIN_MS, trickle }),
    expect: { cut: true, withinMs: CUT_WITHIN_MS },
  };
}

const host = 'Host: 127.0.0.1\r\n';
const endless = (head: string) => Buffer.from(head + 'X-Slow: '.padEnd(100_000, 'a'));

export const slowCases = (): HostileCase[] => [
  slow(
    'slowloris headers on /healthz (1 byte a second)',
    () => endless(`GET /healthz HTTP/1.1\r\n${host}`),
    { chunk: 1, everyMs: 1000 },
  ),
  slow(
    'slowloris headers on the Kentico event URL',
    () => endless(`POST /webhooks/kentico HTTP/1.1\r\n${host}`),
    { chunk: 1, everyMs: 1000 },
  ),
  slow('connection opened, nothing sent', () => Buffer.alloc(0), { chunk: 1, everyMs: 1000 }),
  slow('request line only, then silence', () => Buffer.from(`GET /healthz HTTP/1.1\r\n`), {
    chunk: 100,
    everyMs: 10,
  }),
  slow(
    'slow body on the Kentico event URL',
    () =>
      Buffer.from(
        `POST /webhooks/kentico HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n${'{'.padEnd(60_000, ' ')}`,
      ),
    { chunk: 2, everyMs: 1000 },
  ),
  slow(
    'slow body on the Brightpearl webhook URL',
    (ctx) =>
      Buffer.from(
        `POST ${ctx.webhookPath} HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 60000\r\n\r\n${'{'.padEnd(60_000, ' ')}`,
      ),
    { chunk: 2, everyMs: 1000 },
  ),
  slow(
    'slow body on the admin API',
    (ctx) => {
      const auth = editToken(ctx).authorization;
      return Buffer.from(
        `PUT /api/v1/mappings HTTP/1.1\r\n${host}Authorization: ${auth}\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n${'{'.padEnd(60_000, ' ')}`,
      );
    },
    { chunk: 2, everyMs: 1000 },
  ),
  slow(
    'body promised, never sent',
    () => Buffer.from(`POST /webhooks/kentico HTTP/1.1\r\n${host}Content-Length: 100\r\n\r\n`),
    { chunk: 10_000, everyMs: 10 },
  ),
];

/**
 * A body declared far over the limit, then silence: answered 413 at once (http/declared-size.ts),
 * not after the request timeout (body-parser alone drains a refused body before answering).
 */
function oversized(name: string, head: (ctx: HostileContext) => string): HostileCase {
  return {
    name: `oversized: ${name}`,
    surface: 'slow',
    run: (ctx) =>
      exchange(
        ctx.port,
        Buffer.from(
          `${head(ctx)}\r\n${host}Content-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n{`,
        ),
        { timeoutMs: OVERSIZED_ANSWER_WITHIN_MS },
      ),
    expect: { status: [413] },
  };
}

export const oversizedCases = (): HostileCase[] => [
  oversized(
    'Content-Length 10^11 on the Brightpearl webhook URL',
    (ctx) => `POST ${ctx.webhookPath} HTTP/1.1`,
  ),
  oversized(
    'Content-Length 10^11 on the admin API with an edit token',
    (ctx) => `PUT /api/v1/mappings HTTP/1.1\r\nAuthorization: ${editToken(ctx).authorization}`,
  ),
  oversized('Content-Length 10^11 on a signed Kentico event', (ctx) => {
    const signed = signEvent(ctx.kenticoSecret, '{');
    return `POST /webhooks/kentico HTTP/1.1\r\nX-Bpconnect-Signature: ${signed['x-bpconnect-signature']}\r\nX-Bpconnect-Timestamp: ${signed['x-bpconnect-timestamp']}`;
  }),
];
