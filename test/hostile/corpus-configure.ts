import { randomUUID } from 'node:crypto';

import { SANDBOX_MAPPING } from '@bpkc/sandbox';

import { call } from './admin-call';
import { editToken, viewToken } from './admin-tokens';
import type { HostileCase } from './hostile-case';
import { json } from './hostile-case';

// The configure-and-map surfaces (issue 14): merchant-written expressions are hostile input too.
// A runaway or malicious JSONata expression must be stopped and answered, never hang the process.

const RUNAWAY_EXPRESSIONS: Record<string, string> = {
  'endless recursion': '( $f := function($x){ $f($x) }; $f(1) )',
  'ten million element range summed': '$sum([1..10000000])',
  'range of ranges': '[1..10000000].[1..10000000]',
  'string doubling':
    '( $s := function($x, $n){ $n = 0 ? $x : $s($x & $x, $n - 1) }; $s("ab", 40) )',
  'regex backtracking': '$match("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", /(a+)+$/)',
};

function expressionCases(): HostileCase[] {
  const test = (expression: string, key = 'ref') => json({ entity: 'salesOrder', key, expression });
  return [
    ...Object.entries(RUNAWAY_EXPRESSIONS).map(([name, expression]) =>
      call(
        `transform test: ${name}`,
        'POST',
        '/transforms/test',
        viewToken,
        [200, 400],
        test(expression),
      ),
    ),
    call(
      'transform test: syntax error',
      'POST',
      '/transforms/test',
      viewToken,
      [200, 400],
      test('$uppercase('),
    ),
    call(
      'transform test: unknown target',
      'POST',
      '/transforms/test',
      viewToken,
      [200, 400],
      test('"x"', 'evil'),
    ),
    call(
      'transform test: unknown entity',
      'POST',
      '/transforms/test',
      viewToken,
      [400],
      json({ entity: 'x', key: 'ref', expression: '1' }),
    ),
    call(
      'transform test: 100 KB expression',
      'POST',
      '/transforms/test',
      viewToken,
      [400],
      test('1+'.repeat(50_000) + '1'),
    ),
    call(
      'transform test: NUL in expression',
      'POST',
      '/transforms/test',
      viewToken,
      [400],
      test('"a\u0000b"'),
    ),
    call(
      'transform test: sample id 5000 chars',
      'POST',
      '/transforms/test',
      viewToken,
      [400],
      json({ entity: 'salesOrder', key: 'ref', expression: '1', sampleId: 'a'.repeat(5000) }),
    ),
    call(
      'save a mapping whose transform never ends',
      'PUT',
      '/mappings',
      editToken,
      [400],
      json({
        mapping: {
          ...SANDBOX_MAPPING,
          transforms: { salesOrder: { ref: RUNAWAY_EXPRESSIONS['endless recursion'] } },
        },
      }),
    ),
    call(
      'save a rule whose expression never ends',
      'PUT',
      '/mappings',
      editToken,
      [400],
      json({
        mapping: {
          ...SANDBOX_MAPPING,
          rules: [
            {
              id: 'r1',
              name: 'loop',
              when: [{ kind: 'expression', expression: RUNAWAY_EXPRESSIONS['range of ranges'] }],
              action: { kind: 'hold', reason: 'x' },
            },
          ],
        },
      }),
    ),
    call(
      'save rules with a duplicate id',
      'PUT',
      '/mappings',
      editToken,
      [400],
      json({
        mapping: {
          ...SANDBOX_MAPPING,
          rules: [1, 2].map(() => ({
            id: 'same',
            name: 'n',
            action: { kind: 'skip', reason: 'x' },
          })),
        },
      }),
    ),
    call(
      'save a check with an unknown mode',
      'PUT',
      '/mappings',
      editToken,
      [400],
      json({ mapping: { ...SANDBOX_MAPPING, checks: { phone: { mode: 'explode' } } } }),
    ),
  ];
}

function previewCases(): HostileCase[] {
  return [
    call(
      'preview samples: unknown entity',
      'GET',
      '/preview/samples?entity=nope',
      viewToken,
      [400],
    ),
    call(
      'preview: unknown order',
      'POST',
      '/preview',
      viewToken,
      [400, 404],
      json({ entity: 'salesOrder', id: randomUUID() }),
    ),
    call(
      'preview: not a GUID',
      'POST',
      '/preview',
      viewToken,
      [400, 404],
      json({ entity: 'salesOrder', id: "'; DROP TABLE order_sync; --" }),
    ),
    call(
      'preview: product SKU catalog sync never read',
      'POST',
      '/preview',
      viewToken,
      [404],
      json({ entity: 'product', id: "'; DELETE FROM product_bindings; --" }),
    ),
    call(
      'preview: product SKU over 100 characters',
      'POST',
      '/preview',
      viewToken,
      [400],
      json({ entity: 'product', id: 'S'.repeat(200) }),
    ),
    call(
      'preview: draft that is not a mapping',
      'POST',
      '/preview',
      viewToken,
      [200, 400, 404],
      (() => json({ entity: 'salesOrder', id: randomUUID(), draft: { transforms: 7 } }))(),
    ),
    call(
      'preview: the known order with a runaway draft',
      'POST',
      '/preview',
      viewToken,
      [200, 400, 404],
      json({
        entity: 'salesOrder',
        id: '00000000-0000-4000-8000-000000000000',
        draft: {
          ...SANDBOX_MAPPING,
          transforms: {
            salesOrder: { ref: RUNAWAY_EXPRESSIONS['ten million element range summed'] },
          },
        },
      }),
    ),
  ];
}

function heldCases(): HostileCase[] {
  return [
    call('held: unknown state', 'GET', '/held?state=exploded', viewToken, [400]),
    call(
      'held approve: malformed GUID',
      'POST',
      '/held/not-a-guid/approve',
      editToken,
      [400],
      json({}),
    ),
    call(
      'held approve: unknown order',
      'POST',
      () => `/held/${randomUUID()}/approve`,
      editToken,
      [404, 409],
      json({}),
    ),
    call(
      'held approve: a synced order is not held',
      'POST',
      (ctx) => `/held/${ctx.knownOrderGuid}/approve`,
      editToken,
      [409],
      json({}),
    ),
    call(
      'held reject: empty reason',
      'POST',
      () => `/held/${randomUUID()}/reject`,
      editToken,
      [400],
      json({ reason: '' }),
    ),
    call(
      'held reject: view token',
      'POST',
      () => `/held/${randomUUID()}/reject`,
      viewToken,
      [403],
      json({ reason: 'no' }),
    ),
    call(
      'held approve: comment with NUL',
      'POST',
      () => `/held/${randomUUID()}/approve`,
      editToken,
      [400],
      json({ comment: 'a\u0000b' }),
    ),
  ];
}

function configurationCases(): HostileCase[] {
  const preview = (document: unknown) => json({ document });
  return [
    call(
      'import preview: not a document',
      'POST',
      '/configuration/import/preview',
      viewToken,
      [200, 400],
      preview('hello'),
    ),
    call(
      'import preview: wrong kind',
      'POST',
      '/configuration/import/preview',
      viewToken,
      [200, 400],
      preview({ kind: 'other', formatVersion: 1 }),
    ),
    call(
      'import preview: __proto__ pollution',
      'POST',
      '/configuration/import/preview',
      viewToken,
      [200, 400],
      '{"document":{"__proto__":{"admin":true}}}',
    ),
    call(
      'import: no document',
      'POST',
      '/configuration/import',
      editToken,
      [400],
      json({ baseVersion: 1 }),
    ),
    call(
      'import: garbage document',
      'POST',
      '/configuration/import',
      editToken,
      [400],
      json({ document: [1, 2, 3], baseVersion: 1 }),
    ),
    call(
      'import: view token',
      'POST',
      '/configuration/import',
      viewToken,
      [403],
      json({ document: {}, baseVersion: 1 }),
    ),
    call(
      'template: id with path traversal',
      'POST',
      '/templates/..%2F..%2Fetc/apply',
      editToken,
      [400, 404],
      json({ baseVersion: 1 }),
    ),
    call(
      'template: unknown id',
      'POST',
      '/templates/no-such-template/preview',
      viewToken,
      [404],
      json({ baseVersion: 1 }),
    ),
    call(
      'suggestion accept: unknown id',
      'POST',
      '/suggestions/accept',
      editToken,
      [400, 404, 409],
      json({ id: 'shippingMethod:nope:1', baseVersion: 1 }),
    ),
    call(
      'suggestion accept: 5000-char id',
      'POST',
      '/suggestions/accept',
      editToken,
      [400],
      json({ id: 'x'.repeat(5000), baseVersion: 1 }),
    ),
    call(
      'suggestion reject: NUL in id',
      'POST',
      '/suggestions/reject',
      editToken,
      [400],
      json({ id: 'a\u0000b' }),
    ),
    call(
      'alert test: a recipient that is not an e-mail',
      'POST',
      '/settings/alerts/test',
      editToken,
      [400],
      json({ emailTo: ['not-an-email'] }),
    ),
    call('alert test: view token', 'POST', '/settings/alerts/test', viewToken, [403], json({})),
  ];
}

/** Every configure-and-map case. */
export const configureCases = (): HostileCase[] => [
  ...expressionCases(),
  ...previewCases(),
  ...heldCases(),
  ...configurationCases(),
];
