import { randomBytes } from 'node:crypto';

import { createSilentLogger } from '../../observability/logger';
import { migrate, openStore, type Store } from '../../store';
import { loadWebhookIdentity } from './webhook-identity';
import { loadWebhookToken, webhookTokenKeys } from './webhook-token-store';

const logger = createSilentLogger();
const KENTICO = 'k'.repeat(40);
const storedValue = async (store: Store) =>
  (
    await store.query<{ value: string }>(
      `SELECT value FROM installation_settings WHERE key = 'brightpearl-webhook-token'`,
    )
  )[0]?.value;

describe('the Brightpearl webhook URL token at rest', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ logger });
    await migrate(store, logger);
  });
  afterAll(() => store.close());
  beforeEach(() =>
    store.query(`DELETE FROM installation_settings WHERE key = 'brightpearl-webhook-token'`),
  );

  it('is stored sealed, never in clear, and the same token comes back on every start', async () => {
    const keys = webhookTokenKeys({ secrets: [KENTICO] });
    const first = await loadWebhookIdentity(store, { keys });
    const stored = await storedValue(store);
    expect(first.token).toMatch(/^[\w-]{43}$/);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(first.token);
    expect((await loadWebhookIdentity(store, { keys })).token).toBe(first.token);
  });

  it('seals a token stored in clear by an earlier version, keeping the URL', async () => {
    const legacy = randomBytes(32).toString('base64url');
    await store.query(`INSERT INTO installation_settings (key, value) VALUES ($1, $2)`, [
      'brightpearl-webhook-token',
      legacy,
    ]);
    const keys = webhookTokenKeys({ secrets: [KENTICO] });
    expect(await loadWebhookToken(store, { keys })).toBe(legacy);
    expect(await storedValue(store)).not.toContain(legacy);
    expect(await loadWebhookToken(store, { keys })).toBe(legacy);
  });

  it('re-seals with TOKEN_ENCRYPTION_KEY or a rotated Kentico secret, keeping the token', async () => {
    const before = await loadWebhookToken(store, {
      keys: webhookTokenKeys({ secrets: [KENTICO] }),
    });
    const encryptionKey = randomBytes(32);
    const rotated = webhookTokenKeys({ encryptionKey, secrets: ['n'.repeat(40), KENTICO] });
    expect(await loadWebhookToken(store, { keys: rotated })).toBe(before);
    // Now sealed with the encryption key alone: the old secret is no longer needed.
    expect(await loadWebhookToken(store, { keys: [encryptionKey] })).toBe(before);
  });

  it('replaces a token no configured key opens (keys lost), and agrees across instances', async () => {
    const lost = await loadWebhookToken(store, { keys: webhookTokenKeys({ secrets: [KENTICO] }) });
    const keys = webhookTokenKeys({ secrets: ['z'.repeat(40)] });
    const [a, b] = await Promise.all([
      loadWebhookToken(store, { keys, logger }),
      loadWebhookToken(store, { keys, logger }),
    ]);
    expect(a).not.toBe(lost);
    expect(b).toBe(a);
  });
});
