import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createSilentLogger } from '../observability/logger';
import { afterCommit } from './commit-hooks';
import type { Store } from './db';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openStore } from './open-store';
import { openTestStore, testBackends, type TestStore } from './test-stores';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

describe.each(testBackends(POSTGRES_URL))('store on $name', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeAll(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
  });
  afterAll(() => handle.dispose());

  it('applies each migration once when instances migrate at the same moment, then is idempotent', async () => {
    // On Postgres a second pool plays the second companion instance; PGlite has one session.
    const sibling = handle.schema
      ? await openStore({ databaseUrl: backend.databaseUrl, schema: handle.schema, logger })
      : store;
    const runs = await Promise.all([migrate(store, logger), migrate(sibling, logger)]);
    if (sibling !== store) await sibling.close();
    expect(runs.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(store, logger)).toEqual([]);
    const rows = await store.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(await store.query('SELECT * FROM order_sync')).toEqual([]);
  });

  it('returns the same types on both engines', async () => {
    const [row] = await store.query(
      'SELECT 42::int8 AS id, count(*) AS n, now() AS at, $1::jsonb AS doc',
      [{ a: 1 }],
    );
    expect(row).toEqual({ id: 42, n: 1, at: expect.any(Date), doc: { a: 1 } });
  });

  it('rolls a failed transaction back and commits a good one', async () => {
    await store.query('CREATE TABLE tx_probe (id int PRIMARY KEY)');
    await expect(
      store.transaction(async (tx) => {
        await tx.query('INSERT INTO tx_probe VALUES (1)');
        await tx.transaction((inner) => inner.query('INSERT INTO tx_probe VALUES (2)'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.transaction((tx) => tx.query('INSERT INTO tx_probe VALUES (3)'));
    expect(await store.query('SELECT id FROM tx_probe')).toEqual([{ id: 3 }]);
  });

  it('serialises concurrent read-then-increment transactions', async () => {
    await store.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await store.query('INSERT INTO counter VALUES (1, 0)');
    const increment = (): Promise<void> =>
      store.transaction(async (tx) => {
        // FOR UPDATE matters on Postgres; PGlite serialises whole transactions anyway.
        const [row] = await tx.query<{ n: number }>(
          'SELECT n FROM counter WHERE id = 1 FOR UPDATE',
        );
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.query('UPDATE counter SET n = $1 WHERE id = 1', [(row?.n ?? 0) + 1]);
      });
    await Promise.all(Array.from({ length: 10 }, increment));
    expect(await store.query('SELECT n FROM counter')).toEqual([{ n: 10 }]);
  });

  it('runs after-commit hooks only after COMMIT', async () => {
    const seen: string[] = [];
    await store.transaction(async (tx) => {
      afterCommit(tx, () => seen.push('committed'));
      seen.push('inside');
    });
    await store
      .transaction(async (tx) => {
        afterCommit(tx, () => seen.push('never'));
        throw new Error('rollback');
      })
      .catch(() => undefined);
    afterCommit(store, () => seen.push('autocommit'));
    expect(seen).toEqual(['inside', 'committed', 'autocommit']);
  });

  if (backend.name === 'pglite') {
    it('fails loudly instead of deadlocking when the store is used inside its own transaction', async () => {
      await expect(store.transaction(() => store.query('SELECT 1'))).rejects.toThrow(
        /use the tx handle/,
      );
      expect(await store.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    });
  }
});

describe('pglite with a data folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = join(await mkdtemp(join(tmpdir(), 'bpkc-store-')), 'nested', 'pgdata');
  });
  afterAll(() => rm(join(dataDir, '..', '..'), { recursive: true, force: true }));

  it('creates the folder and keeps data across close and reopen', async () => {
    const first = await openStore({ dataDir, logger });
    await migrate(first, logger);
    await first.query(
      `INSERT INTO product_bindings (sku, brightpearl_product_id) VALUES ('SKU-1', 1001)`,
    );
    await first.close();

    const second = await openStore({ dataDir, logger });
    expect(await migrate(second, logger)).toEqual([]);
    expect(await second.query('SELECT sku, brightpearl_product_id FROM product_bindings')).toEqual([
      { sku: 'SKU-1', brightpearl_product_id: 1001 },
    ]);
    await second.close();
  });
});
