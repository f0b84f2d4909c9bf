import { hkdfSync, randomBytes } from 'node:crypto';

import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { createTokenCipher } from '../oauth/token-cipher';

const SETTING = 'brightpearl-webhook-token';
/** Bound into the seal (AES-GCM associated data): a sealed OAuth token does not open as this. */
const PURPOSE = 'brightpearl-webhook-token';

/**
 * The keys that seal the webhook URL token: TOKEN_ENCRYPTION_KEY when configured, then keys
 * derived (HKDF-SHA256) from the Kentico shared secret and, during a rotation, the previous one —
 * secrets every installation has and that live outside the database, so a dump alone never
 * reveals the token. The first key seals; each of them opens.
 */
export function webhookTokenKeys(input: {
  encryptionKey?: Buffer;
  secrets: ReadonlyArray<string | undefined>;
}): Buffer[] {
  const derived = input.secrets
    .filter((secret): secret is string => Boolean(secret))
    .map((secret) => Buffer.from(hkdfSync('sha256', secret, 'bpkc-webhook-token', PURPOSE, 32)));
  return input.encryptionKey ? [input.encryptionKey, ...derived] : derived;
}

/**
 * The installation's webhook URL token, stored sealed. A token stored in clear (before this
 * version) is sealed in place, keeping the URL Brightpearl calls; one sealed with an older key
 * is re-sealed with the current one. One that no key opens (the key and the secrets all
 * changed) is replaced: the registration at start then swaps the subscriptions for the new URL,
 * and the scheduled compares catch up on deliveries refused meanwhile. Every change is a
 * compare-and-swap, so instances starting together agree on one token.
 */
export async function loadWebhookToken(
  db: Db,
  { keys, logger }: { keys: readonly Buffer[]; logger?: Logger },
): Promise<string> {
  if (keys.length === 0) throw new RangeError('no key to seal the webhook token with');
  const [sealing, ...older] = keys.map((key) => createTokenCipher(key));
  const seal = (token: string) => sealing!.seal(token, PURPOSE);
  await db.query(
    `INSERT INTO installation_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
    [SETTING, seal(randomBytes(32).toString('base64url'))],
  );
  for (let attempt = 0; attempt < 3; attempt++) {
    const stored = await readSetting(db);
    const opened = openStored(stored, [sealing!, ...older]);
    if (opened && opened.current) return opened.token;
    if (!opened)
      logger?.warn(
        'Brightpearl webhook token does not open with the configured keys; a new one is registered',
      );
    const token = opened?.token ?? randomBytes(32).toString('base64url');
    if (await swapSetting(db, stored, seal(token))) return token;
  }
  throw new Error('the webhook token kept changing under concurrent starts');
}

/** Clear text (legacy) or sealed; `current`: sealed with the sealing key, nothing to rewrite. */
function openStored(
  stored: string,
  ciphers: ReadonlyArray<ReturnType<typeof createTokenCipher>>,
): { token: string; current: boolean } | undefined {
  // A clear token is base64url, which has no '.'; a sealed one is `v1.iv.tag.body`.
  if (!stored.startsWith('v1.')) return { token: stored, current: false };
  for (const [index, cipher] of ciphers.entries()) {
    try {
      return { token: cipher.open(stored, PURPOSE), current: index === 0 };
    } catch {
      // Not this key: try the next one.
    }
  }
  return undefined;
}

async function readSetting(db: Db): Promise<string> {
  const [row] = await db.query<{ value: string }>(
    `SELECT value FROM installation_settings WHERE key = $1`,
    [SETTING],
  );
  return row!.value;
}

async function swapSetting(db: Db, expected: string, value: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE installation_settings SET value = $3, updated_at = now()
     WHERE key = $1 AND value = $2 RETURNING key`,
    [SETTING, expected, value],
  );
  return rows.length > 0;
}
