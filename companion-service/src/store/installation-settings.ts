import type { Db } from './db';

/**
 * Values generated once per installation (the webhook token, the installation id) and kept
 * for its life. Concurrent first starts agree on one value: the first insert wins.
 */
export async function getOrCreateSetting(
  db: Db,
  { key, create }: { key: string; create: () => string },
): Promise<string> {
  await db.query(
    `INSERT INTO installation_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
    [key, create()],
  );
  const [row] = await db.query<{ value: string }>(
    `SELECT value FROM installation_settings WHERE key = $1`,
    [key],
  );
  return row!.value;
}
