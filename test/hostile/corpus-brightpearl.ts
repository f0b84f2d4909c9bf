import { BAD_TEXT, type HostileCase, json, status } from './hostile-case';

function delivery(id: string): Record<string, unknown> {
  return {
    accountCode: 'sandbox',
    resourceType: 'product',
    id,
    lifecycleEvent: 'modified',
    fullEvent: 'product.modified.on-hand-modified',
    raisedOn: new Date().toISOString(),
    brightpearlVersion: '1',
  };
}

// A corpus line reads as a table row: name, request parts, expected answer.
// eslint-disable-next-line max-params
function post(
  name: string,
  body: () => string,
  codes: number[],
  path?: (p: string) => string,
): HostileCase {
  return {
    name: `brightpearl webhook: ${name}`,
    surface: 'brightpearl',
    request: (ctx) => ({
      method: 'POST',
      path: path ? path(ctx.webhookPath) : ctx.webhookPath,
      headers: { 'content-type': 'application/json' },
      body: body(),
    }),
    expect: status(...codes),
  };
}

/**
 * Id sets Brightpearl never sends but an attacker (or a bug) may: refused with 400, or
 * acknowledged (200) and dead-lettered — never 503 (Brightpearl would retry forever), never a
 * hang or a crash (the liveness check after the case proves it).
 */
const ID_SETS = [
  '0',
  '-1',
  '1-',
  ',',
  '1,,2',
  ' ',
  '1-5-9',
  '0x10',
  '１２３',
  '5-1',
  '1-999999999',
  '9007199254740993-9007199254740999',
  '99999999999999999999',
  '9007199254740992',
  '1-200000',
  Array.from({ length: 20_000 }, (_, i) => String(i + 1)).join(','),
  '1-100000,100001-200000,200001-300000',
];

/** Run after the rest: before the fix, one of these stalls the companion for minutes. */
export function idSetCases(): HostileCase[] {
  return ID_SETS.map((id) => ({
    ...post(
      `id set ${id.length > 40 ? `${id.slice(0, 20)}… (${id.length} chars)` : JSON.stringify(id)}`,
      () => json(delivery(id)),
      [200, 400],
    ),
    // Work on an accepted set runs after the answer: give a stall time to show before /healthz
    // (longest for ranges and long lists, where it would come from).
    settleMs: id.includes('-') || id.length > 20 ? 3_000 : 500,
  }));
}

const FIELDS = ['accountCode', 'resourceType', 'id', 'lifecycleEvent', 'fullEvent', 'raisedOn'];
const WRONG_TYPES: Array<[string, unknown]> = [
  ['number', 7],
  ['null', null],
  ['array', ['1']],
  ['object', { $gt: '' }],
];

/** Bad text in every string field: 400 (or 200 and dead-lettered), never 503. */
function fieldCases(): HostileCase[] {
  return FIELDS.flatMap((field) => [
    ...BAD_TEXT.map(([label, value]) =>
      post(`${field} has ${label}`, () => json({ ...delivery('1'), [field]: value }), [200, 400]),
    ),
    ...WRONG_TYPES.map(([label, value]) =>
      post(`${field} is ${label}`, () => json({ ...delivery('1'), [field]: value }), [400]),
    ),
  ]);
}

function tokenCases(): HostileCase[] {
  const swapToken = (token: string) => (path: string) => path.replace(/[^/]+$/, token);
  const swapInstallation = (path: string) =>
    path.replace(/brightpearl\/[^/]+\//, 'brightpearl/00000000-0000-0000-0000-000000000000/');
  return [
    post('wrong URL token', () => json(delivery('1')), [401], swapToken('x'.repeat(43))),
    post('token of one character', () => json(delivery('1')), [401], swapToken('a')),
    post('token with NUL (encoded)', () => json(delivery('1')), [400, 401], swapToken('%00')),
    post(
      'token 5000 chars',
      () => json(delivery('1')),
      [401, 414, 431],
      swapToken('t'.repeat(5000)),
    ),
    post('wrong installation id', () => json(delivery('1')), [401], swapInstallation),
    post(
      'wrong token and invalid JSON (401 before parsing)',
      () => '{"id":',
      [401],
      swapToken('x'.repeat(43)),
    ),
    post(
      'wrong token and 300 KB body (401 before reading)',
      () => `{"p":"${'x'.repeat(300_000)}"}`,
      [401, 413],
      swapToken('x'.repeat(43)),
    ),
    post(
      'no token segment',
      () => json(delivery('1')),
      [404],
      (p) => p.replace(/\/[^/]+$/, ''),
    ),
    post(
      'traversal in token',
      () => json(delivery('1')),
      [401, 404],
      swapToken('..%2f..%2fhealthz'),
    ),
  ];
}

function bodyCases(): HostileCase[] {
  return [
    post('valid delivery', () => json(delivery('1')), [200]),
    post('valid id set 1-5,9', () => json(delivery('1-5,9')), [200]),
    post('invalid JSON', () => '{"id":', [400]),
    post('empty body', () => '', [400]),
    post('JSON array', () => '[]', [400]),
    post('deep nesting (5000)', () => '['.repeat(5000) + ']'.repeat(5000), [400]),
    post('huge array (100k)', () => `[${'0,'.repeat(100_000)}0]`, [400]),
    post('300 KB body', () => json({ ...delivery('1'), pad: 'x'.repeat(300_000) }), [413]),
    post(
      '__proto__ pollution',
      () => json(delivery('1')).replace('{', '{"__proto__":{"isAdmin":true},'),
      [200, 400],
    ),
    {
      name: 'brightpearl webhook: form-encoded body',
      surface: 'brightpearl',
      request: (ctx) => ({
        method: 'POST',
        path: ctx.webhookPath,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'id=1&resourceType=product',
      }),
      expect: status(400, 415),
    },
    {
      name: 'brightpearl webhook: GET on the webhook URL',
      surface: 'brightpearl',
      request: (ctx) => ({ method: 'GET', path: ctx.webhookPath }),
      expect: status(404, 405),
    },
  ];
}

export const brightpearlCases = (): HostileCase[] => [
  ...tokenCases(),
  ...bodyCases(),
  ...fieldCases(),
];
