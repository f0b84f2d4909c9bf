import { type HostileCase, status } from './hostile-case';

function raw(
  name: string,
  bytes: (ctx: { webhookPath: string }) => string,
  codes: number[],
): HostileCase {
  return {
    name: `framing: ${name}`,
    surface: 'framing',
    request: (ctx) => ({ method: '', path: '', raw: bytes(ctx) }),
    expect: status(...codes),
  };
}

const H = 'Host: 127.0.0.1\r\nConnection: close\r\n';

export const framingCases = (): HostileCase[] => [
  raw('garbage request line', () => 'HELLO\r\n\r\n', [400]),
  raw('no Host header', () => 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n', [400]),
  raw('lowercase method', () => `get /healthz HTTP/1.1\r\n${H}\r\n`, [400]),
  raw('HTTP/2 preface on HTTP/1', () => 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', [400, 505]),
  raw('HTTP/3.0 version', () => `GET /healthz HTTP/3.0\r\n${H}\r\n`, [400, 505]),
  raw('NUL in the path', () => `GET /heal\u0000thz HTTP/1.1\r\n${H}\r\n`, [400]),
  raw('space in the path', () => `GET /heal thz HTTP/1.1\r\n${H}\r\n`, [400]),
  raw(
    'absolute-form URI to another host',
    () => `GET http://evil.example/healthz HTTP/1.1\r\n${H}\r\n`,
    [200, 400, 404],
  ),
  raw('obs-fold header', () => `GET /healthz HTTP/1.1\r\n${H}X-A: a\r\n b\r\n\r\n`, [400]),
  raw('header without colon', () => `GET /healthz HTTP/1.1\r\n${H}Broken\r\n\r\n`, [400]),
  raw(
    '80 KB header',
    () => `GET /healthz HTTP/1.1\r\n${H}X-Big: ${'b'.repeat(80_000)}\r\n\r\n`,
    [431],
  ),
  raw(
    '2000 headers',
    () => `GET /healthz HTTP/1.1\r\n${H}${'X-H: 1\r\n'.repeat(2000)}\r\n`,
    [200, 400, 431],
  ),
  raw(
    'Content-Length and Transfer-Encoding (smuggling)',
    () =>
      `POST /webhooks/kentico HTTP/1.1\r\n${H}Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    [400],
  ),
  raw(
    'two different Content-Lengths',
    () =>
      `POST /webhooks/kentico HTTP/1.1\r\n${H}Content-Length: 4\r\nContent-Length: 5\r\n\r\nabcde`,
    [400],
  ),
  raw(
    'negative Content-Length',
    () => `POST /webhooks/kentico HTTP/1.1\r\n${H}Content-Length: -1\r\n\r\n`,
    [400],
  ),
  raw(
    'Content-Length not a number',
    () => `POST /webhooks/kentico HTTP/1.1\r\n${H}Content-Length: 1e3\r\n\r\n`,
    [400],
  ),
  raw(
    'Content-Length 10^11 (Kentico events)',
    () => `POST /webhooks/kentico HTTP/1.1\r\n${H}Content-Length: 100000000000\r\n\r\n{`,
    [401, 413],
  ),
  raw(
    'Content-Length 10^11 (admin API)',
    () =>
      `PUT /api/v1/mappings HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n{`,
    [401, 413],
  ),
  raw(
    'bad chunk size',
    () =>
      `POST /webhooks/kentico HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n`,
    [400],
  ),
  raw(
    'chunk size overflow',
    () =>
      `POST /webhooks/kentico HTTP/1.1\r\n${H}Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nabc\r\n`,
    [400],
  ),
  raw(
    'Transfer-Encoding gzip only',
    () => `POST /webhooks/kentico HTTP/1.1\r\n${H}Transfer-Encoding: gzip\r\n\r\nabc`,
    [400, 501],
  ),
  raw(
    'Content-Encoding gzip with plain body',
    (ctx) =>
      `POST ${ctx.webhookPath} HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 2\r\n\r\n{}`,
    [400, 415],
  ),
  raw(
    'Content-Encoding unknown',
    (ctx) =>
      `POST ${ctx.webhookPath} HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Encoding: br-evil\r\nContent-Length: 2\r\n\r\n{}`,
    [400, 415],
  ),
  raw(
    '70 KB Kentico event (over its limit, signed or not)',
    () =>
      `POST /webhooks/kentico HTTP/1.1\r\n${H}Content-Type: application/json\r\nContent-Length: 70000\r\n\r\n${'x'.repeat(70_000)}`,
    [401, 413],
  ),
  raw(
    'charset the parser does not know',
    (ctx) =>
      `POST ${ctx.webhookPath} HTTP/1.1\r\n${H}Content-Type: application/json; charset=ebcdic\r\nContent-Length: 2\r\n\r\n{}`,
    [400, 415],
  ),
];
