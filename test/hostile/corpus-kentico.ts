import { randomUUID } from 'node:crypto';

import { BAD_TEXT, type HostileCase, json, status } from './hostile-case';
import { nowSeconds, signEvent } from './signing';

const PATH = '/webhooks/kentico';

function validEvent(orderGuid: string): Record<string, unknown> {
  return {
    eventId: randomUUID(),
    type: 'order.updated',
    objectGuid: orderGuid,
    occurredAt: new Date().toISOString(),
  };
}

/** A correctly signed event whose body is `body` (any text). */
function signed(name: string, body: (guid: string) => string, codes: number[]): HostileCase {
  return {
    name,
    surface: 'kentico',
    request: (ctx) => {
      const text = body(ctx.knownOrderGuid);
      return {
        method: 'POST',
        path: PATH,
        headers: signEvent(ctx.kenticoSecret, text),
        body: text,
      };
    },
    expect: status(...codes),
  };
}

const BAD_VALUES: Array<[string, unknown]> = [
  ...BAD_TEXT,
  ['empty', ''],
  ['10k chars', 'x'.repeat(10_000)],
  ['number', 12345],
  ['null', null],
  ['array', ['a']],
  ['object', { $ne: 1 }],
  ['SQL-looking', "' OR 1=1; DROP TABLE orders; --"],
].map(([label, value]) => [String(label), value]);

const FIELDS = ['eventId', 'type', 'objectGuid', 'occurredAt'];

/** Every field × every bad value, signed correctly: the content is refused with 400. */
function fieldCases(): HostileCase[] {
  return FIELDS.flatMap((field) =>
    BAD_VALUES.map(([label, value]) =>
      signed(
        `kentico event: ${field} = ${label}`,
        (guid) => json({ ...validEvent(guid), [field]: value }),
        [400],
      ),
    ),
  );
}

function signatureCases(): HostileCase[] {
  const body = (ctx: { knownOrderGuid: string }) => json(validEvent(ctx.knownOrderGuid));
  const forged = (
    name: string,
    headers: (secret: string, text: string) => Record<string, string>,
  ) =>
    ({
      name: `kentico event: ${name}`,
      surface: 'kentico',
      request: (ctx) => {
        const text = body(ctx);
        return {
          method: 'POST',
          path: PATH,
          headers: headers(ctx.kenticoSecret, text),
          body: text,
        };
      },
      expect: status(401),
    }) satisfies HostileCase;
  return [
    forged('no signature headers', () => ({ 'content-type': 'application/json' })),
    forged('signed with another secret', (_s, text) => signEvent('z'.repeat(64), text)),
    forged('stale timestamp (1 hour old)', (s, text) => signEvent(s, text, nowSeconds() - 3600)),
    forged('timestamp from the future (1 hour)', (s, text) =>
      signEvent(s, text, nowSeconds() + 3600),
    ),
    forged('signature of another body', (s) => signEvent(s, '{}')),
    forged('signature without v1= prefix', (s, text) => {
      const headers = signEvent(s, text);
      return { ...headers, 'x-bpconnect-signature': headers['x-bpconnect-signature'].slice(3) };
    }),
    forged('timestamp not a number', (s, text) => ({
      ...signEvent(s, text),
      'x-bpconnect-timestamp': '1e10',
    })),
    forged('signature not hex', (s, text) => ({
      ...signEvent(s, text),
      'x-bpconnect-signature': `v1=${'g'.repeat(64)}`,
    })),
    {
      name: 'kentico event: unsigned invalid JSON (signature checked first)',
      surface: 'kentico',
      request: () => ({
        method: 'POST',
        path: PATH,
        headers: { 'content-type': 'application/json' },
        body: '{"eventId":',
      }),
      expect: status(401),
    },
  ];
}

function bodyCases(): HostileCase[] {
  return [
    signed('kentico event: invalid JSON', () => '{"eventId":', [400]),
    signed('kentico event: empty body', () => '', [400]),
    signed('kentico event: JSON array', () => '[]', [400]),
    signed('kentico event: JSON null', () => 'null', [400]),
    signed(
      'kentico event: unknown extra field',
      (g) => json({ ...validEvent(g), extra: 1 }),
      [400],
    ),
    signed(
      'kentico event: __proto__ field',
      (g) => json(validEvent(g)).replace('{', '{"__proto__":{"polluted":1},'),
      [400],
    ),
    signed(
      'kentico event: deep nesting (5000 levels)',
      () => '['.repeat(5000) + ']'.repeat(5000),
      [400],
    ),
    signed('kentico event: 60 KB array', () => `[${'1,'.repeat(30_000)}1]`, [400]),
    signed(
      'kentico event: unknown type',
      (g) => json({ ...validEvent(g), type: 'order.exploded' }),
      [400],
    ),
    signed('kentico event: valid (accepted)', (g) => json(validEvent(g)), [202]),
    signed(
      'kentico event: valid for an unknown order (accepted, flow judges)',
      () => json(validEvent(randomUUID())),
      [202],
    ),
    replayCase(),
  ];
}

/** The same signed request twice: the second is a duplicate, acknowledged without a second job. */
function replayCase(): HostileCase {
  return {
    name: 'kentico event: exact replay of an accepted request',
    surface: 'kentico',
    request: (ctx) => {
      const text = json(validEvent(ctx.knownOrderGuid));
      const headers = signEvent(ctx.kenticoSecret, text);
      return { method: 'POST', path: PATH, headers, body: text };
    },
    sendTwice: true,
    expect: status(202),
  };
}

export const kenticoCases = (): HostileCase[] => [
  ...signatureCases(),
  ...bodyCases(),
  ...fieldCases(),
];
