import { createSilentLogger } from '../observability/logger';
import { migrate, openStore, type Store } from '../store';
import { openTestStore, testBackends, type TestStore } from '../store/test-stores';
import { StoredMappingInvalidError } from './mapping-errors';
import { openMappingSource } from './mapping-source';
import { saveMappingVersion } from './mapping-writes';
import { countingDb, testMapping } from './test-mappings';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const FILE = testMapping({ Standard: 1 });

describe.each(testBackends(POSTGRES_URL))('mapping source on $name', (backend) => {
  let handle: TestStore;
  let store: Store;
  /** The second instance: its own pool on Postgres; PGlite has one session for everyone. */
  let sibling: Store;

  beforeEach(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
    sibling = handle.schema
      ? await openStore({ databaseUrl: backend.databaseUrl, schema: handle.schema, logger })
      : store;
  });
  afterEach(async () => {
    if (sibling !== store) await sibling.close();
    await handle.dispose();
  });

  const save = (shippingMethods: Record<string, number>, db: Store = store) =>
    saveMappingVersion(db, { mapping: testMapping(shippingMethods), author: 'alice' });

  it('seeds version 1 from the file on the first start only', async () => {
    const first = await openMappingSource({ db: store, initial: FILE });
    expect(await first.current()).toEqual({ version: 1, mapping: FILE });
    await save({ Standard: 1, Express: 2 });
    // A later start (another instance, or a restart) with an older file keeps what is stored.
    const later = await openMappingSource({ db: sibling, initial: testMapping({ Old: 9 }) });
    expect(await later.current()).toMatchObject({ version: 2 });
    expect((await later.current()).mapping.shippingMethods).toEqual({ Standard: 1, Express: 2 });
  });

  it("serves a version saved through one instance on the other's next call, without restart", async () => {
    const one = await openMappingSource({ db: store, initial: FILE });
    const other = await openMappingSource({ db: sibling, initial: FILE });
    expect((await other.current()).version).toBe(1);
    await save({ Standard: 1, Courier: 4 }, store);
    const next = await other.current();
    expect(next.version).toBe(2);
    expect(next.mapping.shippingMethods).toEqual({ Standard: 1, Courier: 4 });
    expect((await one.current()).version).toBe(2);
  });

  it('costs one query per call and reads the document only when the version changed', async () => {
    await openMappingSource({ db: store, initial: FILE });
    const db = countingDb(sibling);
    const source = await openMappingSource({ db, initial: FILE });
    db.statements.length = 0;
    const first = await source.current();
    expect(db.statements).toHaveLength(2);
    db.statements.length = 0;
    expect(await source.current()).toBe(first);
    expect(await source.current()).toBe(first);
    expect(db.statements).toHaveLength(2);
    expect(db.statements.every((sql) => sql.includes('max(version)'))).toBe(true);
    await save({ Express: 2 });
    db.statements.length = 0;
    expect((await source.current()).version).toBe(2);
    expect(db.statements).toHaveLength(2);
  });

  it('hands out a frozen snapshot: no job can change what another one reads', async () => {
    const source = await openMappingSource({ db: store, initial: FILE });
    const { mapping } = await source.current();
    expect(() => {
      (mapping.shippingMethods as Record<string, number>).Express = 2;
    }).toThrow(TypeError);
    expect(() => (mapping.currencies as string[]).push('USD')).toThrow(TypeError);
    expect((await source.current()).mapping.shippingMethods).toEqual({ Standard: 1 });
  });

  it('refuses an unparsable stored version with a retryable error, and recovers on the next save', async () => {
    const source = await openMappingSource({ db: store, initial: FILE });
    await store.query(
      `INSERT INTO mapping_versions (version, mapping, author) VALUES (2, '{"version":1}'::jsonb, 'x')`,
    );
    const error = await source.current().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(StoredMappingInvalidError);
    expect(error).toMatchObject({ version: 2, retryable: true });
    await save({ Fixed: 3 });
    expect(await source.current()).toMatchObject({ version: 3 });
  });
});
