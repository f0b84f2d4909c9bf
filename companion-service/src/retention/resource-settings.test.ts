import type PgBoss from 'pg-boss';

import { parseEnv } from '../config/load-config';
import { createSilentLogger } from '../observability/logger';
import { ARCHIVE_AFTER_SECONDS, createBoss } from '../queue/boss-setup';
import { openStore, type Store } from '../store';
import { testBackends } from '../store/test-stores';
import { DEFAULT_POOL_MAX } from '../store/postgres-store';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

describe('retention and pool settings', () => {
  it('default to 30 days and 5 connections per pool, and refuse nonsense naming the variable', () => {
    const env = parseEnv({});
    expect(env.RETENTION_DAYS).toBe(30);
    expect(env.DATABASE_POOL_MAX).toBe(5);
    expect(parseEnv({ RETENTION_DAYS: '7', DATABASE_POOL_MAX: '12' })).toMatchObject({
      RETENTION_DAYS: 7,
      DATABASE_POOL_MAX: 12,
    });
    expect(() => parseEnv({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
    expect(() => parseEnv({ DATABASE_POOL_MAX: '1' })).toThrow(/DATABASE_POOL_MAX/);
  });
});

/** The backend process ids serving `parallel` overlapping queries: one per pooled connection. */
async function backendsServing(store: Store, parallel: number): Promise<number> {
  const rows = await Promise.all(
    Array.from({ length: parallel }, () =>
      store.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid, pg_sleep(0.2)`),
    ),
  );
  return new Set(rows.map(([row]) => row!.pid)).size;
}

describe.each(testBackends(POSTGRES_URL))('connection pools ($name)', (backend) => {
  // PGlite is one embedded session: no pool, a single backend whatever the setting.
  const open = (poolMax?: number) =>
    openStore({ databaseUrl: backend.databaseUrl, ...(poolMax ? { poolMax } : {}), logger });

  it('the store opens at most DATABASE_POOL_MAX connections (default 5)', async () => {
    const small = await open(2);
    const byDefault = backend.databaseUrl ? await open() : small;
    try {
      expect(await backendsServing(small, 6)).toBe(backend.databaseUrl ? 2 : 1);
      expect(await backendsServing(byDefault, 8)).toBe(backend.databaseUrl ? DEFAULT_POOL_MAX : 1);
    } finally {
      await small.close();
      if (byDefault !== small) await byDefault.close();
    }
  });

  it("pg-boss's own pool and archive follow the settings", async () => {
    const store = await open(2);
    try {
      const boss = createBoss({
        store,
        logger,
        ...(backend.databaseUrl ? { databaseUrl: backend.databaseUrl } : {}),
        schema: 'unused_not_started',
        poolMax: 3,
        retentionDays: 9,
      });
      // Not started: the options pg-boss resolved are what its pool and maintenance will use.
      // On PGlite it runs over the store (bossDbOver) and opens no pool of its own.
      const db = boss.getDb() as PgBoss.Db & { config?: Record<string, unknown> };
      if (!backend.databaseUrl) return expect(db.config).toBeUndefined();
      expect(db.config).toMatchObject({
        max: 3,
        deleteAfter: '9 days',
        archiveSeconds: ARCHIVE_AFTER_SECONDS,
        archiveFailedSeconds: ARCHIVE_AFTER_SECONDS,
      });
    } finally {
      await store.close();
    }
  });
});
