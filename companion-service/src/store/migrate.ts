import type { Logger } from '../observability/logger';
import type { SqlSession, Store } from './db';
import { MIGRATIONS, type Migration } from './migrations';

/**
 * Arbitrary constant shared by every companion instance: on one Postgres, instances starting
 * together queue on this lock instead of racing to create the same tables.
 */
export const MIGRATION_LOCK_KEY = 0x42504b43; // "BPKC"

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

/** Applies pending migrations in order, each atomically with its bookkeeping row. Returns the versions applied. */
export async function migrate(
  store: Store,
  logger: Logger,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  assertOrdered(migrations);
  await store.transaction(async (tx) => {
    await lock(tx);
    await tx.query(CREATE_TABLE);
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    if (await applyOne(store, migration)) {
      applied.push(migration.version);
      logger.info('Migration applied', { version: migration.version, name: migration.name });
    }
  }
  return applied;
}

/** Checks "already applied?" under the lock, so a concurrent instance cannot apply it twice. */
function applyOne(store: Store, migration: Migration): Promise<boolean> {
  return store.transaction(async (tx) => {
    await lock(tx);
    const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
      migration.version,
    ]);
    if (done.length > 0) return false;
    await tx.exec(migration.sql);
    await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
    return true;
  });
}

async function lock(tx: SqlSession): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous && previous.version >= migration.version) {
      throw new Error(`Migrations out of order: ${previous.version} before ${migration.version}`);
    }
  });
}
