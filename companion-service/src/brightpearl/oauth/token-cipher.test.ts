import { randomBytes } from 'node:crypto';

import { TokenDecryptError } from './errors';
import { createTokenCipher } from './token-cipher';

const key = randomBytes(32);
const TOKEN = '6wxzQ+ab/cd==';

describe('token cipher (AES-256-GCM)', () => {
  it('opens what it sealed; the sealed form does not contain the token', () => {
    const cipher = createTokenCipher(key);
    const sealed = cipher.seal(TOKEN, 'access');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(TOKEN);
    expect(cipher.open(sealed, 'access')).toBe(TOKEN);
  });

  it('uses a fresh IV on every write', () => {
    const cipher = createTokenCipher(key);
    expect(cipher.seal(TOKEN, 'access')).not.toBe(cipher.seal(TOKEN, 'access'));
  });

  it('refuses another purpose, another key or a tampered value', () => {
    const sealed = createTokenCipher(key).seal(TOKEN, 'access');
    expect(() => createTokenCipher(key).open(sealed, 'refresh')).toThrow(TokenDecryptError);
    expect(() => createTokenCipher(randomBytes(32)).open(sealed, 'access')).toThrow(
      TokenDecryptError,
    );
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => createTokenCipher(key).open(parts.join('.'), 'access')).toThrow(TokenDecryptError);
    expect(() => createTokenCipher(key).open('plain-token', 'access')).toThrow(TokenDecryptError);
  });

  it('wants a 32-byte key', () => {
    expect(() => createTokenCipher(randomBytes(16))).toThrow(RangeError);
  });
});
