import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { TokenDecryptError } from './errors';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 'v1';

/**
 * Seals tokens for the database with AES-256-GCM: a fresh random IV on every write, the auth
 * tag checked on read. `purpose` is bound in as associated data, so a sealed refresh token
 * copied into the access-token column (or another table) does not decrypt.
 * Sealed form: `v1.{iv}.{tag}.{ciphertext}`, each part base64url.
 */
export interface TokenCipher {
  seal(plain: string, purpose: string): string;
  open(sealed: string, purpose: string): string;
}

export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== 32) throw new RangeError('token encryption key must be 32 bytes');
  return {
    seal(plain, purpose) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(purpose, 'utf8'));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
      return [VERSION, ...parts].join('.');
    },
    open(sealed, purpose) {
      const [version, iv, tag, body, ...rest] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined || rest.length > 0) {
        throw new TokenDecryptError('unknown sealed-token format');
      }
      try {
        const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'), {
          authTagLength: TAG_BYTES,
        });
        decipher.setAAD(Buffer.from(purpose, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const plain = Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        // Wrong key (TOKEN_ENCRYPTION_KEY changed) or tampered data; the cause carries nothing useful.
        throw new TokenDecryptError('stored token does not decrypt with TOKEN_ENCRYPTION_KEY');
      }
    },
  };
}
