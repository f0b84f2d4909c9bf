import type { Logger } from '../observability/logger';
import type { Store } from './db';
import { openPgliteStore } from './pglite-store';
import { openPostgresStore } from './postgres-store';

export interface StoreOptions {
  /** A real Postgres (scale-out). When absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data folder, created if missing; absent = in memory (tests). */
  dataDir?: string;
  /** Postgres only: schema for our tables (created if missing), e.g. one per test run. */
  schema?: string;
  /** Postgres only: most connections the store's pool opens (default 5; the queue has its own). */
  poolMax?: number;
  logger: Logger;
}

export function openStore(options: StoreOptions): Promise<Store> {
  const { databaseUrl, dataDir, schema, poolMax, logger } = options;
  if (databaseUrl) {
    return openPostgresStore({ databaseUrl, logger, poolMax, ...(schema ? { schema } : {}) });
  }
  return openPgliteStore({ logger, ...(dataDir ? { dataDir } : {}) });
}
