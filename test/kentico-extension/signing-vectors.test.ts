import { readFileSync } from 'node:fs';
import path from 'node:path';

import { mintAdminToken } from '@bpkc/companion-service';

import { MODULE_DIR } from './csharp-sources';

// The install guide gives test vectors for the C# signing and token code (HmacSignature,
// AdminTokenMinter), which cannot run here. The signing ones must be the known answers openssl
// computed (shared-types/test-vectors/hmac-signing.json), which the companion and the simulator
// are checked against too; otherwise an installer checking a build against them would be misled.

const GUIDE = readFileSync(path.resolve(MODULE_DIR, '../docs/kentico-extension.md'), 'utf8');
const SIGNING = GUIDE.slice(GUIDE.indexOf('## Signing'), GUIDE.indexOf('## Bridge endpoints'));
const VECTORS_FILE = 'shared-types/test-vectors/hmac-signing.json';

interface HmacVector {
  name: string;
  kind: 'event' | 'bridge';
  secret: string;
  timestamp: string;
  method?: string;
  path?: string;
  body: string;
  signature: string;
}
const { vectors } = JSON.parse(
  readFileSync(path.resolve(MODULE_DIR, '..', VECTORS_FILE), 'utf8'),
) as { vectors: HmacVector[] };
const SECRET = 'test-secret-test-secret-test-secret-0123';
const TIMESTAMP = '1768471200';

/** The guide's table row holding a signature: `| what | result |`. */
const rowOf = (signature: string) =>
  SIGNING.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${signature}\``));

describe('Kentico extension: documented signing vectors', () => {
  it('points at the vectors file and states the default secret and timestamp', () => {
    expect(SIGNING).toContain(VECTORS_FILE);
    expect(SIGNING).toContain(`secret \`${SECRET}\`, timestamp \`${TIMESTAMP}\``);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('lists %s with its inputs', (_, v) => {
    const row = rowOf(v.signature);
    expect(row).toBeDefined();
    expect(row).toContain(v.kind);
    if (v.body) expect(row).toContain(`\`${v.body}\``);
    else expect(row).toContain('empty body');
    if (v.kind === 'bridge') expect(row).toContain(`\`${v.method} ${v.path}\``);
    if (v.secret !== SECRET) expect(row).toContain(`secret \`${v.secret}\``);
    if (v.timestamp !== TIMESTAMP) expect(row).toContain(`timestamp \`${v.timestamp}\``);
  });

  it('gives no signature that is not one of the known answers', () => {
    const documented = SIGNING.match(/v1=[0-9a-f]{64}/g) ?? [];
    expect(documented.length).toBeGreaterThan(0);
    expect(new Set(documented)).toEqual(new Set(vectors.map((v) => v.signature)));
  });

  it('gives the admin token the companion mints for the same claims', () => {
    const key = {
      secret: SECRET,
      audience: 'https://companion.example.com',
      installationId: 'shop-1',
    };
    const token = mintAdminToken(key, {
      sub: 'user-1',
      name: 'Ann Smith',
      permissions: ['view'],
      exp: 1768471800,
      iat: Number(TIMESTAMP),
    });
    expect(GUIDE).toContain(
      '`{"sub":"user-1","name":"Ann Smith","permissions":["view"],"exp":1768471800,"iat":1768471200,"aud":"https://companion.example.com","iid":"shop-1"}`',
    );
    expect(GUIDE).toContain(`\`${token}\``);
  });
});
