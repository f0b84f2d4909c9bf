import { readFileSync } from 'node:fs';
import path from 'node:path';

import { bridgePayload, eventPayload, hmacSignature, signatureProblem } from './hmac-signing';

/** openssl's answers (shared-types/test-vectors/README.md): not produced by any code under test. */
interface HmacVector {
  name: string;
  kind: 'event' | 'bridge';
  secret: string;
  timestamp: string;
  method?: string;
  path?: string;
  body: string;
  payload: string;
  signature: string;
}
const VECTORS_FILE = path.resolve(
  __dirname,
  '../../../shared-types/test-vectors/hmac-signing.json',
);
const { vectors } = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as { vectors: HmacVector[] };

const payloadOf = (v: HmacVector, body = v.body) =>
  v.kind === 'event'
    ? eventPayload(v.timestamp, body)
    : bridgePayload(v.timestamp, { method: v.method!, pathWithQuery: v.path! }, body);

describe("the Kentico simulator's own HMAC signing, against openssl's known answers", () => {
  it('covers both payload shapes, an empty body and non-ASCII bodies', () => {
    expect(new Set(vectors.map((v) => v.kind))).toEqual(new Set(['event', 'bridge']));
    expect(vectors.some((v) => v.body === '')).toBe(true);
    expect(vectors.some((v) => Buffer.byteLength(v.body) > v.body.length)).toBe(true);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('%s: same payload and signature', (_, v) => {
    expect(payloadOf(v)).toBe(v.payload);
    expect(hmacSignature(v.secret, payloadOf(v))).toBe(v.signature);
  });

  it.each(vectors.map((v) => [v.name, v] as const))(
    '%s: accepted as signed, refused with another body or secret',
    (_, v) => {
      const check = (secret: string, body: string) =>
        signatureProblem({
          secret,
          signature: v.signature,
          timestamp: v.timestamp,
          payload: () => payloadOf(v, body),
          nowSeconds: Number(v.timestamp),
        });
      expect(check(v.secret, v.body)).toBeNull();
      expect(check(v.secret, `${v.body} `)).toBe('bad-signature');
      expect(check(`${v.secret}x`, v.body)).toBe('bad-signature');
    },
  );
});
