import { createSilentLogger } from '../../observability/logger';
import { migrate } from '../migrate';
import { openTestStore, testBackends } from '../test-stores';
import { customerFieldHashesMigration } from './017-customer-field-hashes';
import { MIGRATIONS } from './index';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

test.each(testBackends(POSTGRES_URL))(
  'keeps credit hashes and reads stored mappings that gave credit terms to Kentico ($name)',
  async (backend) => {
    const handle = await openTestStore(backend, logger);
    const { store } = handle;
    try {
      await migrate(
        store,
        logger,
        MIGRATIONS.filter((migration) => migration !== customerFieldHashesMigration),
      );
      await store.query(
        `INSERT INTO mapping_versions (version, mapping, author) VALUES (1, $1::jsonb, 'test')`,
        [JSON.stringify({ customers: { identity: 'kentico', credit: 'kentico' } })],
      );
      await store.query(
        `INSERT INTO customer_sync (kentico_customer_guid, brightpearl_contact_id, identity_hash, credit_hash)
         VALUES ('00000000-0000-4000-8000-000000000001', 7, 'i', 'c')`,
      );
      await migrate(store, logger);
      const [version] = await store.query<{ mapping: { customers: unknown } }>(
        `SELECT mapping FROM mapping_versions WHERE version = 1`,
      );
      expect(version?.mapping.customers).toEqual({ identity: 'kentico', credit: 'brightpearl' });
      const [sync] = await store.query<{ group_hashes: unknown; identity_hash: string }>(
        `SELECT group_hashes, identity_hash FROM customer_sync`,
      );
      expect(sync).toEqual({ group_hashes: { credit: 'c' }, identity_hash: 'i' });
    } finally {
      await handle.dispose();
    }
  },
);
