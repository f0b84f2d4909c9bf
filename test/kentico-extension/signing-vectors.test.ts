import { readFileSync } from 'node:fs';
import path from 'node:path';

import { mintAdminToken, sign, signingPayload } from '@bpkc/companion-service';

import { MODULE_DIR } from './csharp-sources';

// The install guide gives test vectors for the C# signing and token code (HmacSignature,
// AdminTokenMinter), which cannot run here. They must be what the companion itself produces, or an
// installer checking a build against them would be misled.

const GUIDE = readFileSync(path.resolve(MODULE_DIR, '../docs/kentico-extension.md'), 'utf8');
const SECRET = 'test-secret-test-secret-test-secret-0123';
const TIMESTAMP = '1768471200';
const EVENT_BODY =
  '{"eventId":"6f1d3b0e-2a4c-4d5e-8f90-1a2b3c4d5e6f","type":"order.created","objectGuid":"0b7c9d1e-3f40-4a5b-9c6d-7e8f90a1b2c3","occurredAt":"2026-01-15T10:00:00.000Z"}';

describe('Kentico extension: documented signing vectors', () => {
  it('documents the secret, timestamp and inputs the vectors are made from', () => {
    expect(GUIDE).toContain(`secret \`${SECRET}\`, timestamp \`${TIMESTAMP}\``);
    expect(GUIDE).toContain(EVENT_BODY);
  });

  it('gives the event signature the companion computes', () => {
    const signature = sign(SECRET, signingPayload({ timestamp: TIMESTAMP, body: EVENT_BODY }));
    expect(GUIDE).toContain(`\`${signature}\``);
  });

  it('gives the bridge signature the companion computes (path undecoded, with its query)', () => {
    const payload = signingPayload({
      timestamp: TIMESTAMP,
      method: 'GET',
      path: '/stock?skus=A-1,B%2C2',
      body: '',
    });
    expect(GUIDE).toContain(`\`${sign(SECRET, payload)}\``);
  });

  it('gives the admin token the companion mints for the same claims', () => {
    const token = mintAdminToken(SECRET, {
      sub: 'user-1',
      name: 'Ann Smith',
      permissions: ['view'],
      exp: 1768471800,
    });
    expect(GUIDE).toContain(`\`${token}\``);
  });
});
