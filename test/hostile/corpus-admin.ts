import { randomUUID } from 'node:crypto';

import { SANDBOX_MAPPING } from '@bpkc/sandbox';

import { API, call } from './admin-call';
import { editToken, viewToken } from './admin-tokens';
import { type HostileCase, type HostileContext, json } from './hostile-case';

/** Bad text in searches, filters and comments: 400 naming the field, never a 500 from the store. */
function badTextCases(): HostileCase[] {
  const mapping = (comment: string) => json({ mapping: SANDBOX_MAPPING, comment });
  return [
    call('order search with NUL', 'GET', '/orders?search=a%00b', viewToken, [400]),
    call(
      'order search with encoded lone surrogate',
      'GET',
      '/orders?search=%ED%A0%80',
      viewToken,
      [200, 400],
    ),
    call(
      'order search with broken percent-encoding',
      'GET',
      '/orders?search=%E0%A4%A',
      viewToken,
      [200, 400],
    ),
    call(
      'order search SQL-looking',
      'GET',
      `/orders?search=${encodeURIComponent("' OR 1=1 --")}`,
      viewToken,
      [200],
    ),
    call('order search LIKE wildcards', 'GET', '/orders?search=%25%25_%25', viewToken, [200]),
    call('order search 5000 chars', 'GET', `/orders?search=${'a'.repeat(5000)}`, viewToken, [400]),
    call('order search as an array', 'GET', '/orders?search=a&search=b', viewToken, [400]),
    call('failures flow with NUL', 'GET', '/failures?flow=a%00b', viewToken, [400]),
    call('limit -1', 'GET', '/orders?limit=-1', viewToken, [400]),
    call('limit 10^9', 'GET', '/orders?limit=1000000000', viewToken, [400]),
    call('offset not a number', 'GET', '/orders?offset=abc', viewToken, [400]),
    call('offset 10^20', 'GET', '/orders?offset=100000000000000000000', viewToken, [400]),
    call('unknown state', 'GET', '/orders?state=exploded', viewToken, [400]),
    call('order GUID malformed', 'GET', '/orders/not-a-guid', viewToken, [400]),
    call('order GUID unknown', 'GET', () => `/orders/${randomUUID()}`, viewToken, [404]),
    call('failure id 2^64', 'GET', '/failures/18446744073709551616', viewToken, [400, 404]),
    call('mapping version -1', 'GET', '/mappings/versions/-1', viewToken, [400]),
    call('mapping comment with NUL', 'PUT', '/mappings', editToken, [400], mapping('a\u0000b')),
    call(
      'mapping comment with lone surrogate',
      'PUT',
      '/mappings',
      editToken,
      [400],
      mapping('a\ud800b'),
    ),
    call(
      'discard comment with NUL',
      'POST',
      '/failures/1/discard',
      editToken,
      [400],
      json({ comment: 'a\u0000b' }),
    ),
    call(
      'resend comment with NUL',
      'POST',
      (ctx) => `/orders/${ctx.knownOrderGuid}/resend`,
      editToken,
      [400],
      json({ comment: 'a\u0000b' }),
    ),
    call(
      'replay-all flow with NUL',
      'POST',
      '/failures/replay',
      editToken,
      [400],
      json({ reason: 'unknown-sku', flow: 'a\u0000' }),
    ),
  ];
}

function bodyCases(): HostileCase[] {
  return [
    call('PUT /mappings invalid JSON', 'PUT', '/mappings', editToken, [400], '{"mapping":'),
    call(
      'PUT /mappings text/plain',
      'PUT',
      '/mappings',
      editToken,
      [400, 415],
      json({ mapping: SANDBOX_MAPPING }),
      'text/plain',
    ),
    call(
      'PUT /mappings deep nesting',
      'PUT',
      '/mappings',
      editToken,
      [400],
      '{"mapping":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
    ),
    call(
      'PUT /mappings huge array',
      'PUT',
      '/mappings',
      editToken,
      [400],
      json({ mapping: Array.from({ length: 50_000 }, () => 0) }),
    ),
    call(
      'PUT /mappings 300 KB',
      'PUT',
      '/mappings',
      editToken,
      [413],
      json({ mapping: SANDBOX_MAPPING, pad: 'x'.repeat(300_000) }),
    ),
    call(
      'PUT /mappings __proto__',
      'PUT',
      '/mappings',
      editToken,
      [400],
      '{"__proto__":{"admin":true},"mapping":{}}',
    ),
    call(
      'validate a null mapping (a validation report)',
      'POST',
      '/mappings/validate',
      viewToken,
      [200, 400],
      '{"mapping":null}',
    ),
    call('unknown endpoint with a token', 'GET', '/nope', viewToken, [404]),
    call('unknown endpoint without a token', 'GET', '/nope', () => ({}), [401, 404]),
    call('openapi.json is public', 'GET', '/openapi.json', () => ({}), [200]),
  ];
}

/** Answers carry no-store and nosniff; CORS only for the configured admin origin. */
function headerCases(): HostileCase[] {
  const preflight = (
    name: string,
    origin: (ctx: HostileContext) => string,
    expect: HostileCase['expect'],
  ): HostileCase => ({
    name: `admin API: ${name}`,
    surface: 'admin',
    request: (ctx) => ({
      method: 'OPTIONS',
      path: `${API}/mappings`,
      headers: {
        origin: origin(ctx),
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization',
      },
    }),
    expect,
  });
  return [
    {
      ...call('answers are no-store and nosniff', 'GET', '/overview', viewToken, [200]),
      expect: {
        status: [200],
        headers: { 'cache-control': /no-store/, 'x-content-type-options': /^nosniff$/ },
      },
    },
    {
      ...call('401 answers are no-store', 'GET', '/overview', () => ({}), [401]),
      expect: { status: [401], headers: { 'cache-control': /no-store/ } },
    },
    preflight('preflight from another origin gets no CORS grant', () => 'https://evil.example', {
      status: [204, 403],
      absentHeaders: ['access-control-allow-origin'],
    }),
    preflight('preflight from "null" origin gets no CORS grant', () => 'null', {
      status: [204, 403],
      absentHeaders: ['access-control-allow-origin'],
    }),
    preflight(
      'preflight from a look-alike origin gets no CORS grant',
      (ctx) => `${ctx.adminOrigin}.evil.example`,
      { status: [204, 403], absentHeaders: ['access-control-allow-origin'] },
    ),
    preflight('preflight from the admin origin is granted', (ctx) => ctx.adminOrigin, {
      status: [204],
      headers: { 'access-control-allow-origin': /^https:\/\/shop-admin\.example\.com$/ },
    }),
    {
      ...call(
        'GET from another origin with a token: no CORS grant',
        'GET',
        '/overview',
        (ctx) => ({ ...viewToken(ctx), origin: 'https://evil.example' }),
        [200],
      ),
      expect: { status: [200], absentHeaders: ['access-control-allow-origin'] },
    },
  ];
}

export const adminCases = (): HostileCase[] => [
  ...badTextCases(),
  ...bodyCases(),
  ...headerCases(),
];
