import { bearer } from './admin-tokens';
import { type HostileCase, type HostileContext, status } from './hostile-case';

const CALLBACK = '/oauth/brightpearl/callback';

function callback(
  name: string,
  query: (ctx: HostileContext) => string | Promise<string>,
  codes: number[],
): HostileCase {
  return {
    name: `oauth callback: ${name}`,
    surface: 'oauth',
    request: async (ctx) => ({ method: 'GET', path: `${CALLBACK}?${await query(ctx)}` }),
    expect: status(...codes),
  };
}

export const oauthCases = (): HostileCase[] => [
  callback('no query', () => '', [400]),
  callback('unknown state', () => 'code=abc&state=0123456789abcdef', [400]),
  callback(
    'code and state replayed after a completed connect',
    (ctx) => ctx.usedCallbackQuery,
    [400],
  ),
  callback('merchant declined', () => 'error=access_denied', [400]),
  callback(
    'declined with markup in error',
    () => `error=${encodeURIComponent('<script>alert(1)</script>')}`,
    [400],
  ),
  callback('state 10k chars', () => `code=a&state=${'s'.repeat(10_000)}`, [400]),
  callback('code 10k chars', () => `code=${'c'.repeat(10_000)}&state=abc`, [400]),
  callback('NUL in state', () => 'code=a&state=a%00b', [400]),
  callback('state given twice', () => 'code=a&state=a&state=b', [400]),
  callback('code without state', () => 'code=abc', [400]),
  callback(
    'fresh state, forged code',
    async (ctx) => `code=forged-code&state=${await ctx.freshState()}`,
    [400],
  ),
  callback('SQL-looking state', () => `code=a&state=${encodeURIComponent("' OR '1'='1")}`, [400]),
];

// A corpus line reads as a table row: name, request parts, expected answer.
// eslint-disable-next-line max-params
function ops(
  name: string,
  path: string,
  headers: (ctx: HostileContext) => Record<string, string>,
  expect: HostileCase['expect'],
): HostileCase {
  return {
    name: `ops: ${name}`,
    surface: 'ops',
    request: (ctx) => ({ method: 'GET', path, headers: headers(ctx) }),
    expect,
  };
}

const none = () => ({});
const CLOSED = [401, 403, 404];

export const opsCases = (): HostileCase[] => [
  ops('/healthz is open, nosniff', '/healthz', none, {
    status: [200],
    headers: { 'x-content-type-options': /^nosniff$/ },
  }),
  ops('/readyz is open', '/readyz', none, status(200)),
  ops('/api/status without token', '/api/status', none, status(...CLOSED)),
  ops(
    '/api/status with a wrong token',
    '/api/status',
    () => bearer('wrong-token'),
    status(...CLOSED),
  ),
  ops('/api/status with the token in the query', '/api/status?token=x', none, status(...CLOSED)),
  ops(
    '/api/status with an admin view token',
    '/api/status',
    () => bearer('a.b'),
    status(...CLOSED),
  ),
  ops('/api/status with the ops token', '/api/status', (ctx) => bearer(ctx.opsToken), {
    status: [200],
    headers: { 'cache-control': /no-store/ },
  }),
  ops('/metrics without token', '/metrics', none, status(...CLOSED)),
  ops('/metrics with a wrong token', '/metrics', () => bearer('wrong-token'), status(...CLOSED)),
  ops('/metrics with the ops token', '/metrics', (ctx) => bearer(ctx.opsToken), status(200)),
  ops('/metrics/ (trailing slash) without token', '/metrics/', none, status(...CLOSED)),
  ops('/API/STATUS (case) without token', '/API/STATUS', none, status(...CLOSED)),
  ops('unknown path', '/wp-admin/install.php', none, status(404)),
  ops('traversal in path', '/..%2f..%2f..%2fetc%2fpasswd', none, status(400, 404)),
  ops('dot segments', '/%2e%2e/%2e%2e/etc/passwd', none, status(400, 404)),
  ops('GET on the Kentico event URL', '/webhooks/kentico', none, status(404, 405)),
  ops('foreign Host header', '/healthz', () => ({ host: 'evil.example' }), status(200)),
  ops(
    '10k correlation id',
    '/healthz',
    () => ({ 'x-correlation-id': 'c'.repeat(10_000) }),
    status(200, 400),
  ),
  {
    name: 'ops: TRACE is not echoed',
    surface: 'ops',
    request: () => ({ method: 'TRACE', path: '/healthz' }),
    expect: status(404, 405),
  },
];
